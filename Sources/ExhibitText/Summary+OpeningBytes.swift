extension Summary {
    /// The opening of a text kept as UTF-8, made from its bytes: `opening(of:budget:)` of
    /// the text as a `String`, read a scalar at a time, whenever that reading applies.
    ///
    /// Made the `String` way, a body's summary made a `String` of its first lines, another
    /// of the opening, and read that through its scalar view into arrays: 60 million
    /// instructions at 1,000 cases. Here the lines are found, checked and trimmed in one
    /// pass over the bytes and copied a line at a time, the units are decoded into room
    /// made for them at once, and only the summary is made text.
    struct OpeningBytes: SummaryOpening {
        /// The opening's UTF-8: its lines, trimmed, joined by spaces.
        private var flat: [UInt8] = []
        /// The units, and where each starts in `flat` (and where the last ends): decoded
        /// into room made for them at once (appended one by one, each append checking the
        /// arrays' room and ownership, they cost more than all the rest).
        private(set) var units: [Unicode.Scalar] = []
        private var offsets: [Int] = []

        /// nil when the opening has a scalar that `scalarsAreCharacters` would not let
        /// through, among them every line break but the line feed (the `String` reading
        /// then decides). Trimmed of what `Character.isWhitespace` trims among the scalars
        /// let through (tab, space, U+3000), each a character of its own.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, budget: Int) {
            flat.reserveCapacity(4 * budget)
            let n = bytes.count
            var characters = 0
            var start = 0
            while start < n {
                let lineEnd = bytes.offset(of: 0x0A, from: start) ?? n
                var a = start, b = lineEnd
                start = lineEnd + 1
                while a < b, let width = Self.spaceWidth(bytes, at: a) { a += width }
                while a < b, let width = Self.spaceWidth(endingAt: b, in: bytes, from: a) { b -= width }
                guard a < b else { continue }
                var i = a
                while i < b {
                    guard let width = ownCharacterWidth(bytes, at: i) else { return nil }
                    i += width
                    characters += 1
                }
                if !flat.isEmpty {
                    flat.append(0x20)
                    characters += 1
                }
                flat.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[a..<b]))
                if characters > budget { break }
            }
            var starts: [Int] = []
            units = flat.withUnsafeBufferPointer { flat in
                [Unicode.Scalar](unsafeUninitializedCapacity: characters) { units, count in
                    starts = [Int](unsafeUninitializedCapacity: characters + 1) { starts, startCount in
                        var at = 0, n = 0
                        while at < flat.count {
                            let lead = flat[at]
                            starts[n] = at
                            // One byte or three: nothing else was let through.
                            if lead < 0x80 {
                                units[n] = Unicode.Scalar(lead)
                                at += 1
                            } else {
                                let value = UInt32(lead & 0x0F) << 12 | UInt32(flat[at + 1] & 0x3F) << 6 | UInt32(flat[at + 2] & 0x3F)
                                units[n] = Unicode.Scalar(value).unsafelyUnwrapped
                                at += 3
                            }
                            n += 1
                        }
                        precondition(n == characters, "every unit counted is decoded")
                        starts[n] = at
                        startCount = n + 1
                        count = n
                    }
                }
            }
            offsets = starts
        }

        func at(_ i: Int) -> Unicode.Scalar? { i < units.count ? units[i] : nil }

        func piece(_ range: Range<Int>) -> String {
            String(decoding: flat[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
        }

        var whole: String { String(decoding: flat, as: UTF8.self) }

        /// The width of the tab, space or U+3000 at `i`, nil for any other scalar.
        @inline(__always)
        private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 { return 1 }
            return b == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 ? 3 : nil
        }

        /// The width of the tab, space or U+3000 that ends just before `end` (not before
        /// `from`), nil for any other scalar.
        @inline(__always)
        private static func spaceWidth(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
            let b = bytes[end - 1]
            if b == 0x20 || b == 0x09 { return 1 }
            return end - 3 >= from && b == 0x80 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE3 ? 3 : nil
        }
    }
}
