import CVietICU

/// How well a decoded text reads as Vietnamese: of its non-ASCII characters (typographic punctuation
/// aside), how many stand in words that are well-formed syllables.
///
/// A right decoding of Vietnamese scores near 1 (only foreign words miss); a wrong one turns letters into
/// symbols, stray marks and non-Vietnamese letters ("Vieät", "ViƯt", "Hµ Néi") and scores low.
///
///     VietnameseScore(decoded: scalars).ratio   // e.g. 0.98
///
/// - Complexity: O(n): one NFD pass, then one pass over the words.
public struct VietnameseScore: Sendable, Equatable {
    /// Non-ASCII characters (in NFD: letters and marks counted apart) inside well-formed syllables.
    public var plausible: Int
    /// Non-ASCII characters that are not typographic punctuation, plus control characters.
    public var counted: Int

    /// `plausible / counted`, or 0 when nothing was counted.
    public var ratio: Double { counted == 0 ? 0 : Double(plausible) / Double(counted) }

    /// Creates a score from its two counts.
    public init(plausible: Int, counted: Int) {
        self.plausible = plausible
        self.counted = counted
    }

    /// Scores decoded code points (any normalization form).
    ///
    /// - Complexity: O(n) in the number of code points.
    public init(decoded scalars: [UInt32]) {
        let s = NFCText.nfd(scalars)
        var plausible = 0, counted = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            guard Self.isWordScalar(c) else {
                if Self.isGarbage(c) { counted += 1 }
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count && Self.isWordScalar(s[j]) { j += 1 }
            let nonASCII = s[i..<j].reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
            if nonASCII > 0 {
                counted += nonASCII
                if VietnameseSyllable.isWellFormed(s[i..<j]) { plausible += nonASCII }
            }
            i = j
        }
        self.init(plausible: plausible, counted: counted)
    }

    /// Letters and combining marks make words.
    static func isWordScalar(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        let category = vietie_char_type(c)
        return (1...8).contains(category)   // letters (1-5) and marks (6-8)
    }

    /// Characters no Vietnamese text has outside words: control characters (but tab, line and form feeds,
    /// carriage return) and non-ASCII symbols other than common typography.
    static func isGarbage(_ c: UInt32) -> Bool {
        if c < 0x20 { return c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D }
        if c < 0x80 { return false }
        switch c {
        case 0xA0, 0xA9, 0xAB, 0xAE, 0xB0, 0xBB, 0x2010...0x2027, 0x2030, 0x2122, 0x20AB, 0x20AC: return false
        default: return true
        }
    }
}
