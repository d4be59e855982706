/// Strings from code point values (a ``Document``'s ``Document/scalars`` and slices of them).
///
///     ScalarString.make(document.scalars[21..<34])   // "Trần Tuệ Hiền"
public enum ScalarString {
    /// The string of these code points.
    ///
    /// UTF-8 encodes the scalars straight into a new string's storage: the exact length is counted
    /// first, so short strings (15 bytes or fewer) are built inline with no allocation. Surrogates and
    /// values beyond Unicode are skipped.
    ///
    ///     ScalarString.make([0x48, 0xF2, 0x61][...])   // "Hòa"
    ///
    /// - Complexity: O(n).
    @inlinable
    public static func make(_ scalars: ArraySlice<UInt32>) -> String { scalars.withUnsafeBufferPointer { make($0) } }

    /// The same for code points in a buffer.
    ///
    /// - Complexity: O(n).
    @inlinable
    public static func make(_ scalars: UnsafeBufferPointer<UInt32>) -> String {
        var length = 0
        for v in scalars { length &+= utf8Length(v) }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for v in scalars {
                switch v {
                case 0..<0x80:
                    buffer[n] = UInt8(v); n &+= 1
                case 0x80..<0x800:
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n &+ 1] = UInt8(0x80 | (v & 0x3F)); n &+= 2
                case 0x800..<0xD800, 0xE000..<0x10000:
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n &+ 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n &+ 2] = UInt8(0x80 | (v & 0x3F)); n &+= 3
                case 0x10000...0x10FFFF:
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n &+ 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n &+ 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n &+ 3] = UInt8(0x80 | (v & 0x3F)); n &+= 4
                default: continue
                }
            }
            return n
        }
    }

    /// The same for a whole array.
    ///
    /// - Complexity: O(n).
    @inlinable
    public static func make(_ scalars: [UInt32]) -> String { make(scalars[...]) }

    /// Bytes of `v` in UTF-8 (0 for surrogates and values beyond Unicode).
    @inlinable @inline(__always)
    static func utf8Length(_ v: UInt32) -> Int {
        switch v {
        case 0..<0x80: 1
        case 0x80..<0x800: 2
        case 0x800..<0xD800, 0xE000..<0x10000: 3
        case 0x10000...0x10FFFF: 4
        default: 0
        }
    }
}
