import ExhibitTemplates

/// A list of page values made one item at a time while the template renders it
/// (`TemplateLazyList`), for a page that lists every case: the booklet's 10,000 case pages
/// held as template values at once took 96 MB.
/// Its items write out their own values (`TemplateDirect`), without an encoder each.
struct LazyValues<Item: TemplateDirect & Sendable>: TemplateDirect, Sendable {
    let count: Int
    let make: @Sendable (Int) -> Item

    var templateValue: Any {
        let make = self.make
        return TemplateLazyList(count: count) { make($0).templateValue }
    }
}
