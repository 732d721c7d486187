import ExhibitTemplates
import ExhibitText

/// Makes a Mustache template from a list of numbers, each choosing the next piece:
/// text, line breaks and indentation, every kind of tag, with sections closed in order
/// (and sometimes wrongly, or left open, which both engines must refuse alike). Set
/// delimiters are followed, so tags after `{{=[[ ]]=}}` use `[[ ]]`.
enum TemplateMaker {
    static let parent = "<p>{{$block}}default {{s}}{{/block}}</p>\n  {{$title}}\n  T {{n}}\n  {{/title}}\n{{> p1}}\n"

    // "\u{301}" joins whatever comes before it: a delimiter, a line break, a space.
    private static let words = ["a", "b c", "中文", "<&>\"'", "x{y", "}z", "é", "\u{3000}", "{ ", "}", "\u{301}"]
    private static let names = ["s", "n", "flag", "off", "list", "map", "empty", "t", "missing", ".", "map.x", ".s", "name", "d", "zero",
                                "t.k", "", "lazy", "none", "j", "j.x", "jname", "u", "u.x"]
    private static let sections = ["list", "map", "flag", "off", "empty", "missing", "s", "n", "zero", "d", "t",
                                   "first()", "last()", "reversed(list)", "sorted(t)", "lazy", "none", "reversed(lazy)",
                                   "sorted(list)", "sorted(lazy)", "j", "jempty", "u", "uempty"]
    private static let transforms = ["uppercased(s)", "count(list)", "index()", "plusone(n)", "first(list)", "empty(s)",
                                     "capitalized(s)", "reversed(s)", "even()", "count(t)", "minusone(zero)", "last(list)",
                                     "count(lazy)", "first(lazy)", "empty(none)", "uppercased(j)", "reversed(j)", "empty(jempty)",
                                     "uppercased(u)", "reversed(u)", "empty(uempty)"]

    static func template(_ ops: [Int], partials: Bool) -> String {
        var text = ""
        // Open sections, each with the delimiters that were in force before it opened.
        var open: [(name: String, delimiters: (String, String))] = []
        var delimiters = ("{{", "}}")
        func tag(_ inner: String) -> String { delimiters.0 + inner + delimiters.1 }
        for op in ops {
            let arg = op / 24
            switch op % 24 {
            case 0: text += words[arg % words.count]
            case 1: text += " "
            case 2: text += "  "
            case 3: text += "\t"
            case 4: text += "\n"
            case 5: text += "\r\n"
            case 6: text += tag(names[arg % names.count])
            case 7:
                let name = names[arg % names.count]
                text += delimiters.0 == "{{" ? "{{{\(name)}}}" : tag("&" + name)
            case 8: text += tag("& " + names[arg % names.count])
            case 9, 10:
                let name = sections[arg % sections.count]
                text += tag((op % 24 == 9 ? "#" : "^") + name)
                open.append((name, delimiters))
            case 11:
                if let (name, outer) = open.popLast() { text += tag("/" + name); delimiters = outer }
            case 12: text += tag("! note ")
            case 13: text += partials ? tag(["> p1", ">p1", ">  p1 "][arg % 3]) : "p"
            case 14: text += partials ? tag([">nothere", ">*pname", ">*jname"][arg % 3]) : "q"
            case 15:
                guard partials else { text += "r"; continue }
                text += [
                    tag("<parent") + tag("$block") + "B" + tag("s") + tag("/block") + tag("/parent"),
                    tag("<parent") + "\n  " + tag("$block") + "\n    over\n  " + tag("/block") + "\n" + tag("/parent") + "\n",
                    tag("<parent") + tag("/parent"),
                ][arg % 3]
            case 16: text += tag("$block") + "def" + tag("s") + tag("/block")
            case 17:
                if delimiters.0 == "{{" { text += "{{=[[ ]]=}}"; delimiters = ("[[", "]]") }
                else { text += tag("={{ }}="); delimiters = ("{{", "}}") }
            case 18: text += tag(transforms[arg % transforms.count])
            case 19: text += tag(["%CONTENT_TYPE:TEXT", "%CONTENT_TYPE:HTML"][arg % 2])
            case 20: text += tag(".")
            case 21: text += "\n" + String(repeating: " ", count: arg % 4)
            // A close of a section that is not open: rarely, or few templates would be valid.
            case 22: text += arg % 20 == 0 ? tag("/" + sections[arg % sections.count]) : tag("! n")
            default: text += tag("!") + "\n"
            }
        }
        // Mostly close what is open; one time in thirteen leave it open.
        if ops.count % 13 != 5 {
            while let (name, outer) = open.popLast() { text += tag("/" + name); delimiters = outer }
        }
        return text
    }
}

/// Values for a generated template, chosen by a list of numbers: the types page values
/// are made of, with text that needs escaping, empty lists, zero, false and nested maps.
enum ValueMaker {
    private static let strings = ["", "plain", "<b>&\"'</b>", "中文 展览", "line\nbreak", "e\u{301}", "  spaced  ", "p1"]

    static func values(_ ops: [Int]) -> [String: Any] {
        var i = 0
        func next() -> Int { defer { i += 1 }; return ops.isEmpty ? i : ops[i % ops.count] / (1 + i / max(ops.count, 1)) }
        func string() -> String { strings[next() % strings.count] }
        func item() -> Any {
            switch next() % 5 {
            case 0: return string()
            case 1: return next() % 50
            case 2: return next() % 2 == 0
            case 3: return ["name": string(), "x": next() % 9, "flag": next() % 2 == 1] as [String: Any]
            // The same as a record (a card, a link…), its `x` sometimes left out.
            default:
                var record = TemplateRecord(itemSchema)
                record["name"] = string()
                if next() % 3 != 0 { record["x"] = next() % 9 }
                record["flag"] = next() % 2 == 1
                return record
            }
        }
        var values: [String: Any] = [
            "s": string(), "n": [0, 7, -3, 42][next() % 4], "flag": next() % 3 != 0, "off": false,
            "list": (0..<(next() % 4)).map { _ in item() }, "empty": [Any](),
            "map": ["x": string(), "s": string()] as [String: Any],
            "t": ["k": string(), "a": "<", "b": "中"] as [String: String],
            "zero": 0, "d": [1.5, 2.0, -0.25][next() % 3], "name": string(),
            "pname": ["p1", "parent", "nothere"][next() % 3],
        ]
        if next() % 4 == 0 { values["map"] = ["s": string()] as [String: Any] }
        // A map as a record, set out of its schema's order or with a name left out.
        if next() % 3 == 0 {
            var record = TemplateRecord(mapSchema)
            record["s"] = string()
            if next() % 2 == 0 { record["x"] = string() }
            values["map"] = record
        }
        // Lists made as they are rendered (the booklet's cases); the oracle gets arrays.
        let lazyItems = (0..<(next() % 4)).map { _ in item() }
        values["lazy"] = TemplateLazyList(count: lazyItems.count) { lazyItems[$0] }
        values["none"] = TemplateLazyList(count: 0) { _ in "" }
        // Text given in pieces (a card with its page's root); the oracle gets the `String`.
        let pieces = (0..<(next() % 4)).map { _ in string() }
        values["j"] = TemplateJoinedText(pieces: pieces, joiner: ["../", "", "<&>"][next() % 3])
        values["jempty"] = TemplateJoinedText("")
        values["jname"] = [TemplateJoinedText(pieces: ["p", ""], joiner: "1"), TemplateJoinedText("nothere")][next() % 2]
        // Text kept as UTF-8 (a rendered body); the oracle gets the `String`.
        values["u"] = UTF8Text(string())
        values["uempty"] = UTF8Text("")
        return values
    }

    private static let itemSchema = TemplateSchema(["name", "x", "flag"])
    private static let mapSchema = TemplateSchema(["x", "s"])

    /// `values` as one record (as every page's values are), names in a shuffled order.
    static func record(_ values: [String: Any], order: Int) -> TemplateRecord {
        let names = values.keys.sorted()
        let rotated = Array(names[(order % names.count)...] + names[..<(order % names.count)])
        var record = TemplateRecord(TemplateSchema(rotated))
        for name in names { record[name] = values[name] }
        return record
    }
}
