import ExhibitMarkdown
import Yams

extension CaseParser {
    /// `gallery:`, a list of images with optional captions. Whether each file exists is
    /// known only once the site's files are (`GalleryMaker`).
    static func gallery(_ node: Node?, reader: inout FieldReader) -> [GalleryEntry] {
        guard let node else { return [] }
        let example = "{src: gallery/01.jpg, caption: 服务团在果园采样}"
        guard case .sequence(let items) = node else {
            reader.error(node, "`gallery` must be a list of images", fix: "write each image as `  - \(example)` or `  - gallery/01.jpg`")
            return []
        }
        return items.compactMap { item -> GalleryEntry? in
            var caption: String?
            let srcNode: Node
            switch item {
            case .scalar:
                srcNode = item
            case .mapping(let map):
                guard let src = map["src"] else {
                    reader.error(item, "this gallery image has no `src`", fix: "write `- \(example)`")
                    return nil
                }
                srcNode = src
                caption = map["caption"].flatMap { reader.string($0, key: "caption") }
            default:
                reader.error(item, "each gallery image is a file name or `{src, caption}`", fix: "write `- \(example)`")
                return nil
            }
            guard let src = reader.string(srcNode, key: "src")?.trimmingCharacters(in: .whitespaces), !src.isEmpty else {
                reader.error(srcNode, "this gallery image has no file name", fix: "write `- \(example)`")
                return nil
            }
            guard URLSafety.isSafe(src) else {
                reader.error(srcNode, "the gallery image `\(src)` is not an image: a `javascript:` or `data:` address is never published",
                             fix: "put the image in the case's folder and write its name, e.g. `- gallery/01.jpg`")
                return nil
            }
            let (line, column) = reader.position(srcNode)
            return GalleryEntry(src: src, caption: caption, line: line, column: column)
        }
    }
}
