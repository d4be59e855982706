import Foundation

/// Well-formed UTF-8, one sequence at a time (Unicode Table 3-7: no overlongs, surrogates or values past
/// U+10FFFF), and byte searches that stay fast on large inputs.
enum UTF8Scan {
    /// The length of the well-formed sequence starting at `i`, or nil if none starts there.
    @inline(__always)
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
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
        if need >= 2 && (b[i + 2] < 0x80 || b[i + 2] > 0xBF) { return nil }
        if need == 3 && (b[i + 3] < 0x80 || b[i + 3] > 0xBF) { return nil }
        return need + 1
    }

    /// Offset of the first byte that does not start or continue a well-formed sequence.
    ///
    /// - Complexity: O(n).
    static func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                guard let n = sequenceLength(b, at: i) else { return i }
                i += n
            }
            return nil
        }
    }

    /// How much of `bytes` reads as UTF-8: well-formed multi-byte sequences, and bytes that start none.
    ///
    /// - Complexity: O(n).
    static func census(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        bytes.withUnsafeBufferPointer { b in
            var multiByte = 0, invalid = 0, i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                if let n = sequenceLength(b, at: i) { multiByte += 1; i += n } else { invalid += 1; i += 1 }
            }
            return (multiByte, invalid)
        }
    }

    /// The offset of the first `byte` in `bytes` (memchr).
    static func firstIndex(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let p = memchr(base, Int32(byte), b.count) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
    }
}
