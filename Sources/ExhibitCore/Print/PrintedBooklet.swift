import Foundation

/// The booklet PDFs `exhibit print` left in `print/` beside the output folder, which a
/// build publishes under `print/` in the site and links from /booklet/: the web page
/// stays the preview, the PDF is what a visitor downloads. Boards and labels are for
/// the print shop, and stay out of the site.
struct PrintedBooklet: Sendable, Equatable {
    /// `booklet.pdf` or `booklet-2.pdf`.
    var name: String
    var file: URL
    var bytes: Int
    /// The volume's number, 0 for a booklet in one volume.
    var volume: Int

    var output: String { "print/" + name }

    /// The volumes in `print/` beside `output`, in order; none when nothing was printed.
    static func find(besides output: URL) -> [PrintedBooklet] {
        let folder = Printer.folder(for: output)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> PrintedBooklet? in
            let volume: Int
            if name == "booklet.pdf" { volume = 0 }
            else if name.hasPrefix("booklet-"), name.hasSuffix(".pdf"), let n = Int(name.dropFirst(8).dropLast(4)), n > 0 { volume = n }
            else { return nil }
            let file = folder.appendingPathComponent(name)
            guard let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int else { return nil }
            return PrintedBooklet(name: name, file: file, bytes: size, volume: volume)
        }.sorted { $0.volume < $1.volume }
    }
}
