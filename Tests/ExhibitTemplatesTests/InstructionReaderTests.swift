@testable import ExhibitTemplates
import Foundation
import PropertyBased
import Testing

/// A template read a scalar at a time gives the instructions it gives read a `Character`
/// at a time, as swift-mustache reads it, whenever each of its characters is one scalar;
/// other templates are read by `Character`.
@Suite struct InstructionReaderTests {
    static func byCharacter(_ text: String) -> Result<[Instruction], InstructionParser.Failure> {
        var reader = InstructionReader(chars: Array(text))
        return Result { () throws(InstructionParser.Failure) in try reader.parse() }
    }

    static func byScalar(_ text: String) -> Result<[Instruction], InstructionParser.Failure> {
        var reader = InstructionReader(chars: Array(text.unicodeScalars))
        return Result { () throws(InstructionParser.Failure) in try reader.parse() }
    }

    @Test func scalarsReadAsTheirCharactersDo() async {
        let ops = Gen.int(in: 0...9_999).array(of: 0...48)
        await propertyCheck(count: 1_500, input: ops) { ops in
            for partials in [true, false] {
                let text = TemplateMaker.template(ops, partials: partials)
                guard text.unicodeScalars.count == text.count else { continue }
                #expect(Self.byScalar(text) == Self.byCharacter(text), "\(text.debugDescription)")
            }
        }
    }

    /// The theme's templates, read from templates/ in the source tree.
    @Test func theBuiltInThemesTemplatesReadAlikeEitherWay() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates").standardized
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "mustache" }
        #expect(files.count >= 20)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.unicodeScalars.count == text.count, "\(file.lastPathComponent) is read by Character")
            #expect(Self.byScalar(text) == Self.byCharacter(text), "\(file.lastPathComponent)")
        }
    }

    /// A mark that joins a delimiter, CR LF and a flag are several scalars in one
    /// character: such templates are read by `Character`, where a scalar reading differs.
    @Test func templatesWithCharactersOfSeveralScalarsAreReadByCharacter() throws {
        for text in ["{{a}}\u{301}", "a\r\n{{#s}}\r\n{{/s}}\r\n", "🇨🇳{{s}}", "{{! x }}\u{301}\n{{s}}"] {
            #expect(text.unicodeScalars.count != text.count)
            let parsed = Result { () throws(InstructionParser.Failure) in try InstructionParser.parse(text) }
            #expect(parsed == Self.byCharacter(text), "\(text.debugDescription)")
        }
        // Read by scalar, the first is a variable and a mark; swift-mustache, reading
        // characters, finds `}` + U+0301 where the closing delimiter should be.
        #expect((try? InstructionParser.parse("{{a}}\u{301}")) == nil)
        #expect(Self.byScalar("{{a}}\u{301}") != Self.byCharacter("{{a}}\u{301}"))
    }
}
