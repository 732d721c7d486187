import Dispatch
import Foundation
import Synchronization

/// URL slugs from titles and file names, Chinese included.
///
/// Han characters become pinyin syllables, one per character, joined by hyphens
/// (`校企党建共建` → `xiao-qi-dang-jian-gong-jian`). The Han→Latin step is ICU's (through
/// Foundation's transform; for the basic Han blocks, its answers kept in `PinyinTable`);
/// what is written here is only the folding ICU does not do for URLs: width and case
/// folding, and reducing everything else to `[a-z0-9-]`.
public enum Slug {
    /// The slug of `text`: lower-case ASCII letters, digits and single hyphens; empty if
    /// nothing in `text` survives (pure punctuation, emoji).
    public static func make(_ text: String) -> String {
        var folded = text
        // Full-width letters and digits (ｆｕｌｌ２０２４) and other compatibility forms
        // first become their plain forms; ASCII and Han text need no normalising.
        if text.unicodeScalars.contains(where: { !$0.isASCII && !ReadingTime.isHan($0) }) {
            folded = text.precomposedStringWithCompatibilityMapping
        }
        // One pass, into bytes: each character, or its Latin spelling (a Han character's
        // pinyin as a word of its own), goes through `SlugWriter`. Spelling the whole text
        // into a `String` first, three strings joined for each Han character, was most of
        // the cost of a Chinese heading's anchor (12,000 instructions a heading).
        var writer = SlugWriter(capacity: folded.utf8.count * 2)
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                writer.add(scalar)
            } else if ReadingTime.isHan(scalar) {
                writer.separate()
                for spelled in latinCache.latin(for: scalar).unicodeScalars { writer.add(spelled) }
                writer.separate()
            } else {
                for spelled in latinCache.latin(for: scalar).unicodeScalars { writer.add(spelled) }
            }
        }
        return writer.slug
    }

    /// Reduces characters to `[a-z0-9]` runs joined by single hyphens.
    struct SlugWriter {
        private var bytes: [UInt8] = []
        private var pendingHyphen = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        @inline(__always)
        mutating func add(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            let isAlnum = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            if isAlnum {
                if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(UInt8(truncatingIfNeeded: v <= 0x5A && v >= 0x41 ? v + 32 : v))
            } else if v == 0x27 || v == 0x2019 {
                // An apostrophe joins (don't → dont) rather than splits.
                return
            } else {
                pendingHyphen = true
            }
        }

        /// What a space does: the next letter or digit starts a new word.
        mutating func separate() { pendingHyphen = true }

        var slug: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// The longest slug used as a file or folder name, in bytes. File systems allow 255
    /// (NAME_MAX), and the pinyin of a long Chinese title is easily longer; a URL segment
    /// of 80 characters is already more than anyone reads.
    public static let maxLength = 80

    /// `make(text)`, kept to `maxLength` bytes: what file and folder names are made of.
    public static func pathSegment(_ text: String) -> String { limited(make(text)) }

    /// `slug` itself when it is short enough; otherwise cut at the last hyphen that
    /// leaves room for a hyphen and 8 hex digits of a hash of the whole slug. The hash
    /// keeps two long titles that share their first words apart, and depends on nothing
    /// but `slug`, so the cut is the same in every build (and cutting again changes nothing).
    public static func limited(_ slug: String) -> String {
        let bytes = Array(slug.utf8)
        guard bytes.count > maxLength else { return slug }
        let suffix = "-" + hash(bytes)
        let room = maxLength - suffix.utf8.count
        var end = room
        if bytes[room] != UInt8(ascii: "-"), let hyphen = bytes[..<room].lastIndex(of: UInt8(ascii: "-")), hyphen > 0 {
            end = hyphen
        }
        while end > 0 && bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self) + suffix
    }

    /// FNV-1a (32 bits) in hex: stable across runs and platforms, unlike `Hasher`.
    private static func hash(_ bytes: [UInt8]) -> String {
        let hex = String(FNV1a.hash32(bytes), radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Learns the pinyin of every Han character of `texts` in one ICU call, before their
    /// slugs are made one by one: a call per character built a transliterator each time
    /// (40 µs a character, a few hundred milliseconds for a thousand cases' tags).
    /// The characters are shared out to `threads` threads in runs of at least 128: ICU
    /// takes about 10 µs a character even then, and the build waits for it.
    /// Those of the basic blocks are in `PinyinTable` and need no ICU.
    public static func prepare(_ texts: some Sequence<String>, threads: Int = 1) {
        var han = Set<Unicode.Scalar>()
        for text in texts where !text.utf8.allSatisfy({ $0 < 0x80 }) {
            for scalar in text.unicodeScalars where ReadingTime.isHan(scalar) && PinyinTable.latin(for: scalar) == nil {
                han.insert(scalar)
            }
        }
        let unknown = latinCache.unknown(han)
        let runs = max(1, min(threads, unknown.count / 128))
        let size = (unknown.count + runs - 1) / runs
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            latinCache.learn(Array(unknown.dropFirst(run * size).prefix(size)))
        }
    }

    /// ICU builds a transliterator on every `applyingTransform` call, which made slugs
    /// the largest cost of rendering headings; Han→pinyin is a per-character mapping, so
    /// each character is transliterated once per process and remembered.
    static let latinCache = LatinCache()

    /// Whether `slug` is safe as one path segment of the output: no separators, no `..`,
    /// nothing empty or hidden.
    public static func isSafePathSegment(_ slug: String) -> Bool {
        !slug.isEmpty && slug != "." && slug != ".." && !slug.hasPrefix(".")
            && !slug.contains("/") && !slug.contains("\\") && !slug.contains("\0")
    }
}

extension Slug {
    /// Whether `text` is already a slug: what `make` would return for it.
    public static func isURLSafe(_ text: String) -> Bool { !text.isEmpty && make(text) == text }
}

/// Latin spellings of non-ASCII characters, looked up once each.
final class LatinCache: Sendable {
    private let table = Mutex<[Unicode.Scalar: String]>([:])

    func latin(for scalar: Unicode.Scalar) -> String {
        if let spelled = PinyinTable.latin(for: scalar) { return spelled }
        // Punctuation and spaces only separate words: as themselves they make the slug
        // ICU's spelling makes (checked for each in `PinyinTableTests`), without loading
        // ICU's rules for the `、`, `《》` and `——` of a Chinese title.
        if Self.separates(scalar) { return String(Character(scalar)) }
        if let known = table.withLock({ $0[scalar] }) { return known }
        let text = Self.transliterated(String(Character(scalar)))
        table.withLock { $0[scalar] = text }
        return text
    }

    /// Han characters, one per line, through ICU at once: Han→Latin maps each character
    /// on its own, so the lines come back as the characters' own spellings (checked
    /// against one call each in `SlugTests`). If the lines do not come back one for one,
    /// nothing is learnt and `latin(for:)` asks character by character.
    func learn(_ unknown: [Unicode.Scalar]) {
        guard unknown.count > 1 else { return }
        var lines = String.UnicodeScalarView()
        for (i, scalar) in unknown.enumerated() {
            if i > 0 { lines.append("\n") }
            lines.append(scalar)
        }
        let spelled = Self.transliterated(String(lines)).split(separator: "\n", omittingEmptySubsequences: false)
        guard spelled.count == unknown.count else { return }
        table.withLock { known in
            for (scalar, text) in zip(unknown, spelled) { known[scalar] = String(text) }
        }
    }

    /// Whether `scalar` is punctuation or a space of the blocks Chinese and Western text
    /// take them from (Latin-1, general and supplemental punctuation, CJK symbols and
    /// punctuation, vertical, small and full-width forms).
    static func separates(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0xBF, 0x2000...0x206F, 0x2E00...0x2E7F, 0x3000...0x303F, 0xFE10...0xFE1F, 0xFE30...0xFE6F, 0xFF00...0xFFEF:
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .spaceSeparator, .lineSeparator, .paragraphSeparator:
                return true
            default:
                return false
            }
        default:
            return false
        }
    }

    /// Those of `scalars` not learnt yet, in code-point order.
    func unknown(_ scalars: Set<Unicode.Scalar>) -> [Unicode.Scalar] {
        table.withLock { known in scalars.filter { known[$0] == nil } }.sorted { $0.value < $1.value }
    }

    static func transliterated(_ text: String) -> String {
        var text = text
        text = text.applyingTransform(.toLatin, reverse: false) ?? text
        text = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        return text
    }
}

/// `Slug.pathSegment` of names seen before, remembered for the life of the process. Tag
/// and organization names repeat across updates of `serve`: at 10,000 cases making their
/// slugs again was a third of resolving the site after a tag edit. Keyed by bytes
/// (`TermName`): `String` keys hash Chinese text through normalisation.
public final class SlugMemo: Sendable {
    private let table = Mutex<[TermName: String]>([:])

    public init() {}

    /// `Slug.prepare` for the names not seen before (the others' slugs are known).
    public func prepare(_ names: [String], threads: Int) {
        let new = table.withLock { known in names.filter { known[TermName($0)] == nil } }
        if !new.isEmpty { Slug.prepare(new, threads: threads) }
    }

    public func slug(_ name: String) -> String {
        let key = TermName(name)
        if let known = table.withLock({ $0[key] }) { return known }
        let slug = Slug.pathSegment(name)
        table.withLock { $0[key] = slug }
        return slug
    }
}
