/// The shard of a token: FNV-1a over its code points, finished with MurmurHash3's fmix32,
/// modulo the shard count. `search.js` computes the same.
enum TokenHash {
    @inline(__always)
    static func add(_ h: UInt32, _ scalar: UInt32) -> UInt32 {
        (h ^ scalar) &* 16_777_619
    }

    static let seed: UInt32 = 2_166_136_261

    @inline(__always)
    static func finish(_ h: UInt32) -> UInt32 {
        var h = h
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return h
    }

    static func hash(_ token: String) -> UInt32 {
        var h = seed
        for scalar in token.unicodeScalars { h = add(h, scalar.value) }
        return finish(h)
    }
}
