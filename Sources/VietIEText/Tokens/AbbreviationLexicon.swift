/// Abbreviations that keep their dots or slashes inside one token ("TP.", "Tp.", "Đ/c", "TP.HCM",
/// "GS.TS") and never end a sentence. Loaded from a gazetteer list (`text/abbreviations.tsv`);
/// entries match case-sensitively on the normalized view, so "Tp." and "TP." are listed apart.
///
///     let lexicon = AbbreviationLexicon(entries: ["TP.", "Đ/c", "H."], attachedOnly: ["H."])
///     let tokenizer = Tokenizer(abbreviations: lexicon)   // "TP. Hồ Chí Minh": "TP." is one token
public struct AbbreviationLexicon: Sendable {
    /// Entries by first scalar, longest first.
    let byFirst: [UInt32: [Entry]]
    /// Whether any entry starts with a scalar below U+2100 (a quick filter before the dictionary).
    let startsWith: [Bool]

    struct Entry: Sendable {
        var scalars: [UInt32]
        /// Only an abbreviation when a letter or digit follows at once ("P.6", "H.Cam Lâm"),
        /// so that "ông H." at the end of a sentence still ends it.
        var attachedOnly: Bool
    }
    /// The entries as normalized strings.
    public let entries: [String]
    /// The attached-only entries as normalized strings ("H.", "P.": one token only before a letter or digit).
    public var attachedEntries: [String] {
        byFirst.values.flatMap { $0 }.filter(\.attachedOnly).map { NormalizedText.string($0.scalars) }
    }

    /// Creates a lexicon from its entries, normalized as the text will be.
    ///
    /// - Parameters:
    ///   - entries: the abbreviations as written; empty ones are skipped.
    ///   - attachedOnly: the entries that are abbreviations only when a letter or digit follows at once
    ///     ("P.6", "H.Cam Lâm"), so that "ông H." at the end of a sentence still ends it.
    /// - Complexity: O(n) in the total length of the entries.
    public init(entries: [String], attachedOnly: Set<String> = []) {
        var map: [UInt32: [Entry]] = [:]
        var kept: [String] = []
        for entry in entries {
            let scalars = Normalizer.normalize(entry).cased
            guard let first = scalars.first else { continue }
            map[first, default: []].append(Entry(scalars: scalars, attachedOnly: attachedOnly.contains(entry)))
            kept.append(NormalizedText.string(scalars))
        }
        for key in map.keys { map[key]!.sort { $0.scalars.count > $1.scalars.count } }
        byFirst = map
        var starts = [Bool](repeating: false, count: 0x2100)
        for key in map.keys where key < 0x2100 { starts[Int(key)] = true }
        startsWith = starts
        self.entries = kept
    }

    /// Parses a TSV list: `#` header lines, a column header, then rows whose first column is the
    /// abbreviation and whose column `attached_only` (if present) is `yes` for the attached-only ones.
    ///
    /// - Complexity: O(n) in the length of the text.
    public init(tsv: String) {
        var rows: [String] = []
        var attached: Set<String> = []
        var header: [Substring]? = nil
        for line in tsv.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let columns = header else { header = fields; continue }
            guard let first = fields.first, !first.isEmpty else { continue }
            rows.append(String(first))
            if let k = columns.firstIndex(of: "attached_only"), k < fields.count, fields[k] == "yes" {
                attached.insert(String(first))
            }
        }
        self.init(entries: rows, attachedOnly: attached)
    }

    /// The length of the longest entry that matches `text` at `i`, or 0.
    func match(_ text: [UInt32], at i: Int, tables: ScalarTables) -> Int {
        @inline(__always) func isLetterOrDigit(_ c: UInt32) -> Bool { tables.isLetter(c) || tables.isDigit(c) }
        let first = text[i]
        if first < 0x2100 && !startsWith[Int(first)] { return 0 }
        guard let candidates = byFirst[first] else { return 0 }
        for candidate in candidates where i + candidate.scalars.count <= text.count {
            let entry = candidate.scalars
            var ok = true
            for k in 1..<entry.count where text[i + k] != entry[k] { ok = false; break }
            guard ok else { continue }
            let end = i + entry.count
            let followedByAlnum = end < text.count && isLetterOrDigit(text[end])
            // An entry ending in a letter must not run into another letter ("Đ/c" but not "Đ/cx").
            if let last = entry.last, isLetterOrDigit(last), followedByAlnum { continue }
            if candidate.attachedOnly && !followedByAlnum { continue }
            return entry.count
        }
        return 0
    }
}
