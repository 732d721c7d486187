import ExhibitTemplates

/// A list of page values made one item at a time while the template renders it
/// (`TemplateLazyList`), for a page that lists every case: the booklet's 10,000 case pages
/// held as template values at once took 96 MB.
struct LazyValues<Item: Encodable & Sendable>: TemplateDirect, Sendable {
    let count: Int
    let make: @Sendable (Int) -> Item

    var templateValue: Any {
        let make = self.make
        return TemplateLazyList(count: count) { TemplateEncoder.box(make($0)) }
    }
}
