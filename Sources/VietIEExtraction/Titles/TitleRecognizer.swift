import VietIECore

/// TITLE: office words as written, without the organization ("Phó Chủ tịch" + ORG "UBND tỉnh";
/// "Phó Trưởng Ban" + ORG "Ban Dân vận Trung ương", which share "Ban"), and whole titles whose body
/// is implicit ("Ủy viên Trung ương Đảng", "Tổng Bí thư", "Tỉnh ủy viên", "Trưởng đoàn đại biểu Quốc hội").
///
/// Rules: `title.list` (titles/titles.tsv, any case), `title.abbreviation` (titles/abbreviations.tsv,
/// exact case: UVBTV, "UV BTV", PCT), `title.modifier` (Phó/Quyền before, Thường trực/chuyên trách after).
/// Risky entries (a note with "risky" or "accept only") need a name or an organization right after.
struct TitleRecognizer {
    static let titles = Lexicon.List.titles
    static let abbreviations = Lexicon.List.titleAbbreviations
    static let modifiers = Lexicon.List.titleModifiers

    func run(_ c: inout ExtractionContext) {
        var i = 0
        while i < c.count {
            guard let (end, rule, row) = title(c, at: i) else { i += 1; continue }
            var stop = end
            // Modifiers after the head: "Thường trực", "chuyên trách".
            while let m = c.match(Self.modifiers, at: stop), m.rows.first?["position"] == "after" { stop = m.end }
            if isGeneric(c, after: stop) { i = stop; continue }
            if row.needsContext {
                guard followedByNameOrBody(c, stop) else { i += 1; continue }
            }
            var attributes: [String: JSONValue] = [:]
            if let canonical = row["canonical"], !canonical.isEmpty { attributes["canonical"] = .string(canonical) }
            if let kind = row["kind"], !kind.isEmpty { attributes["kind"] = .string(kind) }
            c.propose(Candidate(type: .title, tokens: i..<stop, rule: rule, priority: 20, entries: row.ref.map { [$0] } ?? [], attributes: attributes))
            i = stop
        }
    }

    /// A title starting at `i`: from the lists, or "Phó"/"Quyền" + a title.
    func title(_ c: ExtractionContext, at i: Int) -> (Int, String, Lexicon.Row)? {
        if let m = c.match(Self.titles, at: i), let row = m.rows.first {
            guard c.isCapitalized(i) || m.end - i >= 2 || c.isWord(i, "chủ") else { return nil }
            return (m.end, "title.list", row)
        }
        if let m = c.match(Self.abbreviations, at: i), let row = m.rows.first {
            return (m.end, "title.abbreviation", row)
        }
        if let m = c.match(Self.modifiers, at: i), m.rows.first?["position"] == "before", c.isCapitalized(i),
           let inner = title(c, at: m.end) {
            return (inner.0, "title.modifier", inner.2)
        }
        return nil
    }

    /// "Chủ tịch UBND các cấp", "Chủ tịch các xã": generic titles with no holder.
    func isGeneric(_ c: ExtractionContext, after end: Int) -> Bool {
        var k = end
        while k < c.count && k - end < 3 {
            if c.isWord(k, "các") || c.isWord(k, "những") { return true }
            if c.isPunct(k, ",") || c.breakBefore(k) { return false }
            k += 1
        }
        return false
    }

    func followedByNameOrBody(_ c: ExtractionContext, _ k: Int) -> Bool {
        guard k < c.count, !c.breakBefore(k) else { return false }
        return c.isCapitalized(k) && c.kind(k) == .word && !c.isWord(k, "các")
    }
}
