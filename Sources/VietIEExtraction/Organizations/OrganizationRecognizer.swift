import VietIECore
import VietIEText
import VietIEGazetteer

/// ORGANIZATION: names from closed sets (ministries, central boards, national hospitals, media),
/// outlet tags ("(QNO) -"), and open classes built from a head (organizations/heads.tsv: UBND,
/// Tỉnh ủy, Sở, Ban Chỉ đạo, Bệnh viện, Công ty TNHH...) completed as its `completes_with` says:
/// by a place ("UBND thị xã Bình Long", "UBND tỉnh"), a sector ("Sở Y tế"), a name ("Bệnh viện Bạch
/// Mai"), another body ("Ban Thường vụ Đảng bộ phường An Lộc") or a number ("Quân khu 7").
/// Generic plurals ("UBND các huyện") are not organizations.
///
/// Rules: `organization.closed-set`, `organization.outlet`, `organization.lead-tag`, `organization.head`,
/// `organization.standing-body`, `organization.ministry-sector`.
struct OrganizationRecognizer {
    static let closed = Lexicon.List.closedSets
    static let outlets = Lexicon.List.outlets
    static let heads = Lexicon.List.heads
    static let headAbbreviations = Lexicon.List.headAbbreviations
    static let sectors = Lexicon.List.sectors
    let parser: PlaceParser

    /// Head nouns a title shares with the organization after it ("Trưởng ban" + "ban Chỉ đạo ...",
    /// "Chánh Văn phòng" + "Văn phòng UBND tỉnh", "Trưởng phòng" + "phòng Tài nguyên và Môi trường").
    static let sharedHeads: Set<String> = ["ban", "văn phòng", "đoàn", "thanh tra", "phòng", "công an"]

    /// Words joined by dots with no space, ending in a domain suffix (`domain_suffix` in cues/words.tsv): a web
    /// address without its scheme, which articles write for the outlet that published them. Never part of an
    /// e-mail address or a path.
    static func domains(_ c: ExtractionContext) -> [Range<Int>] {
        let tokens = c.analyzed.tokens
        var out: [Range<Int>] = []
        var i = 0
        while i < c.count {
            guard c.kind(i) == .word, !(i > 0 && !tokens[i].spaceBefore && (c.isPunct(i - 1, "@") || c.isPunct(i - 1, "/") || c.isPunct(i - 1, "."))) else {
                i += 1
                continue
            }
            var last = i, j = i + 1
            while j + 1 < c.count, c.isPunct(j, "."), !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore, !tokens[j].newlineBefore,
                  c.kind(j + 1) == .word {
                last = j + 1
                j += 2
            }
            if last > i, c.isWord(last, of: .domainSuffix), !(j < c.count && !tokens[j].spaceBefore && (c.isPunct(j, "/") || c.isPunct(j, "@"))) {
                out.append(i..<(last + 1))
            }
            i = last + 1
        }
        return out
    }

    func run(_ c: inout ExtractionContext, date: String?) {
        // An organization never starts inside a title, except at the head noun they share.
        var insideTitle = [Bool](repeating: false, count: c.count)
        var titleStart = [Bool](repeating: false, count: c.count)
        var titleEnd = [Bool](repeating: false, count: c.count + 1)
        // Tokens right after a minister's title: "Bộ trưởng Ngoại giao", "Thứ trưởng Y tế" name the ministry by its sector.
        var afterMinister = [Bool](repeating: false, count: c.count + 1)
        for t in c.candidates where t.type == .title {
            titleStart[t.tokens.lowerBound] = true
            titleEnd[t.tokens.upperBound] = true
            if Self.isMinister(c, t.tokens) { afterMinister[t.tokens.upperBound] = true }
            for k in t.tokens.dropFirst() { insideTitle[k] = true }
            let last = t.tokens.upperBound - 1
            if Self.sharedHeads.contains(c.folded[last]) { insideTitle[last] = false }
            // "Chánh Văn phòng" + "Văn phòng UBND tỉnh", "Chánh Thanh tra" + "Thanh tra tỉnh".
            if t.tokens.count >= 2, Self.sharedHeads.contains(c.folded[last - 1] + " " + c.folded[last]) { insideTitle[last - 1] = false }
        }
        // Web outlets named by their domain, as credits write them: "(Vinhlong.gov.vn) -", "VOV.VN -", "Ảnh: Chinhphu.vn".
        var inDomain = [Bool](repeating: false, count: c.count + 1)
        for r in Self.domains(c) {
            c.propose(Candidate(type: .organization, tokens: r, rule: "organization.outlet-domain", priority: 15))
            for k in r { inDomain[k] = true }
        }
        var i = 0
        while i < c.count {
            if insideTitle[i] || inDomain[i] { i += 1; continue }
            // The standing body of an organization, named on its own ("Thường trực HĐND tỉnh chúc mừng"); after a
            // title, "Thường trực" belongs to it ("Phó Bí thư Thường trực Tỉnh ủy").
            // (The Front's is its "Ban Thường trực": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh".)
            let board = c.isWord(i, "ban") && c.isCapitalized(i) && !titleStart[i] && !c.breakBefore(i + 1) ? 1 : 0
            if c.isWord(i + board, "thường"), c.isWord(i + board + 1, "trực"), c.isCapitalized(i + board), !titleStart[i + board],
               !c.breakBefore(i + board + 2), let inner = organization(c, at: i + board + 2, date: date, depth: 0) {
                c.propose(Candidate(type: .organization, tokens: i..<inner.end, rule: "organization.standing-body", priority: 15, entries: inner.entries))
                i = inner.end
                continue
            }
            if afterMinister[i], c.isCapitalized(i), let m = c.match(Self.sectors, at: i), !c.breakBefore(i) {
                c.propose(Candidate(type: .organization, tokens: i..<m.end, rule: "organization.ministry-sector", priority: 15, entries: m.rows.compactMap(\.ref)))
                i = m.end
                continue
            }
            // Right after a title, a long central body's name counts in lower case too: "Chánh án tòa án nhân dân tối cao".
            if titleEnd[i], !c.isCapitalized(i), let m = c.match(Self.closed, at: i), m.end - i >= 4, !(i..<m.end).contains(where: c.breakBefore) {
                c.propose(Candidate(type: .organization, tokens: i..<m.end, rule: "organization.closed-set", priority: 15, entries: m.rows.prefix(1).compactMap(\.ref)))
                i = m.end
                continue
            }
            if let found = organization(c, at: i, date: date, depth: 0) {
                let end = ofCentralBody(c, found, after: found.end, date: date)
                c.propose(Candidate(type: .organization, tokens: i..<end, rule: found.rule, priority: 15, entries: found.entries))
                i = end
                continue
            }
            i += 1
        }
    }

    /// The end of an organization that ends at `end`, with the central Party or state body it belongs to when "của" names
    /// it: "Ủy ban Dân tộc của Hội đồng Chính phủ", "Ban Dân tộc của Trung ương Đảng", "Hội đồng Dân tộc của Quốc hội"
    /// (organizations/closed_sets.tsv, level central, kind party_body or state_body).
    /// (Not a foreign or international body's, "Phái đoàn Liên Hợp Quốc của Chính phủ Mỹ", nor before a foreign state's
    /// name, "Bộ Ngoại giao của Chính phủ Lào".)
    func ofCentralBody(_ c: ExtractionContext, _ found: Found, after end: Int, date: String?) -> Int {
        guard c.isWord(end, "của"), !c.breakBefore(end + 1), c.isCapitalized(end + 1),
              let m = c.match(Self.closed, at: end + 1), let row = m.rows.first, row["level"] == "central",
              (row["kind"] ?? "").split(ascii: "|").contains(where: { $0 == "party_body" || $0 == "state_body" }),
              !found.entries.contains(where: { ref in
                  (c.lexicon.row(ref)["kind"] ?? "").split(ascii: "|").contains(where: { $0 == "international" || $0 == "foreign" })
              }),
              parser.bare(c, at: m.end, date: date).map({ $0.level == "country" }) != true else { return end }
        return m.end
    }

    /// True when a title ends with a minister's office ("Bộ trưởng", "Thứ trưởng", "Phó Thủ tướng kiêm Bộ trưởng"): its
    /// body may be written as the ministry's sector alone ("Bộ trưởng Ngoại giao").
    static func isMinister(_ c: ExtractionContext, _ title: Range<Int>) -> Bool {
        c.isWord(title.upperBound - 1, "trưởng") && (c.isWord(title.upperBound - 2, "bộ") || c.isWord(title.upperBound - 2, "thứ"))
    }

    /// The end of an outlet's tag not in the outlet list: an upper-case abbreviation (perhaps with "online") that opens a
    /// line in parentheses or before a dash ("(GLO)- Sáng 27-8", "TPO - Tại Đại hội", "(LĐ online) - Sáng 21/7"), closes
    /// a title after "|" ("... trong đại dịch | SKĐS"), or is followed ("Theo dõi VGT trên").
    func leadTagEnd(_ c: ExtractionContext, at i: Int) -> Int? {
        guard c.kind(i) == .word, c.isAllCaps(i), (2...6).contains(c.characterCount(i)),
              c.match(Self.headAbbreviations, at: i) == nil, c.match(Lexicon.List.titleAbbreviations, at: i) == nil else { return nil }
        var end = i + 1
        if c.isWord(end, "online") { end += 1 }
        let opensLine = i == 0 || c.breakBefore(i)
        if c.isPunct(i - 1, "("), i - 1 == 0 || c.breakBefore(i - 1), c.isPunct(end, ")") { return end }
        // (Not a byline's initials before the agency: "TNT – TTXVN".)
        if opensLine, c.isPunct(end, "-"), !c.breakBefore(end), !c.isAllCaps(end + 1) { return end }
        if c.isPunct(i - 1, "|"), end >= c.count || c.breakBefore(end) { return end }
        if c.isWord(i - 2, "theo"), c.isWord(i - 1, "dõi"), c.isWord(end, "trên") { return end }
        return nil
    }

    struct Found {
        var end: Int
        var rule: String
        /// The list entry that made it (the closed-set name, the outlet or the head), for provenance.
        var entries: [EntryRef] = []
    }

    @inline(__always) func organization(_ c: ExtractionContext, at i: Int, date: String?, depth: Int) -> Found? {
        // Every organization starts with an outlet, a lead tag (capitals), a closed-set name or a head: most tokens
        // start none, and that test is made inline.
        guard depth < 4, i < c.count, c.kind(i) == .word && c.isAllCaps(i) || c.startsEntry(of: Self.outlets, at: i)
                || c.startsEntry(of: Self.closed, at: i) || c.startsEntry(of: Self.heads, at: i) || c.startsEntry(of: Self.headAbbreviations, at: i)
        else { return nil }
        return organizationStarting(c, at: i, date: date, depth: depth)
    }

    /// ``organization(_:at:date:depth:)`` at a token that may start one.
    @inline(never) func organizationStarting(_ c: ExtractionContext, at i: Int, date: String?, depth: Int) -> Found? {
        if (i == 0 || c.breakBefore(i) || c.isPunct(i - 1, "(")), let m = c.match(Self.outlets, at: i),
           c.isPunct(m.end, ")") || c.isPunct(m.end, "-") {
            return Found(end: m.end, rule: "organization.outlet", entries: m.rows.compactMap(\.ref))
        }
        if let end = leadTagEnd(c, at: i) { return Found(end: end, rule: "organization.lead-tag") }
        var best: Found? = nil
        // A closed-set name in lower case only when long and partly capitalized ("cán bộ công an" is no Bộ Công an).
        // A name listed with `after` words counts only right after one ("của Trung ương", never "điểm cầu Trung ương").
        if let m = c.match(Self.closed, at: i), c.isCapitalized(i) || (m.end - i >= 3 && (i..<m.end).contains { c.isCapitalized($0) }),
           m.rows.first.map({ row in (row["after"] ?? "").isEmpty || c.follows(oneOf: row["after"]!, at: i) }) ?? true {
            // (A central Party or state body has no place after it: "Đại biểu Quốc hội tỉnh Tuyên Quang" is the deputy of a
            // province's constituency, no "Quốc hội tỉnh Tuyên Quang".)
            let national = m.rows.first.map { row in
                row["level"] == "central" && (row["kind"] ?? "").split(ascii: "|").contains { $0 == "party_body" || $0 == "state_body" }
            } ?? false
            var end = national ? m.end : withBranch(c, withPlace(c, m.end, date: date), date: date)
            // A state's parliament or government with its country's name ("Chính phủ Ireland"), the parliament with its
            // term ("Quốc hội khóa XV").
            if end == m.end, m.rows.first?["kind"] == "state_body", !c.breakBefore(end) {
                if let country = parser.bare(c, at: end, date: date), country.level == "country" { end = country.end }
                if c.isWord(end, "khóa"), Normalizer.key(c.text(i..<m.end)) == "quốc hội", !c.breakBefore(end + 1), c.isOrdinal(end + 1) {
                    end += 2
                }
            }
            // "MTTQ Việt Nam các cấp": a generic plural, no one organization.
            if c.isWord(end, "các") || c.isWord(end, "những") { return nil }
            best = Found(end: end, rule: "organization.closed-set", entries: m.rows.prefix(1).compactMap(\.ref))
        }
        let head = c.match(Self.heads, at: i).flatMap { m -> (Int, Lexicon.Row)? in
            // "đoàn kết" is a word: "Đảng đoàn kết một lòng" names no Đảng đoàn.
            if c.isWord(m.end - 1, "đoàn"), c.isWord(m.end, "kết") { return nil }
            // So are the words a head's row names (column not_before): "báo chí" (the press), "THÔNG CÁO BÁO CHÍ SỐ 89" names no
            // paper; "Phòng Covid-19, từ 3/4, ..." prevents the epidemic (unlike "Bệnh viện COVID số 1").
            if let words = m.rows.first?["not_before"], !words.isEmpty, m.end < c.count,
               words.split(ascii: "|").contains(where: { w in
                   w.hasSuffix("*") ? c.hasPrefix(m.end, String(w.dropLast())) : c.isWord(m.end, String(w))
               }) { return nil }
            // A party committee is often written in lower case ("Bí thư huyện ủy Thủ Thừa"); a youth union
            // ("tỉnh đoàn") only before its place's name, since "đoàn kết" is a word.
            let lowerCaseCommittee = m.end - i == 2 && (c.isWord(i + 1, "ủy")
                || c.isWord(i + 1, "đoàn") && c.isCapitalized(m.end) && !c.breakBefore(m.end))
                // "công an tỉnh", "công an huyện Tri Tôn": the police of a unit, in lower case too.
                || c.isWord(i, "công") && c.isWord(i + 1, "an") && m.end == i + 2 && !c.breakBefore(m.end)
                    && parser.typeWord(c, at: m.end).map { ["province", "district", "commune", "province|district"].contains($0.row["level"] ?? "") } == true
            // A school is often written with a lower-case "trường" ("học sinh trường THPT Nguyễn Thị Minh Khai", "trường tiểu
            // học Ngô Sĩ Liên"): a school head of two words or more before a capitalized name.
            let lowerCaseSchool = c.isWord(i, "trường") && m.end - i >= 2 && (m.rows.first?["kind"] ?? "").contains("education")
                && m.end < c.count && c.kind(m.end) == .word && c.isCapitalized(m.end) && !c.breakBefore(m.end)
            // A hotel, where the epidemic's quarantine was kept, in lower case before its name: "đầu bếp khách sạn Sheraton"; a
            // place's name only after where it is: "cách ly tại khách sạn Hoàng Mai" (not "Nhiều khách sạn Đà Nẵng đã kín phòng").
            let lowerCaseHotel = c.isWord(i, "khách") && c.isWord(i + 1, "sạn") && m.end == i + 2 && m.end < c.count
                && (c.isWord(i - 1, "tại") || c.isWord(i - 1, "ở") || !c.candidates.contains { $0.type == .location && $0.tokens.lowerBound == m.end })
                && c.kind(m.end) == .word && c.isCapitalized(m.end) && !c.breakBefore(m.end)
            // An office a head's title shares, in lower case: "Trưởng phòng Tài nguyên và Môi trường".
            let sharedOffice = c.isWord(i, "phòng") && c.isWord(i - 1, "trưởng")
                || c.isWord(i, "văn") && c.isWord(i + 1, "phòng") && c.isWord(i - 1, "chánh")
            guard c.isCapitalized(i) || c.isWord(i, "ban") || c.isWord(i, "ủy") || lowerCaseCommittee || lowerCaseSchool || lowerCaseHotel
                    || sharedOffice else { return nil }
            return (m.end, m.rows.first!)
        } ?? c.match(Self.headAbbreviations, at: i).map { ($0.end, $0.rows.first!) }
        if let (headEnd, row) = head {
            if c.isWord(headEnd, "các") || c.isWord(headEnd, "những") { return best }
            // (A handful of words: looked for in the list itself, with no set made per head.)
            let modes = (row["completes_with"] ?? "none").split(ascii: "|")
            var end: Int? = nil
            // A mission abroad: "Đại sứ quán Lào tại Việt Nam", "Tổng Lãnh sự quán Việt Nam tại Thượng Hải".
            // (Over the word for a country: "Đại sứ quán nước Cộng hòa dân chủ nhân dân Lào".)
            let countryAt = c.isWord(headEnd, "nước") && !c.isCapitalized(headEnd) ? headEnd + 1 : headEnd
            if row["kind"] == "foreign", !c.breakBefore(countryAt), let country = parser.bare(c, at: countryAt, date: date), country.level == "country" {
                end = country.end
                if c.isWord(country.end, "tại"), let host = parser.bare(c, at: country.end + 1, date: date) ?? parser.typed(c, at: country.end + 1, date: date) {
                    end = host.end
                }
            }
            // Another body: "Ban Thường vụ Đảng bộ phường An Lộc", "Ủy ban Kiểm tra Thị ủy"; not a committee's board beside
            // another of its boards ("Ban Tổ chức Ban Tuyên giáo và Dân vận Tỉnh ủy" is two, the comma left out).
            let besideSibling = c.startsEntry(of: Self.heads, at: headEnd)
                && c.match(Self.heads, at: headEnd)?.rows.first.map(isPartyBoard) == true && isPartyBoard(row)
            if modes.contains("body"), !besideSibling, !c.breakBefore(headEnd), let e = eventBodyEnd(c, from: headEnd, date: date, depth: depth) {
                end = e
            } else if modes.contains("body"), !besideSibling,
               let inner = organization(c, at: headEnd, date: date, depth: depth + 1), !c.breakBefore(headEnd) {
                end = inner.end
            }
            if end == nil, modes.contains("sector"), let s = c.match(Self.sectors, at: headEnd), !c.breakBefore(headEnd) {
                end = withPlace(c, s.end, date: date)
            }
            // A level instead of a place: "Công an cấp xã", "UBND cấp huyện" (a body's level starts its description).
            if end == nil, !modes.contains("body"), modes.contains("place") || modes.contains("place_optional"),
               c.isWord(headEnd, "cấp"), c.isWord(headEnd + 1, of: .administrativeLevel), !c.breakBefore(headEnd) {
                end = headEnd + 2
            }
            if end == nil, modes.contains("place") || modes.contains("place_optional") {
                end = withPlace(c, headEnd, date: date)
            }
            if end == nil || end == headEnd, modes.contains("body") {
                // A descriptive body: "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh".
                // (Phrases of topics only after a government body's head: "Ban Chỉ đạo bầu cử tỉnh", not "Ban Chấp hành phát
                // triển được 120 đảng viên".)
                let k = descriptiveBodyEnd(c, from: headEnd, phrases: (row["kind"] ?? "").split(ascii: "|").contains("government"))
                if k > headEnd { end = withPlace(c, k, date: date) }
            }
            // "Bệnh viện Việt Nam Thụy Điển Uông Bí": the country's name begins a longer proper name.
            let countryFirst = end.map { $0 > headEnd && c.isWord(headEnd, "việt") && c.isWord(headEnd + 1, "nam") && $0 <= headEnd + 2 } ?? false
            if (end == nil || end == headEnd || countryFirst), modes.contains("name") {
                var n = headEnd
                if countryFirst {
                    // Only capitalized words right after the country's name ("Việt Nam Thụy Điển", not "Việt Nam trên TV").
                    while n < c.count, c.kind(n) == .word, c.isCapitalized(n), !c.breakBefore(n) { n += 1 }
                    if n <= headEnd + 2 { n = headEnd }
                } else {
                    n = properName(c, from: headEnd, kindWordFirst: headEnd - i >= 2)
                    if n > headEnd { n = sentenceCaseEnd(c, name: headEnd..<n) }
                    else if headEnd - i >= 2 { n = lowerCaseNameEnd(c, from: headEnd, date: date) }
                }
                // "Trung tâm Chỉ huy điều hành phòng, chống dịch Covid-19": a name ending in a descriptive body.
                if n > headEnd + 1, c.isWord(n - 1, of: .organizationTopic), !c.isCapitalized(n - 1) {
                    var b = n - 1
                    while b > headEnd + 1 && c.isWord(b - 1, of: .organizationTopic) && !c.isCapitalized(b - 1) { b -= 1 }
                    n = max(n, descriptiveBodyEnd(c, from: b))
                }
                // "Bộ Tư lệnh Quân khu 4": another organization as the name.
                if c.isCapitalized(headEnd), let inner = organization(c, at: headEnd, date: date, depth: depth + 1), inner.end > n {
                    n = inner.end
                }
                if n > headEnd, n > (end ?? headEnd) { end = withPlace(c, n, date: date) }
            }
            // ("Bệnh viện 331", "Bệnh viện Dã chiến số 3"; never a count: "Bệnh viện 5 ca".)
            let numberAt = c.isWord(headEnd, "số") && !c.breakBefore(headEnd) ? headEnd + 1 : headEnd
            // (After a head completed with "number_place", a number of two digits or more before its unit's type word is no
            // count: "Ban Chỉ đạo 389 tỉnh", "Ban chỉ đạo 35 huyện", "Ban Chỉ đạo 389 xã Thổ Tang".)
            if (end == nil || end == headEnd), modes.contains("number"), numberAt < c.count, c.kind(numberAt) == .number, !c.breakBefore(numberAt) {
                let numbered = modes.contains("number_place") && c.characterCount(numberAt) >= 2
                    && c.cased[numberAt].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && !c.cased[numberAt].hasPrefixBytes("0") && PlaceParser.typeWordRow(c, at: numberAt + 1) != nil
                if numbered { end = withPlace(c, numberAt + 1, date: date) }
                else if !Self.counts(c, number: numberAt) { end = numberAt + 1 }
            }
            var stop = end ?? headEnd
            // "Bộ Chỉ huy Quân sự (CHQS) tỉnh", "Hội đồng Nhân dân (HĐND) tỉnh Tây Ninh": the short form in
            // parentheses, then the place.
            // (Not again after a name that has its place: "Trung tâm Kiểm soát bệnh tật tỉnh Lâm Đồng (CDC) Lâm Đồng".)
            if stop > headEnd || modes.contains("place") || modes.contains("place_optional"),
               c.isPunct(stop, "("), c.isAllCaps(stop + 1), c.isPunct(stop + 2, ")"),
               !c.candidates.contains(where: { $0.type == .location && $0.tokens.upperBound == stop && $0.tokens.lowerBound >= headEnd }) {
                let after = withPlace(c, stop + 3, date: date)
                if after > stop + 3 { stop = after }
            }
            // A foreign body and where it works: "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam"; so an association or a
            // company of one province in another: "Hội Doanh nhân Thanh Hóa tại Hà Nội".
            let kinds = (row["kind"] ?? "").split(ascii: "|")
            // (Not a party body: "Đoàn công tác Ban Thường vụ Tỉnh ủy Ninh Bình tại Phú Thọ" is where the delegation works.)
            func local() -> Bool {
                (kinds.contains("mass_org") || kinds.contains("business"))
                    && !(headEnd..<stop).contains(where: { k in c.match(Self.heads, at: k)?.rows.first.map { ($0["kind"] ?? "").split(ascii: "|").contains("party") } == true })
            }
            if stop > headEnd, c.isWord(stop, "tại"), !c.breakBefore(stop),
               (max(headEnd, stop - 4)..<stop).contains(where: { k in
                   parser.bare(c, at: k, date: date).map { $0.end == stop && ($0.level == "country" || $0.rule == "location.bare-province" && local()) } == true
               }),
               let host = parser.bare(c, at: stop + 1, date: date), host.level == "country" || host.rule == "location.bare-province" {
                stop = host.end
            }
            // A numbered one after its name: "Bệnh viện COVID số 1", "Bệnh viện điều trị Covid-19 số 1 tỉnh Thanh Hoá" (not a
            // document's number, "số 12/QĐ-UBND", nor a count).
            // (Nor after its place: "của UBND tỉnh số 5".)
            if stop > headEnd, c.isWord(stop, "số"), !c.breakBefore(stop), c.kind(stop + 1) == .number, !c.breakBefore(stop + 1),
               !c.cased[stop + 1].contains("/"), !Self.counts(c, number: stop + 1), parser.typeWord(c, at: stop - 1) == nil,
               !c.candidates.contains(where: { $0.type == .location && $0.tokens.upperBound == stop }) {
                stop = withPlace(c, stop + 2, date: date)
            }
            // "MTTQ Việt Nam các cấp": a generic plural, no one organization.
            if stop > headEnd, c.isWord(stop, "các") || c.isWord(stop, "những") { return best }
            // A bare head is an organization only when its class allows it ("UBND", "Tỉnh ủy", "BCĐ").
            // (So is a board beside its sibling, whose committee they share.)
            if stop == headEnd && !besideSibling && !modes.contains(where: { $0 == "none" || $0 == "place" || $0 == "place_optional" }) { return best }
            // "Hội An" is a city, not an association called "An".
            if parser.unitNames(c, at: i).contains(where: { $0.end == stop }) { return best }
            stop = withBranch(c, stop, date: date)
            if best == nil || stop > best!.end { best = Found(end: stop, rule: "organization.head", entries: row.ref.map { [$0] } ?? []) }
        }
        return best
    }

    /// The end of a congress, conference or session named as a committee's body, with whose it is and its number: "Ban Tổ
    /// chức Đại hội Thi đua yêu nước tỉnh Ninh Bình lần thứ I", "Ban Chỉ đạo Đại hội đại biểu MTTQ Việt Nam huyện Hoàng Su
    /// Phì", "BCĐ Đại hội"; nil when no such event starts at `k`.
    /// (The event nouns are cues/events.tsv's of kind `body`.)
    func eventBodyEnd(_ c: ExtractionContext, from k: Int, date: String?, depth: Int) -> Int? {
        guard c.isCapitalized(k), let noun = c.matches(Lexicon.List.events, at: k).first(where: { m in
            m.rows.contains { ($0["kind"] ?? "").split(ascii: "|").contains("body") }
        }) else { return nil }
        var j = noun.end
        if c.isWord(j, "đại"), c.isWord(j + 1, "biểu"), !c.breakBefore(j) { j += 2 }
        if !c.breakBefore(j), let inner = organization(c, at: j, date: date, depth: depth + 1) {
            j = inner.end
        } else if j < c.count, c.isCapitalized(j), !c.breakBefore(j), !c.isCapitalized(j + 1) {
            // Its topic in sentence case, only up to its place: "Thi đua yêu nước tỉnh Ninh Bình" (a capitalized word after
            // the first is a name's, "Ban Tổ chức Đại hội Nguyễn Văn An", which the topic never takes; nor a verb after it).
            var w = j + 1
            while w < c.count, w - j < 6, c.kind(w) == .word, !c.breakBefore(w), !c.isCapitalized(w), parser.typeWord(c, at: w) == nil,
                  !c.isWord(w, of: .functionWord) { w += 1 }
            let placed = withPlace(c, w, date: date)
            if placed > w { j = placed }
        }
        // "lần thứ I", "lần thứ XX".
        if c.isWord(j, "lần"), c.isWord(j + 1, "thứ"), !c.breakBefore(j), c.isOrdinal(j + 2) { j += 3 }
        return j
    }

    /// True for a head of a party committee's board (kind party_body: "Ban Tổ chức", "Ban Tuyên giáo", "Ủy ban Kiểm tra").
    func isPartyBoard(_ row: Lexicon.Row) -> Bool { (row["kind"] ?? "").split(ascii: "|").contains("party_body") }

    /// The end of a descriptive body of topic words from `k` ("phòng, chống dịch COVID-19", "thi đua, khen
    /// thưởng", "cấp tỉnh"), without a trailing comma, dash or function word; `k` when none starts there.
    func descriptiveBodyEnd(_ c: ExtractionContext, from start: Int, phrases: Bool = false) -> Int {
        // (A comma or dash right after the head ends the organization: "Bí thư Đảng ủy, thủ trưởng đơn vị".)
        if c.isPunct(start, ",") || c.isPunct(start, "-") { return start }
        func isTopic(_ k: Int) -> Bool {
            c.isWord(k, of: .organizationTopic) || c.hasPrefix(k, "covid") || c.isWord(k, "ncov") || c.isWord(k, "sars-cov-2")
        }
        var k = start
        while k < c.count && !c.breakBefore(k) {
            if c.isWord(k, "cấp"), c.isWord(k + 1, of: .administrativeLevel) { k += 2; continue }
            if c.isWord(k, "quốc"), c.isWord(k + 1, "gia") { k += 2; continue }
            if phrases, let m = c.match(Lexicon.List.organizationTopics, at: k) { k = m.end; continue }
            // A comma or dash goes on only into two topic words: "phòng, chống dịch", "thiên tai - Tìm kiếm cứu nạn", not
            // ", thủ trưởng các sở" after "Ban Chỉ đạo phòng, chống dịch COVID-19".
            // (Or into a topic phrase: "phòng, chống tham nhũng, tiêu cực".)
            func phraseAt(_ j: Int) -> Bool { phrases && c.match(Lexicon.List.organizationTopics, at: j) != nil }
            if c.isPunct(k, ",") || c.isPunct(k, "-"),
               !(isTopic(k + 1) && (isTopic(k + 2) || phraseAt(k + 2) || c.hasPrefix(k + 1, "covid")) || phraseAt(k + 1)) { break }
            // The disease's short name in parentheses inside the topic: "do chủng mới của vi rút Corona (Covid-19) gây ra".
            if c.isPunct(k, "("), k > start, c.hasPrefix(k + 1, "covid") || c.isWord(k + 1, "ncov"), c.isPunct(k + 2, ")"), c.kind(k + 3) == .word, isTopic(k + 3) {
                k += 3
                continue
            }
            guard isTopic(k) else { break }
            k += 1
        }
        // (Nor on "do": "Bộ Tư lệnh Bộ đội Biên phòng do Thiếu tướng ... dẫn đầu".)
        while k > start && (c.isPunct(k - 1, ",") || c.isPunct(k - 1, "-") || c.isWord(k - 1, "và") || c.isWord(k - 1, "của") || c.isWord(k - 1, "về")
                            || c.isWord(k - 1, "ở") || c.isWord(k - 1, "do")) { k -= 1 }
        // The unit it is of by its type word alone: "Ban Chỉ đạo phòng, chống dịch Covid-19 của tỉnh". (A unit named after
        // "của" is a place of the sentence: "Ban Chỉ đạo phòng chống dịch bệnh của tỉnh Long An họp".)
        // (Only where the clause goes on with no more of a word: not "của xã hội hóa".)
        if k > start, c.isWord(k, "của"), !c.breakBefore(k + 1), let (twEnd, row) = parser.typeWord(c, at: k + 1),
           ["province", "district", "commune", "province|district"].contains(row["level"] ?? ""), twEnd >= c.count || c.breakBefore(twEnd)
            || c.kind(twEnd) != .word || c.isWord(twEnd, of: .functionWord) || c.isWord(twEnd, of: .subjectVerb)
            || Self.predicateStarts.contains(c.folded[twEnd]) || c.match(Lexicon.List.events, at: twEnd) != nil {
            return twEnd
        }
        return k
    }

    /// A name written in sentence case: its last capitalized word alone, then lower-case words up to the
    /// place that completes it ("Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang") or to the end of the clause
    /// ("Hội Liên hiệp Văn học nghệ thuật,"); never through a function word, a type word or a number.
    /// "Bệnh viện Bạch Mai tiếp nhận ..." stays "Bệnh viện Bạch Mai": its name ends in two capitalized words.
    func sentenceCaseEnd(_ c: ExtractionContext, name: Range<Int>) -> Int {
        let k = name.upperBound
        // (A company's form may come first: "Công ty CP Khai thác bến xe", "Công ty TNHH Chế biến lâm sản Mạnh Hùng".)
        // (A name of one letter is whole: "Bệnh viện K cơ sở Tân Triều", "Bệnh viện E".)
        guard name.count >= 1, c.isCapitalized(k - 1), !c.isAllCaps(k - 1), c.characterCount(k - 1) >= 2,
              name.count == 1 || !c.isCapitalized(k - 2) || c.isAllCaps(k - 2),
              k < c.count, c.kind(k) == .word, !c.isCapitalized(k), !c.breakBefore(k) else { return k }
        var j = k
        // (Never into a role's cue of three words or more: "Hội đồng TP.Yongin làm trưởng đoàn"; "Trung tâm Chỉ huy điều hành
        // phòng, chống dịch" runs on.)
        // (Nor into its predicate's verb: "Công ty ... Ngân hàng Công thương nhận quyết định".)
        while j < c.count && j - k < 6 && c.kind(j) == .word && !c.isCapitalized(j) && !c.breakBefore(j)
                && !c.isWord(j, of: .functionWord) && parser.typeWord(c, at: j) == nil && !startsLongCue(c, j)
                && !c.isWord(j, of: .subjectVerb) && !Self.predicateStarts.contains(c.folded[j]) {
            j += 1
        }
        // ... or to the next organization ("Cục Tổ chức cán bộ Bộ Công an").
        let clauseEnds = j >= c.count || c.breakBefore(j) || c.isPunct(j, ",") || c.isPunct(j, ".") || c.isPunct(j, ";") || c.isPunct(j, "…")
            || c.isPunct(j, ":") || c.isPunct(j, "-")
            || c.isPunct(j, "(")
            || c.isPunct(j, ")") || j > k && c.isCapitalized(j) && (c.match(Self.heads, at: j) != nil || c.match(Self.closed, at: j) != nil)
        // ... or to its predicate, the subject's name whole: "Cục Tổ chức cán bộ đã công bố quyết định"; or to a function
        // word after it ("tại Bệnh viện Phụ sản cùng BN1096602").
        // (Or to "và" and another organization: "Công ty Cổ phần Chế biến lâm sản và Sở Công Thương".)
        let andOrganization = c.isWord(j, "và") && (c.match(Self.heads, at: j + 1) != nil || c.match(Self.closed, at: j + 1) != nil
            || c.match(Self.headAbbreviations, at: j + 1) != nil)
        let predicateFollows = j > k && j < c.count && (Self.predicateStarts.contains(c.folded[j]) || c.isWord(j, of: .subjectVerb)
            || c.isWord(j, of: .functionWord) && (!c.isWord(j, "và") || andOrganization) || startsLongCue(c, j))
        // (A type word alone places it in the article's unit: "Hiệp hội Doanh nghiệp tỉnh"; a province's or a country's name
        // completes it: "Công ty cổ phần Môi trường đô thị Kon Tum", "Hội Văn học nghệ thuật Việt Nam".)
        if clauseEnds || predicateFollows || parser.typed(c, at: j, date: nil) != nil || j > k && parser.typeWord(c, at: j) != nil
            || j > k && parser.bare(c, at: j, date: nil).map({ $0.rule == "location.bare-province" || $0.level == "country" }) == true { return j }
        // ... or through a proper name that ends the clause: "Công ty TNHH Chế biến lâm sản Mạnh Hùng,", "Đồn Biên phòng Cửa khẩu
        // quốc tế Lệ Thanh và ..."; or through "và" and the capitalized field it joins: "Cục An ninh Tài chính tiền tệ và Đầu tư,".
        let named = j > k && c.isWord(j, "và") && j + 1 < c.count && c.isCapitalized(j + 1) && !c.breakBefore(j + 1) && !andOrganization ? j + 1 : j
        if j > k, c.isCapitalized(named), c.kind(named) == .word, !c.isAllCaps(named) {
            var m = named
            // (The field after "và" is in sentence case too: "và Đầu tư".)
            while m < c.count, m - named < 4, c.kind(m) == .word, c.isCapitalized(m) || named > j && m > named && !c.isWord(m, of: .functionWord),
                  !c.breakBefore(m) { m += 1 }
            let ends = m >= c.count || c.breakBefore(m) || c.isPunct(m, ",") || c.isPunct(m, ".") || c.isPunct(m, ";") || c.isPunct(m, ")")
                || m < c.count && Self.predicateStarts.contains(c.folded[m]) || named == j && c.isWord(m, "và")
                // (Or a function word: "Ban Quản lý Vườn quốc gia Yok Đôn cùng dự".)
                || named == j && m > named && c.isWord(m, of: .functionWord) && !c.isWord(m, "các") && !c.isWord(m, "những")
            if ends { return m }
        }
        return k
    }

    /// A name all in lower case after a head of two words or more, up to the place that completes it: "Ban quản lý
    /// dự án đầu tư xây dựng công trình giao thông và nông nghiệp Đà Nẵng". Two words at least, "và" only between
    /// two of them, never through another function word, a type word or a number; `k` when no place ends it.
    func lowerCaseNameEnd(_ c: ExtractionContext, from k: Int, date: String?) -> Int {
        var j = k
        while j < c.count, j - k < 18, c.kind(j) == .word, !c.isCapitalized(j), !c.breakBefore(j), parser.typeWord(c, at: j) == nil {
            if c.isWord(j, of: .functionWord) {
                guard c.isWord(j, "và"), j > k, c.kind(j + 1) == .word, !c.isCapitalized(j + 1) else { break }
            }
            j += 1
        }
        guard j - k >= 2, !c.isWord(j - 1, "và"), j < c.count, !c.breakBefore(j) else { return k }
        let place = withPlace(c, j, date: date)
        return place > j && c.isCapitalized(j) || parser.typed(c, at: j, date: date) != nil ? place : k
    }

    /// After an organization, its branch in a place: "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Thừa Thiên Huế",
    /// "Agribank chi nhánh Bình Phước"; `end` when none follows.
    func withBranch(_ c: ExtractionContext, _ end: Int, date: String?) -> Int {
        let k = c.isPunct(end, "-") ? end + 1 : end
        guard k < c.count, !c.breakBefore(k), c.isWord(k, "chi"), c.isWord(k + 1, "nhánh") else { return end }
        let place = withPlace(c, k + 2, date: date)
        return place > k + 2 ? place : end
    }

    /// Auxiliaries that start a predicate after a subject (folded): the name before them is whole.
    static let predicateStarts: Set<String> = ["đã", "đang", "sẽ", "vừa"]

    /// True when an event's or a role's cue of three words or more (cues/events.tsv) starts at token `j`.
    func startsLongCue(_ c: ExtractionContext, _ j: Int) -> Bool {
        c.match(Lexicon.List.events, at: j).map { $0.end - j >= 3 } == true
    }

    /// After an organization: a place that completes it ("tỉnh Kiên Giang", "thị xã", "Cần Thơ"), perhaps
    /// after the country's name ("UBMTTQ Việt Nam tỉnh Hậu Giang").
    func withPlace(_ c: ExtractionContext, _ k: Int, date: String?) -> Int {
        guard k < c.count, !c.breakBefore(k) else { return k }
        if let p = parser.bare(c, at: k, date: date), p.rule == "location.region", p.level == "country",
           c.isWord(k, "việt"), c.isWord(k + 1, "nam") {
            let after = withPlace(c, p.end, date: date)
            return after
        }
        if let p = parser.typed(c, at: k, date: date) { return p.end }
        // An alias that starts with a type word: "Thành ủy TP HCM".
        if let p = parser.bare(c, at: k, date: date), p.rule == "location.alias", let (twEnd, _) = parser.typeWord(c, at: k), p.end > twEnd {
            return p.end
        }
        if let (twEnd, row) = parser.typeWord(c, at: k), !["sub", "feature"].contains(row["level"] ?? ""), c.kind(k) != .abbreviation || twEnd > k {
            // A type word alone refers to the article's unit: "UBND tỉnh", "HĐND Thành phố"; so it does before
            // a person's name whose surname is also a one-syllable unit's name ("HĐND tỉnh Phan Việt Cường").
            // Only names of a unit the type word fits ("UBND tỉnh Hoàng Hải Minh": no province is called Hoàng Hải).
            let classes = parser.places.classes(typeKey: Normalizer.key(c.text(k..<twEnd)))
            let names = parser.unitNames(c, at: twEnd).filter { $0.units.contains { parser.places.isCompatible($0, classes: classes) } }
            if !c.isCapitalized(twEnd) || c.breakBefore(twEnd) || twEnd >= c.count || names.isEmpty {
                return twEnd
            }
            if let first = names.first, first.end - twEnd == 1, c.isIn(Lexicon.List.surnames, twEnd),
               first.end < c.count, c.isCapitalized(first.end), c.kind(first.end) == .word, !c.breakBefore(first.end) {
                return twEnd
            }
        }
        if let p = parser.bare(c, at: k, date: date), p.rule != "location.region" { return p.end }
        // A bare unit name ("Thị ủy Bình Long"), unless a capitalized word follows: then it starts a
        // person's name ("Thành ủy Vương Đình Huệ").
        if let first = parser.unitNames(c, at: k).first, c.isCapitalized(k), (k..<first.end).allSatisfy({ c.isCapitalized($0) }) {
            let personFollows = first.end < c.count && c.isCapitalized(first.end) && !c.breakBefore(first.end)
            // "Thành ủy Vương Đình Huệ", "Ban Bí thư Trung ương Đảng Lê Hồng Anh": a unit's name that starts with a
            // surname and goes on with a given name (no new surname) is a person's.
            let looksLikeName = c.isIn(Lexicon.List.surnames, k)
                && (first.end - k == 1 || first.end - k == 2 && !c.isIn(Lexicon.List.surnames, first.end))
            if !(personFollows && looksLikeName) { return first.end }
        }
        return k
    }

    /// True when the number at `k` counts what follows it (a percentage or a counted noun of cues/metrics.tsv: "100% vốn",
    /// "7 ca"), so it names nothing.
    static func counts(_ c: ExtractionContext, number k: Int) -> Bool {
        c.isPunct(k + 1, "%")
            || c.match(Lexicon.List.metrics, at: k + 1)?.rows.contains { $0["position"] == "after_number" || $0["position"] == "either" } == true
    }

    /// A capitalized name after a head, allowing one lower-case word inside ("Cao su Bình Long").
    func properName(_ c: ExtractionContext, from k: Int, kindWordFirst: Bool = false) -> Int {
        var j = k
        while j < c.count && !c.breakBefore(j) {
            // A national body's name ends with "Trung ương" or "Việt Nam"; a person's name may follow it: "Hội đồng Lý luận
            // Trung ương Nguyễn Xuân Thắng", "Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến".
            if j > k + 1, c.isIn(Lexicon.List.surnames, j), c.isCapitalized(j + 1), c.kind(j + 1) == .word, !c.breakBefore(j + 1),
               c.isWord(j - 2, "trung") && c.isWord(j - 1, "ương") || c.isWord(j - 2, "việt") && c.isWord(j - 1, "nam") {
                break
            }
            // (A number that counts what follows is no part of the name: "Công ty UNICO GLOBAL 100% vốn", "Bệnh viện Đa khoa II
            // Lâm Đồng 7 ca".)
            if c.isCapitalized(j) || (c.kind(j) == .number && j > k && !Self.counts(c, number: j)) || c.kind(j) == .code { j += 1; continue }
            if j > k, c.kind(j) == .word, j + 1 < c.count, c.isCapitalized(j + 1), !c.isWord(j, of: .functionWord) {
                j += 1
                continue
            }
            // After a head of two words, one or two kind words first, then the name: "Bệnh viện mắt Quang Đức", "Bệnh viện tư
            // Hoàn Mỹ", "Nhà máy điện gió Tân Phú Đông 1" (after "Hội", "nghị" makes a meeting: "Hội nghị Ban Chấp hành").
            if kindWordFirst, j == k, let w = (1...2).first(where: { w in
                   (j..<j + w).allSatisfy { $0 < c.count && c.kind($0) == .word && !c.isCapitalized($0) && !c.isWord($0, of: .functionWord)
                       && parser.typeWord(c, at: $0) == nil && ($0 == j || !c.breakBefore($0)) }
                   && (j + w...j + w + 1).allSatisfy { $0 < c.count && c.kind($0) == .word && c.isCapitalized($0) && !c.isAllCaps($0) && !c.breakBefore($0) }
                   && parser.typeWord(c, at: j + w) == nil }) {
                j += w
                continue
            }
            break
        }
        return j
    }

}
