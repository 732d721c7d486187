import ExhibitTemplates

/// What a print template (`templates/print/*.mustache`) sees: the site, the interface
/// strings, the page setup and one document's section (`booklet`, `board` or `labels`).
struct PrintValues: Encodable, Sendable {
    var site: SiteValues
    var t: [String: String]
    var style: PrintStyle
    var booklet: PrintBooklet?
    var board: PrintBoard?
    var labels: PrintLabels?
}

/// The page setup every print stylesheet needs, from site.yaml's `print:`.
struct PrintStyle: Encodable, Sendable {
    /// The booklet's trim size in millimetres.
    var pageWidth: Int
    var pageHeight: Int
    /// CSS font-family lists, each family quoted (`"Noto Serif CJK SC", serif`).
    var serif: String
    var sans: String
}

/// One case as print shows it.
struct PrintCase: Encodable, Sendable {
    var slug: String
    /// The id of its first page, for the contents' `target-counter()`.
    var anchor: String
    var title: String
    var date: String
    var category: CategoryRef
    var organization: String?
    var summary: String
    /// At most one line of the summary, for a label.
    var line: String
    @Flagged var metrics: [MetricValue]
    @Flagged var milestones: [MilestoneValue]
    @Flagged var partners: [String]
    var image: PrintImage?
    var publicURL: String?
    var qrSVG: String?
    /// The QR code as a bitmap (`data:` URL, 8 pixels a module), for an `<img>`: much quicker to print than `qrSVG`.
    var qrImage: String?
    /// The body's HTML (the booklet's text; its pictures are left to the web page).
    var bodyHTML: String?
}

/// A picture as a file the print engine reads from disk (never from the network).
struct PrintImage: Encodable, Sendable {
    /// A `file://` URL.
    var src: String
    var alt: String
    var width: Int
    var height: Int
}

/// `booklet`: one volume of the printed booklet.
struct PrintBooklet: Encodable, Sendable {
    var volume: Int
    var volumes: Int
    /// True when the booklet has more than one volume (the cover says which).
    var isVolume: Bool
    var cases: [PrintCase]
    /// The preface (`content/pages/preface.md`), in the first volume.
    var prefaceHTML: String?
    /// Numbers of the first and last case of this volume, from 1.
    var firstCase: Int
    var lastCase: Int
}

/// `board`: one case's boards, one page at each size of `print.boards`.
struct PrintBoard: Encodable, Sendable {
    var `case`: PrintCase
    var sizes: [BoardSize]

    struct BoardSize: Encodable, Sendable {
        /// `900x1800`: the CSS page name is `board-900x1800`.
        var name: String
        var width: Int
        var height: Int
        /// The QR code's width in millimetres (never under 40).
        var qrWidth: Int
        /// Scales type with the board: 1 for 600 mm wide.
        var scale: String
        /// At least 1.8 times as high as wide (a roll-up banner): room for the milestones.
        var tall: Bool
    }
}

/// `labels`: object labels, `perSheet` to an A4 sheet.
struct PrintLabels: Encodable, Sendable {
    var sheets: [Sheet]

    struct Sheet: Encodable, Sendable {
        var labels: [PrintCase]
    }
}
