/// Well-formed UTF-8, one sequence at a time (Unicode Table 3-7: no overlongs, surrogates or values past U+10FFFF).
enum UTF8Scan {
    /// The length of the well-formed sequence starting at `i`, or nil if none starts there.
    @inline(__always)
    static func sequenceLength(_ b: [UInt8], at i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return 1 }
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return nil
        }
        guard i + need < b.count, b[i + 1] >= lo, b[i + 1] <= hi else { return nil }
        for k in stride(from: 2, through: need, by: 1) where b[i + k] < 0x80 || b[i + k] > 0xBF { return nil }
        return need + 1
    }

    /// How much of `b` reads as UTF-8: well-formed multi-byte sequences, and bytes that start none.
    ///
    /// - Complexity: O(n).
    static func census(_ b: [UInt8]) -> (multiByte: Int, invalid: Int) {
        var multiByte = 0, invalid = 0, i = 0
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            if let n = sequenceLength(b, at: i) { multiByte += 1; i += n } else { invalid += 1; i += 1 }
        }
        return (multiByte, invalid)
    }
}
