/// Reed–Solomon error correction over GF(2⁸) with the QR code's field polynomial
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D) and generator roots α⁰ … αⁿ⁻¹ (ISO/IEC 18004, 7.5.2).
enum ReedSolomon {
    /// αⁱ for i in 0..<255, twice over so that a sum of two logarithms needs no modulo.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var x = 1
        for i in 0..<255 {
            table[i] = UInt8(x)
            table[i + 255] = UInt8(x)
            x <<= 1
            if x & 0x100 != 0 { x ^= 0x11D }
        }
        return table
    }()

    /// log_α(x) for x in 1...255 (entry 0 is unused).
    static let log: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = UInt8(i) }
        return table
    }()

    /// The generator polynomial of degree `degree`, highest coefficient (always 1) left
    /// out, as logarithms of its coefficients from x^(degree-1) down to x⁰.
    static let generators: [[UInt8]] = (0...30).map { degree in
        // (x - α⁰)(x - α¹)…: coefficients as field elements, highest first.
        var poly: [UInt8] = [1]
        for root in 0..<degree {
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            for (i, c) in poly.enumerated() {
                next[i] ^= c
                next[i + 1] ^= multiply(c, exp[root])
            }
            poly = next
        }
        return poly.dropFirst().map { log[Int($0)] }
    }

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        a == 0 || b == 0 ? 0 : exp[Int(log[Int(a)]) + Int(log[Int(b)])]
    }

    /// The `degree` error correction codewords of `data`: the remainder of data · x^degree
    /// divided by the generator.
    static func remainder(of data: UnsafeBufferPointer<UInt8>, degree: Int, into out: UnsafeMutableBufferPointer<UInt8>) {
        let generator = generators[degree]
        out.update(repeating: 0)
        exp.withUnsafeBufferPointer { exp in
            log.withUnsafeBufferPointer { log in
                for byte in data {
                    let factor = byte ^ out[0]
                    for i in 0..<degree - 1 { out[i] = out[i + 1] }
                    out[degree - 1] = 0
                    guard factor != 0 else { continue }
                    let l = Int(log[Int(factor)])
                    for i in 0..<degree { out[i] ^= exp[l + Int(generator[i])] }
                }
            }
        }
    }
}
