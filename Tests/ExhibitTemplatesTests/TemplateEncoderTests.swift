import ExhibitTemplates
import Foundation
import Testing

/// Typed page values become exactly the template values themes have always seen.
@Suite struct TemplateEncoderTests {
    struct Link: Encodable, Sendable { var name: String; var url: String }
    struct Page: Encodable, Sendable {
        var title: String
        var dateISO: String
        var readingMinutes: Int
        var jsonLD: String?
        var cover: Link?
        @Flagged var partners: [String]
        @Flagged(shownFrom: 3) var toc: [Int] = []
        @Flagged(flag: "has_previous") var previousURL: String? = nil
        var strings: [String: String]
        var ratio: Double
    }

    func page(partners: [String] = [], toc: [Int] = [], previous: String? = nil, cover: Link? = nil) -> [String: Any] {
        TemplateEncoder.encode(Page(title: "苹果", dateISO: "2024-06-18", readingMinutes: 3, jsonLD: nil, cover: cover,
                                    partners: partners, toc: toc, previousURL: previous,
                                    strings: ["readMore": "阅读", "all_cases": "全部"], ratio: 0.5))
    }

    @Test func propertyNamesBecomeSnakeCaseKeys() {
        let values = page()
        #expect(values["title"] as? String == "苹果")
        #expect(values["date_iso"] as? String == "2024-06-18")
        #expect(values["reading_minutes"] as? Int == 3)
        #expect(values["ratio"] as? Double == 0.5)
        #expect(TemplateEncoderKeys.samples.allSatisfy { TemplateEncoderKeys.key($0.0) == $0.1 })
    }

    @Test func nilOptionalsAreLeftOutSoSectionsAreFalse() {
        let values = page()
        #expect(values["json_ld"] == nil)
        #expect(values["cover"] == nil)
        #expect(values["previous_url"] == nil)
        let withCover = page(cover: Link(name: "a", url: "b/"))
        #expect((withCover["cover"] as? [String: Any])?["url"] as? String == "b/")
    }

    @Test func flagsAreDerivedFromTheirValues() {
        let empty = page()
        #expect(empty["has_partners"] as? Bool == false)
        #expect((empty["partners"] as? [Any])?.isEmpty == true)
        #expect(empty["has_toc"] as? Bool == false)
        #expect(empty["has_previous"] as? Bool == false)
        let full = page(partners: ["洛川县"], toc: [1, 2, 3], previous: "../a/")
        #expect(full["has_partners"] as? Bool == true)
        #expect(full["has_toc"] as? Bool == true)
        #expect(full["has_previous"] as? Bool == true)
        #expect(full["previous_url"] as? String == "../a/")
        #expect(page(toc: [1, 2])["has_toc"] as? Bool == false)
    }

    @Test func theSitesOwnKeysStayAsWritten() {
        let strings = page()["strings"] as? [String: String]
        #expect(strings?["readMore"] == "阅读")
        #expect(strings?["all_cases"] == "全部")
    }

    @Test func sharedValuesAreInsertedAsMade() {
        struct Holder: Encodable { var site: Encoded<Link> }
        let values = TemplateEncoder.encode(Holder(site: Encoded(Link(name: "展", url: "/"))))
        // As a record (values made once are read by number), the dictionary it stands for.
        #expect(values["site"] is TemplateRecord)
        #expect((TemplateLazyList.materialized(values["site"] ?? 0) as? [String: Any])?["name"] as? String == "展")
    }

    @Test func anotherEncoderCannotEncodeTemplateValues() {
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(["x": TemplateAny(1)]) }
    }
}

/// The key conversion, seen through the encoder.
enum TemplateEncoderKeys {
    static let samples = [("dateISO", "date_iso"), ("jsonLD", "json_ld"), ("qrSVG", "qr_svg"), ("baseURL", "base_url"),
                          ("publicURL", "public_url"), ("isCase", "is_case"), ("title", "title"), ("URLPath", "url_path")]

    static func key(_ name: String) -> String {
        struct One: Encodable {
            let name: String
            struct Key: CodingKey {
                var stringValue: String
                init(stringValue: String) { self.stringValue = stringValue }
                var intValue: Int? { nil }
                init?(intValue: Int) { nil }
            }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(1, forKey: Key(stringValue: name))
            }
        }
        return TemplateEncoder.encode(One(name: name)).keys.first ?? ""
    }
}
