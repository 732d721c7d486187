import Foundation

/// site.yaml's `print:`, what `exhibit print` makes:
/// `print: {booklet: {size: A4, volume_size: 200}, boards: [900x1800, 600x900], fonts: {serif: …, sans: …}}`.
public struct PrintSettings: Sendable, Equatable {
    /// A sheet's trim size in millimetres, width × height.
    public struct PaperSize: Sendable, Equatable {
        public var width: Int
        public var height: Int
        /// What the site wrote (`A4`, `900x1800`): the board's name in messages and CSS.
        public var name: String
    }

    /// The booklet's page (A4 unless `print.booklet.size` says otherwise).
    public var bookletSize = PaperSize(width: 210, height: 297, name: "A4")
    /// The most cases in one volume of the booklet: more make `booklet-1.pdf`, `booklet-2.pdf`…
    public var volumeSize = 200
    /// The sizes each case's board is printed at: a 900×1800 mm roll-up banner (易拉宝) and
    /// a 600×900 mm board (展板) by default.
    public var boards = [PaperSize(width: 900, height: 1800, name: "900x1800"), PaperSize(width: 600, height: 900, name: "600x900")]
    /// Font families, in CSS order of preference: headings and the cover in the serif,
    /// text in the sans. Debian's fonts-noto-cjk by default.
    public var serifFonts = ["Noto Serif CJK SC"]
    public var sansFonts = ["Noto Sans CJK SC"]

    public init() {}

    public static let knownKeys = ["booklet", "boards", "fonts"]
    public static let bookletKeys = ["size", "volume_size"]
    public static let fontKeys = ["serif", "sans"]
    public static let volumeSizes = 1...5000

    /// ISO 216 and the Chinese book sizes (GB/T 788) a print shop quotes, in millimetres.
    public static let namedSizes: [String: (Int, Int)] = [
        "A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "B4": (250, 353), "B5": (176, 250),
        "16K": (185, 260), "大16开": (210, 285),
    ]

    /// `A4`, `a5` or `210x297` (millimetres; `×` and `*` also separate); nil otherwise.
    public static func paperSize(_ text: String) -> PaperSize? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let (w, h) = namedSizes[trimmed.uppercased()] ?? namedSizes[trimmed] {
            return PaperSize(width: w, height: h, name: trimmed.uppercased())
        }
        let parts = trimmed.lowercased().replacingOccurrences(of: "mm", with: "")
            .split(whereSeparator: { "x×*".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (50...5000).contains(w), (50...5000).contains(h) else { return nil }
        return PaperSize(width: w, height: h, name: "\(w)x\(h)")
    }
}
