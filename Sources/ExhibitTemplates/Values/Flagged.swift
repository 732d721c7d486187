/// A page value whose template also gets a `has_` flag: `has_partners` is true when
/// `partners` has an item, `has_toc` when the contents has `shownFrom` entries or more,
/// `has_previous` when `previous_url` is there. The flag is derived by `TemplateEncoder`
/// from the value, so it can never disagree with it.
@propertyWrapper
public struct Flagged<Value: Encodable & Sendable & FlagCounted>: Encodable, Sendable {
    public var wrappedValue: Value
    /// The flag's key; `has_<key>` when nil.
    public let flag: String?
    /// How many items make the flag true (a list's, or one for an optional).
    public let shownFrom: Int

    public init(wrappedValue: Value, flag: String? = nil, shownFrom: Int = 1) {
        self.wrappedValue = wrappedValue
        self.flag = flag
        self.shownFrom = shownFrom
    }

    public func encode(to encoder: any Encoder) throws {
        let count = wrappedValue.flagCount
        if let encoder = encoder as? ValueEncoder {
            encoder.storage.flag = (flag, count >= shownFrom)
            encoder.storage.omitted = wrappedValue.isAbsent
            if !wrappedValue.isAbsent { encoder.storage.single = TemplateEncoder.box(wrappedValue) }
            return
        }
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

/// What `Flagged` counts: the items of a list, or one for a present optional.
public protocol FlagCounted {
    var flagCount: Int { get }
    /// A nil optional, which templates do not see at all.
    var isAbsent: Bool { get }
}

extension Array: FlagCounted {
    public var flagCount: Int { count }
    public var isAbsent: Bool { false }
}

extension Optional: FlagCounted {
    public var flagCount: Int { self == nil ? 0 : 1 }
    public var isAbsent: Bool { self == nil }
}
