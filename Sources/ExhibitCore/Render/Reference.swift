/// A value behind one reference: `PageContext` keeps the site's model so, and
/// `PageRenderer` makes that reference once for all its pages.
///
/// A page's context is copied into each of its lazy values (cards, categories, figures),
/// and with the model inline every copy retained, and every copy's end released, each
/// array, dictionary and string of the model and of its settings: copying and destroying
/// contexts was 1.3 % of a 10,000-case build's CPU, 0.8 % with the model behind one
/// reference (perf, 1,000 samples a second). Keeping the site-wide values and the
/// preface behind references too made no difference that a profile could show.
final class Reference<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
