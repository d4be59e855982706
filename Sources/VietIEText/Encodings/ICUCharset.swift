import CVietICU

/// Character sets that ICU converts (Windows-1258), reached through the C shim.
enum ICUCharset {
    /// Decodes bytes in the ICU character set `name` to code points, as written (not normalized).
    /// Nil when ICU has no converter of that name.
    ///
    /// - Complexity: O(n), in C.
    static func decode(_ bytes: [UInt8], charset name: String) -> [UInt32]? {
        if bytes.isEmpty { return [] }
        var capacity = bytes.count + 16
        while true {
            var out = [UInt32](repeating: 0, count: capacity)
            let k = bytes.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    vietie_decode_charset(name, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))
                }
            }
            if k >= 0 { out.removeSubrange(Int(k)...); return out }
            if k == -1 { return nil }
            capacity = Int(-k - 1)
        }
    }
}
