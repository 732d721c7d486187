import ExhibitText
import Yams

/// Reads an indicator framework: the value of site.yaml's `indicators:`, or the file
/// `content/indicators.yaml` (the same list, or a mapping with `indicators:`).
///
/// ```yaml
/// indicators:
///   - id: organisation
///     name: 组织建设
///     indicators:
///       - {id: member-participation, name: 党员参与率, unit: "%", kind: rate, target: 90, required: true}
/// ```
enum IndicatorParser {
    static let example = "{id: member-participation, name: 党员参与率, unit: \"%\", kind: rate, target: 90}"
    static let dimensionKeys = ["id", "name", "indicators"]
    static let indicatorKeys = ["id", "name", "unit", "kind", "target", "better", "required"]

    /// The whole file `content/indicators.yaml`.
    static func parseFile(_ text: String, path: String) -> (IndicatorFramework, [Diagnostic]) {
        let root: Node?
        do {
            root = try YAMLDocument.compose(text)
        } catch {
            return (IndicatorFramework(), [YAMLProblem.diagnostic(for: error, path: path, lineOffset: 0, yaml: text, document: .siteSettings)])
        }
        var reader = FieldReader(path: path, lineOffset: 0)
        guard var node = root else { return (IndicatorFramework(file: path), []) }
        if case .mapping(let map) = node, let list = map["indicators"] { node = list }
        var framework = parse(node, reader: &reader)
        framework.file = path
        return (framework, reader.diagnostics)
    }

    /// The value of `indicators:`: a list of dimensions.
    static func parse(_ node: Node, reader: inout FieldReader) -> IndicatorFramework {
        guard case .sequence(let items) = node else {
            reader.error(node, "`indicators` must be a list of dimensions",
                         fix: "write `indicators:` then `  - {id: organisation, name: 组织建设, indicators: [\(example)]}`")
            return IndicatorFramework()
        }
        var framework = IndicatorFramework()
        var seen = Set<String>(), dimensions = Set<String>()
        for item in items {
            guard case .mapping(let map) = item, let id = map["id"].flatMap({ reader.string($0, key: "id") }), !id.isEmpty else {
                reader.error(item, "each dimension of `indicators` needs an `id`",
                             fix: "write `- {id: organisation, name: 组织建设, indicators: [...]}`")
                continue
            }
            // Its id names the dashboard's section (`id="dim-<id>-title"`): one section each.
            guard dimensions.insert(id).inserted else {
                reader.error(map["id"] ?? item, "the dimension `\(id)` is defined twice",
                             fix: "give one of them another `id`, or put their indicators in one dimension")
                continue
            }
            warnAboutUnknownKeys(map, known: dimensionKeys, what: "a dimension", reader: &reader)
            let name = map["name"].flatMap { reader.string($0, key: "name") } ?? id
            var dimension = IndicatorDimension(id: id, name: name, indicators: [])
            guard case .sequence(let list)? = map["indicators"] else {
                reader.error(map["indicators"] ?? item, "the dimension `\(id)` needs a list `indicators`",
                             fix: "write `indicators:` under it, then `  - \(example)`")
                continue
            }
            for entry in list {
                let errors = reader.diagnostics.count(where: { $0.severity == .error })
                guard let indicator = indicator(entry, dimension: id, reader: &reader) else {
                    if reader.diagnostics.count(where: { $0.severity == .error }) > errors,
                       case .mapping(let map) = entry, let written = map["id"]?.string {
                        framework.broken.insert(written)
                    }
                    continue
                }
                guard seen.insert(indicator.id).inserted else {
                    reader.error(entry, "the indicator `\(indicator.id)` is defined twice", fix: "give one of them another `id`, or delete it")
                    continue
                }
                dimension.indicators.append(indicator)
            }
            framework.dimensions.append(dimension)
        }
        return framework
    }

    private static func indicator(_ node: Node, dimension: String, reader: inout FieldReader) -> Indicator? {
        guard case .mapping(let map) = node, let id = map["id"].flatMap({ reader.string($0, key: "id") }), !id.isEmpty else {
            reader.error(node, "each indicator needs an `id`", fix: "write `- \(example)`")
            return nil
        }
        if !Slug.isURLSafe(id) {
            reader.error(map["id"] ?? node, "the indicator id `\(id)` must be lower-case letters, digits and hyphens",
                         fix: "cases name it in their metrics: write `id: \(Slug.make(id).isEmpty ? "member-participation" : Slug.make(id))`")
            return nil
        }
        warnAboutUnknownKeys(map, known: indicatorKeys, what: "an indicator", reader: &reader)
        let name = map["name"].flatMap { reader.string($0, key: "name") } ?? id
        let unit = map["unit"].flatMap { reader.string($0, key: "unit") } ?? ""
        var kind = Indicator.Kind.count
        if let node = map["kind"], let written = reader.string(node, key: "kind") {
            if let known = Indicator.Kind(rawValue: written) {
                kind = known
            } else {
                let kinds = Indicator.Kind.allCases.map(\.rawValue)
                let guess = Suggestion.closest(to: written, in: kinds).map { "did you mean `\($0)`? " } ?? ""
                reader.error(node, "unknown indicator kind `\(written)` of `\(id)`",
                             fix: "\(guess)write one of \(kinds.joined(separator: ", ")): count adds up across cases, the others never do")
                return nil
            }
        }
        var better = Indicator.Better.higher
        if let node = map["better"], let written = reader.string(node, key: "better") {
            guard let known = Indicator.Better(rawValue: written) else {
                reader.error(node, "`better` of `\(id)` must be `higher` or `lower`, not `\(written)`",
                             fix: "write `better: lower` for an indicator that improves as it falls (e.g. a cost), otherwise leave it out")
                return nil
            }
            better = known
        }
        var target: Double?
        if let node = map["target"] {
            // Not `FieldReader.number`: its fix speaks of a metric's `value` and `unit`.
            guard case .scalar(let scalar) = node, scalar.style == .plain,
                  let value = FieldReader.yamlNumber(scalar.string), value.isFinite else {
                reader.error(node, "the `target` of `\(id)` must be a number, not `\(node.string ?? "a list")`",
                             fix: "write the figure alone, without its unit (the indicator's `unit` gives it): `target: 90`")
                return nil
            }
            target = value
        }
        let required = map["required"].flatMap { reader.bool($0, key: "required") } ?? false
        let (line, column) = reader.position(node)
        return Indicator(id: id, name: name, unit: unit, kind: kind, target: target, better: better, required: required,
                         dimension: dimension, line: line, column: column)
    }

    private static func warnAboutUnknownKeys(_ map: Node.Mapping, known: [String], what: String, reader: inout FieldReader) {
        for (keyNode, _) in map {
            let key = keyNode.scalarText ?? ""
            guard !known.contains(key) else { continue }
            let guess = Suggestion.closest(to: key, in: known).map { "did you mean `\($0)`? " } ?? ""
            reader.warning(keyNode, "unknown key `\(key)` in \(what) of `indicators`; it is ignored",
                           fix: "\(guess)\(what) has \(known.map { "`\($0)`" }.joined(separator: ", "))")
        }
    }
}
