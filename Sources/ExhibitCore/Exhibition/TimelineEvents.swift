/// What the timeline shows: each case's milestones, and the case's own date for a case
/// that has none, newest first. A case's publication date among real milestones read as
/// an event it was not (every case "published" on the day its page was written).
struct TimelineEvents {
    struct Event {
        var date: CaseDate
        var title: String
        var caseIndex: Int
        /// The case's own date, for a case without milestones.
        var isCase: Bool
    }

    let events: [Event]

    init(model: SiteModel) {
        var events: [Event] = []
        for (i, c) in model.cases.enumerated() {
            if c.milestones.isEmpty {
                events.append(Event(date: c.date, title: c.title, caseIndex: i, isCase: true))
            } else {
                events += c.milestones.map { Event(date: $0.date, title: $0.title, caseIndex: i, isCase: false) }
            }
        }
        // Newest first; on one date by title, then by case.
        events.sort { ($0.date, $1.title, $1.caseIndex) > ($1.date, $0.title, $0.caseIndex) }
        self.events = events
    }

    /// The years in which `c` is on the timeline.
    static func years(of c: Case) -> Set<Int> {
        c.milestones.isEmpty ? [c.date.year] : Set(c.milestones.map(\.date.year))
    }

    /// The years that have events, newest first, without listing the events: planning
    /// needs only these, on every update of `serve`.
    static func years(in model: SiteModel) -> [Int] {
        var years = Set<Int>()
        for c in model.cases { years.formUnion(Self.years(of: c)) }
        return years.sorted(by: >)
    }

    /// The years that have events, newest first.
    var years: [Int] {
        var seen = Set<Int>()
        return events.map(\.date.year).filter { seen.insert($0).inserted }
    }
}
