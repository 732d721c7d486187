/// Renders one page: a walk over the template's `Instruction`s that appends bytes to one
/// buffer, with the values of the open sections on one stack.
///
/// It gives the bytes swift-mustache gives for the same template and values (the test
/// oracle), with two differences that only add safety: every `<`, `>`, `&`, `"` and `'`
/// is escaped, also one followed by a combining mark (swift-mustache compares whole
/// `Character`s, so `"` + U+0301 passed unescaped and could end an attribute), and
/// values are looked up with casts to the few concrete types page values are made of
/// instead of protocol casts and `Mirror`, which were a sixth of a build's time.
struct RenderSession {
    private(set) var out: [UInt8] = []
    private var stack: [Any]
    private let templates: [String: [Instruction]]
    /// Where a long page's bytes go as they are made (`Theme.renderStream`): between two
    /// items of a list, once a megabyte is waiting and no indentation may still be put
    /// before bytes already made. The 10,000-case booklet is 56 MB.
    var flush: (([UInt8]) -> Void)?
    private var indenting = 0
    static let flushSize = 1 << 20

    /// What swift-mustache's `MustacheContext` holds besides the stack.
    struct Frame {
        var position: ListPosition?
        var indentation: [UInt8]?
        var overrides: [String: [Instruction]]?
        var escapes = true
    }

    init(root: Any, templates: [String: [Instruction]], capacity: Int) {
        stack = [root]
        self.templates = templates
        out.reserveCapacity(capacity)
    }

    mutating func render(_ instructions: [Instruction], _ start: Frame) {
        var frame = start
        let begin = out.count
        // Each instruction is read where it is, through a pointer into the array, which
        // the theme keeps for as long as it renders: `for instruction in instructions`
        // copied each one out, and even `instructions[i]` retained and released each
        // instruction's box around the call, a tenth of the time of rendering.
        instructions.withUnsafeBufferPointer { program in
            guard let first = program.baseAddress else { return }
            guard let indentation = frame.indentation, !indentation.isEmpty else {
                for i in 0..<program.count { render(first + i, &frame) }
                return
            }
            // A partial alone on its line indents each of its lines: before any output that
            // follows a line break of this template's own output.
            indenting += 1
            defer { indenting -= 1 }
            for i in 0..<program.count {
                let at = out.count
                render(first + i, &frame)
                if out.count > at, endsLine(at, since: begin) { out.insert(contentsOf: indentation, at: at) }
            }
        }
    }

    /// Whether this template's output so far (from `begin` up to `at`) ends with a line
    /// feed that is not part of a CR LF (swift-mustache compares the last `Character`).
    private func endsLine(_ at: Int, since begin: Int) -> Bool {
        guard at > begin, out[at - 1] == UInt8(ascii: "\n") else { return false }
        return !(at - 2 >= begin && out[at - 2] == UInt8(ascii: "\r"))
    }

    private mutating func render(_ instruction: UnsafePointer<Instruction>, _ frame: inout Frame) {
        switch instruction.pointee {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .variable(let path, let escaped):
            guard let value = lookup(path, frame) else { return }
            append(value, escaped: escaped && frame.escapes)
        case .section(let path, let children):
            section(lookup(path, frame), children, frame)
        case .inverted(let path, let children):
            inverted(lookup(path, frame), children, frame)
        case .blockExpansion(let name, let fallback, let indentation):
            var inner = frame
            inner.position = nil
            inner.indentation = (frame.indentation ?? []) + indentation
            render(frame.overrides?[name] ?? fallback, inner)
        case .partial(let name, let indentation, let overrides):
            guard let template = templates[name] else { return }
            render(template, partialFrame(frame, indentation, overrides))
        case .dynamicPartial(let path, let indentation, let overrides):
            guard let name = lookup(path, frame) as? String, let template = templates[name] else { return }
            render(template, partialFrame(frame, indentation, overrides))
        case .contentType(let html):
            frame.escapes = html
        case .blockDefinition:
            // Only inside `{{<parent}}`, where the parser turns them into overrides.
            break
        }
    }

    /// A partial starts with HTML escaping and no list position; the overrides of an outer
    /// `{{<parent}}` win over those of an inner one.
    private func partialFrame(_ frame: Frame, _ indentation: [UInt8]?, _ overrides: [String: [Instruction]]?) -> Frame {
        var inner = Frame()
        inner.indentation = indentation.map { (frame.indentation ?? []) + $0 } ?? frame.indentation
        if let overrides {
            inner.overrides = frame.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
        } else {
            inner.overrides = frame.overrides
        }
        return inner
    }

    private mutating func section(_ value: Any?, _ children: [Instruction], _ frame: Frame) {
        guard let value else { return }
        if let lazy = TemplateValues.lazy(value) {
            var inner = frame
            for i in 0..<lazy.count {
                inner.position = ListPosition(first: i == 0, last: i == lazy.count - 1, index: i)
                stack.append(lazy.item(i))
                render(children, inner)
                stack.removeLast()
                flushIfLong()
            }
            return
        }
        if let list = TemplateValues.list(value) {
            guard !list.isEmpty else { return }
            var inner = frame
            for (i, item) in list.enumerated() {
                inner.position = ListPosition(first: i == 0, last: i == list.count - 1, index: i)
                stack.append(item)
                render(children, inner)
                stack.removeLast()
                flushIfLong()
            }
            return
        }
        if let flag = TemplateValues.bool(value) {
            if flag { render(children, frame) }
            return
        }
        var inner = frame
        inner.position = nil
        stack.append(value)
        render(children, inner)
        stack.removeLast()
    }

    private mutating func inverted(_ value: Any?, _ children: [Instruction], _ frame: Frame) {
        guard let value else { return render(children, frame) }
        if let lazy = TemplateValues.lazy(value) {
            guard lazy.count == 0 else { return }
            return inverted([Any](), children, frame)
        }
        if let list = TemplateValues.list(value) {
            guard list.isEmpty else { return }
            // swift-mustache opens the empty list as the innermost value.
            var inner = frame
            inner.position = nil
            stack.append(value)
            render(children, inner)
            stack.removeLast()
            return
        }
        if let flag = TemplateValues.bool(value), !flag { render(children, frame) }
    }

    private mutating func flushIfLong() {
        guard let flush, indenting == 0, out.count >= Self.flushSize else { return }
        flush(out)
        out.removeAll(keepingCapacity: true)
    }

    private func lookup(_ path: ValuePath, _ frame: Frame) -> Any? {
        var value: Any?
        switch path.root {
        case .current:
            value = stack.last
        case .position:
            value = frame.position
        case .innermost:
            value = TemplateValues.descend(path.parts[...], from: stack[stack.count - 1])
        case .stack:
            guard let first = path.parts.first else { value = stack.last; break }
            var i = stack.count - 1
            while i >= 0 {
                if let child = TemplateValues.child(first, of: stack[i]) {
                    value = TemplateValues.descend(path.parts.dropFirst(), from: child)
                    break
                }
                i -= 1
            }
        }
        guard var result = value else { return nil }
        for transform in path.transforms.reversed() {
            guard let transformed = TemplateValues.transform(transform, result) else { return nil }
            result = transformed
        }
        return result
    }

    private mutating func append(_ value: Any, escaped: Bool) {
        let text = TemplateValues.describe(value)
        escaped ? HTMLEscape.append(text, to: &out) : out.append(contentsOf: text.utf8)
    }
}

/// Where an item is in the list being rendered: `{{first()}}`, `{{index()}}`…
struct ListPosition {
    var first: Bool
    var last: Bool
    var index: Int
}
