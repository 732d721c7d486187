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
        var s = DecimalText()
        s.append(date.year)
        s.append("年")
        if let month = date.month {
            s.append(month)
            s.append("月")
            if let day = date.day {
                s.append(day)
                s.append("日")
            }
        }
        return s.string
    }
}
