import ExhibitImages
import ExhibitQR
import ExhibitText
import Foundation
import Synchronization

/// The QR symbols of the last build, kept in `.exhibit-cache/qr-codes` so that the next
/// build draws only the codes of new or moved cases.
///
/// Encoding a case's symbol takes about 0.04 ms on this project's machine (eight masks,
/// each scored; libqrencode, used before, took 0.13 to 0.18 ms), for codes that change
/// only when a case's URL does. What is kept is the symbol, not the SVG: the drawing
/// (and its label, the case's title) is made from it for every build, so no byte of the
/// file reaches a page but the modules' positions, and a file that does not read as a
/// set of symbols is ignored whole.
///
/// The file: one header line (`formatVersion` and `QRCode.encoding`: the encoder and its
/// settings, so a file of libqrencode's symbols is not read), then for each URL its length in UTF-8 (two bytes,
/// little-endian), its bytes, the symbol's width (one byte) and its modules
/// (`QRCode.Matrix.packed`); last, the 64-bit FNV-1a of all that (eight bytes,
/// little-endian), so that a file damaged on disk is not read as symbols that scan as
/// another address. URLs are compared by their bytes: `String` equality would take an
/// address in NFD for the same one in NFC, whose symbol differs.
///
/// `Builder` saves it after a build whose output was swapped in, only when it would
/// change: with the symbols that build used, sorted by URL, so it does not grow with cases
/// long gone. `check`, `serve` and the tests' builds into memory only read it.
final class QRStore: Sendable {
    /// Raise when the file's layout changes.
    static let formatVersion = 1
    static let header = "exhibit-qr-codes \(formatVersion) \(QRCode.encoding)\n"

    let file: URL
    private let state = Mutex(State())

    private struct State {
        /// The symbols the file holds (as read on first use, or as last saved), by URL.
        var kept: [TermName: QRCode.Matrix]?
        /// The symbols of this session, by URL: what the next file holds.
        var used: [TermName: QRCode.Matrix] = [:]
        /// Whether a symbol was drawn since the file was read or saved.
        var changed = false
    }

    init(file: URL) {
        self.file = file
    }

    /// `.exhibit-cache/qr-codes` of the site.
    convenience init(siteRoot: URL) {
        self.init(file: siteRoot.appendingPathComponent(".exhibit-cache", isDirectory: true).appendingPathComponent("qr-codes"))
    }

    /// The symbol of `url`: as the last build kept it, or encoded now.
    func matrix(for url: String) -> QRCode.Matrix? {
        let key = TermName(url)
        let found: QRCode.Matrix? = state.withLock { state in
            if let known = state.used[key] { return known }
            if state.kept == nil { state.kept = Self.read(file) }
            guard let kept = state.kept![key] else { return nil }
            state.used[key] = kept
            return kept
        }
        if let found { return found }
        // Encoded outside the lock: the other thread may use the file meanwhile.
        guard let matrix = QRCode.matrix(for: url) else { return nil }
        state.withLock { state in
            state.used[key] = matrix
            state.changed = true
        }
        return matrix
    }

    /// Writes the symbols this session used, when they are not what the file holds
    /// (`AtomicFile`: a build killed meanwhile leaves the old file or the new one), or
    /// removes the file when no code was used (a site without `base_url`). A file that
    /// cannot be written is no error: the next build draws the codes again.
    func save() {
        let next: [UInt8]? = state.withLock { state in
            if state.used.isEmpty { return FileManager.default.fileExists(atPath: file.path) ? [] : nil }
            // Every symbol used was read from the file: it changes only if some were not used.
            guard state.changed || state.used.count != state.kept?.count else { return nil }
            return Self.contents(state.used)
        }
        guard let next else { return }
        removeLeftovers()
        if next.isEmpty {
            try? FileManager.default.removeItem(at: file)
            return
        }
        guard (try? AtomicFile.write(Data(next), to: file)) != nil else { return }
        // The file now holds what was used: a later save of the session compares with it.
        state.withLock { state in
            state.kept = state.used
            state.changed = false
        }
    }

    /// The file's bytes for `used`, sorted by URL. Made once at the end of a build, on one
    /// thread, with the URLs sorted by their bytes (`ByteOrderSort`) and copied once, into
    /// the file: sorting them through `String`'s UTF-8 view took most of 0.15 s at 10,000
    /// cases, and by `memcmp` of the strings where they lie, 50 ms at 50,000.
    private static func contents(_ used: [TermName: QRCode.Matrix]) -> [UInt8] {
        let entries = Array(used)
        let order = ByteOrderSort.indices(of: entries.map(\.key.text))
        var bytes = Array(header.utf8)
        bytes.reserveCapacity(entries.reduce(bytes.count + 8) { $0 + 3 + $1.key.text.utf8.count + $1.value.packed.count })
        for i in order {
            let (url, matrix) = entries[i]
            url.text.withBytes { url in
                guard url.count <= Int(UInt16.max) else { return }
                bytes.append(UInt8(url.count & 0xFF))
                bytes.append(UInt8(url.count >> 8))
                bytes.append(contentsOf: url)
                bytes.append(UInt8(matrix.width))
                bytes.append(contentsOf: matrix.packed)
            }
        }
        let hash = FNV1a.hash64(bytes)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
        return bytes
    }

    /// Temporary files of saves that were killed before their rename (`AtomicFile`
    /// names them `.qr-codes.<UUID>.tmp`).
    private func removeLeftovers() {
        let folder = file.deletingLastPathComponent()
        let prefix = ".\(file.lastPathComponent)."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// The file's symbols by URL, or none when there is no file or it is not one this
    /// version wrote whole.
    static func read(_ file: URL) -> [TermName: QRCode.Matrix] {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return [:] }
        defer { try? handle.close() }
        // The header first: anything else put there (another version's file, a copied
        // file of any kind) is left unread. Read whole, 50 MB of noise took a build's peak
        // memory from 60 to 159 MB.
        let head = Array(header.utf8)
        guard let start = try? handle.read(upToCount: head.count), start.elementsEqual(head),
              let rest = try? handle.readToEnd() else { return [:] }
        return parse(head + rest) ?? [:]
    }

    static func parse(_ bytes: [UInt8]) -> [TermName: QRCode.Matrix]? {
        let head = Array(header.utf8)
        guard bytes.count >= head.count + 8, bytes.starts(with: head) else { return nil }
        let end = bytes.count - 8
        let stored = bytes[end...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard stored == FNV1a.hash64(bytes[..<end]) else { return nil }
        var symbols: [TermName: QRCode.Matrix] = [:]
        var i = head.count
        while i < end {
            guard i + 2 <= end else { return nil }
            let length = Int(bytes[i]) | Int(bytes[i + 1]) << 8
            i += 2
            guard i + length + 1 <= end, let url = String(validating: bytes[i..<i + length], as: UTF8.self) else { return nil }
            i += length
            let width = Int(bytes[i])
            i += 1
            let count = QRCode.Matrix.packedCount(width: width)
            guard i + count <= end, let matrix = QRCode.Matrix(width: width, packed: bytes[i..<i + count]) else { return nil }
            symbols[TermName(url)] = matrix
            i += count
        }
        return symbols
    }
}
