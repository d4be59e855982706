import VietIECore

/// The view of a text that all matching runs on, with a map back to the original code points.
///
/// Three parallel arrays of the same length hold the normalized scalars:
/// - ``cased``: NFC, one tone-mark placement ("hoà" -> "hòa", "uỷ" -> "ủy"), unified dashes,
///   quotes, apostrophes and spaces, zero-width characters removed; letter case kept;
/// - ``folded``: ``cased`` lowercased;
/// - the diacritic-free key of ``folded`` (đ -> d), for lookups that allow it, computed on demand
///   (``plainScalar(_:)``, ``plainString(_:)``).
///
/// Normalized index `i` came from the original code points `originStart(i)..<originEnd(i)`;
/// never slice the normalized view for output: map back with ``originalSpan(_:)``.
///
///     let n = Normalizer.normalize("Tỉnh uỷ Khánh Hoà")
///     n.casedString(0..<n.count)   // "Tỉnh ủy Khánh Hòa"
///     n.plainString(0..<n.count)   // "tinh uy khanh hoa"
///     n.originalSpan(5..<7)        // 5..<7: "uỷ" in the original
public struct NormalizedText: Sendable {
    /// The normalized code points, letter case kept.
    public let cased: [UInt32]
    /// ``cased`` lowercased, one code point for one.
    public let folded: [UInt32]
    /// Original start of each normalized scalar; nil when the map is the identity.
    let starts: [Int32]?
    /// Original end of each normalized scalar; nil when the map is the identity.
    let ends: [Int32]?
    /// Number of code points in the original text.
    public let originalLength: Int

    init(cased: [UInt32], folded: [UInt32], starts: [Int32]?, ends: [Int32]?, originalLength: Int) {
        self.cased = cased
        self.folded = folded
        self.starts = starts
        self.ends = ends
        self.originalLength = originalLength
    }

    /// Number of normalized scalars.
    public var count: Int { cased.count }

    /// True when normalization changed no position (the common case: NFC input without zero-width characters).
    public var isIdentityMap: Bool { starts == nil }

    /// The original offset where normalized scalar `i` starts.
    @inline(__always) public func originStart(_ i: Int) -> Int { starts.map { Int($0[i]) } ?? i }
    /// The original offset just past normalized scalar `i`.
    @inline(__always) public func originEnd(_ i: Int) -> Int { ends.map { Int($0[i]) } ?? (i + 1) }

    /// The original span covered by the normalized range `range`.
    ///
    /// An empty range maps to the empty span at the original position of `range.lowerBound`.
    ///
    /// - Complexity: O(1).
    public func originalSpan(_ range: Range<Int>) -> Span {
        if range.isEmpty {
            let p = range.lowerBound < count ? originStart(range.lowerBound) : originalLength
            return Span(start: p, end: p)
        }
        return Span(start: originStart(range.lowerBound), end: originEnd(range.upperBound - 1))
    }

    /// The normalized index of the first normalized scalar that starts at or after original offset `offset`.
    ///
    /// - Complexity: O(log n).
    public func normalizedIndex(atOrAfterOriginal offset: Int) -> Int {
        guard let starts else { return min(offset, count) }
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The cased normalized text of a range, as a String (for keys and display, never for output spans).
    ///
    /// - Complexity: O(n) in the length of the range (likewise ``foldedString(_:)`` and ``plainString(_:)``).
    public func casedString(_ range: Range<Int>) -> String { Self.string(cased[range]) }
    /// The folded normalized text of a range, as a String.
    public func foldedString(_ range: Range<Int>) -> String { Self.string(folded[range]) }
    /// The diacritic-free folded text of a range, as a String.
    public func plainString(_ range: Range<Int>) -> String { Self.string(range.map(plainScalar)) }
    /// 64-bit FNV-1a hashes of a range under the three views (cased, folded, diacritic-free): the
    /// keys the gazetteer matcher compares.
    ///
    /// - Complexity: O(n) in the length of the range.
    public func hashes(_ range: Range<Int>) -> (cased: UInt64, folded: UInt64, plain: UInt64) {
        let tables = ScalarTables.shared
        var hc: UInt64 = 0xcbf29ce484222325, hf = hc, hp = hc
        for i in range {
            let c = cased[i]
            hc = (hc ^ UInt64(c)) &* 0x100000001b3
            hf = (hf ^ UInt64(folded[i])) &* 0x100000001b3
            hp = (hp ^ UInt64(tables.plainKey(c))) &* 0x100000001b3
        }
        return (hc, hf, hp)
    }

    /// True when `scalar` is an upper-case letter (general category Lu); a table lookup for Latin and Vietnamese.
    @inline(__always) public static func isUppercase(_ scalar: UInt32) -> Bool { ScalarTables.shared.isUppercaseLetter(scalar) }
    /// True when `scalar` is a lower-case letter (general category Ll); a table lookup for Latin and Vietnamese.
    @inline(__always) public static func isLowercase(_ scalar: UInt32) -> Bool { ScalarTables.shared.isLowercaseLetter(scalar) }

    /// How many letters of a range are upper and lower case, in all and after its first scalar (a token's
    /// letter-case shape: "UBND", "Hòa", "nCoV"), read in one pass over the cased scalars.
    ///
    /// - Complexity: O(n) in the length of the range.
    public func letterCases(_ range: Range<Int>) -> LetterCases { letterCases(of: [range])[0] }

    /// The letter-case counts of each range (``letterCases(_:)``), the tables read once for all of them: a document's
    /// tokens.
    ///
    /// - Complexity: O(n) in the total length of the ranges.
    public func letterCases(of ranges: [Range<Int>]) -> [LetterCases] {
        let tables = ScalarTables.shared
        let limit = UInt32(tables.letterCase.count)
        return cased.withUnsafeBufferPointer { cased in
            tables.letterCase.withUnsafeBufferPointer { letterCase in
                ranges.map { range in
                    var counts = LetterCases()
                    for k in range {
                        let v = cased[k]
                        // 1 for upper case (Lu), 2 for lower case (Ll), 0 otherwise.
                        let kind = v < limit ? letterCase[Int(v)]
                            : (tables.isUppercaseLetter(v) ? 1 : tables.isLowercaseLetter(v) ? 2 : 0)
                        if kind == 1 {
                            counts.upper += 1
                            if k > range.lowerBound { counts.upperAfterFirst += 1 } else { counts.firstIsUpper = true }
                        } else if kind == 2 {
                            counts.lower += 1
                            if k > range.lowerBound { counts.lowerAfterFirst += 1 }
                        }
                    }
                    return counts
                }
            }
        }
    }

    /// The letter-case counts of a range (``letterCases(_:)``).
    public struct LetterCases: Sendable {
        /// The first scalar is an upper-case letter.
        public var firstIsUpper = false
        /// Upper- and lower-case letters, in all and after the first scalar.
        public var upper = 0, lower = 0, upperAfterFirst = 0, lowerAfterFirst = 0
    }

    /// The diacritic-free, lowercase form of normalized scalar `i` (đ -> d).
    @inline(__always) public func plainScalar(_ i: Int) -> UInt32 { ScalarTables.shared.plainKey(cased[i]) }

    static func string(_ scalars: ArraySlice<UInt32>) -> String { ScalarString.make(scalars) }
    static func string(_ scalars: [UInt32]) -> String { ScalarString.make(scalars) }
}
