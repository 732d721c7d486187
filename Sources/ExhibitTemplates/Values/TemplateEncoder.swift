/// Turns typed page values into what templates see: dictionaries, arrays, strings,
/// numbers and booleans. This is the one place where page values become template values.
///
/// Property names become snake_case keys (`dateISO` → `date_iso`, `readingMinutes` →
/// `reading_minutes`), so the Swift types read as Swift and the templates as Mustache
/// themes always have. A nil optional is left out, so `{{#case.cover}}` is false. A
/// `@Flagged` property also gives its `has_` flag. A `TemplateDirect` value (front matter
/// kept as written, a card rendered once) is inserted as it is, and so is a map of
/// strings (the interface strings): the site's own keys stay as written.
///
/// Written by hand because no encoder in Foundation makes `Any` trees: going through
/// JSON and back would cost more than rendering the page.
public enum TemplateEncoder {
    /// The template values of `value`, a struct.
    public static func encode<T: Encodable>(_ value: T) -> [String: Any] {
        dictionary(box(value))
    }

    /// Any encodable value as a template value.
    public static func box<T: Encodable>(_ value: T) -> Any {
        encoded(value).value
    }

    /// A value that makes its template values itself (`TemplateDirect`, `TemplateStruct`)
    /// needs no encoder: where its type is known (a page's `PageValues`, a card's values),
    /// these are chosen over the generic ones, which would make an encoder only to be
    /// handed the same value.
    public static func encode<T: TemplateDirect>(_ value: T) -> [String: Any] {
        dictionary(value.templateValue)
    }

    /// The names and values of a struct's template value (a dictionary or a
    /// `TemplateRecord`) as a dictionary, as the engine reads them; empty for any other value.
    static func dictionary(_ value: Any) -> [String: Any] {
        TemplateValues.dictionary(value) ?? [:]
    }

    public static func box<T: TemplateDirect>(_ value: T) -> Any { value.templateValue }

    /// What encoding `value` left: its template value, and the flag of a `Flagged`.
    /// Casting each value to `TemplateDirect` or `Flagged` here instead cost a protocol
    /// conformance lookup per value, a tenth of the build's time: those types find this
    /// encoder in their `encode(to:)` instead.
    static func encoded<T: Encodable>(_ value: T) -> ValueEncoder {
        let encoder = ValueEncoder()
        // The type compared first: `as?` goes through the runtime's dynamic cast for every
        // struct and array, which failed four times for each (1 % of a build's CPU).
        if T.self == String.self || T.self == Int.self || T.self == Bool.self
            // The interface strings (`t`): the site's own keys, which stay as written.
            // Dictionary's own `encode(to:)` would pass them through the key conversion.
            || T.self == [String: String].self {
            encoder.storage.single = value
            return encoder.storage
        }
        do {
            try value.encode(to: encoder)
        } catch {
            // Page values are plain structs; only a TemplateDirect type encoded by another
            // encoder throws, and this encoder is not another.
            preconditionFailure("page values cannot fail to encode: \(error)")
        }
        return encoder.storage
    }

    /// `dateISO` → `date_iso`, `jsonLD` → `json_ld`, `qrSVG` → `qr_svg`: a word starts at
    /// an upper-case letter after a lower-case one, and at the last capital of a run that
    /// a lower-case letter follows (`URLPath` → `url_path`).
    static func key(_ name: String) -> String {
        // Most keys are one lower-case word: answer them without allocating.
        guard name.utf8.contains(where: isUpper) else { return name }
        let bytes = Array(name.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        for (i, byte) in bytes.enumerated() {
            if isUpper(byte), i > 0 {
                let afterLower = !isUpper(bytes[i - 1]) && bytes[i - 1] != UInt8(ascii: "_")
                let endsRun = isUpper(bytes[i - 1]) && i + 1 < bytes.count && isLower(bytes[i + 1])
                if afterLower || endsRun { out.append(UInt8(ascii: "_")) }
            }
            out.append(isUpper(byte) ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
    private static func isLower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
}

/// A value already in the form templates see, inserted by `TemplateEncoder` as it is.
/// Only `TemplateEncoder` can encode it: another encoder gets an error.
public protocol TemplateDirect: Encodable {
    var templateValue: Any { get }
}

extension TemplateDirect {
    public func encode(to encoder: any Encoder) throws {
        if let encoder = encoder as? ValueEncoder {
            encoder.storage.single = templateValue
            return
        }
        throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath,
            debugDescription: "\(Self.self) holds template values; only TemplateEncoder encodes it"))
    }
}

/// A page value that writes out its template values itself, as the dictionary
/// `TemplateEncoder` would make of it: snake_case keys, nil optionals left out, a
/// `@Flagged` property's flag (`flagged(_:_:value:)`). For the values every page makes
/// many of (a case page and its cards, links, figures): `Codable`'s boxed containers,
/// generic metadata and one encoder object per value were about 5 % of a 10,000-case
/// build's CPU (perf). Only `TemplateEncoder` encodes them, as any `TemplateDirect`.
/// `TemplateStructTests` checks each one, by reflection, against the encoder's rules.
public protocol TemplateStruct: TemplateDirect {}

extension Dictionary where Key == String, Value == Any {
    /// `value` (the template value of `flagged`'s, nil to leave it out) under `key`, and
    /// the flag `@Flagged` gives it.
    public mutating func flagged<Wrapped>(_ key: String, _ flagged: Flagged<Wrapped>, value: Any?) {
        self[flagged.flag ?? "has_" + key] = flagged.wrappedValue.flagCount >= flagged.shownFrom
        if let value { self[key] = value }
    }
}

extension TemplateRecord {
    /// `value` (the template value of `flagged`'s, nil to leave it out) under `key`, and
    /// the flag `@Flagged` gives it, set first (the schema's order).
    public mutating func flagged<Wrapped>(_ key: String, _ flagged: Flagged<Wrapped>, value: Any?) {
        self[flagged.flag ?? "has_" + key] = flagged.wrappedValue.flagCount >= flagged.shownFrom
        if let value { self[key] = value }
    }
}

/// Template values made once and shared between pages (a card's values with its HTML).
public struct TemplateAny: TemplateDirect, @unchecked Sendable {
    // Only strings, numbers, booleans, arrays and dictionaries of them, never mutated.
    public let templateValue: Any
    public init(_ value: Any) { templateValue = value }
}

/// Typed values encoded once and shared by many pages: the site's settings, the
/// categories as seen from one depth. Encoding them for every page was a third of the
/// time spent making page values.
public struct Encoded<Value: Encodable & Sendable>: TemplateDirect, @unchecked Sendable {
    // `templateValue` holds only strings, numbers, booleans, arrays and dictionaries.
    public let value: Value
    public let templateValue: Any

    public init(_ value: Value) {
        self.value = value
        // Made once and read by every page (`site.title`…): as records, read by number.
        templateValue = TemplateRecord.records(in: TemplateEncoder.box(value))
    }
}
