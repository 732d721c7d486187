@testable import ExhibitCore
import Testing

/// The way back to the site root from a page's folder: one `../` for each non-empty part,
/// whatever slashes surround them, at any depth. (Every page's links, which start with it,
/// are in the golden site.)
struct RelativeRootTests {
    @Test(arguments: [
        ("", ""), ("/", ""), ("//", ""),
        ("cases/", "../"), ("cases", "../"), ("/cases/", "../"),
        ("cases/apple/", "../../"), ("cases//apple/", "../../"), ("tags/乡村振兴/page/2/", "../../../../"),
        ("a/b/c/d/e/f/g/", "../../../../../../../"),
        ("a/b/c/d/e/f/g/h/", "../../../../../../../../"),
        ("a/b/c/d/e/f/g/h/i/j/", String(repeating: "../", count: 10)),
    ])
    func oneStepForEachFolder(directory: String, root: String) {
        #expect(LinkResolver.root(of: directory) == root)
        #expect(LinkResolver.root(of: directory) == String(repeating: "../", count: directory.split(separator: "/").count))
    }

}
