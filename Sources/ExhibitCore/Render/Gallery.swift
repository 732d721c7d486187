import ExhibitImages
import Foundation

/// A picture of a case's gallery, resolved: the file, where it is published, its caption
/// and its size (for the thumbnail's `width`/`height`, so the page does not jump).
public struct GalleryItem: Sendable, Hashable {
    /// Site-relative source (`content/cases/hall/gallery/01-展厅.jpg`).
    public var file: String
    /// Output path (`cases/hall/gallery/01-展厅.jpg`).
    public var output: String
    /// Empty when neither the list, a sidecar nor the file name gives one.
    public var caption: String
    public var width: Int?
    public var height: Int?
}

/// Makes a case's gallery: its `gallery:` list when it has one, otherwise the images of
/// its case folder's `gallery/` folder.
///
/// As in Hugo's page bundles, the folder's images come in file-name order (Unicode code
/// points, so `01-`, `02-` … order them) and the list gives order and captions when an
/// editor wants to choose. A caption is, first, the list's `caption`; then the first line
/// of a text file beside the image with its base name (`01-展厅.txt`, as `.vtt` subtitles
/// sit beside a video); then the file name without its extension and number prefix
/// (`01-红色旧址全景.jpg` → 红色旧址全景), unless it is a camera's name (`IMG_0042`).
struct GalleryMaker: Sendable {
    let model: SiteModel
    let folder: SiteFolder
    /// Shared with `ImageChecks`, so a picture is read once per version.
    let probes: ImageProbeCache
    /// `folders(in: model)`, made once for all cases.
    let folders: [String: [String]]

    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"]
    static let folderName = "gallery"

    /// The gallery of the case at `index`, and the errors of its `gallery:` list.
    func gallery(of index: Int) -> (items: [GalleryItem], problems: [Diagnostic]) {
        let c = model.cases[index]
        guard c.gallery.isEmpty else { return listed(c) }
        guard let bundle = c.bundlePath, let files = folders[bundle] else { return ([], []) }
        // A phone's HEIC or a scanner's TIFF dropped in the folder would be left out
        // without a word: the editor hears why, at the top of the case file.
        let problems = files.filter { !Self.isImage($0) && !Self.isSidecar($0, among: files) }.map { file in
            Diagnostic.warning(c.sourcePath, line: 1, column: 1,
                               "`\(file.dropFirst(bundle.count + 1))` is in the gallery folder but is not a picture a browser shows: it is left out of the gallery",
                               fix: "export it as JPEG (photos) or PNG (screenshots) into the gallery folder, or move it out of it")
        }
        return (files.filter(Self.isImage).map { item($0, caption: nil) }, problems)
    }

    /// The files directly in each case folder's `gallery/` folder, by case folder, in
    /// file-name order (Unicode code points). One pass over the site's files: looking
    /// through all of them for each case folder grew with the square of the site.
    static func folders(in model: SiteModel) -> [String: [String]] {
        var folders: [String: [String]] = [:]
        // On bytes: `Character` searches of every path were as slow as the old way.
        let marker = Array(("/" + folderName + "/").utf8)
        for path in model.outputBySource.keys {
            let bytes = path.utf8
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
                  bytes.distance(from: bytes.startIndex, to: slash) >= marker.count,
                  bytes[bytes.index(slash, offsetBy: 1 - marker.count)...slash].elementsEqual(marker) else { continue }
            let bundle = String(path[..<bytes.index(slash, offsetBy: 1 - marker.count)])
            folders[bundle, default: []].append(path)
        }
        for key in folders.keys {
            folders[key]!.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        }
        return folders
    }

    private func listed(_ c: Case) -> (items: [GalleryItem], problems: [Diagnostic]) {
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        var items: [GalleryItem] = [], problems: [Diagnostic] = []
        for entry in c.gallery {
            func error(_ message: String, _ fix: String) {
                problems.append(.error(c.sourcePath, line: entry.line, column: entry.column, message, fix: fix))
            }
            let example = c.bundlePath == nil ? "../images/01.jpg" : "gallery/01.jpg"
            if let file = resolver.contentFile(entry.src, from: c.sourcePath) {
                if Self.isImage(file) {
                    items.append(item(file, caption: entry.caption))
                } else {
                    error("the gallery image `\(entry.src)` is not a picture a browser shows",
                          "use a JPEG, PNG, WebP, GIF, AVIF or SVG file (export it as JPEG from a photo app), or remove it from `gallery`")
                }
                continue
            }
            switch resolver.resolve(entry.src, from: c.sourcePath, pageDirectory: "", image: true) {
            case .missing(let target):
                error("the gallery image `\(entry.src)` \(LinkResolver.notFound(target, otherwise: "does not exist"))",
                      "put the image in the case's folder and write its path relative to the Markdown file (`- \(example)`), or correct the name")
            case .localFile:
                error("the gallery image `\(entry.src)` is a file on your computer, not in the site: it would not be published",
                      "copy it into the case's folder and write its path relative to the Markdown file: `- \(example)`")
            default:
                error("the gallery image `\(entry.src)` is not a file of the site",
                      "download it into the case's folder and write its path relative to the Markdown file: `- \(example)`")
            }
        }
        return (items, problems)
    }

    private func item(_ file: String, caption: String?) -> GalleryItem {
        let info = probes.probe(file, at: folder.url(file)).info
        let written = caption?.trimmingCharacters(in: .whitespacesAndNewlines)
        return GalleryItem(file: file, output: model.outputBySource[file] ?? file,
                           caption: written.flatMap { $0.isEmpty ? nil : $0 } ?? sidecarCaption(file) ?? Self.caption(fromName: file),
                           width: info?.width, height: info?.height)
    }

    /// The first line of `<base>.txt` beside the image, when there is one.
    private func sidecarCaption(_ file: String) -> String? {
        let sidecar = (file as NSString).deletingPathExtension + ".txt"
        guard model.outputBySource[sidecar] != nil, let data = FileManager.default.contents(atPath: folder.path(sidecar)),
              let text = SourceText(bytes: Array(data))?.text else { return nil }
        let line = text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return line.isEmpty ? nil : line
    }

    /// `01-红色旧址全景.jpg` → `红色旧址全景`; `soil_sampling.png` → `soil sampling`; a
    /// camera's name (`IMG_0042`, `DSC01234`, `20240618_101500`) → empty.
    static func caption(fromName file: String) -> String {
        var name = Substring(((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        let camera = ["IMG", "DSC", "DSCN", "DSCF", "PXL", "MVIMG", "P"]
        if camera.contains(where: { prefix in
            name.uppercased().hasPrefix(prefix) && name.dropFirst(prefix.count).drop(while: { "_-".contains($0) }).first?.isNumber == true
        }) { return "" }
        let unnumbered = name.drop(while: { $0.isASCII && $0.isNumber })
        if unnumbered.count < name.count, unnumbered.first.map({ "-_. ".contains($0) }) == true { name = unnumbered.dropFirst() }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).joined(separator: " ")
        return words.contains(where: \.isLetter) ? words : ""
    }

    /// `01-展厅.txt` beside `01-展厅.jpg`: a caption, not a stray file.
    static func isSidecar(_ path: String, among files: [String]) -> Bool {
        guard (path as NSString).pathExtension.lowercased() == "txt" else { return false }
        let base = (path as NSString).deletingPathExtension
        return files.contains { $0 != path && ($0 as NSString).deletingPathExtension == base && isImage($0) }
    }

    static func isImage(_ path: String) -> Bool {
        imageExtensions.contains((path as NSString).pathExtension.lowercased())
    }
}
