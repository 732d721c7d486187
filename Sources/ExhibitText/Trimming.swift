import Foundation

extension String {
    /// `trimmingCharacters(in:)`, answered without Foundation when neither end is in `set`,
    /// which is nearly every value: on Linux the call bridges to NSString and builds a new
    /// String from UTF-16 (a metric's unit and label, a date, a link, each case's tags),
    /// about 3 % of a build's CPU before this.
    public func trimmed(_ set: CharacterSet = .whitespaces) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !set.contains(first) && !set.contains(last) { return self }
        return trimmingCharacters(in: set)
    }
}
