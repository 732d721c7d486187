import ExhibitText
import Foundation

/// How the engine reads template values: the dictionaries, lists, strings, numbers and
/// booleans that `TemplateEncoder` makes, read as swift-mustache reads them.
///
/// Page values are only those few types, so each is recognised by its exact type first
/// (a comparison of type metadata); a cast such as `as? [String: Any]` on a
/// `[String: String]` would copy the dictionary on every name looked up in it. Other
/// values (the pairs of `enumerated()`) fall back to `Mirror`, as in swift-mustache.
enum TemplateValues {
    // Computed, not stored: a stored static is read through `swift_once` at each use (1.2
    // million times in a 1,000-case build), where a type's metadata is a constant address
    // (or, for a generic type, an inline cache).
    @inline(__always) private static var map: ObjectIdentifier { ObjectIdentifier([String: Any].self) }
    @inline(__always) private static var strings: ObjectIdentifier { ObjectIdentifier([String: String].self) }
    @inline(__always) private static var array: ObjectIdentifier { ObjectIdentifier([Any].self) }
    @inline(__always) private static var string: ObjectIdentifier { ObjectIdentifier(String.self) }
    @inline(__always) private static var int: ObjectIdentifier { ObjectIdentifier(Int.self) }
    @inline(__always) private static var bool: ObjectIdentifier { ObjectIdentifier(Bool.self) }
    @inline(__always) private static var double: ObjectIdentifier { ObjectIdentifier(Double.self) }
    @inline(__always) private static var lazyList: ObjectIdentifier { ObjectIdentifier(TemplateLazyList.self) }
    @inline(__always) private static var keyed: ObjectIdentifier { ObjectIdentifier(TemplateKeyed.self) }
    @inline(__always) private static var joined: ObjectIdentifier { ObjectIdentifier(TemplateJoinedText.self) }
    @inline(__always) private static var utf8: ObjectIdentifier { ObjectIdentifier(UTF8Text.self) }
    @inline(__always) private static var record: ObjectIdentifier { ObjectIdentifier(TemplateRecord.self) }
    @inline(__always) private static var table: ObjectIdentifier { ObjectIdentifier(TemplateStrings.self) }

    /// A lazy list, told by its type: `as? TemplateLazyList` on any value costs a dynamic
    /// cast to a class, which tripled the time of rendering when every section asked it.
    static func lazy(_ value: Any) -> TemplateLazyList? {
        typeID(value) == lazyList ? (value as! TemplateLazyList) : nil
    }

    /// Joined text (a card), told by its type; to every reader but the one that writes it
    /// into the page (`RenderSession`), it is its `String`.
    static func joinedText(_ value: Any) -> TemplateJoinedText? {
        inPlace(value, as: TemplateJoinedText.self) { copy $0 }
    }

    /// Text kept as UTF-8 (a rendered body), told by its type; like joined text, it is its
    /// `String` to every reader but `RenderSession`, which writes its bytes.
    static func utf8Text(_ value: Any) -> UTF8Text? {
        inPlace(value, as: UTF8Text.self) { copy $0 }
    }

    /// A value that is text: a `String`, joined text joined, or UTF-8 text.
    static func text(_ value: Any) -> String? {
        if let text = value as? String { return text }
        return joinedText(value)?.string ?? utf8Text(value)?.string
    }

    /// The items of a value Mustache iterates over (an array, or one reversed by the
    /// `reversed` transform); nil for any other value.
    static func list(_ value: Any) -> [Any]? {
        let type = typeID(value)
        if type == array { return read(value, as: [Any].self) { copy $0 } }
        if isNeverList(type) { return nil }
        if let reversed = value as? ReversedCollection<[Any]> { return Array(reversed) }
        return value as? [Any]
    }

    /// `name` of `object`: a key of a dictionary, a labelled field of anything else.
    static func child(_ name: String, of object: Any) -> Any? {
        child(name, id: TemplateNames.id(name), of: object)
    }

    /// `name`, numbered `id` (`TemplateNames`), of `object`.
    static func child(_ name: String, id: Int32, of object: Any) -> Any? {
        withUnsafePointer(to: object) { child(name, id: id, at: $0) }
    }

    /// `name`, numbered `id`, of the value at `object`, read where it is: copied out of its
    /// `Any` first and handed on as an `Any?`, each of 78,000 lookups at 1,000 cases in
    /// the interface strings (`t.…`) and the cards' values copied and destroyed two
    /// existentials through their value witnesses.
    static func child(_ name: String, id: Int32, at object: UnsafePointer<Any>) -> Any? {
        // The types page values are made of, each read in place; a miss in a dictionary is
        // nil. The type is read once (`typeID`): asking `type(of:)`, a call into the
        // runtime, for each type tried was 1 % of a build's instructions.
        let type = typeID(at: object)
        if type == record { return read(at: object, as: TemplateRecord.self) { $0.child(id: id) } }
        if type == map { return read(at: object, as: [String: Any].self) { $0[name] } }
        if type == table { return read(at: object, as: TemplateStrings.self) { $0.child(id: id) } }
        if type == strings { return read(at: object, as: [String: String].self) { $0[name] } }
        if type == keyed { return read(at: object, as: TemplateKeyed.self) { $0.child(name) } }
        if type == array || type == string || type == int || type == bool || type == double || type == joined || type == utf8 { return nil }
        // A list has no names, lazy or not.
        if type == lazyList { return nil }
        return otherChild(name, of: object.pointee)
    }

    /// Where the value of part `part` of `path` of the value at `object` is: in a record,
    /// its slot, found by the part's number; a value read out of anything else is moved
    /// into `temporaries`. The part's name is read only then: a copy of a name of 16 bytes
    /// or more (`organization_url`) retained its storage.
    static func child(_ path: UnsafePointer<ValuePath>, part: Int, at object: UnsafePointer<Any>,
                      keeping temporaries: TemporaryValues) -> UnsafePointer<Any>? {
        if typeID(at: object) == record {
            return TemplateRecord.address(in: UnsafeRawPointer(object).assumingMemoryBound(to: TemplateRecord.self), id: path.pointee.ids[part])
        }
        let found = child(path.pointee.parts[part], id: path.pointee.ids[part], at: object)
        switch consume found {
        case .some(let value): return temporaries.keep(value)
        case .none: return nil
        }
    }

    /// `lazy(_:)` of the value at `value`, told by its type before anything is copied.
    static func lazy(at value: UnsafePointer<Any>) -> TemplateLazyList? {
        typeID(at: value) == lazyList ? (value.pointee as! TemplateLazyList) : nil
    }

    /// The types of page values that are never iterated: a section of one opens it (a
    /// record, a map) or shows its text (anything else here).
    private static func isNeverList(_ type: ObjectIdentifier) -> Bool {
        type == map || type == record || type == table || type == strings || type == string || type == int || type == bool || type == double || type == keyed || type == joined || type == utf8
    }

    /// A true/false value, told by its type and read where it is.
    static func bool(at value: UnsafePointer<Any>) -> Bool? {
        typeID(at: value) == bool ? read(at: value, as: Bool.self) { $0 } : nil
    }

    /// `list(_:)` of the value at `value`, for a value that is not an `[Any]`; nil at once
    /// for the types that are never lists (a record opened as a section), without a copy.
    static func otherList(at value: UnsafePointer<Any>) -> [Any]? {
        isNeverList(typeID(at: value)) ? nil : list(value.pointee)
    }

    /// Whether the value at `value` is an array of values (`[Any]`).
    static func isArray(at value: UnsafePointer<Any>) -> Bool { typeID(at: value) == array }

    /// `body` of the items of the `[Any]` at `value`, where the array keeps them.
    static func withArrayItems<R>(at value: UnsafePointer<Any>, _ body: (UnsafeBufferPointer<Any>) -> R) -> R {
        read(at: value, as: [Any].self) { $0.withUnsafeBufferPointer(body) }
    }

    /// The UTF-8 a variable tag writes for the value at `value`, given to `body` in parts:
    /// joined text as its pieces and joiners (see `TemplateJoinedText`), anything else
    /// whole; a string or UTF-8 text is read where it is.
    static func forEachPart(at value: UnsafePointer<Any>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let type = typeID(at: value)
        if type == string { return read(at: value, as: String.self) { $0.withBytes(body) } }
        if type == utf8 { return read(at: value, as: UTF8Text.self) { $0.withBytes(body) } }
        if type == joined { return read(at: value, as: TemplateJoinedText.self) { $0.forEachPart(body) } }
        // Numbers (a year, a count) read where they are: `describe` on a copy cast each
        // one dynamically, 35,000 of them at 1,000 cases.
        if type == int { return read(at: value, as: Int.self) { String($0).withBytes(body) } }
        describe(value.pointee).withBytes(body)
    }

    /// The type of the value at `value` (`typeID(_:)`), read without copying the value.
    @inline(__always)
    static func typeID(at value: UnsafePointer<Any>) -> ObjectIdentifier {
        UnsafeRawPointer(value).load(fromByteOffset: 3 * MemoryLayout<Int>.size, as: ObjectIdentifier.self)
    }

    /// `body` of the `T` at `value`, which the caller has checked is a `T` of at most three
    /// words (held in the existential's buffer, see `inPlace`).
    @inline(__always)
    private static func read<T, R>(at value: UnsafePointer<Any>, as: T.Type, _ body: (borrowing T) -> R) -> R {
        assert(typeID(at: value) == ObjectIdentifier(T.self))
        assert(MemoryLayout<T>.size <= 3 * MemoryLayout<Int>.size && MemoryLayout<T>.alignment <= MemoryLayout<Int>.alignment)
        return body(UnsafeRawPointer(value).assumingMemoryBound(to: T.self).pointee)
    }

    /// `name` of a value of another type, by a cast or its fields. Apart, so that the
    /// lookups above do not set up `Mirror` on every call (the compiler hoisted its type
    /// metadata to the top of the function).
    @inline(never)
    private static func otherChild(_ name: String, of object: Any) -> Any? {
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        guard let field = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        // An optional field is its value, or nothing.
        let mirror = Mirror(reflecting: field.value)
        guard mirror.displayStyle == .optional else { return field.value }
        return mirror.children.first?.value
    }

    /// The exact type `value` holds, read from its existential container: the word after
    /// the three-word buffer (Swift's ABI). `type(of:)` is a call into the runtime that
    /// also unwraps classes and nested existentials, a million times in a 1,000-case
    /// build (1.3 % of its instructions). For the types page values are made of (structs
    /// and final classes, stored as themselves) the two agree, which the assertion checks
    /// in every test build; any other value gets its own identity and falls back to casts.
    @inline(__always)
    static func typeID(_ value: Any) -> ObjectIdentifier {
        let stored = withUnsafePointer(to: value) { typeID(at: $0) }
        assert(stored == ObjectIdentifier(Swift.type(of: value)) || Swift.type(of: value) is AnyClass,
               "the stored type of a \(Swift.type(of: value)) is not its type")
        return stored
    }

    /// `body` of the `T` that `value` holds, read where the existential keeps it; nil when
    /// `value` holds another type. Only for a dictionary, an array, a string, a class or
    /// joined text: at most three words, aligned and moved by copying their bytes, which
    /// the existential's inline buffer holds at its start (Swift's ABI). `as!` copied the value out through
    /// its value witnesses and cast the copy, on the dictionaries every name is looked up in.
    @inline(__always)
    private static func inPlace<T, R>(_ value: Any, as: T.Type, _ body: (borrowing T) -> R) -> R? {
        guard typeID(value) == ObjectIdentifier(T.self) else { return nil }
        return read(value, as: T.self, body)
    }

    /// `body` of the `T` that `value` holds, which the caller has checked is a `T`.
    @inline(__always)
    private static func read<T, R>(_ value: Any, as: T.Type, _ body: (borrowing T) -> R) -> R {
        assert(Swift.type(of: value) == T.self)
        return withUnsafePointer(to: value) { read(at: $0, as: T.self, body) }
    }

    /// A value as text: swift-mustache's `String(describing:)`, faster for the usual types.
    static func describe(_ value: Any) -> String {
        let type = typeID(value)
        if type == string { return read(value, as: String.self) { copy $0 } }
        if type == joined { return read(value, as: TemplateJoinedText.self) { $0.string } }
        if type == utf8 { return read(value, as: UTF8Text.self) { $0.string } }
        if type == int { return read(value, as: Int.self) { String($0) } }
        if type == bool { return read(value, as: Bool.self) { $0 ? "true" : "false" } }
        // A list or map printed whole prints the lists it holds as swift-mustache sees them.
        return String(describing: TemplateLazyList.materialized(value))
    }

    /// The names and values of a map (a dictionary, a record or a keyed value), nil for
    /// any other value.
    static func dictionary(_ value: Any) -> [String: Any]? {
        let type = typeID(value)
        if type == map { return (value as! [String: Any]) }
        if type == record { return read(value, as: TemplateRecord.self) { $0.dictionary } }
        if type == keyed { return (value as! TemplateKeyed).dictionary }
        if type == table { return (value as! TemplateStrings).dictionary }
        if type == array || type == string || type == int || type == bool || type == double || type == joined || type == utf8 { return nil }
        return value as? [String: Any]
    }
}
