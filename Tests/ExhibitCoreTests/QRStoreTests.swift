@testable import ExhibitCore
import ExhibitQR
import ExhibitText
import Foundation
import Testing

/// `.exhibit-cache/qr-codes`: the symbols a build drew, read by the next build instead of
/// encoding them again. What it gives must be what the encoder gives, whatever the file
/// holds; it is written only when it would change, and holds only what the last build used.
struct QRStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-qr-\(UUID().uuidString)")
    var file: URL { folder.appendingPathComponent("qr-codes") }
    let urls = (1...5).map { "https://example.edu.cn/achievements/cases/case-\($0)/" } + ["https://例子.中国/成果/秦岭/"]

    /// A store that used `urls`, saved.
    func saved(_ urls: [String]) -> QRStore {
        let store = QRStore(file: file)
        for url in urls { _ = store.matrix(for: url) }
        store.save()
        return store
    }

    func bytes() -> [UInt8] { [UInt8](FileManager.default.contents(atPath: file.path) ?? Data()) }

    @Test func aSavedSymbolIsReadBackAsTheEncoderMadeIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = saved(urls)
        let read = QRStore.read(file)
        #expect(Set(read.keys.map(\.text)) == Set(urls))
        let next = QRStore(file: file)
        for url in urls {
            let fresh = try #require(QRCode.matrix(for: url))
            #expect(next.matrix(for: url) == fresh, "\(url)")
            #expect(QRCode.svg(of: fresh, label: "x") == QRCode.svg(for: url, label: "x"))
        }
    }

    @Test func anUnchangedSetOfCodesIsNotWrittenAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = saved(urls)
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        _ = saved(urls)
        let after = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        // A rewrite renames a new file into place: another inode.
        #expect(before != nil && before == after)
    }

    @Test func codesNoLongerUsedAreDroppedAndNewOnesAdded() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = saved(urls)
        let moved = Array(urls.dropFirst(2)) + ["https://example.edu.cn/achievements/cases/new/"]
        _ = saved(moved)
        #expect(Set(QRStore.read(file).keys.map(\.text)) == Set(moved))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".tmp"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["qr-codes"], "no temporary file is left: \(names)")
    }

    /// Each damage: the file is not read at all, the codes are encoded again and are
    /// the encoder's, and the next save writes a good file.
    @Test(arguments: ["truncated", "flipped bit", "other version", "empty", "text", "bad width"])
    func aDamagedFileIsIgnoredWhole(damage: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = saved(urls)
        var bytes = bytes()
        let headerEnd = QRStore.header.utf8.count
        switch damage {
        case "truncated": bytes.removeLast(20)
        case "flipped bit": bytes[bytes.count / 2] ^= 0x10
        case "other version":
            // Another encoder's file (as libqrencode's were), whole and with its own good hash.
            bytes.replaceSubrange(0..<headerEnd, with: Array(QRStore.header.replacingOccurrences(of: QRCode.encoding, with: "libqrencode 4.1.1 level-M hint-8-bit case-sensitive").utf8))
            rehash(&bytes)
        case "empty": bytes = []
        case "text": bytes = Array("https://example.edu.cn/\n<script>alert(1)</script>\n".utf8)
        case "bad width":
            // The first record's width made 22 (no QR symbol is), with a matching hash.
            let length = Int(bytes[headerEnd]) | Int(bytes[headerEnd + 1]) << 8
            bytes[headerEnd + 2 + length] = 22
            rehash(&bytes)
        default: Issue.record("unknown damage \(damage)")
        }
        try Data(bytes).write(to: file)
        #expect(QRStore.read(file).isEmpty, "\(damage)")
        let store = QRStore(file: file)
        for url in urls { #expect(store.matrix(for: url) == QRCode.matrix(for: url), "\(damage): \(url)") }
        store.save()
        #expect(Set(QRStore.read(file).keys.map(\.text)) == Set(urls), "\(damage): the file is good again")
    }

    /// The last eight bytes made the hash of the rest again: damage that the hash passes.
    func rehash(_ bytes: inout [UInt8]) {
        bytes.removeLast(8)
        let hash = FNV1a.hash64(bytes)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
    }

    /// A site that no longer draws codes (no `base_url`) keeps no file; a second save of
    /// one session with nothing new does not write again.
    @Test func aBuildWithoutCodesRemovesTheFileAndASecondSaveWritesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = saved(urls)
        let inode = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        store.save()
        _ = store.matrix(for: urls[0])
        store.save()
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int == inode)
        QRStore(file: file).save()
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    /// An address in NFD is another text to encode than the same in NFC (its bytes differ),
    /// though Swift's `==` calls the two strings equal.
    @Test func addressesAreTheirBytes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let composed = "https://example.edu.cn/caf\u{E9}/", decomposed = "https://example.edu.cn/cafe\u{301}/"
        #expect(composed == decomposed)
        _ = saved([composed])
        let store = QRStore(file: file)
        #expect(store.matrix(for: decomposed) == QRCode.matrix(for: decomposed))
        #expect(store.matrix(for: composed) == QRCode.matrix(for: composed))
        #expect(QRCode.matrix(for: composed) != QRCode.matrix(for: decomposed))
    }

    /// Two threads asking for the same codes get the encoder's, and each is kept once.
    @Test func concurrentUseGivesTheSameSymbols() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = QRStore(file: file)
        let many = (0..<200).map { "https://example.edu.cn/cases/\($0 % 50)/" }
        await withTaskGroup(of: Void.self) { group in
            for chunk in stride(from: 0, to: many.count, by: 25) {
                group.addTask { for url in many[chunk..<chunk + 25] { _ = store.matrix(for: url) } }
            }
        }
        store.save()
        let read = QRStore.read(file)
        #expect(read.count == 50)
        let again = QRStore(file: file)
        for url in Set(many) { #expect(again.matrix(for: url) == QRCode.matrix(for: url)) }
    }
}
