/// Dates as a reader of the site's language writes them.
enum DateFormat {
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]

    static func display(_ date: CaseDate, language: String) -> String {
        if language == "en" {
            guard let month = date.month else { return "\(date.year)" }
            let name = englishMonths[month - 1]
            guard let day = date.day else { return "\(name) \(date.year)" }
            return "\(name) \(day), \(date.year)"
        }
        guard let month = date.month else { return "\(date.year)年" }
        guard let day = date.day else { return "\(date.year)年\(month)月" }
        return "\(date.year)年\(month)月\(day)日"
    }
}
