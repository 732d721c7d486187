/// One fuzzer input cut into the files of a small site.
///
/// The parts are separated by a line `----8<----`: site.yaml, the case's front matter,
/// its Markdown body, then templates/case.mustache and templates/partials/fuzz.mustache.
/// A missing part keeps a valid default, so a mutated body still reaches the Markdown
/// stage and a mutated template still gets a site to render.
struct FuzzInput {
    static let separator = Array("\n----8<----\n".utf8)

    var siteYAML: [UInt8]
    var frontMatter: [UInt8]
    var body: [UInt8]
    /// Empty: the built-in template.
    var caseTemplate: [UInt8]
    var partial: [UInt8]

    static let defaultSiteYAML = """
        title: 模糊测试展
        language: zh-CN
        base_url: https://example.org/expo/
        per_page: 2
        categories:
          - {id: rural-revitalization, name: 乡村振兴}
          - {id: red-culture, name: 红色文化数字化}
          - {id: innovation-entrepreneurship, name: 创新创业}
          - {id: research, name: 科研攻关}
          - {id: social-service, name: 社会服务}
        """
    static let defaultFrontMatter = """
        title: 模糊测试案例
        date: 2024-05-01
        category: research
        tags: [测试]
        """

    init(_ bytes: [UInt8]) {
        var parts = Self.split(bytes)
        while parts.count < 5 { parts.append([]) }
        siteYAML = parts[0].isEmpty ? Array(Self.defaultSiteYAML.utf8) : parts[0]
        frontMatter = parts[1].isEmpty ? Array(Self.defaultFrontMatter.utf8) : parts[1]
        body = parts[2]
        caseTemplate = parts[3]
        // Anything after the fifth separator stays in the partial.
        partial = parts[4...].joined(separator: Self.separator).map { $0 }
    }

    /// The case file as an editor writes it.
    var caseFile: [UInt8] {
        Array("---\n".utf8) + frontMatter + Array("\n---\n".utf8) + body
    }

    private static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var i = 0
        while i + separator.count <= bytes.count {
            if bytes[i] == separator[0], bytes[i..<(i + separator.count)].elementsEqual(separator) {
                parts.append(Array(bytes[start..<i]))
                i += separator.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }
}
