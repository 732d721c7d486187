import Synchronization

/// The values of a page struct whose names are fixed by its type (`case`, `list`, a
/// card…): the names once, in a `TemplateSchema` the type keeps, and the values by
/// position. To templates it is the dictionary it stands for (`dictionary`), a nil value
/// being a name left out.
///
/// A dictionary of `String` keys hashed every name with SipHash as it was made and again
/// as each tag looked it up: about 330 instructions a lookup, half a million lookups in a
/// 1,000-case build (3 % of its instructions, and as much again to make and free the
/// dictionaries). Here a tag's name is numbered once, when the template is parsed
/// (`TemplateNames`), and found through the schema's table by that number; a value is
/// put in its slot by a comparison that succeeds at once when the names are set in the
/// schema's order, as the page values set them.
///
/// Two words, held in place by an `Any` (see `TemplateValues`). Its values live in a
/// `TemplateSlots`, with its schema, at addresses that stay put while the record lives:
/// the engine reads a value where it is (`address(in:id:)`) instead of copying it out.
public struct TemplateRecord: @unchecked Sendable {
    public var schema: TemplateSchema { slots.schema }
    // Only strings, numbers, booleans, arrays, dictionaries and other template values.
    /// The values by slot; a slot left out holds `false`, and its bit of `given` is clear.
    /// `[Any?]` copied each value out through the optional's value witnesses and then the
    /// existential's, at twice the instructions.
    private var slots: TemplateSlots
    private var given: UInt64 = 0

    public init(_ schema: TemplateSchema) {
        slots = TemplateSlots(schema)
    }

    private init(slots: TemplateSlots, given: UInt64) {
        self.slots = slots
        self.given = given
    }

    /// Where the next name set is looked for first: after the last slot given, which is
    /// the name set next when they are set in the schema's order.
    private var next: Int { 64 - given.leadingZeroBitCount }

    /// The value named `name`, nil when it is left out. Setting a name the schema does not
    /// have is a programming error.
    public subscript(name: String) -> Any? {
        get {
            let slot = schema.slot(of: name)
            return slot < 0 || given & 1 << slot == 0 ? nil : slots.base[slot]
        }
        set {
            let hint = next
            let slot = hint < slots.count && schema.names[hint] == name ? hint : schema.slot(of: name)
            if slot < 0 { preconditionFailure("`\(name)` is not a name of the template record \(schema.names)") }
            // A record is a value: one whose slots another copy shares gets its own first.
            if !isKnownUniquelyReferenced(&slots) { slots = TemplateSlots(copying: slots, schema: schema) }
            // The value moved into its slot: bound by `if let`, it was copied out of the
            // optional and into the slot, and the optional destroyed, each through the
            // existential's value witnesses (the setter was 380 instructions a value).
            switch consume newValue {
            case .some(let value):
                (slots.base + slot).pointee = consume value
                given |= 1 << slot
            case .none:
                (slots.base + slot).pointee = false
                given &= ~(1 << slot)
            }
        }
    }

    /// The record with `schema`'s further names, left out until set: `schema` names this
    /// record's names first, in the same order.
    public func extended(to schema: TemplateSchema) -> TemplateRecord {
        precondition(schema.names.starts(with: self.schema.names), "\(schema.names) does not extend \(self.schema.names)")
        return TemplateRecord(slots: TemplateSlots(copying: slots, schema: schema), given: given)
    }

    /// The value of the name numbered `id` (`TemplateNames`), nil when it is left out or
    /// the schema has no such name.
    @inline(__always)
    func child(id: Int32) -> Any? {
        slots.address(id: id, given: given)?.pointee
    }

    /// Where the value of the name numbered `id` of the record at `record` is, while the
    /// record lives unchanged; nil when it is left out or the schema has no such name. Its
    /// fields are read where they are: the compiler copied a record read through a pointer
    /// before asking it, a retain and a release of its storage on every name looked up in
    /// it (the engine looks up most names in records).
    @inline(__always)
    static func address(in record: UnsafePointer<TemplateRecord>, id: Int32) -> UnsafePointer<Any>? {
        let raw = UnsafeRawPointer(record)
        let given = raw.load(fromByteOffset: Layout.given, as: UInt64.self)
        return raw.load(fromByteOffset: Layout.slots, as: Unmanaged<TemplateSlots>.self)._withUnsafeGuaranteedRef {
            $0.address(id: id, given: given)
        }
    }

    /// Where the fields are in a record's memory: one after the other, as declared
    /// (`layoutIsAsDeclared` checks it against `MemoryLayout.offset(of:)`). Constants: as
    /// `static let`s of `offset(of:)`, each lookup in a record paid two `swift_once`
    /// checks, 1.5 million of them at 1,000 cases.
    enum Layout {
        @inline(__always) static var slots: Int { 0 }
        @inline(__always) static var given: Int { MemoryLayout<TemplateSlots>.stride }
        /// Whether the constants are the compiler's offsets.
        static var layoutIsAsDeclared: Bool {
            MemoryLayout<TemplateRecord>.offset(of: \TemplateRecord.slots) == slots
                && MemoryLayout<TemplateRecord>.offset(of: \TemplateRecord.given) == given
        }
    }

    /// The names and values given, as the dictionary the record stands for.
    ///
    /// Made from the schema's one dictionary of positions, whose layout `mapValues` keeps:
    /// a dictionary's order of iteration depends on its storage, so dictionaries made
    /// afresh from the same record printed (`{{.}}` of a whole record) in different orders,
    /// where the engine and swift-mustache (the oracle), each given the record, must print
    /// the same bytes.
    public var dictionary: [String: Any] {
        var made = schema.positions.mapValues { slots.base[$0] }
        for (slot, name) in schema.names.enumerated() where given & 1 << slot == 0 { made.removeValue(forKey: name) }
        return made
    }

    /// The record of a dictionary's names and values (at most `TemplateSchema.maxNames`),
    /// its names in code point order.
    public init(_ dictionary: [String: Any]) {
        let names = dictionary.keys.sorted()
        self.init(TemplateSchema(names))
        for (slot, name) in names.enumerated() {
            slots.base[slot] = dictionary[name]!
            given |= 1 << slot
        }
    }

    /// `value` with every `[String: Any]` in it, at any depth of dictionaries and `[Any]`
    /// arrays, made a record (but one of more names than a record holds, as a site's
    /// `extra:` may be): for values made once and read by many pages.
    public static func records(in value: Any) -> Any {
        if type(of: value) == [String: Any].self {
            let dictionary = (value as! [String: Any]).mapValues(records)
            return dictionary.count <= TemplateSchema.maxNames ? TemplateRecord(dictionary) : dictionary
        }
        if type(of: value) == [Any].self { return (value as! [Any]).map(records) }
        return value
    }

    /// The names given a value.
    public var names: [String] {
        schema.names.indices.compactMap { given & 1 << $0 == 0 ? nil : schema.names[$0] }
    }
}

/// The values of a `TemplateRecord`, in memory of their own, so that an address of one
/// stays good while the record lives (an array's storage is lent only for the length of
/// a closure). Never changed once another record shares it (`TemplateRecord`'s setter).
final class TemplateSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Any>
    let count: Int
    /// The record's names: here, so that a name is found from the slots alone.
    let schema: TemplateSchema

    /// A value for each of `schema`'s names, each `false` until set.
    init(_ schema: TemplateSchema) {
        self.schema = schema
        count = schema.names.count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: false, count: count)
    }

    /// The values of `other`, whose schema `schema` starts with, then `false`.
    init(copying other: TemplateSlots, schema: TemplateSchema) {
        precondition(other.count <= schema.names.count)
        self.schema = schema
        count = schema.names.count
        base = .allocate(capacity: max(count, 1))
        base.initialize(from: other.base, count: other.count)
        (base + other.count).initialize(repeating: false, count: count - other.count)
    }

    /// Where the value of the name numbered `id` is, if the record's `given` has it.
    @inline(__always)
    func address(id: Int32, given: UInt64) -> UnsafePointer<Any>? {
        let slot = schema.slot(id: id)
        return slot < 0 || given & 1 << slot == 0 ? nil : UnsafePointer(base + slot)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// The names a kind of `TemplateRecord` can have, in the order its values are set, and a
/// table from each name's number (`TemplateNames`) to its slot.
public final class TemplateSchema: Sendable {
    public let names: [String]
    /// The names a record can have: one bit each (`TemplateRecord.given`).
    public static let maxNames = 64
    private let slots: [Int16]
    /// Each name's slot, by name (see `TemplateRecord.dictionary`).
    let positions: [String: Int]

    public init(_ names: [String]) {
        precondition(Set(names).count == names.count, "a template schema names each value once: \(names)")
        precondition(names.count <= Self.maxNames, "a template record has at most \(Self.maxNames) names: \(names)")
        self.names = names
        let ids = names.map(TemplateNames.id)
        var slots = [Int16](repeating: -1, count: Int(ids.max() ?? -1) + 1)
        for (slot, id) in ids.enumerated() { slots[Int(id)] = Int16(slot) }
        self.slots = slots
        positions = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    @inline(__always)
    func slot(id: Int32) -> Int {
        id >= 0 && Int(id) < slots.count ? Int(slots[Int(id)]) : -1
    }

    func slot(of name: String) -> Int {
        names.firstIndex(of: name) ?? -1
    }
}

/// Every name a template or a schema has used, numbered from 0 in the order first seen,
/// for the life of the process: a template's names are numbered when it is parsed, so
/// that the engine finds a record's values by number.
public enum TemplateNames {
    private static let numbers = Mutex<[String: Int32]>([:])

    public static func id(_ name: String) -> Int32 {
        numbers.withLock { numbers in
            if let id = numbers[name] { return id }
            let id = Int32(numbers.count)
            numbers[name] = id
            return id
        }
    }
}
