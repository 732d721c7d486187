/// A site's interface strings (`t`) as the engine reads them: found by the number of the
/// tag's name (`TemplateNames`), as a record's values are. A `[String: String]` hashed the
/// name with SipHash at every `{{t.…}}`: 330 instructions a lookup, 50,000 lookups in a
/// 1,000-case build. Made once a build and shared by every page; to swift-mustache, the
/// checker's messages and anything else that reads the values, it is `dictionary`.
public final class TemplateStrings: Sendable {
    public let dictionary: [String: String]
    /// The value of each name by its number; nil for the numbers of other names.
    private let byID: [String?]

    public init(_ strings: [String: String]) {
        dictionary = strings
        var byID: [String?] = []
        for (name, value) in strings {
            let id = Int(TemplateNames.id(name))
            if id >= byID.count { byID += repeatElement(nil, count: id + 1 - byID.count) }
            byID[id] = value
        }
        self.byID = byID
    }

    /// The string of the name numbered `id`, nil when there is none.
    @inline(__always)
    func child(id: Int32) -> String? {
        id >= 0 && Int(id) < byID.count ? byID[Int(id)] : nil
    }
}
