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
            let milestones = c.milestones
            if milestones.isEmpty {
                events.append(Event(date: c.date, title: c.title, caseIndex: i, isCase: true))
            } else {
                for m in milestones { events.append(Event(date: m.date, title: m.title, caseIndex: i, isCase: false)) }
            }
        }
        // Newest first; on one date by title, then by case: sorted as keys in one array
        // (the date as one number, the title's `TextOrderKey`, the case), the titles read
        // only where a date and their first bytes tie, and the events moved once, into
        // their years. Sorting the events themselves, their titles compared as `String`s,
        // took 0.18 s of CPU at 50,000 cases (a dozen cases a day, so many ties), and each
        // look at an event inside the sort copied it, a retain and a release of its title.
        let made = events
        let keys = made.indices.map { i in
            (date: made[i].date.ordinal, title: TextOrderKey(made[i].title),
             caseIndex: Int32(truncatingIfNeeded: made[i].caseIndex), index: Int32(truncatingIfNeeded: i))
        }
        let order = made.withUnsafeBufferPointer { all in
            keys.sorted { x, y in
                if x.date != y.date { return x.date > y.date }
                let titles = TextOrderKey.order(x.title, y.title) { (all[Int(x.index)].title, all[Int(y.index)].title) }
                if titles != 0 { return titles < 0 }
                // Two events alike (one case's milestones of one day and title): as listed.
                return x.caseIndex != y.caseIndex ? x.caseIndex < y.caseIndex : x.index < y.index
            }
        }
        var byYear: [Int: [Event]] = [:]
        for key in order {
            let event = made[Int(key.index)]
            byYear[event.date.year, default: []].append(event)
        }
        self.byYear = byYear
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
