@testable import ExhibitCore
@testable import ExhibitTemplates
import ExhibitText
import Testing

/// The page values written out by hand (`TemplateStruct`) give what `TemplateEncoder`'s
/// rules make of their properties, found here by reflection: every stored property under
/// its snake_case key, a nil optional left out, a `@Flagged` property with its flag, and
/// nothing else. A property added to a struct and not to its `templateValue` fails here,
/// for every page kind of the specimen site, with every optional value and with those of
/// a real page.
@Suite struct TemplateStructTests {
    static let site = SpecimenSite(config: SiteConfig(), extraKeys: ["source"], strings: ["home": "Home"])

    @Test(arguments: [true, false])
    func everyPageKindAsTheRulesMakeIt(everyValue: Bool) {
        for kind in PageKind.all {
            let values = Self.site.pageValues(for: kind, everyValue: everyValue)
            // `templateValue` itself, not only through the encoder: a struct whose written
            // values were never used would pass the first.
            let written = TemplateLazyList.materialized(values.templateValue)
            let reflected = TemplateLazyList.materialized(Self.reflected(values) ?? [String: Any]())
            #expect(Self.difference(written, reflected) == nil, "\(kind.template): \(Self.difference(written, reflected) ?? "")")
        }
    }

    @Test func aCardAsTheRulesMakeIt() {
        var page = PageContext(model: Self.site.model, bodies: Self.site.bodies, strings: [:], directory: "cases/")
        for specimen in [true, false] {
            page.isSpecimen = specimen
            let values = page.cardValues(0)
            #expect(Self.difference(TemplateLazyList.materialized(TemplateEncoder.box(values)), Self.reflected(values) ?? [:]) == nil)
        }
    }

    /// The test can fail: a value written with a key left out, or a list of strings
    /// written as `[String]` (which sorts) instead of `[Any]`, is told apart.
    @Test func aMissingKeyOrAnotherListTypeIsADifference() {
        let link = LinkValue(name: "a", url: "b")
        var written = TemplateEncoder.encode(link)
        written["url"] = nil
        #expect(Self.difference(written, Self.reflected(link)!) == ".url: only one has it")
        #expect(Self.difference(["partners": ["x"]] as [String: Any], ["partners": ["x"] as [Any]] as [String: Any])
            == ".partners: Array<String>, not Array<Any>")
    }

    /// What the encoder's rules make of `value`, from its properties; nil for a nil optional.
    static func reflected(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text
        // Text kept as UTF-8 (a rendered body) is text to every reader of the values.
        case let text as UTF8Text: return text.string
        case let number as Int: return number
        case let flag as Bool: return flag
        case let number as Double: return number
        case let strings as [String: String]: return strings
        // The interface strings, looked up by name number, are their dictionary to readers.
        case let strings as TemplateStrings: return strings.dictionary
        default: break
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.first.flatMap { reflected($0.value) } }
        // Values already made for templates (a card, front matter as written, values
        // encoded once) are what they give; a written-out struct is reflected.
        if let direct = value as? any TemplateDirect, !(value is any TemplateStruct) { return direct.templateValue }
        if mirror.displayStyle == .collection { return mirror.children.map { reflected($0.value) ?? false } as [Any] }
        var map: [String: Any] = [:]
        for child in mirror.children {
            guard let label = child.label else { continue }
            if label.hasPrefix("_"), let flagged = flagged(child.value) {
                let key = TemplateEncoder.key(String(label.dropFirst()))
                map[flagged.flag ?? "has_" + key] = flagged.shown
                if let inner = reflected(flagged.value) { map[key] = inner }
            } else if let inner = reflected(child.value) {
                map[TemplateEncoder.key(label)] = inner
            }
        }
        return map
    }

    /// A `Flagged` property's parts, read by reflection.
    static func flagged(_ value: Any) -> (value: Any, flag: String?, shown: Bool)? {
        guard String(describing: type(of: value)).hasPrefix("Flagged<") else { return nil }
        let parts = Dictionary(uniqueKeysWithValues: Mirror(reflecting: value).children.compactMap { c in c.label.map { ($0, c.value) } })
        guard let wrapped = parts["wrappedValue"], let shownFrom = parts["shownFrom"] as? Int else { return nil }
        let inner = Mirror(reflecting: wrapped)
        let count = inner.displayStyle == .optional || inner.displayStyle == .collection ? inner.children.count : 1
        return (wrapped, parts["flag"] as? String ?? nil, count >= shownFrom)
    }

    /// Where two template values differ, as a path; nil when they are the same.
    static func difference(_ a: Any, _ b: Any, at path: String = "") -> String? {
        // The exact type first: the engine tells `[Any]` from `[String]` (only the second
        // sorts) and `[String: Any]` from `[String: String]`, which the casts below join.
        guard type(of: a) == type(of: b) else { return "\(path): \(type(of: a)), not \(type(of: b))" }
        if let x = a as? [String: Any], let y = b as? [String: Any] {
            for key in Set(x.keys).union(y.keys).sorted() {
                guard let u = x[key], let v = y[key] else { return "\(path).\(key): only one has it" }
                if let found = difference(u, v, at: "\(path).\(key)") { return found }
            }
            return nil
        }
        if let x = a as? [Any], let y = b as? [Any] {
            guard x.count == y.count else { return "\(path): \(x.count) items, not \(y.count)" }
            for (i, pair) in zip(x, y).enumerated() {
                if let found = difference(pair.0, pair.1, at: "\(path)[\(i)]") { return found }
            }
            return nil
        }
        return String(describing: a) == String(describing: b) ? nil : "\(path): \(a), not \(b)"
    }
}
