/// A workbook as Exhibit writes and reads it: sheets of cells under a header row. Plain
/// values, so that no C type of libxlsxwriter leaves this module.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    public struct Sheet: Sendable, Equatable {
        public var name: String
        /// Empty for a sheet of notes (the instructions).
        public var columns: [Column]
        public var rows: [[Cell]]

        public init(name: String, columns: [Column], rows: [[Cell]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    public struct Column: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case text
            /// Long text (the body): a wide column with wrapped lines.
            case longText
            case number
            case date
            /// A drop-down of these values (the category ids).
            case choice([String])
        }

        public var header: String
        public var kind: Kind

        public init(_ header: String, _ kind: Kind = .text) {
            self.header = header
            self.kind = kind
        }
    }

    public enum Cell: Sendable, Equatable {
        case empty
        case text(String)
        case number(Double)
        case date(year: Int, month: Int, day: Int)
    }
}
