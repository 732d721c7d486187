@testable import ExhibitTemplates
import Testing

/// A record is the dictionary it stands for, however its names were set, and the engine
/// finds its values as it finds a dictionary's (EngineDifferentialTests renders generated
/// records against swift-mustache).
@Suite struct TemplateRecordTests {
    static let schema = TemplateSchema(["title", "url", "has_tags", "tags", "cover"])

    /// The engine reads a record's fields at constant offsets (`TemplateRecord.Layout`).
    @Test func theFieldsAreWhereTheEngineReadsThem() {
        #expect(TemplateRecord.Layout.layoutIsAsDeclared)
    }

    @Test func namesSetInAnyOrderGiveTheSameDictionary() {
        var inOrder = TemplateRecord(Self.schema)
        inOrder["title"] = "展览"
        inOrder["url"] = "cases/a/"
        inOrder["has_tags"] = true
        inOrder["tags"] = ["a"] as [Any]
        var shuffled = TemplateRecord(Self.schema)
        shuffled["tags"] = ["a"] as [Any]
        shuffled["has_tags"] = true
        shuffled["url"] = "cases/a/"
        shuffled["title"] = "展览"
        for record in [inOrder, shuffled] {
            let made = record.dictionary
            #expect(made.keys.sorted() == ["has_tags", "tags", "title", "url"])
            #expect(made["title"] as? String == "展览")
            #expect(made["url"] as? String == "cases/a/")
            #expect(record["cover"] == nil)
            #expect(record.names == ["title", "url", "has_tags", "tags"])
        }
    }

    @Test func theEngineFindsANameByItsNumberAndNoOther() {
        var record = TemplateRecord(Self.schema)
        record["title"] = "T"
        #expect(TemplateValues.child("title", of: record) as? String == "T")
        #expect(TemplateValues.child("url", of: record) == nil)
        // A name no schema has, numbered after the schema was made.
        #expect(TemplateValues.child("title-not-a-name-\(#line)", of: record) == nil)
    }

    @Test func anExtendedRecordKeepsItsValuesAndTakesTheNewNames() {
        var card = TemplateRecord(Self.schema)
        card["title"] = "T"
        card["cover"] = "c.jpg"
        var context = card.extended(to: TemplateSchema(Self.schema.names + ["root", "t"]))
        context["root"] = "../"
        let made = context.dictionary
        #expect(made.keys.sorted() == ["cover", "root", "title"])
        #expect(made["cover"] as? String == "c.jpg")
        #expect(made["root"] as? String == "../")
    }

    /// Its values live in memory of their own (`TemplateSlots`), shared between copies
    /// until one is changed: a record is still a value.
    @Test func aCopyChangedLeavesTheOriginalAsItWas() {
        var original = TemplateRecord(Self.schema)
        original["title"] = "原来的"
        original["url"] = "cases/a/"
        var copy = original
        copy["title"] = "改过的"
        copy["url"] = nil
        #expect(original["title"] as? String == "原来的")
        #expect(original["url"] as? String == "cases/a/")
        #expect(copy["title"] as? String == "改过的")
        #expect(copy["url"] == nil)
        var extended = original.extended(to: TemplateSchema(Self.schema.names + ["root"]))
        extended["title"] = "扩展的"
        #expect(original["title"] as? String == "原来的")
    }

    /// The engine reads a value where the record keeps it, by address: the same value
    /// as the subscript's, and nil for a name left out.
    @Test func theAddressOfANameHoldsItsValue() {
        var record = TemplateRecord(Self.schema)
        record["title"] = "一个比十六个字节还长的标题"
        record["has_tags"] = false
        withUnsafePointer(to: record) { pointer in
            let title = TemplateRecord.address(in: pointer, id: TemplateNames.id("title"))
            #expect(title?.pointee as? String == "一个比十六个字节还长的标题")
            #expect(TemplateRecord.address(in: pointer, id: TemplateNames.id("has_tags"))?.pointee as? Bool == false)
            #expect(TemplateRecord.address(in: pointer, id: TemplateNames.id("url")) == nil)
            #expect(TemplateRecord.address(in: pointer, id: TemplateNames.id("not-a-name-\(#line)")) == nil)
        }
    }

    @Test func aRecordRendersAsItsDictionary() throws {
        var record = TemplateRecord(Self.schema)
        record["title"] = "<b>"
        record["tags"] = ["x", "y"] as [Any]
        let theme = try Theme(sources: [TemplateSource(name: "main", path: "main",
            text: "{{title}}|{{#tags}}{{.}}{{/tags}}|{{^cover}}none{{/cover}}|{{count(tags)}}|{{#url}}u{{/url}}")])
        #expect(theme.render("main", context: record) == "&lt;b&gt;|xy|none|2|")
        #expect(theme.renderWithSwiftMustache("main", context: record) == theme.render("main", context: record))
    }
}
