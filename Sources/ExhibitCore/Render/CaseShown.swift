/// A case's date, figures and milestones as every page that shows the case writes them
/// (its page, its card, the booklet, the kiosk, print): formatted once a build
/// (`PageContext.shown`). Each figure's number and unit took about 2,900 instructions to
/// format (money in 万 and 亿, grouping, its length class), each date 1,500.
struct CaseShown: Sendable {
    var date: String
    var metrics: [MetricValue]
    var milestones: [MilestoneValue]
}
