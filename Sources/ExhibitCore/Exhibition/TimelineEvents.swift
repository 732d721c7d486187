/// What the timeline shows: each case's milestones, and the case's own date for a case
/// that has none, newest first. A case's publication date among real milestones read as
/// an event it was not (every case "published" on the day its page was written).
/// Made once per build (`SharedRenderData.timeline`), not once per year page.
struct TimelineEvents: Sendable {
    struct Event: Sendable {
        var date: CaseDate
        var title: String
        var caseIndex: Int
        /// The case's own date, for a case without milestones.
        var isCase: Bool
    }

    /// The events of each year, newest first.
    let byYear: [Int: [Event]]
    /// The years that have events, newest first.
    let years: [Int]

    /// The events of `cases`, by their index in the site's order.
    init(cases: [Case]) {
        var events: [Event] = []
        for (i, c) in cases.enumerated() {
            if c.milestones.isEmpty {
                events.append(Event(date: c.date, title: c.title, caseIndex: i, isCase: true))
            } else {
                events += c.milestones.map { Event(date: $0.date, title: $0.title, caseIndex: i, isCase: false) }
            }
        }
        // Newest first; on one date by title, then by case. The dates compared as one
        // number each (`CaseDate.ordinal`) and the titles only on one date: comparing
        // tuples of the three made and freed copies of both titles for each of the half
        // million comparisons of a 10,000-case site's events, 0.8 % of its build.
        events.sort { a, b in
            let first = a.date.ordinal, second = b.date.ordinal
            if first != second { return first > second }
            if a.title != b.title { return a.title < b.title }
            return a.caseIndex < b.caseIndex
        }
        byYear = Dictionary(grouping: events, by: \.date.year)
        years = byYear.keys.sorted(by: >)
    }

    /// The years in which `c` is on the timeline.
    static func years(of c: Case) -> Set<Int> {
        c.milestones.isEmpty ? [c.date.year] : Set(c.milestones.map(\.date.year))
    }

    /// The years that have events, newest first, without listing the events: planning
    /// needs only these, on every update of `serve`.
    static func years(in model: SiteModel) -> [Int] {
        // Straight into one set: a set per case was most of planning a site of 10,000.
        var years = Set<Int>()
        for c in model.cases {
            let milestones = c.milestones
            if milestones.isEmpty { years.insert(c.date.year) }
            // By index: a milestone's year without copying its title.
            for i in milestones.indices { years.insert(milestones[i].date.year) }
        }
        return years.sorted(by: >)
    }
}
