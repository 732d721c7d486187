import ExhibitText

/// Renders one page: a walk over the template's steps (`Program`) that appends bytes to
/// one buffer, with the values of the open sections on one stack.
///
/// Values go by address: a name is looked up to where its value is (a record's slot, an
/// item of an array), and only a value made on the way (a transform's result, an item of
/// a lazy list, a value read out of a dictionary) is kept, in `temporaries`, until the
/// step that made it is done. Copying each value found out of its `Any` and destroying
/// the copy after (a retain and a release of a string's or record's storage, atomic
/// operations) was a sixth of the samples of a build's rendering.
///
/// It gives the bytes swift-mustache gives for the same template and values (the test
/// oracle), with two differences that only add safety: every `<`, `>`, `&`, `"` and `'`
/// is escaped, also one followed by a combining mark (swift-mustache compares whole
/// `Character`s, so `"` + U+0301 passed unescaped and could end an attribute), and
/// values are looked up with casts to the few concrete types page values are made of
/// instead of protocol casts and `Mirror`, which were a sixth of a build's time.
struct RenderSession {
    let out: OutputBuffer
    /// Where the values of the open sections are: in the page's values, which do not
    /// change while it renders, or in `temporaries`.
    private var stack: [UnsafePointer<Any>]
    private let temporaries = TemporaryValues()
    private let program: Program
    /// Where a long page's bytes go as they are made (`Theme.renderStream`): between two
    /// items of a list, once a megabyte is waiting and no indentation may still be put
    /// before bytes already made. The 10,000-case booklet is 56 MB.
    var flush: ((UnsafeBufferPointer<UInt8>) -> Void)?
    private var indenting = 0
    static let flushSize = 1 << 20

    /// What swift-mustache's `MustacheContext` holds besides the stack: plain data, so a
    /// frame is copied for each section and partial without touching a reference count.
    struct Frame {
        var position: ListPosition?
        var indentation: UnsafeBufferPointer<UInt8>?
        var overrides: UnsafePointer<Program.Overrides>?
        var escapes = true
    }

    init(root: Any, program: Program, capacity: Int) {
        stack = [temporaries.keep(root)]
        self.program = program
        out = OutputBuffer(capacity: capacity)
    }

    mutating func render(_ steps: Program.Steps, _ start: Frame) {
        var frame = start
        let begin = out.count
        guard let first = steps.baseAddress else { return }
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for i in 0..<steps.count { render(first + i, &frame) }
            return
        }
        // A partial alone on its line indents each of its lines: before any output that
        // follows a line break of this template's own output.
        indenting += 1
        defer { indenting -= 1 }
        for i in 0..<steps.count {
            let at = out.count
            render(first + i, &frame)
            if out.count > at, endsLine(at, since: begin) { out.insert(indentation, at: at) }
        }
    }

    /// Whether this template's output so far (from `begin` up to `at`) ends with a line
    /// feed that is not part of a CR LF (swift-mustache compares the last `Character`).
    private func endsLine(_ at: Int, since begin: Int) -> Bool {
        guard at > begin, out[at - 1] == UInt8(ascii: "\n") else { return false }
        return !(at - 2 >= begin && out[at - 2] == UInt8(ascii: "\r"))
    }

    private mutating func render(_ step: UnsafePointer<Program.Step>, _ frame: inout Frame) {
        switch step.pointee {
        case .text(let bytes):
            out.append(bytes)
        case .variable(let path, let escaped):
            let mark = temporaries.count
            if let value = lookup(path, frame) { append(value, escaped: escaped && frame.escapes) }
            temporaries.release(to: mark)
        case .section(let path, let children):
            let mark = temporaries.count
            section(lookup(path, frame), children, frame)
            temporaries.release(to: mark)
        case .inverted(let path, let children):
            let mark = temporaries.count
            inverted(lookup(path, frame), children, frame)
            temporaries.release(to: mark)
        case .blockExpansion(let name, let fallback, let indentation):
            var inner = frame
            inner.position = nil
            render(frame.overrides?.pointee[name.pointee] ?? fallback, inner, indentedBy: indentation)
        case .partial(let template, let indentation, let overrides):
            guard template >= 0 else { return }
            renderPartial(program.templates[template], frame, indentation, overrides)
        case .dynamicPartial(let path, let indentation, let overrides):
            let mark = temporaries.count
            defer { temporaries.release(to: mark) }
            guard let value = lookup(path, frame), let name = TemplateValues.text(value.pointee), let steps = program.steps(of: name) else { return }
            renderPartial(steps, frame, indentation, overrides)
        case .contentType(let html):
            frame.escapes = html
        case .blockDefinition:
            // Only inside `{{<parent}}`, where the parser turns them into overrides.
            break
        }
    }

    /// A partial starts with HTML escaping and no list position; the overrides of an outer
    /// `{{<parent}}` win over those of an inner one. Overrides merged here live only while
    /// the partial renders.
    private mutating func renderPartial(_ steps: Program.Steps, _ frame: Frame, _ indentation: UnsafeBufferPointer<UInt8>?,
                                        _ overrides: UnsafePointer<Program.Overrides>?) {
        var inner = Frame()
        inner.indentation = frame.indentation
        guard let overrides, let outer = frame.overrides else {
            inner.overrides = overrides ?? frame.overrides
            return render(steps, inner, indentedBy: indentation)
        }
        let merged = outer.pointee.merging(overrides.pointee) { outer, _ in outer }
        withUnsafePointer(to: merged) { merged in
            inner.overrides = merged
            render(steps, inner, indentedBy: indentation)
        }
    }

    /// Renders `steps` indented by `frame`'s indentation followed by `extra` (a partial or
    /// block alone on an indented line); the joined bytes live only while they render.
    private mutating func render(_ steps: Program.Steps, _ frame: Frame, indentedBy extra: UnsafeBufferPointer<UInt8>?) {
        guard let extra, !extra.isEmpty else { return render(steps, frame) }
        var inner = frame
        guard let outer = frame.indentation, !outer.isEmpty else {
            inner.indentation = extra
            return render(steps, inner)
        }
        let joined = Array(outer) + Array(extra)
        joined.withUnsafeBufferPointer { joined in
            inner.indentation = joined
            render(steps, inner)
        }
    }

    private mutating func section(_ value: UnsafePointer<Any>?, _ children: Program.Steps, _ frame: Frame) {
        guard let value else { return }
        if let lazy = TemplateValues.lazy(at: value) {
            var inner = frame
            for i in 0..<lazy.count {
                inner.position = ListPosition(first: i == 0, last: i == lazy.count - 1, index: i)
                let mark = temporaries.count
                stack.append(temporaries.keep(lazy.item(i)))
                render(children, inner)
                stack.removeLast()
                temporaries.release(to: mark)
                flushIfLong()
            }
            return
        }
        if renderItems(of: value, children, frame) { return }
        if let flag = TemplateValues.bool(at: value) {
            if flag { render(children, frame) }
            return
        }
        var inner = frame
        inner.position = nil
        stack.append(value)
        render(children, inner)
        stack.removeLast()
    }

    /// Renders `children` for each item of the list at `value`, read where the items are
    /// (a list of another type, a reversed one, is kept as an array first); false if
    /// `value` is not a list.
    private mutating func renderItems(of value: UnsafePointer<Any>, _ children: Program.Steps, _ frame: Frame) -> Bool {
        var list = value
        if !TemplateValues.isArray(at: value) {
            guard let other = TemplateValues.otherList(at: value) else { return false }
            list = temporaries.keep(other)
        }
        TemplateValues.withArrayItems(at: list) { items in
            guard let first = items.baseAddress else { return }
            var inner = frame
            for i in 0..<items.count {
                inner.position = ListPosition(first: i == 0, last: i == items.count - 1, index: i)
                stack.append(first + i)
                render(children, inner)
                stack.removeLast()
                flushIfLong()
            }
        }
        return true
    }

    private mutating func inverted(_ value: UnsafePointer<Any>?, _ children: Program.Steps, _ frame: Frame) {
        guard let value else { return render(children, frame) }
        if let lazy = TemplateValues.lazy(at: value) {
            guard lazy.count == 0 else { return }
            return inverted(temporaries.keep([Any]()), children, frame)
        }
        if let count = TemplateValues.isArray(at: value) ? TemplateValues.withArrayItems(at: value, \.count) : TemplateValues.otherList(at: value)?.count {
            guard count == 0 else { return }
            // swift-mustache opens the empty list as the innermost value.
            var inner = frame
            inner.position = nil
            stack.append(value)
            render(children, inner)
            stack.removeLast()
            return
        }
        if let flag = TemplateValues.bool(at: value), !flag { render(children, frame) }
    }

    private mutating func flushIfLong() {
        guard let flush, indenting == 0, out.count >= Self.flushSize else { return }
        out.withBytes(flush)
        out.removeAll()
    }

    /// Where the value `path` names is. Its parts are read in place, by index: slices of
    /// them retained the array on every lookup. A value made on the way (a transform's
    /// result, a dictionary's value, the list position) is kept in `temporaries`.
    private func lookup(_ path: UnsafePointer<ValuePath>, _ frame: Frame) -> UnsafePointer<Any>? {
        let count = path.pointee.parts.count
        let value: UnsafePointer<Any>?
        switch path.pointee.root {
        case .current:
            value = stack.last
        case .position:
            value = frame.position.map { temporaries.keep($0) }
        case .innermost:
            value = descend(path, from: 0, count, stack[stack.count - 1])
        case .stack:
            guard count > 0 else { value = stack.last; break }
            var found: UnsafePointer<Any>?
            var i = stack.count - 1
            while i >= 0 {
                if let child = TemplateValues.child(path, part: 0, at: stack[i], keeping: temporaries) {
                    found = count == 1 ? child : descend(path, from: 1, count, child)
                    break
                }
                i -= 1
            }
            value = found
        }
        guard !path.pointee.transforms.isEmpty else { return value }
        guard var result = value else { return nil }
        var t = path.pointee.transforms.count
        while t > 0 {
            t -= 1
            guard let transformed = TemplateValues.transform(path.pointee.transforms[t], result.pointee) else { return nil }
            result = temporaries.keep(transformed)
        }
        return result
    }

    /// Where the value is that the parts of `path` from `start` name inside `object`.
    private func descend(_ path: UnsafePointer<ValuePath>, from start: Int, _ count: Int, _ object: UnsafePointer<Any>) -> UnsafePointer<Any>? {
        var value = object
        var i = start
        while i < count {
            guard let child = TemplateValues.child(path, part: i, at: value, keeping: temporaries) else { return nil }
            value = child
            i += 1
        }
        return value
    }

    private mutating func append(_ value: UnsafePointer<Any>, escaped: Bool) {
        // In parts for joined text: escaping works a byte at a time, so escaping the
        // pieces and joiners is escaping the text they make.
        TemplateValues.forEachPart(at: value) { bytes in
            if escaped { HTMLEscape.append(bytes, to: out) } else { out.append(bytes) }
        }
    }
}

/// Where an item is in the list being rendered: `{{first()}}`, `{{index()}}`…
struct ListPosition {
    var first: Bool
    var last: Bool
    var index: Int
}
