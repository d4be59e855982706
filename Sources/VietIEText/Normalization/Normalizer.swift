import CVietICU
import VietIECore

/// Builds the ``NormalizedText`` of a document or of a gazetteer entry.
///
/// Steps, each keeping the map to original code points: NFC through ICU (after a quick check:
/// most input is already NFC and costs one pass), punctuation and space unification, one
/// canonical tone placement, case folding and a diacritic-free key.
///
///     let n = Normalizer.normalize("Tỉnh uỷ Khánh Hoà")
///     n.foldedString(0..<n.count)   // "tỉnh ủy khánh hòa"
///
/// - Complexity: O(n) for NFC input; NFD input costs one ICU call per normalization segment.
public enum Normalizer {
    /// Builds the per-scalar tables every normalization reads (a few milliseconds, once per process), so
    /// that a loader can have it done on a free core while it reads files.
    public static func prepareTables() { _ = ScalarTables.shared }

    /// Normalizes a string.
    ///
    /// - Complexity: O(n) in the length of the text for NFC input.
    public static func normalize(_ text: String) -> NormalizedText {
        // Entries and names are short: their code points go through a stack buffer, not a new array.
        var text = text
        return text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(utf8.count, 1)) { buffer in
                let n = UTF8Decoding.decode(utf8, into: buffer)
                return normalize(buffer: UnsafeBufferPointer(rebasing: buffer[0..<n]))
            }
        }
    }

    /// Normalizes a document's text.
    ///
    /// - Complexity: O(n) in the length of the text for NFC input.
    public static func normalize(_ document: Document) -> NormalizedText {
        document.scalars.withUnsafeBufferPointer { normalize(buffer: $0) }
    }

    /// A lookup key for a phrase: folded, or diacritic-free when `plain` is true.
    ///
    ///     Normalizer.key("Tỉnh Uỷ")                // "tỉnh ủy"
    ///     Normalizer.key("Đắk Lắk", plain: true)   // "dak lak"
    ///
    /// - Complexity: O(n) in the length of the phrase.
    public static func key(_ text: String, plain: Bool = false) -> String {
        if !plain, let key = foldedKey(text) { return key }
        let n = normalize(text)
        return plain ? n.plainString(0..<n.count) : NormalizedText.string(n.folded)
    }

    /// The folded key of a phrase in one pass over its code points, with no normalized text built: nil when the
    /// phrase needs more than unified punctuation and lower case (not NFC-inert, characters to drop, code points
    /// beyond the tables, or a tone that may move: a toned vowel ending a syllable after another vowel, "hoà").
    static func foldedKey(_ text: String) -> String? {
        let tables = ScalarTables.shared
        let limit = ScalarTables.limit
        var text = text
        return text.withUTF8 { utf8 -> String? in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(utf8.count, 1)) { buffer -> String? in
                let n = UTF8Decoding.decode(utf8, into: buffer)
                return tables.pass.withUnsafeBufferPointer { pass -> String? in
                tables.isVowel.withUnsafeBufferPointer { isVowel -> String? in
                    var pendingTone = false     // the scalar before is a toned vowel after a vowel
                    var previousIsLetter = false, previousIsVowel = false
                    for i in 0..<n {
                        let c = buffer[i]
                        guard c < limit else { return nil }
                        let e = pass[Int(c)]
                        guard e & ScalarTables.generalFlag == 0 else { return nil }
                        let isLetter = e & ScalarTables.letterFlag != 0
                        if pendingTone && !isLetter { return nil }
                        pendingTone = e & ScalarTables.tonedFlag != 0 && previousIsLetter && previousIsVowel
                        previousIsLetter = isLetter
                        previousIsVowel = isVowel[Int(UInt32(truncatingIfNeeded: e))]
                        buffer[i] = UInt32(truncatingIfNeeded: e >> 32) & ScalarTables.lowerMask
                    }
                    if pendingTone { return nil }
                    return ScalarString.make(UnsafeBufferPointer(rebasing: buffer[0..<n]))
                }}
            }
        }
    }

    /// Normalizes an array of code points.
    ///
    /// - Complexity: O(n) in the number of code points for NFC input.
    public static func normalize(scalars source: [UInt32]) -> NormalizedText {
        source.withUnsafeBufferPointer { normalize(buffer: $0) }
    }

    static func normalize(buffer source: UnsafeBufferPointer<UInt32>) -> NormalizedText {
        let tables = ScalarTables.shared
        if let fast = normalizeNFC(source, tables) { return fast }
        return normalizeGeneral(source, tables)
    }

    /// Every step in turn, for any input: what ``normalizeNFC(_:_:)`` does in one pass for most text.
    static func normalizeGeneral(_ source: UnsafeBufferPointer<UInt32>, _ tables: ScalarTables) -> NormalizedText {
        // 1. Unify punctuation and spaces; drop zero-width characters (first, so that NFC sees
        //    the letters that end up next to each other).
        var kept: [Int32]? = nil
        var unified: [UInt32]
        if !source.contains(where: { $0 >= 0x60 && Punctuation.unify($0) != nil }) {
            unified = Array(source)
        } else {
            unified = []
            unified.reserveCapacity(source.count)
            var keptIndices: [Int32] = []
            var dropped = false
            for i in 0..<source.count {
                var c = source[i]
                if c >= 0x60, let u = Punctuation.unify(c) {
                    if u == 0 {
                        if !dropped { keptIndices = Array(0..<Int32(i)); dropped = true }
                        continue
                    }
                    c = u
                }
                unified.append(c)
                if dropped { keptIndices.append(Int32(i)) }
            }
            if dropped { kept = keptIndices }
        }
        // 2. NFC, mapping each output scalar to a range of `unified`, then back to `source`.
        var (cased, starts, ends) = composeNFC(unified)
        if let kept {
            let n = cased.count
            var s = [Int32](repeating: 0, count: n), e = [Int32](repeating: 0, count: n)
            for i in 0..<n {
                let a = starts.map { Int($0[i]) } ?? i
                let b = ends.map { Int($0[i]) } ?? (i + 1)
                s[i] = kept[a]
                e[i] = kept[b - 1] + 1
            }
            starts = s
            ends = e
        }
        // 3. One tone placement; 4. case folding and the diacritic-free key.
        ToneMarks.canonicalize(&cased, tables: tables)
        let folded = fold(cased, tables)
        return NormalizedText(cased: cased, folded: folded, starts: starts, ends: ends,
                              originalLength: source.count)
    }

    /// The common case in one pass: NFC input with nothing to delete, so every normalized scalar is
    /// the original scalar at the same index (punctuation unified, tones placed, folded). Nil when the
    /// input needs the general path (not NFC, or zero-width characters to drop).
    static func normalizeNFC(_ source: UnsafeBufferPointer<UInt32>, _ tables: ScalarTables) -> NormalizedText? {
        let n = source.count
        guard let base = source.baseAddress, n > 0 else { return nil }
        let limit = ScalarTables.limit
        var general = false          // something this pass does not handle: use the general path
        var toned: [Int] = []        // toned vowels after "o" or "u" that end a syllable (their tone may move)
        var folded: [UInt32] = []
        // One pass writes both views: unified punctuation into `cased`, its lower case into `folded`.
        var cased = [UInt32](unsafeUninitializedCapacity: n) { out, count in
            count = 0
            folded = [UInt32](unsafeUninitializedCapacity: n) { low, lowCount in
                lowCount = 0
                tables.pass.withUnsafeBufferPointer { pass in
                    for i in 0..<n {
                        var c = base[i]
                        if c < limit {
                            // One word says what this pass writes: the scalar or its unified punctuation, its lower
                            // case, or "general" (not NFC-inert, or to be deleted: the general path takes over).
                            let e = pass[Int(c)]
                            out[i] = UInt32(truncatingIfNeeded: e)
                            low[i] = UInt32(truncatingIfNeeded: e >> 32) & ScalarTables.lowerMask
                            // (One test for both rare cases.)
                            if e & (ScalarTables.generalFlag | ScalarTables.tonedFlag) != 0 {
                                guard e & ScalarTables.generalFlag == 0 else { general = true; return }
                                // Only a toned vowel after a toneless "o" or "u" can give its tone to the vowel before it
                                // (``ToneMarks``), and only at the end of a syllable.
                                if i > 0, case let before = base[i - 1] | 0x20, before == ToneMarks.o || before == ToneMarks.u,
                                   i + 1 == n || !tables.isLetter(base[i + 1]) {
                                    toned.append(i)
                                }
                            }
                            continue
                        }
                        if let u = Punctuation.unify(c) {
                            guard u != 0 else { general = true; return }
                            c = u
                        } else {
                            var single = c
                            guard vietie_combining_class(c) == 0, vietie_nfc_quick_check_prefix(&single, 1) == 1 else {
                                general = true
                                return
                            }
                        }
                        out[i] = c
                        low[i] = tables.lowercase(c)
                    }
                }
                lowCount = general ? 0 : n
            }
            count = general ? 0 : n
        }
        guard !general else { return nil }
        // One tone placement where a syllable ends in a toned vowel pair ("hoà" -> "hòa").
        for i in toned {
            var start = i - 1
            if start > 0 && tables.isLetter(cased[start - 1]) { start -= 1 }
            ToneMarks.fix(&cased, start, i + 1, tables)
            folded[i - 1] = tables.lowercase(cased[i - 1])
            folded[i] = tables.lowercase(cased[i])
        }
        return NormalizedText(cased: cased, folded: folded, starts: nil, ends: nil, originalLength: n)
    }

    /// The case-folded view: each scalar lowercased, one for one (a table lookup below the table's end).
    @inline(__always)
    static func fold(_ cased: [UInt32], _ tables: ScalarTables) -> [UInt32] {
        let n = cased.count
        return cased.withUnsafeBufferPointer { c in
            tables.lower.withUnsafeBufferPointer { lower in
                let limit = UInt32(lower.count)
                return [UInt32](unsafeUninitializedCapacity: n) { out, count in
                    for i in 0..<n { let x = c[i]; out[i] = x < limit ? lower[Int(x)] : tables.lowercase(x) }
                    count = n
                }
            }
        }
    }

    /// NFC with a map from output scalars to original ranges (nil maps when nothing changed).
    static func composeNFC(_ source: [UInt32]) -> ([UInt32], [Int32]?, [Int32]?) {
        let n = source.count
        let okPrefix = Int(source.withUnsafeBufferPointer { vietie_nfc_quick_check_prefix($0.baseAddress, Int32(n)) })
        if okPrefix >= n { return (source, nil, nil) }
        // Back up to the start of a normalization segment.
        var start = max(0, okPrefix)
        while start > 0 && vietie_nfc_has_boundary_before(source[start]) == 0 { start -= 1 }
        var out = Array(source[0..<start])
        out.reserveCapacity(n)
        var starts = Array(Int32(0)..<Int32(start))
        var ends = Array(Int32(1)..<Int32(start + 1))
        starts.reserveCapacity(n); ends.reserveCapacity(n)
        var buffer = [UInt32](repeating: 0, count: 64)
        var i = start
        while i < n {
            var j = i + 1
            while j < n && vietie_nfc_has_boundary_before(source[j]) == 0 { j += 1 }
            if j - i == 1 && source[i] < 0x300 {
                out.append(source[i]); starts.append(Int32(i)); ends.append(Int32(i + 1))
            } else {
                if buffer.count < 4 * (j - i) + 8 { buffer = [UInt32](repeating: 0, count: 4 * (j - i) + 8) }
                let k = source.withUnsafeBufferPointer { src in
                    buffer.withUnsafeMutableBufferPointer { dst in
                        vietie_normalize_utf32(0, src.baseAddress! + i, Int32(j - i), dst.baseAddress, Int32(dst.count))
                    }
                }
                if k > 0 {
                    for m in 0..<Int(k) { out.append(buffer[m]); starts.append(Int32(i)); ends.append(Int32(j)) }
                } else {
                    for m in i..<j { out.append(source[m]); starts.append(Int32(m)); ends.append(Int32(m + 1)) }
                }
            }
            i = j
        }
        return (out, starts, ends)
    }
}
