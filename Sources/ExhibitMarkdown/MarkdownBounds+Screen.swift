import ExhibitText

/// The screen in front of `MarkdownBounds.scan`: most documents cannot reach a bound, and
/// telling so costs far less than scanning them.
extension MarkdownBounds {
    /// Whether `s` has what each bound needs before `scan` can find anything: a line whose
    /// prefix of spaces, tabs, `>` and list-marker characters is `maxNesting` bytes long
    /// (a level of nesting takes at least one byte, and a tab counts 4 columns of the 4 a
    /// level of indentation takes), a line with `maxTableColumns` pipes (more columns or
    /// cells take that many), or more than `maxOpenImages` `!`. Nearly every document has
    /// none: looked at eight bytes at a time (`ByteWord`), that costs a sixth of the scan,
    /// which reads every line's prefix, fences and brackets (3 % of a 1,000-case build's
    /// instructions). `MarkdownBoundsOrdinaryTests` checks that the two agree.
    static func mayReachABound(_ s: [UInt8]) -> Bool {
        s.withUnsafeBufferPointer { s in
            let n = s.count
            var bangs = 0, pipes = 0, prefix = 0, inPrefix = true
            var i = 0
            while i < n {
                if !inPrefix, i + 8 <= n {
                    let word = ByteWord.load(s, at: i)
                    if ByteWord.equal(0x0A, word) | ByteWord.equal(0x0D, word) | ByteWord.equal(0x7C, word)
                        | ByteWord.equal(0x21, word) == 0 {
                        i += 8
                        continue
                    }
                }
                let b = s[i]
                i += 1
                switch b {
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    pipes = 0
                    prefix = 0
                    inPrefix = true
                    continue
                case UInt8(ascii: "|"):
                    pipes += 1
                    if pipes >= maxTableColumns { return true }
                case UInt8(ascii: "!"):
                    bangs += 1
                    if bangs > maxOpenImages { return true }
                default:
                    break
                }
                guard inPrefix else { continue }
                switch b {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"),
                     UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    prefix += 1
                    if prefix >= maxNesting { return true }
                default:
                    inPrefix = false
                }
            }
            return false
        }
    }
}
