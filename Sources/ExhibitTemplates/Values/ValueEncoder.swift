/// The `Encoder` behind `TemplateEncoder`: one per struct, array or value encoded.
final class ValueEncoder: Encoder {
    // The encoder is its own storage: one allocation per value encoded, not two.
    var storage: ValueEncoder { self }
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// What the encoder made: a dictionary, an array or one value. A nested container
    /// writes into an encoder of its own, resolved into the parent's value when read.
    var dictionary: [String: Any]?
    var array: [Any]?
    var single: Any?
    var nested = false
    /// Set by a `Flagged` value: its flag's key (nil: `has_<key>`) and value, and
    /// whether the value itself is left out (a nil optional).
    var flag: (key: String?, isShown: Bool)?
    var omitted = false

    var value: Any {
        if let dictionary { return nested ? dictionary.mapValues(Self.resolve) : dictionary }
        if let array { return nested ? array.map(Self.resolve) : array }
        return single ?? [String: Any]()
    }

    static func resolve(_ value: Any) -> Any { (value as? ValueEncoder)?.value ?? value }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // Room for a typical struct at once: growing from empty rehashed every key 3–4 times.
        if storage.dictionary == nil { storage.dictionary = Dictionary(minimumCapacity: 12) }
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if storage.array == nil { storage.array = [] }
        return UnkeyedContainer(storage: storage)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(storage: storage) }
}

struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: Any, _ key: Key) { storage.dictionary![TemplateEncoder.key(key.stringValue)] = value }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let encoded = TemplateEncoder.encoded(value)
        let name = TemplateEncoder.key(key.stringValue)
        if let flag = encoded.flag { storage.dictionary![flag.key ?? "has_" + name] = flag.isShown }
        // A flagged optional that is nil is left out, as any nil optional is.
        if !encoded.omitted { storage.dictionary![name] = encoded.value }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let child = ValueEncoder()
        storage.nested = true
        set(child.storage, key)
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = ValueEncoder()
        storage.nested = true
        set(child.storage, key)
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = ValueEncoder()
        storage.nested = true
        set(child.storage, key)
        return child
    }
}

struct UnkeyedContainer: UnkeyedEncodingContainer {
    let storage: ValueEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { storage.array!.count }

    mutating func encodeNil() throws { storage.array!.append(false) }
    mutating func encode(_ value: String) throws { storage.array!.append(value) }
    mutating func encode(_ value: Int) throws { storage.array!.append(value) }
    mutating func encode(_ value: Bool) throws { storage.array!.append(value) }
    mutating func encode(_ value: Double) throws { storage.array!.append(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { storage.array!.append(TemplateEncoder.box(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = ValueEncoder()
        storage.nested = true
        storage.array!.append(child.storage)
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = ValueEncoder()
        storage.nested = true
        storage.array!.append(child.storage)
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = ValueEncoder()
        storage.nested = true
        storage.array!.append(child.storage)
        return child
    }
}

struct SingleContainer: SingleValueEncodingContainer {
    let storage: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    // A nil in a template is false: the section is skipped, the variable is empty.
    mutating func encodeNil() throws { storage.single = false }
    mutating func encode(_ value: String) throws { storage.single = value }
    mutating func encode(_ value: Int) throws { storage.single = value }
    mutating func encode(_ value: Bool) throws { storage.single = value }
    mutating func encode(_ value: Double) throws { storage.single = value }
    mutating func encode<T: Encodable>(_ value: T) throws { storage.single = TemplateEncoder.box(value) }
}
