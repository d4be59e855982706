import CVietICU

/// Whether a word is spelled like one Vietnamese syllable: an initial consonant, a vowel cluster of the
/// language, a final consonant the cluster allows, one tone at most, on the vowel that carries it (either
/// placement in "hòa"/"hoà"), and a tone that a closed syllable allows.
///
/// It only has to tell a right decoding from a wrong one ("Việt" from "Vieät", "ViƯt" or "Vieọt"), so it
/// checks spelling rules, not a dictionary: loanwords and names spelled the Vietnamese way pass too.
///
///     VietnameseSyllable.isWellFormed(nfd("Nguyễn"))   // true
///     VietnameseSyllable.isWellFormed(nfd("Vieät"))    // false: "ä" is no Vietnamese letter
///
/// - Complexity: O(length of the word).
public enum VietnameseSyllable {
    /// One letter: a lowercase ASCII base (or đ) with at most one vowel mark and one tone.
    private struct Letter {
        var base: Character
        var quality: UInt32 = 0  // 0x302 circumflex, 0x306 breve, 0x31B horn
        var tone: UInt32 = 0     // 0x300 grave, 0x301 acute, 0x303 tilde, 0x309 hook above, 0x323 dot below
        var isVowel: Bool { "aeiouy".contains(base) }
        var isPlain: Bool { quality == 0 && tone == 0 }
    }

    static let onsets: Set<String> = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
                                      "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
    static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    static let stopCodas: Set<String> = ["c", "ch", "p", "t"]
    /// Vowel clusters (without tones) that need a final consonant, that take none, and that take either.
    static let closedNuclei: Set<String> = ["ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê", "oo"]
    static let openNuclei: Set<String> = ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
                                          "ua", "ưa", "ui", "ưi", "ưu", "uơ", "iêu", "oai", "oay", "oeo", "uây", "uôi",
                                          "ươi", "ươu", "yêu", "uya", "uyu"]
    static let anyNuclei: Set<String> = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy"]

    /// Whether `word` (NFD code points, any case) is a well-formed syllable.
    static func isWellFormed(_ word: ArraySlice<UInt32>) -> Bool {
        guard let letters = letters(of: word), letters.filter({ $0.tone != 0 }).count <= 1 else { return false }
        var start = 0
        while start < letters.count && !letters[start].isVowel { start += 1 }
        // "qu" and "gi" take their vowel letter into the initial when another vowel follows.
        if start == 1, letters.count > 2, letters[2].isVowel,
           letters[0].base == "q" && letters[1].base == "u" && letters[1].isPlain ||
           letters[0].base == "g" && letters[1].base == "i" && letters[1].isPlain {
            start = 2
        }
        var end = start
        while end < letters.count && letters[end].isVowel { end += 1 }
        guard (1...3).contains(end - start) else { return false }
        let onset = letters[..<start], nucleus = Array(letters[start..<end]), coda = letters[end...]
        guard onset.allSatisfy(\.isPlain), coda.allSatisfy(\.isPlain), nucleus.allSatisfy(allowsQuality),
              onsets.contains(spelling(onset[...])) else { return false }
        let final = spelling(coda), vowels = String(nucleus.map(vowel))
        guard codas.contains(final),
              anyNuclei.contains(vowels) || (final.isEmpty ? openNuclei : closedNuclei).contains(vowels) else { return false }
        // "nh" and "ch" follow a, ê, i or y only.
        if final == "nh" || final == "ch", let last = vowels.last, !"aêiy".contains(last) { return false }
        guard let toned = nucleus.firstIndex(where: { $0.tone != 0 }) else { return !stopCodas.contains(final) }
        let tone = nucleus[toned].tone
        if stopCodas.contains(final) && tone != 0x301 && tone != 0x323 { return false }
        return toned == toneVowel(vowels, closed: !final.isEmpty) || toned == alternativeToneVowel(vowels, closed: !final.isEmpty)
    }

    /// Where the tone goes: on the last vowel with a mark (ươ -> ơ, iê -> ê); else on the last vowel of a
    /// closed syllable; else on the first of two vowels and the middle of three.
    private static func toneVowel(_ vowels: String, closed: Bool) -> Int {
        let v = Array(vowels)
        if let marked = v.lastIndex(where: { "ăâêôơư".contains($0) }) { return marked }
        if closed || v.count == 1 { return v.count - 1 }
        return v.count == 2 ? 0 : 1
    }

    /// The other accepted placement: the second vowel of open "oa", "oe", "uy" (hoà, khoẻ, thuỷ).
    private static func alternativeToneVowel(_ vowels: String, closed: Bool) -> Int {
        !closed && ["oa", "oe", "uy"].contains(vowels) ? 1 : -1
    }

    private static func letters(of word: ArraySlice<UInt32>) -> [Letter]? {
        var out: [Letter] = []
        out.reserveCapacity(word.count)
        for s in word {
            switch s {
            case 0x61...0x7A: out.append(Letter(base: Character(Unicode.Scalar(UInt8(s)))))
            case 0x41...0x5A: out.append(Letter(base: Character(Unicode.Scalar(UInt8(s + 0x20)))))
            case 0x110, 0x111: out.append(Letter(base: "đ"))
            case 0x302, 0x306, 0x31B:
                guard let last = out.last, last.quality == 0 else { return nil }
                out[out.count - 1].quality = s
            case 0x300, 0x301, 0x303, 0x309, 0x323:
                guard let last = out.last, last.tone == 0, last.isVowel else { return nil }
                out[out.count - 1].tone = s
            default: return nil
            }
        }
        return out
    }

    private static func allowsQuality(_ v: Letter) -> Bool {
        switch v.quality {
        case 0: return true
        case 0x302: return v.base == "a" || v.base == "e" || v.base == "o"   // â ê ô
        case 0x306: return v.base == "a"                                     // ă
        default: return v.base == "o" || v.base == "u"                       // ơ ư
        }
    }

    /// The vowel letter with its mark: a ă â e ê i o ô ơ u ư y.
    private static func vowel(_ v: Letter) -> Character {
        switch (v.base, v.quality) {
        case ("a", 0x306): return "ă"
        case ("a", 0x302): return "â"
        case ("e", 0x302): return "ê"
        case ("o", 0x302): return "ô"
        case ("o", 0x31B): return "ơ"
        case ("u", 0x31B): return "ư"
        default: return v.base
        }
    }

    private static func spelling(_ letters: ArraySlice<Letter>) -> String {
        String(letters.map(\.base))
    }
}

extension VietnameseSyllable {
    /// Whether a word as written (any normalization, any case) is spelled like one Vietnamese syllable:
    /// "Nguyễn" and "Thắng" are, "Junichi" and "Kawaue" are not.
    ///
    /// - Complexity: O(length of the word).
    public static func isSyllable(_ word: String) -> Bool {
        let scalars = word.unicodeScalars.map(\.value)
        guard !scalars.isEmpty, scalars.count <= 16 else { return false }
        var nfd = [UInt32](repeating: 0, count: 4 * scalars.count + 8)
        let n = Int(nfd.withUnsafeMutableBufferPointer { out in
            vietie_normalize_utf32(1, scalars, Int32(scalars.count), out.baseAddress, Int32(out.count))
        })
        return n > 0 && isWellFormed(nfd[0..<n])
    }
}
