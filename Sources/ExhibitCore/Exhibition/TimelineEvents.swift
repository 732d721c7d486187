import ExhibitText

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
        // Newest first; on one date by title, then by case: sorted as keys in one array
        // (the date as one number, the title's `TextOrderKey`), the titles read only where
        // a date and their first bytes tie. Sorting the events themselves, their titles
        // compared as `String`s, took 0.18 of 0.34 s of the timeline's CPU at 50,000 cases
        // (a dozen cases a day, so many ties), every move of an event a retain and a
        // release of its title.
        let keys = events.indices.map { i in
            (date: events[i].date.ordinal, title: TextOrderKey(events[i].title), index: Int32(truncatingIfNeeded: i))
        }
        let order = keys.sorted { x, y in
            if x.date != y.date { return x.date > y.date }
            let titles = TextOrderKey.order(x.title, y.title) { (events[Int(x.index)].title, events[Int(y.index)].title) }
            if titles != 0 { return titles < 0 }
            let a = events[Int(x.index)].caseIndex, b = events[Int(y.index)].caseIndex
            // Two events alike (one case's milestones of one day and title): as listed.
            return a != b ? a < b : x.index < y.index
        }
        events = order.map { events[Int($0.index)] }
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
