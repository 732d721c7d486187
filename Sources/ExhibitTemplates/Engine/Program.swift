/// A theme's templates made ready to render: the `Instruction` trees of `InstructionParser`
/// as `Step`s that hold no references, over memory this object owns.
///
/// Why: every page of a build walks the same parsed templates on every thread, and a walk
/// over `Instruction`s retained and released each payload it looked at (a text's bytes, a
/// name's parts, a section's children, the overrides of a parent) with atomic operations on
/// objects both cores were using. A profile of a 10,000-case build put a third of the time
/// spent rendering in `swift_retain` and `swift_release`. A step is plain data (pointers and
/// flags) into buffers that live as long as the theme, so following one costs a load.
///
/// Everything is written once, in `init`, and only read after: the object may be used
/// from any number of threads at once.
final class Program: @unchecked Sendable {
    typealias Steps = UnsafeBufferPointer<Step>
    /// Blocks a `{{<parent}}` gives its parent, by name.
    typealias Overrides = [String: Steps]

    enum Step {
        case text(UnsafeBufferPointer<UInt8>)
        case variable(UnsafePointer<ValuePath>, escaped: Bool)
        case section(UnsafePointer<ValuePath>, Steps)
        case inverted(UnsafePointer<ValuePath>, Steps)
        /// Found only inside `{{<parent}}`, where they became its overrides: nothing to do.
        case blockDefinition
        case blockExpansion(UnsafePointer<String>, Steps, indentation: UnsafeBufferPointer<UInt8>)
        /// The template numbered `template` (-1: no such template, which renders nothing).
        case partial(template: Int, indentation: UnsafeBufferPointer<UInt8>?, overrides: UnsafePointer<Overrides>?)
        case dynamicPartial(UnsafePointer<ValuePath>, indentation: UnsafeBufferPointer<UInt8>?, overrides: UnsafePointer<Overrides>?)
        case contentType(html: Bool)
    }

    /// Each template's steps, by the number `numbers` gives its name.
    let templates: [Steps]
    private let numbers: [String: Int]
    private let owned: Owned

    init(_ trees: [String: [Instruction]]) {
        let names = trees.keys.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        var owned = Owned()
        templates = names.map { Self.steps(trees[$0]!, numbers, &owned) }
        self.numbers = numbers
        self.owned = owned
    }

    deinit {
        var owned = owned
        owned.free()
    }

    /// The steps of the template named `name`; nil when the theme has none.
    func steps(of name: String) -> Steps? { numbers[name].map { templates[$0] } }

    private static func steps(_ instructions: [Instruction], _ numbers: [String: Int], _ owned: inout Owned) -> Steps {
        let buffer = UnsafeMutableBufferPointer<Step>.allocate(capacity: instructions.count)
        owned.raw.append(UnsafeMutableRawPointer(buffer.baseAddress))
        for (i, instruction) in instructions.enumerated() {
            buffer.baseAddress!.advanced(by: i).initialize(to: step(instruction, numbers, &owned))
        }
        return UnsafeBufferPointer(buffer)
    }

    private static func step(_ instruction: Instruction, _ numbers: [String: Int], _ owned: inout Owned) -> Step {
        func steps(_ children: [Instruction]) -> Steps { Self.steps(children, numbers, &owned) }
        func overrides(_ blocks: [String: [Instruction]]?) -> UnsafePointer<Overrides>? {
            guard let blocks else { return nil }
            let made = blocks.mapValues { Self.steps($0, numbers, &owned) }
            return owned.value(made)
        }
        switch instruction {
        case .text(let bytes): return .text(owned.bytes(bytes))
        case .variable(let path, let escaped): return .variable(owned.value(path), escaped: escaped)
        case .section(let path, let children): return .section(owned.value(path), steps(children))
        case .inverted(let path, let children): return .inverted(owned.value(path), steps(children))
        case .blockDefinition: return .blockDefinition
        case .blockExpansion(let name, let fallback, let indentation):
            return .blockExpansion(owned.value(name), steps(fallback), indentation: owned.bytes(indentation))
        case .partial(let name, let indentation, let blocks):
            return .partial(template: numbers[name] ?? -1, indentation: indentation.map { owned.bytes($0) },
                            overrides: overrides(blocks))
        case .dynamicPartial(let path, let indentation, let blocks):
            return .dynamicPartial(owned.value(path), indentation: indentation.map { owned.bytes($0) },
                                   overrides: overrides(blocks))
        case .contentType(let html): return .contentType(html: html)
        }
    }
}

/// Memory made for a `Program`'s steps, freed together by `free()`.
private struct Owned {
    /// Buffers of plain data.
    var raw: [UnsafeMutableRawPointer?] = []
    /// Values with references, each freed by its own deinitializer.
    var values: [() -> Void] = []

    mutating func bytes(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
        guard !bytes.isEmpty else { return UnsafeBufferPointer(start: nil, count: 0) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        raw.append(UnsafeMutableRawPointer(buffer.baseAddress))
        return UnsafeBufferPointer(buffer)
    }

    mutating func value<T>(_ value: T) -> UnsafePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: 1)
        pointer.initialize(to: value)
        values.append { pointer.deinitialize(count: 1); pointer.deallocate() }
        return UnsafePointer(pointer)
    }

    mutating func free() {
        for pointer in raw { pointer?.deallocate() }
        for free in values { free() }
        raw = []
        values = []
    }
}
