import CVietICU

/// Per-scalar facts for the normalizer, computed once from ICU for the Latin, Vietnamese and
/// punctuation ranges (below U+2100) and looked up by index afterwards.
///
/// Tone marks are the five Vietnamese tones: 1 grave (huyền), 2 acute (sắc), 3 hook above (hỏi),
/// 4 tilde (ngã), 5 dot below (nặng).
final class ScalarTables: Sendable {
    static let limit: UInt32 = 0x2100
    static let shared = ScalarTables()

    /// Simple lowercase mapping.
    let lower: [UInt32]
    /// Lowercase letter without any diacritic (đ -> d), or the lowercase scalar itself.
    let plain: [UInt32]
    /// Tone of a precomposed vowel (0 = none).
    let tone: [UInt8]
    /// The same letter without its tone mark (case and vowel quality kept).
    let toneless: [UInt32]
    /// 1 for letters (including combining marks), 2 for digits, 0 otherwise.
    let letterClass: [UInt8]
    /// 1 for upper-case letters (Lu), 2 for lower-case letters (Ll), 0 otherwise.
    let letterCase: [UInt8]
    /// Scalars that are NFC on their own and combine with nothing (quick check YES, combining class 0): a
    /// text made only of them is NFC as it stands.
    let nfcInert: [Bool]
    /// Vowel letters (a ă â e ê i o ô ơ u ư y in any tone and case).
    let isVowel: [Bool]
    /// (toneless vowel << 3 | tone) -> precomposed vowel.
    let withTone: [UInt32: UInt32]
    /// What the one-pass normalization of NFC text does with each scalar, in one word read per scalar:
    /// bits 0–31 the scalar it writes (the scalar itself or its unified punctuation), bits 32–52 that scalar's
    /// lower case, and the flags ``generalFlag``, ``letterFlag`` and ``tonedFlag``.
    let pass: [UInt64]

    /// In ``pass``: the scalar needs the general path (not NFC-inert, or deleted).
    static let generalFlag: UInt64 = 1 << 63
    /// In ``pass``: the written scalar is a letter (``letterClass`` 1).
    static let letterFlag: UInt64 = 1 << 62
    /// In ``pass``: the written scalar is a precomposed vowel with a tone mark (at or above U+00C0).
    static let tonedFlag: UInt64 = 1 << 61
    /// The lower case's bits in ``pass``, once shifted down by 32.
    static let lowerMask: UInt32 = 0x1F_FFFF

    static let toneMarks: [UInt32: UInt8] = [0x300: 1, 0x301: 2, 0x309: 3, 0x303: 4, 0x323: 5]
    static let plainVowels: Set<UInt32> = Set("aeiouy".unicodeScalars.map(\.value))

    private init() {
        let n = Int(Self.limit)
        var lower = [UInt32](repeating: 0, count: n)
        var plain = [UInt32](repeating: 0, count: n)
        var tone = [UInt8](repeating: 0, count: n)
        var toneless = [UInt32](repeating: 0, count: n)
        var letterClass = [UInt8](repeating: 0, count: n)
        var letterCase = [UInt8](repeating: 0, count: n)
        var nfcInert = [Bool](repeating: false, count: n)
        var isVowel = [Bool](repeating: false, count: n)
        var withTone: [UInt32: UInt32] = [:]
        var decomposed = [UInt32](repeating: 0, count: 8)
        for c in 0..<Self.limit {
            let i = Int(c)
            lower[i] = vietie_to_lower(c)
            plain[i] = lower[i]
            toneless[i] = c
            let category = vietie_char_type(c)
            // U_UPPERCASE_LETTER...U_OTHER_LETTER are 1...5; marks are 6...8; decimal digit is 9.
            if (1...8).contains(category) { letterClass[i] = 1 } else if category == 9 { letterClass[i] = 2 }
            if category == 1 || category == 2 { letterCase[i] = UInt8(category) }
            var single = c
            nfcInert[i] = vietie_combining_class(c) == 0 && vietie_nfc_quick_check_prefix(&single, 1) == 1
            guard letterClass[i] == 1, c >= 0xC0 else {
                if Self.plainVowels.contains(lower[i]) { isVowel[i] = true }
                continue
            }
            let count = Int(decomposed.withUnsafeMutableBufferPointer { out -> Int32 in
                var source = c
                return vietie_normalize_utf32(1, &source, 1, out.baseAddress, 8)
            })
            guard count >= 1 else { continue }
            let base = decomposed[0]
            // Most letters here (other scripts) do not decompose: only đ and the vowel test apply to them.
            guard count >= 2 else {
                if c == 0x111 || c == 0x110 { plain[i] = 0x64 }  // đ Đ -> d
                if Self.plainVowels.contains(vietie_to_lower(base)) { isVowel[i] = true }
                continue
            }
            let marks = Array(decomposed[1..<count])
            if c == 0x111 || c == 0x110 { plain[i] = 0x64 }  // đ Đ -> d
            else if base < 0x80, marks.allSatisfy({ vietie_combining_class($0) != 0 }) {
                plain[i] = vietie_to_lower(base)
            }
            if Self.plainVowels.contains(vietie_to_lower(base)) { isVowel[i] = true }
            // A Vietnamese vowel carries at most one tone mark; letters with two (ṍ) are not tone-bearing here.
            let toneMarks = marks.filter { Self.toneMarks[$0] != nil }
            if toneMarks.count == 1, let t = Self.toneMarks[toneMarks[0]] {
                let rest = [base] + marks.filter { Self.toneMarks[$0] == nil }
                var out = [UInt32](repeating: 0, count: 8)
                let k = vietie_normalize_utf32(0, rest, Int32(rest.count), &out, 8)
                if k == 1 {
                    tone[i] = t
                    toneless[i] = out[0]
                    withTone[(out[0] << 3) | UInt32(t)] = c
                }
            }
        }
        self.lower = lower
        self.plain = plain
        self.tone = tone
        self.toneless = toneless
        self.letterClass = letterClass
        self.letterCase = letterCase
        self.nfcInert = nfcInert
        self.isVowel = isVowel
        self.withTone = withTone
        var pass = [UInt64](repeating: 0, count: n)
        for c in 0..<Self.limit {
            var u = c, general = false
            if let p = Punctuation.unify(c) { if p == 0 { general = true } else { u = p } }
            else { general = !(c < 0xA0 || nfcInert[Int(c)]) }
            precondition(u < Self.limit, "unified punctuation lies inside the tables")
            let k = Int(u)
            pass[Int(c)] = UInt64(u) | UInt64(lower[k]) << 32
                | (letterClass[k] == 1 ? Self.letterFlag : 0) | (u >= 0xC0 && tone[k] != 0 ? Self.tonedFlag : 0)
                | (general ? Self.generalFlag : 0)
        }
        self.pass = pass
    }

    @inline(__always) func lowercase(_ c: UInt32) -> UInt32 { c < Self.limit ? lower[Int(c)] : vietie_to_lower(c) }
    @inline(__always) func plainKey(_ c: UInt32) -> UInt32 { c < Self.limit ? plain[Int(c)] : vietie_to_lower(c) }
    @inline(__always) func isLetter(_ c: UInt32) -> Bool {
        if c < Self.limit { return letterClass[Int(c)] == 1 }
        return (1...8).contains(vietie_char_type(c))
    }
    @inline(__always) func isDigit(_ c: UInt32) -> Bool {
        if c < Self.limit { return letterClass[Int(c)] == 2 }
        return vietie_char_type(c) == 9
    }
    /// Upper case (Lu) by ICU's general category.
    @inline(__always) func isUppercaseLetter(_ c: UInt32) -> Bool {
        c < Self.limit ? letterCase[Int(c)] == 1 : vietie_char_type(c) == 1
    }
    /// Lower case (Ll) by ICU's general category.
    @inline(__always) func isLowercaseLetter(_ c: UInt32) -> Bool {
        c < Self.limit ? letterCase[Int(c)] == 2 : vietie_char_type(c) == 2
    }
    @inline(__always) func isUpper(_ c: UInt32) -> Bool {
        c < Self.limit ? (letterClass[Int(c)] == 1 && lower[Int(c)] != c) : vietie_char_type(c) == 1
    }
}
