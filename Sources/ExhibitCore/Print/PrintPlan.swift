import ExhibitTemplates
import Foundation

/// The documents `exhibit print` makes, each a print template and its values: the booklet
/// (in volumes of `print.booklet.volume_size` cases), a board file per case and the labels.
struct PrintPlan: Sendable {
    struct Document: Sendable {
        /// The PDF's path inside `print/`.
        var output: String
        var template: String
        var values: @Sendable () -> PrintValues
    }

    /// The print templates, each checked like the page templates.
    static let templates = ["print/booklet", "print/board", "print/labels"]
    static let labelsPerSheet = 8
    /// Boards carry their photo across the whole width, into the bleed on both sides.
    static let bleed = 3
    static let minimumDPI = 150
    /// A board's QR code: a tenth of its width, and never under 40 mm, so that a phone
    /// reads it from a couple of metres.
    static func qrWidth(boardWidth: Int) -> Int { max(40, boardWidth / 10) }

    let context: PrintContext

    var documents: [Document] {
        let context = self.context
        let model = context.model
        let count = model.cases.count
        let size = context.settings.volumeSize
        let volumes = max(1, (count + size - 1) / size)
        var documents: [Document] = (0..<volumes).map { v in
            let range = (v * size)..<min(count, (v + 1) * size)
            return Document(output: volumes == 1 ? "booklet.pdf" : "booklet-\(v + 1).pdf", template: "print/booklet") {
                context.values(booklet: PrintBooklet(
                    volume: v + 1, volumes: volumes, isVolume: volumes > 1,
                    cases: range.map { context.printCase($0, body: true) },
                    prefaceHTML: v == 0 ? context.page.prefaceBody?.html.string : nil,
                    firstCase: range.lowerBound + 1, lastCase: range.upperBound))
            }
        }
        documents += (0..<count).map { i in
            Document(output: "boards/\(model.cases[i].slug).pdf", template: "print/board") {
                context.values(board: PrintBoard(case: context.printCase(i, original: true), sizes: Self.boardSizes(context.settings)))
            }
        }
        documents.append(Document(output: "labels.pdf", template: "print/labels") {
            let labels = (0..<count).map { context.printCase($0) }
            let sheets = stride(from: 0, to: max(count, 1), by: Self.labelsPerSheet).map { start in
                PrintLabels.Sheet(labels: Array(labels[min(start, count)..<min(start + Self.labelsPerSheet, count)]))
            }
            return context.values(labels: PrintLabels(sheets: sheets))
        })
        return documents
    }

    static func boardSizes(_ settings: PrintSettings) -> [PrintBoard.BoardSize] {
        settings.boards.map { size in
            PrintBoard.BoardSize(name: size.name, width: size.width, height: size.height, qrWidth: qrWidth(boardWidth: size.width),
                                 scale: String(format: "%.3f", Double(size.width) / 600), tall: size.height * 10 >= size.width * 18)
        }
    }

    /// A warning at the `cover:` line of each case whose photo would print under
    /// `minimumDPI` on one of its boards (it spans the board and its bleed).
    func resolutionWarnings() -> [Diagnostic] {
        let widest = context.settings.boards.map(\.width).max() ?? 0
        let model = context.model
        return model.cases.indices.compactMap { i in
            let c = model.cases[i]
            guard let image = context.image(i, original: true), image.width > 0, let cover = c.cover else { return nil }
            let printed = Double(widest + 2 * Self.bleed)
            let needed = Int((printed / 25.4 * Double(Self.minimumDPI)).rounded(.up))
            guard image.width < needed else { return nil }
            let dpi = Int(Double(image.width) / (printed / 25.4))
            return .warning(c.sourcePath, line: c.coverLine,
                            "the cover `\(cover)` is \(image.width)×\(image.height) px: across the \(widest) mm board it prints at \(dpi) dpi, under \(Self.minimumDPI); it needs at least \(needed) px wide",
                            fix: "give a photo at least \(needed) px wide (the original, not a copy from a chat app), or leave this board's photo soft")
        }
    }
}
