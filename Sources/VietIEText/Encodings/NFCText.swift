import CVietICU

/// Decoded code points to a Swift string, NFC-normalized.
///
/// Legacy encodings write tone marks as separate characters (Windows-1258 always can, TCVN3 has five
/// combining marks), so a decoded text can be half decomposed. VietIE gives it back in NFC, the form the
/// same text has when typed in Unicode: offsets then count the characters a reader sees.
enum NFCText {
    /// The NFC string of `scalars`.
    ///
    /// - Complexity: O(n): one ICU quick check, and one normalization when it finds something to compose.
    static func string(_ scalars: [UInt32]) -> String {
        NormalizedText.string(nfc(scalars))
    }

    /// The NFC form of `scalars`.
    static func nfc(_ scalars: [UInt32]) -> [UInt32] {
        normalized(scalars, mode: 0)
    }

    /// The NFD form of `scalars`.
    static func nfd(_ scalars: [UInt32]) -> [UInt32] {
        normalized(scalars, mode: 1)
    }

    private static func normalized(_ scalars: [UInt32], mode: Int32) -> [UInt32] {
        let n = scalars.count
        if n == 0 { return scalars }
        if mode == 0 {
            let ok = scalars.withUnsafeBufferPointer { vietie_nfc_quick_check_prefix($0.baseAddress, Int32(n)) }
            if ok >= n { return scalars }
        }
        var capacity = mode == 0 ? n + 16 : 3 * n + 16
        while true {
            var out = [UInt32](repeating: 0, count: capacity)
            let k = scalars.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    vietie_normalize_utf32(mode, src.baseAddress, Int32(n), dst.baseAddress, Int32(dst.count))
                }
            }
            if k >= 0 { out.removeSubrange(Int(k)...); return out }
            if k == -1 { return scalars }
            capacity = Int(-k - 1)
        }
    }
}
