import VietIECore

/// ORGANIZATION: names from closed sets (ministries, central boards, national hospitals, media),
/// outlet tags ("(QNO) -"), and open classes built from a head (organizations/heads.tsv: UBND,
/// Tỉnh ủy, Sở, Ban Chỉ đạo, Bệnh viện, Công ty TNHH...) completed as its `completes_with` says:
/// by a place ("UBND thị xã Bình Long", "UBND tỉnh"), a sector ("Sở Y tế"), a name ("Bệnh viện Bạch
/// Mai"), another body ("Ban Thường vụ Đảng bộ phường An Lộc") or a number ("Quân khu 7").
/// Generic plurals ("UBND các huyện") are not organizations.
///
/// Rules: `organization.closed-set`, `organization.outlet`, `organization.head`.
struct OrganizationRecognizer {
    static let closed = Lexicon.List.closedSets
    static let outlets = Lexicon.List.outlets
    static let heads = Lexicon.List.heads
    static let headAbbreviations = Lexicon.List.headAbbreviations
    static let sectors = Lexicon.List.sectors
    let parser: PlaceParser

    /// Head nouns a title shares with the organization after it ("Trưởng ban" + "ban Chỉ đạo ...",
    /// "Chánh Văn phòng" + "Văn phòng UBND tỉnh").
    static let sharedHeads: Set<String> = ["ban", "văn phòng", "đoàn"]

    func run(_ c: inout ExtractionContext, date: String?) {
        // An organization never starts inside a title, except at the head noun they share.
        var insideTitle = [Bool](repeating: false, count: c.count)
        for t in c.candidates where t.type == .title {
            for k in t.tokens.dropFirst() { insideTitle[k] = true }
            let last = t.tokens.upperBound - 1
            if Self.sharedHeads.contains(c.folded[last]) { insideTitle[last] = false }
            if t.tokens.count >= 2, c.folded[last - 1] + " " + c.folded[last] == "văn phòng" { insideTitle[last - 1] = false }
        }
        var i = 0
        while i < c.count {
            if insideTitle[i] { i += 1; continue }
            if let end = organization(c, at: i, date: date, depth: 0) {
                c.propose(Candidate(type: .organization, tokens: i..<end.end, rule: end.rule, priority: 15, entries: []))
                i = end.end
                continue
            }
            i += 1
        }
    }

    struct Found { var end: Int; var rule: String }

    func organization(_ c: ExtractionContext, at i: Int, date: String?, depth: Int) -> Found? {
        guard depth < 4, i < c.count else { return nil }
        if (i == 0 || c.breakBefore(i) || c.isPunct(i - 1, "(")), let m = c.match(Self.outlets, at: i),
           c.isPunct(m.end, ")") || c.isPunct(m.end, "-") {
            return Found(end: m.end, rule: "organization.outlet")
        }
        var best: Found? = nil
        if let m = c.match(Self.closed, at: i), c.isCapitalized(i) || m.end - i >= 3 {
            best = Found(end: withPlace(c, m.end, date: date), rule: "organization.closed-set")
        }
        let head = c.match(Self.heads, at: i).flatMap { m -> (Int, Lexicon.Row)? in
            guard c.isCapitalized(i) || c.isWord(i, "ban") || c.isWord(i, "ủy") else { return nil }
            return (m.end, m.rows.first!)
        } ?? c.match(Self.headAbbreviations, at: i).map { ($0.end, $0.rows.first!) }
        if let (headEnd, row) = head {
            if c.isWord(headEnd, "các") || c.isWord(headEnd, "những") { return best }
            let modes = Set((row["completes_with"] ?? "none").split(separator: "|").map(String.init))
            var end: Int? = nil
            // Another body: "Ban Thường vụ Đảng bộ phường An Lộc", "Ủy ban Kiểm tra Thị ủy".
            if modes.contains("body"), let inner = organization(c, at: headEnd, date: date, depth: depth + 1), !c.breakBefore(headEnd) {
                end = inner.end
            }
            if end == nil, modes.contains("sector"), let s = c.match(Self.sectors, at: headEnd), !c.breakBefore(headEnd) {
                end = withPlace(c, s.end, date: date)
            }
            if end == nil, modes.contains("place") || modes.contains("place_optional") {
                end = withPlace(c, headEnd, date: date)
            }
            if end == nil || end == headEnd, modes.contains("body") {
                // A descriptive body: "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh".
                var k = headEnd
                while k < c.count && !c.breakBefore(k) {
                    if c.isWord(k, "cấp"), c.isWord(k + 1, of: .administrativeLevel) { k += 2; continue }
                    if c.isWord(k, "quốc"), c.isWord(k + 1, "gia") { k += 2; continue }
                    guard c.isWord(k, of: .organizationTopic) || c.hasPrefix(k, "covid") || c.isWord(k, "ncov") || c.isWord(k, "sars-cov-2") else { break }
                    k += 1
                }
                while k > headEnd && (c.isPunct(k - 1, ",") || c.isPunct(k - 1, "-") || c.isWord(k - 1, "và") || c.isWord(k - 1, "của") || c.isWord(k - 1, "về") || c.isWord(k - 1, "ở")) { k -= 1 }
                if k > headEnd { end = withPlace(c, k, date: date) }
            }
            if (end == nil || end == headEnd), modes.contains("name") {
                let n = properName(c, from: headEnd)
                if n > headEnd { end = withPlace(c, n, date: date) }
            }
            if (end == nil || end == headEnd), modes.contains("number"), headEnd < c.count, c.kind(headEnd) == .number { end = headEnd + 1 }
            let stop = end ?? headEnd
            // A bare head is an organization only when its class allows it ("UBND", "Tỉnh ủy", "BCĐ").
            if stop == headEnd && modes.isDisjoint(with: ["none", "place", "place_optional"]) { return best }
            // "Hội An" is a city, not an association called "An".
            if parser.unitNames(c, at: i).contains(where: { $0.end == stop }) { return best }
            if best == nil || stop > best!.end { best = Found(end: stop, rule: "organization.head") }
        }
        return best
    }

    /// After an organization: a place that completes it ("tỉnh Kiên Giang", "thị xã", "Cần Thơ").
    func withPlace(_ c: ExtractionContext, _ k: Int, date: String?) -> Int {
        guard k < c.count, !c.breakBefore(k) else { return k }
        if let p = parser.typed(c, at: k, date: date) { return p.end }
        if let (twEnd, row) = parser.typeWord(c, at: k), !["sub", "feature"].contains(row["level"] ?? ""), c.kind(k) != .abbreviation || twEnd > k {
            // A type word alone refers to the article's unit: "UBND tỉnh", "HĐND Thành phố".
            if !c.isCapitalized(twEnd) || c.breakBefore(twEnd) || twEnd >= c.count || parser.unitNames(c, at: twEnd).isEmpty {
                return twEnd
            }
        }
        if let p = parser.bare(c, at: k, date: date), p.rule != "location.region" { return p.end }
        // A bare unit name ("Thị ủy Bình Long"), unless a capitalized word follows: then it starts a
        // person's name ("Thành ủy Vương Đình Huệ").
        if let first = parser.unitNames(c, at: k).first, c.isCapitalized(k), (k..<first.end).allSatisfy({ c.isCapitalized($0) }) {
            let personFollows = first.end < c.count && c.isCapitalized(first.end) && !c.breakBefore(first.end)
            let looksLikeName = first.end - k == 1 && c.isIn(Lexicon.List.surnames, k)
            if !(personFollows && looksLikeName) { return first.end }
        }
        return k
    }

    /// A capitalized name after a head, allowing one lower-case word inside ("Cao su Bình Long").
    func properName(_ c: ExtractionContext, from k: Int) -> Int {
        var j = k
        while j < c.count && !c.breakBefore(j) {
            if c.isCapitalized(j) || (c.kind(j) == .number && j > k) || c.kind(j) == .code { j += 1; continue }
            if j > k, c.kind(j) == .word, j + 1 < c.count, c.isCapitalized(j + 1), !c.isWord(j, of: .functionWord) {
                j += 1
                continue
            }
            break
        }
        return j
    }

}
