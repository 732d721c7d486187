/// The opening a summary is cut from, as `Summary` reads it: unit by unit from the start,
/// then a piece of it (or the whole) as text.
protocol SummaryOpening {
    associatedtype Unit: SummaryUnit
    /// The opening's unit at `i`, nil past its end.
    mutating func at(_ i: Int) -> Unit?
    /// The units read so far: at least those up to the last one `at` returned.
    var units: [Unit] { get }
    /// Units `range` as text.
    func piece(_ range: Range<Int>) -> String
    /// The whole opening.
    var whole: String { get }
}
