import ExhibitQR
import Foundation
import Synchronization

/// The QR symbols of the last build, kept in `.exhibit-cache/qr-codes` so that the next
/// build draws only the codes of new or moved cases.
///
/// libqrencode takes 0.13 to 0.18 ms a symbol on this project's machine (it tries eight
/// masks and scores each), a tenth of a 10,000-case build's CPU, for codes that change
/// only when a case's URL does. What is kept is the symbol, not the SVG: the drawing
/// (and its label, the case's title) is made from it for every build, so no byte of the
/// file reaches a page but the modules' positions, and a file that does not read as a
/// set of symbols is ignored whole.
///
/// The file: one header line (`formatVersion`, libqrencode's version, the encoding's
/// settings), then for each URL its length in UTF-8 (two bytes, little-endian), its bytes,
/// the symbol's width (one byte) and its modules (`QRCode.Matrix.packed`); last, the
/// FNV-1a hash of all that (eight bytes, little-endian), so that a file damaged on disk
/// is not read as symbols that scan as another address. It is written
/// after a build that succeeded, only when it would change: with the symbols that build
/// used, sorted by URL, so it does not grow with cases long gone.
final class QRStore: Sendable {
    /// Raise when the file's layout or the way a symbol is encoded changes.
    static let formatVersion = 1
    static let header = "exhibit-qr-codes \(formatVersion) libqrencode \(QRCode.libraryVersion) level-M 8-bit\n"

    let file: URL
    private let state = Mutex(State())

    private struct State {
        /// The file as read, and where each URL's symbol is in it; read on first use.
        var read: (bytes: [UInt8], at: [String: Place])?
        /// The symbols of this session, by URL: what the next file holds. Those read from
        /// the file stay in it (a 10,000-case site's symbols as matrices were 11 MB).
        var used: [String: Symbol] = [:]
        var drawn = 0
    }

    /// Where a symbol is in the file read.
    struct Place {
        var width: Int
        var offset: Int
    }

    private enum Symbol {
        case kept(Place)
        case drawn(QRCode.Matrix)
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
        let kept: QRCode.Matrix? = state.withLock { state in
            if state.read == nil { state.read = Self.read(file) }
            let read = state.read!
            switch state.used[url] {
            case .drawn(let matrix): return matrix
            case .kept(let place): return Self.matrix(at: place, in: read.bytes)
            case nil:
                guard let place = read.at[url], let matrix = Self.matrix(at: place, in: read.bytes) else { return nil }
                state.used[url] = .kept(place)
                return matrix
            }
        }
        if let kept { return kept }
        // Encoded outside the lock: the other thread may use the file meanwhile.
        guard let matrix = QRCode.matrix(for: url) else { return nil }
        state.withLock { state in
            if state.used.updateValue(.drawn(matrix), forKey: url) == nil { state.drawn += 1 }
        }
        return matrix
    }

    private static func matrix(at place: Place, in bytes: [UInt8]) -> QRCode.Matrix? {
        QRCode.Matrix(width: place.width, packed: bytes[place.offset..<place.offset + QRCode.Matrix.packedCount(width: place.width)])
    }

    /// Writes the symbols this session used, when they are not what the file holds:
    /// atomically (a temporary file renamed), so a build killed meanwhile leaves the old
    /// file or the new one. A file that cannot be written is no error: the next build
    /// draws the codes again.
    func save() {
        let bytes: [UInt8]? = state.withLock { state in
            guard !state.used.isEmpty, state.drawn > 0 || state.used.count != state.read?.at.count else { return nil }
            var bytes = Array(Self.header.utf8)
            let read = state.read?.bytes ?? []
            for url in state.used.keys.sorted() {
                let text = Array(url.utf8)
                guard text.count <= Int(UInt16.max) else { continue }
                bytes += [UInt8(text.count & 0xFF), UInt8(text.count >> 8)]
                bytes += text
                switch state.used[url]! {
                case .kept(let place):
                    bytes.append(UInt8(place.width))
                    bytes += read[place.offset..<place.offset + QRCode.Matrix.packedCount(width: place.width)]
                case .drawn(let matrix):
                    bytes.append(UInt8(matrix.width))
                    bytes += matrix.packed
                }
            }
            state.drawn = 0
            let hash = Self.hash(bytes[...])
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
            return bytes
        }
        guard let bytes else { return }
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// The file's symbols by URL, or none when there is no file or it is not one this
    /// version wrote whole.
    static func read(_ file: URL) -> (bytes: [UInt8], at: [String: Place]) {
        let none: ([UInt8], [String: Place]) = ([], [:])
        guard let data = FileManager.default.contents(atPath: file.path) else { return none }
        let bytes = [UInt8](data)
        let head = Array(header.utf8)
        guard bytes.count >= head.count + 8, bytes.starts(with: head) else { return none }
        let end = bytes.count - 8
        let stored = bytes[end...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard stored == hash(bytes[..<end]) else { return none }
        var at: [String: Place] = [:]
        var i = head.count
        while i < end {
            guard i + 2 <= end else { return none }
            let length = Int(bytes[i]) | Int(bytes[i + 1]) << 8
            i += 2
            guard i + length + 1 <= end,
                  let url = String(validating: bytes[i..<i + length], as: UTF8.self) else { return none }
            i += length
            let width = Int(bytes[i])
            i += 1
            let count = QRCode.Matrix.packedCount(width: width)
            guard i + count <= end else { return none }
            at[url] = Place(width: width, offset: i)
            i += count
        }
        return (bytes, at)
    }

    /// 64-bit FNV-1a: a check against damage, not against a hand that means it (a file
    /// anyone may write can only hold modules, which no page reads as markup).
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
