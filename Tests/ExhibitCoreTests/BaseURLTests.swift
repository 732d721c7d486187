@testable import ExhibitCore
import Testing

/// `base_url` is the start of every absolute link: what a careless or hostile settings
/// file can put there is an error at its line, with the address to write instead.
struct BaseURLTests {
    @Test func aPublishedAddressIsAccepted() {
        for url in ["https://example.edu.cn/achievements/", "http://example.edu.cn", "https://example.edu.cn/my%20expo/",
                    "https://例子.中国/成果/", "https://host:8080/expo/"] {
            #expect(BaseURL.problem(url) == nil, "\(url)")
        }
    }

    @Test(arguments: [
        ("example.edu.cn/expo/", "must be an absolute http(s) URL", "e.g. `base_url: https://example.edu.cn/achievements/`"),
        ("ftp://example.edu.cn/", "must be an absolute http(s) URL", "write the published address"),
        ("https:///expo/", "must be an absolute http(s) URL", "write the published address"),
        ("javascript:alert(1)//https://x/", "must be an absolute http(s) URL", "write the published address"),
        ("https://example.edu.cn/my expo/", "has a space in it", "`base_url: https://example.edu.cn/my%20expo/`"),
        ("https://example.edu.cn/成果\u{3000}展/", "has a space in it", "`base_url: https://example.edu.cn/成果%E3%80%80展/` (a full-width space"),
        ("https://example.edu.cn/x\"><script>alert(1)</script>/", "has `\"` in it, which an address cannot hold", "as the browser's address bar shows it"),
        ("https://example.edu.cn/{expo}/", "has `{` in it", "address bar"),
        ("https://example.edu.cn/expo/?from=qr", "has a query or a fragment (`?from=qr`)", "`base_url: https://example.edu.cn/expo/`"),
        ("https://example.edu.cn/expo/#top", "has a query or a fragment (`#top`)", "`base_url: https://example.edu.cn/expo/`"),
        ("https://example.edu.cn/a/../../etc/", "has a `.` or `..` folder", "without them"),
    ])
    func aWrongAddressSaysWhatToWrite(url: String, message: String, fix: String) throws {
        let problem = try #require(BaseURL.problem(url), "\(url)")
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.fix.contains(fix), "\(problem.fix)")
    }
}
