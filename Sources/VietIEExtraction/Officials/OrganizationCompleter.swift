import VietIECore
import VietIEGazetteer
import VietIEText

/// Completes the organization of a title from context, as the gold convention does: a short form
/// gets its place ("UBND thị xã" -> "UBND thị xã Bình Long", "Tỉnh ủy" -> "Tỉnh ủy Bình Phước",
/// "Sở Y tế" -> "Sở Y tế tỉnh Nghệ An"); a party title with no body gets the party committee of the
/// unit its chain names ("Phó Bí thư, Chủ tịch UBND tỉnh Kiên Giang" -> "Tỉnh ủy Kiên Giang");
/// titles whose body is implicit ("Ủy viên Trung ương Đảng", "Tổng Bí thư") have none; default
/// bodies come from the title list ("Thủ tướng" -> "Chính phủ").
struct OrganizationCompleter {
    let places: AdminUnits
    let article: ArticlePlace
    let typeWords: PlaceParser
    /// The document's decided spans.
    let index: SpanIndex
    /// The places written right after a committee's two words ("thành ủy"), by those words, in text order.
    let placesAfterCommittee: [String: [Candidate]]
    /// The tokens of the document's longest organization (how far back one covering a place may start) and place.
    let longestOrganization: Int, longestPlace: Int
    /// What the completer has worked out for the document so far.
    private let memo = Memo()
    private final class Memo {
        /// ``comparisonKey(_:)`` by organization name.
        var comparisonKeys: [String: String] = [:]
    }

    /// A completer for one document: its decided spans (`index`) over tokens whose folded text is `folded`.
    init(places: AdminUnits, article: ArticlePlace, typeWords: PlaceParser, index: SpanIndex, folded: [String]) {
        self.places = places
        self.article = article
        self.typeWords = typeWords
        self.index = index
        var after: [String: [Candidate]] = [:]
        for loc in index.items where loc.type == .location && loc.tokens.lowerBound >= 2 {
            let k = loc.tokens.lowerBound
            let committee = folded[k - 2] + " " + folded[k - 1]
            if Self.partyHeads[committee] != nil { after[committee, default: []].append(loc) }
        }
        placesAfterCommittee = after
        longestOrganization = index.items.lazy.filter { $0.type == .organization }.map { $0.tokens.count }.max() ?? 0
        longestPlace = index.items.lazy.filter { $0.type == .location }.map { $0.tokens.count }.max() ?? 0
    }
    /// Committees named by their unit's name alone ("Tỉnh ủy Lâm Đồng", "Tỉnh Đoàn Lâm Đồng"), with the unit type they belong to.
    static let partyHeads: [String: String] = ["tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "thị ủy": "thị xã", "huyện ủy": "huyện", "quận ủy": "quận",
                                               "tỉnh đoàn": "tỉnh", "thành đoàn": "thành phố", "huyện đoàn": "huyện", "quận đoàn": "quận"]
    static let provincialHeads: Set<String> = ["sở", "công an", "ban chỉ đạo", "bcđ", "bộ chỉ huy quân sự", "bộ chqs", "trung tâm kiểm soát bệnh tật",
                                               "cdc", "đài phát thanh và truyền hình", "bảo hiểm xã hội", "ban dân vận", "ban tuyên giáo", "ban tổ chức",
                                               "ủy ban kiểm tra", "ubkt", "đoàn đại biểu quốc hội", "ủy ban mttq", "ủy ban mặt trận tổ quốc", "tỉnh đoàn",
                                               "hội nông dân", "hội liên hiệp phụ nữ", "hội cựu chiến binh", "liên đoàn lao động", "văn phòng"]

    func position(_ c: ExtractionContext, title: Candidate, organization: Candidate?, chain: [OfficialsBuilder.Group]) -> Position {
        let titleText = c.text(title.tokens)
        let row = titleRow(c, title)
        var attributes = [String: JSONValue](minimumCapacity: 2)
        // (A deputy's office written with "Phó" before another title's row is the deputy's: "Phó CT" -> "Phó Chủ tịch".)
        if let canonical = row?["canonical"], !canonical.isEmpty {
            // (The lists write canonical titles capitalized: "Phó Chủ tịch".)
            let deputy = c.isWord(title.tokens.lowerBound, "phó") && title.tokens.count > 1 && !canonical.hasPrefixBytes("Phó ")
            attributes["canonical"] = .string(deputy ? "Phó " + canonical : canonical)
        }
        if let kind = row?["kind"], !kind.isEmpty { attributes["kind"] = .string(kind) }
        if row?["implicit_org"] == "yes" {
            // (A foreign party written after it is its body: "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào".)
            let foreign = organization.flatMap { org in org.entries.first.map { c.lexicon.row($0)["kind"] == "international" } } ?? false
            return Position(title: titleText, organization: foreign ? organization.map { c.text($0.tokens) } : nil, attributes: attributes)
        }
        let chainUnit = self.chainUnit(c, chain)
        // A province's delegation of deputies, written as its title writes it: "Trưởng đoàn ĐBQH" -> "Đoàn ĐBQH tỉnh Nghệ An",
        // "Trưởng đoàn đại biểu Quốc hội tỉnh Thái Nguyên" -> "Đoàn đại biểu Quốc hội tỉnh Thái Nguyên".
        if let delegation = delegationOfDeputies(c, title, organization: organization, chainUnit: chainUnit) {
            return Position(title: titleText, organization: delegation, attributes: attributes)
        }
        // The body a title heads where the text leaves it to context (titles/titles.tsv, column context_body).
        let contextBody = row?["context_body"] ?? ""
        // A diplomat's body is the mission: "Đại sứ đặc mệnh toàn quyền nước Mông Cổ tại Việt Nam" -> "Đại sứ quán Mông Cổ
        // tại Việt Nam", "Tổng Lãnh sự Nhật Bản" -> "Tổng Lãnh sự quán Nhật Bản".
        if let org = organization, contextBody.hasPrefix("mission="), case let mission = String(contextBody.dropFirst("mission=".count)),
           let name = missionName(c, mission, country: org) {
            return Position(title: titleText, organization: name, attributes: attributes)
        }
        // A unit written after a head's title instead of its body: "Chủ tịch tỉnh Quảng Trị" is the People's Committee's
        // ("UBND tỉnh Quảng Trị"), "Bí thư quận Bắc Từ Liêm" the party committee's ("Quận ủy Bắc Từ Liêm").
        if let org = organization, org.type == .location, org.rule == "location.typed-unit",
           let u = index.starting(at: org.tokens.lowerBound).filter({ $0.type == .location && $0.tokens == org.tokens })
               .compactMap({ places.sameNamedUnit($0.attributes) }).first {
            if contextBody == "people_committee" {
                return Position(title: titleText, organization: "UBND \(c.text(org.tokens))", attributes: attributes)
            }
            if contextBody == "party_committee" {
                // (With its place as the article writes it after that committee, as complete(...) does: "Thành ủy TP. Hà Tĩnh".)
                let committee = partyCommittee(u)
                let head = committee.split(ascii: " ").prefix(2).joined(separator: " ")
                if Self.partyHeads[Normalizer.key(head)] != nil, let written = writtenPlace(c, after: Normalizer.key(head), unit: u) {
                    return Position(title: titleText, organization: "\(head) \(written)", attributes: attributes)
                }
                return Position(title: titleText, organization: committee, attributes: attributes)
            }
        }
        if let org = organization {
            // Ban rule: the organization shares the title's last word. (Its short form in parentheses is left out:
            // "Ủy ban Nhân dân (UBND) tỉnh" is "Ủy ban Nhân dân tỉnh".)
            let text = Self.withoutShortForm(c, org.tokens), textKey = Normalizer.key(text)
            // A minister's sector is the ministry: "Bộ trưởng Ngoại giao" -> "Bộ Ngoại giao".
            if org.rule == "organization.ministry-sector" {
                return Position(title: titleText, organization: "Bộ \(text)", attributes: attributes)
            }
            // A bare "Đảng ủy" in a chain is the Party committee of the agency a later title of the chain heads: "Bí thư Đảng
            // ủy, Giám đốc Công an tỉnh" -> "Đảng ủy Công an tỉnh Thái Bình".
            if textKey == "đảng ủy", let agency = laterAgency(c, after: org, in: chain) {
                return Position(title: titleText, organization: "\(text) \(complete(c, agency, c.text(agency.tokens), chainUnit))", attributes: attributes)
            }
            // A bare "Đảng ủy" is the committee of the party organization its sentence names before it: "Đảng bộ Công an tỉnh
            // được thành lập, ... Giám đốc Công an tỉnh Quảng Trị giữ chức Bí thư Đảng ủy" -> "Đảng ủy Công an tỉnh Quảng Trị".
            if textKey == "đảng ủy", let body = sentenceCommittee(c, before: org) {
                let full = complete(c, body, c.text(body.tokens), chainUnit)
                return Position(title: titleText, organization: "\(text)\(full.dropFirst("Đảng bộ".count))", attributes: attributes)
            }
            // A bare "Đảng ủy" is no district's (that is a "Huyện ủy", "Quận ủy"): the commune's of its chain, else, when the
            // chain names no unit or only a district, the article's ("Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa được chỉ định làm
            // Bí thư Đảng ủy" in an article about a ward), before any other commune's committee the article names in full.
            // (After a province's agency it is the agency's: "Giám đốc Sở Y tế tỉnh Nghệ An, Bí thư Đảng ủy".)
            let communeOfArticle = chainUnit.map { places.units[$0].level == .district } ?? true ? article.commune : nil
            if textKey == "đảng ủy", let u = [chainUnit, communeOfArticle].compactMap({ $0 }).first(where: { places.units[$0].level == .commune }) {
                return Position(title: titleText, organization: "\(text) \(Self.typeName(places.units[u]))", attributes: attributes)
            }
            // A bare body's head refers to the body the article named in full: "Trưởng ban chỉ đạo" after "Ban chỉ đạo
            // Phòng chống dịch Covid-19" is its head.
            if let full = fullerBody(c, org) {
                return Position(title: titleText, organization: complete(c, full, Self.withoutShortForm(c, full.tokens), chainUnit), attributes: attributes)
            }
            // A foreign province's party committee: "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu" -> "Tỉnh ủy Attapeu".
            if let typeWord = Self.partyHeads[textKey], let name = foreignPlace(c, typeWord, in: chain) {
                return Position(title: titleText, organization: "\(text) \(name)", attributes: attributes)
            }
            return Position(title: titleText, organization: complete(c, org, text, chainUnit), attributes: attributes)
        }
        // The body whose holders its sentence counts: "UBND tỉnh Khánh Hòa có 3 Phó Chủ tịch gồm các ông: ...", "HĐND tỉnh có
        // các Phó Chủ tịch là ...".
        // (Counted: "Dự tại điểm cầu UBND thị xã có Tỉnh ủy viên, Bí thư Thị ủy ..." names who attends there.)
        let k = title.tokens.lowerBound - 2
        if k >= 1, c.isWord(k + 1, "các") || OfficialsBuilder.counts(c, endingAt: k + 2), c.isWord(k, "có"), let body = index.ending(at: k).first(where: { $0.type == .organization && c.sameSentence($0.tokens.lowerBound, k) }) {
            return Position(title: titleText, organization: complete(c, body, Self.withoutShortForm(c, body.tokens), chainUnit), attributes: attributes)
        }
        let folded = Normalizer.key(titleText)
        if folded.hasSuffix("ủy viên") {
            let head = String(folded.dropLast(" viên".count))
            if let typeWord = Self.partyHeads[head], let u = unit(for: typeWord, chainUnit) {
                return Position(title: titleText, organization: "\(Self.capitalized(head)) \(places.units[u].name)", attributes: attributes)
            }
        }
        if let d = row?["org_default"], !d.isEmpty {
            // A party committee by default is the one of the chain's or the article's unit: "TUV" -> "Tỉnh ủy Phú Thọ".
            if let typeWord = Self.partyHeads[Normalizer.key(d)], let u = unit(for: typeWord, chainUnit) {
                return Position(title: titleText, organization: "\(d) \(places.units[u].name)", attributes: attributes)
            }
            return Position(title: titleText, organization: d, attributes: attributes)
        }
        // A delegation's place named before "do" + its head's bare titles: "Đoàn đại biểu tỉnh Kampong Thom ... do ngài Sok Lu -
        // Tỉnh trưởng làm trưởng đoàn", "lãnh đạo tỉnh Salavan ... do Bí thư, Tỉnh trưởng Phoxay Xayasone dẫn đầu".
        // (Before the chain's first title: "Đoàn đại biểu cấp cao tỉnh Sê Kông ... do đồng chí Lếch-lay Sỉ-vi-lay, Ủy viên ...,
        // Bí thư, Tỉnh trưởng làm Trưởng đoàn".)
        let chainStart = chain.map { $0.title.tokens.lowerBound }.reduce(title.tokens.lowerBound, min)
        let delegation = chainUnit == nil ? delegationPlace(c, before: chainStart) : nil
        if contextBody == "unit", let place = delegation ?? chain.compactMap({ g in g.organization.flatMap { $0.type == .location ? $0 : nil } }).first {
            return Position(title: titleText, organization: c.text(place.tokens), attributes: attributes)
        }
        if (row?["kind"] ?? "").contains("party") {
            // A foreign province's party committee: "Bí thư - Tỉnh trưởng tỉnh Savannakhet" -> "Tỉnh ủy Savannakhet".
            if let name = foreignPlace(c, "tỉnh", in: chain) {
                return Position(title: titleText, organization: "Tỉnh ủy \(name)", attributes: attributes)
            }
            if let place = delegation {
                if let u = places.sameNamedUnit(place.attributes) { return Position(title: titleText, organization: partyCommittee(u), attributes: attributes) }
                if let (twEnd, _) = typeWords.typeWord(c, at: place.tokens.lowerBound), twEnd < place.tokens.upperBound,
                   Normalizer.key(c.text(place.tokens.lowerBound..<twEnd)) == "tỉnh" {
                    return Position(title: titleText, organization: "Tỉnh ủy \(c.text(twEnd..<place.tokens.upperBound))", attributes: attributes)
                }
            }
        }
        if (row?["kind"] ?? "").contains("party"), let u = chainUnit ?? article.unit {
            return Position(title: titleText, organization: partyCommittee(u), attributes: attributes)
        }
        // A minister with no ministry written is of the one ministry the article names: "về phía Bộ có Bộ trưởng Nguyễn Bắc
        // Son" after "Bộ Thông tin và Truyền thông".
        if contextBody == "ministry", let ministry = articleMinistry(c) {
            return Position(title: titleText, organization: ministry, attributes: attributes)
        }
        return Position(title: titleText, organization: nil, attributes: attributes)
    }

    /// The place of the delegation a title's holder leads: a place right after "đoàn ..." or "lãnh đạo" (within a few words)
    /// before the "do" that comes before the title in its sentence; nil when the sentence has none.
    func delegationPlace(_ c: ExtractionContext, before k: Int) -> Candidate? {
        var d = k - 1
        while d >= 0, c.sameSentence(d, k), k - d < 16, !c.isWord(d, "do") { d -= 1 }
        guard d >= 0, c.isWord(d, "do"), c.sameSentence(d, k) else { return nil }
        // (The spans in text order, back from the last that starts before "do" while one could still end near it.)
        var last = index.items.count
        var low = 0
        while low < last { let mid = (low + last) / 2; if index.items[mid].tokens.lowerBound < d { low = mid + 1 } else { last = mid } }
        for loc in index.items[..<low].reversed().prefix(while: { $0.tokens.lowerBound + longestPlace > d - 12 })
        where loc.type == .location && loc.tokens.upperBound <= d && d - loc.tokens.upperBound < 12 {
            guard c.sameSentence(loc.tokens.lowerBound, k), ["location.typed-unit", "location.typed-foreign"].contains(loc.rule) else { continue }
            let lead = max(0, loc.tokens.lowerBound - 5)..<loc.tokens.lowerBound
            if lead.contains(where: { c.isWord($0, "đoàn") || c.isWord($0, "lãnh") && c.isWord($0 + 1, "đạo") }) { return loc }
            return nil
        }
        return nil
    }

    /// The nearest party organization ("Đảng bộ X") named before `org` in its sentence, nil when none.
    func sentenceCommittee(_ c: ExtractionContext, before org: Candidate) -> Candidate? {
        // (Back from the organization to its sentence's start: the spans are in text order.)
        var k = org.tokens.lowerBound - 1
        while k >= 0, c.sameSentence(k, org.tokens.lowerBound) {
            if let o = index.starting(at: k).last(where: { o in
                o.type == .organization && o.tokens.upperBound <= org.tokens.lowerBound && o.tokens.count > 2
                    && c.folded[o.tokens.lowerBound] == "đảng" && c.folded[o.tokens.lowerBound + 1] == "bộ"
                    // (Not a province's or district's: its committee is the Tỉnh ủy, the Huyện ủy.)
                    && !(typeWords.typeWord(c, at: o.tokens.lowerBound + 2).map { tw in
                        ["province", "district", "province|district"].contains(tw.row["level"] ?? "")
                    } ?? false)
            }) {
                return o
            }
            k -= 1
        }
        return nil
    }

    /// The ministry the document names, as first written, when it names one only (by its canonical name); nil otherwise.
    func articleMinistry(_ c: ExtractionContext) -> String? {
        var found: (canonical: String, text: String)? = nil
        for o in index.items where o.type == .organization && o.rule == "organization.closed-set" {
            guard let ref = o.entries.first, c.lexicon.row(ref)["kind"] == "ministry" else { continue }
            let canonical = c.lexicon.row(ref)["canonical"] ?? c.text(o.tokens)
            if let f = found, f.canonical != canonical { return nil }
            if found == nil { found = (canonical, c.text(o.tokens)) }
        }
        return found?.text
    }

    /// The first organization after `org` in a title chain that is an agency (a department, the police, the military
    /// command), not a territorial body (People's Committee or Council, a party committee) nor a place.
    func laterAgency(_ c: ExtractionContext, after org: Candidate, in chain: [OfficialsBuilder.Group]) -> Candidate? {
        for g in chain {
            guard let o = g.organization, o.tokens.lowerBound > org.tokens.upperBound, o.type == .organization else { continue }
            let head = headKey(c, o) ?? ""
            if ["ủy ban nhân dân", "hội đồng nhân dân", "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy", "đảng ủy"].contains(head) { return nil }
            return o
        }
        return nil
    }

    /// The body the article names in full whose head alone is `org` ("Ban chỉ đạo", "BCĐ", "Ban Thường vụ"), the first in
    /// text order; nil when `org` is more than a head that takes a body or a description, or no such body is named.
    func fullerBody(_ c: ExtractionContext, _ org: Candidate) -> Candidate? {
        let start = org.tokens.lowerBound
        // (Or the head and a bare type word: "Phó Trưởng BCĐ tỉnh" after "Ban chỉ đạo Phòng, chống tham nhũng, tiêu cực tỉnh".)
        guard let m = c.match(Lexicon.List.heads, at: start) ?? c.match(Lexicon.List.headAbbreviations, at: start),
              m.end == org.tokens.upperBound || typeWords.typeWord(c, at: m.end).map({ $0.0 == org.tokens.upperBound }) == true,
              let row = m.rows.first,
              (row["completes_with"] ?? "").split(ascii: "|").contains("body") else { return nil }
        let canonical = Normalizer.key(row["canonical"] ?? c.text(org.tokens))
        // (A type word written with it is the fuller body's too: "Đảng bộ tỉnh" is not "Đảng bộ xã Phú Lương".)
        let typeKey = m.end < org.tokens.upperBound ? Normalizer.key(c.text(m.end..<org.tokens.upperBound)) : nil
        for named in index.items where named.type == .organization && named.tokens.count > org.tokens.count && named.tokens != org.tokens {
            guard let n = c.match(Lexicon.List.heads, at: named.tokens.lowerBound) ?? c.match(Lexicon.List.headAbbreviations, at: named.tokens.lowerBound),
                  n.end < named.tokens.upperBound, let r = n.rows.first,
                  Normalizer.key(r["canonical"] ?? "") == canonical else { continue }
            if let typeKey, !(n.end..<named.tokens.upperBound).contains(where: { k in
                typeWords.typeWord(c, at: k).map { Normalizer.key(c.text(k..<$0.end)) == typeKey } == true
            }) { continue }
            return named
        }
        return nil
    }

    /// The text of `tokens` without a short form in parentheses inside it ("Ủy ban Nhân dân (UBND) tỉnh").
    static func withoutShortForm(_ c: ExtractionContext, _ tokens: Range<Int>) -> String {
        guard let open = tokens.first(where: { c.isPunct($0, "(") }), open > tokens.lowerBound, open + 2 < tokens.upperBound,
              c.isAllCaps(open + 1), c.isPunct(open + 2, ")") else { return c.text(tokens) }
        let before = c.text(tokens.lowerBound..<open)
        return open + 3 < tokens.upperBound ? before + " " + c.text((open + 3)..<tokens.upperBound) : before
    }

    /// An organization's comparison key: folded, its head's short form expanded ("UBND tỉnh X" = "Ủy ban nhân dân tỉnh X").
    /// (A mission's "nước" before its country is left out: "Đại sứ quán nước Mông Cổ" = "Đại sứ quán Mông Cổ".)
    /// (Asked again for each office of a person's chain: made once per name and document.)
    func comparisonKey(_ organization: String) -> String {
        if let known = memo.comparisonKeys[organization] { return known }
        let key = makeComparisonKey(organization)
        memo.comparisonKeys[organization] = key
        return key
    }

    private func makeComparisonKey(_ organization: String) -> String {
        var words = Normalizer.key(organization).split(ascii: " ").map(String.init)
        if let k = words.indices.dropFirst().first(where: { words[$0] == "nước" && words[$0 - 1] == "quán" }) { words.remove(at: k) }
        return words.map { w in Self.wordCanonicals[w] ?? w }.joined(separator: " ")
    }

    /// The ``headCanonicals`` of one word ("ubnd", "hđnd", "ubmttq"): a comparison key's words are looked up among them.
    static let wordCanonicals: [String: String] = headCanonicals.filter { !$0.key.contains(" ") }

    /// The mission of a country a diplomatic title's place names, with its host when written ("tại Việt Nam"); nil
    /// when the place is no country. "nước" before the country's name stays as written ("Đại sứ quán nước Cộng hòa Phần Lan").
    func missionName(_ c: ExtractionContext, _ mission: String, country org: Candidate) -> String? {
        guard org.type == .location, org.attributes["level"]?.stringValue == "country" || c.isWord(org.tokens.lowerBound, "nước")
        else { return nil }
        // (A chain steps over a lower-case "nước" before the country: it is taken back here.)
        let start = c.isWord(org.tokens.lowerBound - 1, "nước") ? org.tokens.lowerBound - 1 : org.tokens.lowerBound
        guard start + (c.isWord(start, "nước") ? 1 : 0) < org.tokens.upperBound else { return nil }
        // The mission as the article names it, when it does: "Đoàn công tác Đại sứ quán Lào tại Việt Nam do Đại sứ đặc mệnh
        // toàn quyền nước Cộng hòa dân chủ nhân dân Lào ... dẫn đầu".
        let head = Normalizer.key(mission).split(ascii: " ").map(String.init)
        let countryWord = c.folded[org.tokens.upperBound - 1]
        for named in index.items where named.type == .organization && named.tokens.count > head.count {
            let words = named.tokens.map { c.folded[$0] }
            if Array(words.prefix(head.count)) == head, words.dropFirst(head.count).prefix(4).contains(countryWord) {
                return c.text(named.tokens)
            }
        }
        var name = "\(mission) \(c.text(start..<org.tokens.upperBound))"
        let after = org.tokens.upperBound
        if c.isWord(after, "tại"), !c.breakBefore(after + 1),
           let host = index.starting(at: after + 1).filter({ $0.type == .location }).max(by: { $0.tokens.count < $1.tokens.count }) {
            name += " tại \(c.text(host.tokens))"
        }
        return name
    }

    /// The delegation of deputies a "(Phó) Trưởng đoàn đại biểu Quốc hội / ĐBQH" title heads, named as the title writes it,
    /// of the province its place names (a place right after the title) or the chain's or the article's; nil for other titles.
    func delegationOfDeputies(_ c: ExtractionContext, _ title: Candidate, organization: Candidate?, chainUnit: Int?) -> String? {
        let words = title.tokens.map { c.folded[$0] }
        guard let d = words.firstIndex(of: "đoàn"), d >= 1, words[d - 1] == "trưởng" else { return nil }
        let rest = words[(d + 1)...].joined(separator: " ")
        guard rest.hasPrefix("đại biểu quốc hội") || rest.hasPrefix("đbqh") else { return nil }
        // The body as written: the title's words from "đoàn" on, its modifiers ("chuyên trách") left out.
        let bodyEnd = rest.hasPrefix("đbqh") ? d + 2 : d + 5
        guard title.tokens.lowerBound + bodyEnd <= title.tokens.upperBound else { return nil }
        var body = c.text((title.tokens.lowerBound + d)..<(title.tokens.lowerBound + bodyEnd))
        if body.hasPrefix("đ") { body = "Đ" + body.dropFirst() }
        var province: Int? = nil
        if let org = organization, org.type == .location, let u = index.starting(in: org.tokens).compactMap({ places.sameNamedUnit($0.attributes) }).first {
            province = places.chain(u).first { $0.level == .province }.flatMap { places.index(key: $0.key) } ?? u
        }
        if province == nil, let u = chainUnit {
            province = places.chain(u).first { $0.level == .province }.flatMap { places.index(key: $0.key) }
        }
        guard let p = province ?? article.province else { return body }
        return "\(body) \(Self.typeName(places.units[p]))"
    }

    /// True when title `a` (written with no body) belongs to the body of title `b` after it: both of one
    /// kind that is not the party's (party titles take the committee of their unit instead), `a` with
    /// no implicit or default body.
    func sharesBody(_ c: ExtractionContext, _ a: Candidate, _ b: Candidate) -> Bool {
        guard let ra = titleRow(c, a), let rb = titleRow(c, b), ra["implicit_org"] != "yes",
              (ra["org_default"] ?? "").isEmpty else { return false }
        let ka = Set((ra["kind"] ?? "").split(ascii: "|")), kb = Set((rb["kind"] ?? "").split(ascii: "|"))
        return !ka.contains("party") && !kb.contains("party") && !ka.isDisjoint(with: kb)
    }

    func titleRow(_ c: ExtractionContext, _ t: Candidate) -> Lexicon.Row? {
        for start in [t.tokens.lowerBound, t.tokens.lowerBound + 1] {
            if let m = c.match(TitleRecognizer.titles, at: start), let row = m.rows.first { return row }
            if let m = c.match(TitleRecognizer.abbreviations, at: start), let row = m.rows.first { return row }
        }
        return nil
    }

    /// The most specific unit named by the organizations of a title chain.
    func chainUnit(_ c: ExtractionContext, _ chain: [OfficialsBuilder.Group]) -> Int? {
        var best: Int? = nil
        for g in chain {
            guard let org = g.organization else { continue }
            for loc in index.starting(in: org.tokens) where loc.type == .location {
                if let u = places.sameNamedUnit(loc.attributes) {
                    if best == nil || places.units[u].level.depth > places.units[best!].level.depth { best = u }
                }
            }
        }
        // A unit the chain names itself comes before one named earlier in the sentence: "...; Thái Thanh Quý - Bí thư Tỉnh
        // ủy, Chủ tịch HĐND tỉnh Nghệ An" after another item's "HĐND tỉnh Thanh Hóa".
        if best != nil { return best }
        for g in chain {
            guard let org = g.organization else { continue }
            // A side named earlier in the sentence: "về phía TP Hồ Chí Minh có đồng chí A, Phó Chủ tịch UBND thành phố".
            if best == nil, let side = sideUnit(c, before: g.title.tokens.lowerBound) ?? sentenceUnit(c, before: g.title.tokens.lowerBound) {
                best = side
            }
            // A bare type word ("UBND thị xã"): the unit of that type of the venue the sentence opens with ("tại xã Hòa Bắc,
            // huyện Hòa Vang, thành phố Đà Nẵng, Chủ tịch UBND huyện ..."), else the article's.
            if best == nil, let last = org.tokens.last, let (tw, _) = typeWords.typeWord(c, at: last), tw == org.tokens.upperBound,
               let u = unit(for: c.text(last..<tw), frontedVenue(c, before: chain[0].title.tokens.lowerBound)) {
                best = u
            }
        }
        return best
    }

    /// The name of a place of this type word in the chain that is no unit of Vietnam ("tỉnh Attapeu" -> "Attapeu"), nil when none.
    func foreignPlace(_ c: ExtractionContext, _ typeWord: String, in chain: [OfficialsBuilder.Group]) -> String? {
        for g in chain {
            guard let org = g.organization, org.type == .location, ["location.typed-foreign", "location.typed-unknown"].contains(org.rule),
                  let (twEnd, _) = typeWords.typeWord(c, at: org.tokens.lowerBound), twEnd < org.tokens.upperBound,
                  Normalizer.key(c.text(org.tokens.lowerBound..<twEnd)) == typeWord else { continue }
            return c.text(twEnd..<org.tokens.upperBound)
        }
        return nil
    }

    /// The province a sentence is about, named before token `k`: in a body ("HĐND tỉnh Bình Dương đã bầu ông A, phó chủ tịch
    /// thường trực UBND tỉnh, ...") or fronted ("Tại Bình Phước, ông A được bầu làm phó chủ tịch UBND tỉnh"), the nearest one.
    func sentenceUnit(_ c: ExtractionContext, before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, c.sameSentence(j, k) {
            if let loc = index.starting(at: j).first(where: { $0.type == .location }), loc.tokens.upperBound <= k,
               let u = places.sameNamedUnit(loc.attributes), places.units[u].level == .province {
                let from = max(0, loc.tokens.upperBound - longestOrganization)
                let inBody = (from..<max(from, j)).contains { k in
                    index.starting(at: k).contains { $0.type == .organization && $0.tokens.upperBound >= loc.tokens.upperBound }
                }
                let fronted = c.isWord(j - 1, "tại") && (j - 1 == 0 || !c.sameSentence(j - 2, j - 1)) && c.isPunct(loc.tokens.upperBound, ",")
                if inBody || fronted { return u }
            }
            j -= 1
        }
        return nil
    }

    /// The most specific unit of the places right before token `k` after a "tại" that opens its clause, nothing but places
    /// and commas between ("Sáng 2/9, tại xã Hòa Bắc, huyện Hòa Vang, thành phố Đà Nẵng, Chủ tịch ..."); nil when none.
    func frontedVenue(_ c: ExtractionContext, before k: Int) -> Int? {
        var j = k - 1
        var deepest: Int? = nil
        while j >= 1, c.sameSentence(j, k) {
            if c.isPunct(j, ",") { j -= 1; continue }
            guard let loc = index.ending(at: j + 1).filter({ $0.type == .location }).max(by: { $0.tokens.count < $1.tokens.count })
            else { break }
            if let u = places.sameNamedUnit(loc.attributes),
               deepest.map({ places.units[u].level.depth > places.units[$0].level.depth }) ?? true { deepest = u }
            j = loc.tokens.lowerBound - 1
            if c.isWord(j, "tại"), j == 0 || !c.sameSentence(j - 1, j) || c.isPunct(j - 1, ",") { return deepest }
        }
        return nil
    }

    /// The unit of the nearest "về phía <place>" before token `k` in its sentence: the side whose delegates a report
    /// lists ("Đến dự, về phía tỉnh Hà Giang có ...; về phía TP Hồ Chí Minh có ..."); or of a place fronted by "đối với"
    /// ("Đối với tỉnh Đồng Nai, Thủ tướng phê chuẩn ...").
    func sideUnit(_ c: ExtractionContext, before k: Int) -> Int? {
        var j = k - 2
        while j >= 0, c.sameSentence(j, k) {
            if c.isWord(j, "về"), c.isWord(j + 1, "phía"),
               let loc = index.starting(at: j + 2).first(where: { $0.type == .location }) {
                return places.sameNamedUnit(loc.attributes)
            }
            if c.isWord(j, "đối"), c.isWord(j + 1, "với"),
               let loc = index.starting(at: j + 2).first(where: { $0.type == .location }), c.isPunct(loc.tokens.upperBound, ",") {
                return places.sameNamedUnit(loc.attributes)
            }
            j -= 1
        }
        return nil
    }

    /// The unit a type word refers to: the chain's unit or the article's, or one of their ancestors.
    func unit(for typeWord: String, _ preferred: Int?) -> Int? {
        // (The type word's classes of units are looked up once, and each ancestor tested by one bit.)
        let classes = places.classes(typeKey: Normalizer.key(typeWord))
        for start in [preferred, article.unit, article.commune] {
            guard var k = start else { continue }
            while k >= 0 {
                if places.isCompatible(k, classes: classes) { return k }
                k = places.units[k].parent
            }
        }
        return nil
    }

    /// True when the organization names its place ("UBND tỉnh Đồng Tháp"), not only a type word ("UBND tỉnh").
    func hasNamedPlace(_ org: Candidate) -> Bool {
        let tokens = org.tokens
        // A country or region inside ("Ủy ban MTTQ Việt Nam tỉnh") does not place a local body.
        return index.starting(in: tokens).contains { l in
            guard l.type == .location else { return false }
            if tokens.contains(l.tokens.upperBound - 1) && places.sameNamedUnit(l.attributes) != nil { return true }
            let level = l.attributes["level"]?.stringValue ?? ""
            return l.rule != "location.typed-unit" && l.tokens.count > 1 && level != "country" && level != "region"
        }
    }

    /// True when the completer would place the organization in the article's unit: no place written with it, none
    /// named in its chain.
    func placedByArticle(_ c: ExtractionContext, _ org: Candidate, _ chain: [OfficialsBuilder.Group]) -> Bool {
        article.unit != nil && !chain.contains(where: { $0.organization.map(hasNamedPlace) == true })
    }

    /// The folded canonical head of an organization (its first words: "UBND" and "Ủy ban nhân dân" are one), or its first
    /// word when no listed head starts it.
    func headKey(_ c: ExtractionContext, _ org: Candidate) -> String? {
        guard let first = org.tokens.first else { return nil }
        // (The longest listed head first; words compared token by token, no phrase built.)
        for (words, canonical) in Self.headsByFirstWord[c.folded[first]] ?? [] where words.count <= min(org.tokens.count, 4)
            && words.indices.allSatisfy({ words[$0] == c.folded[first + $0] }) {
            return canonical
        }
        return c.folded[first]
    }

    /// ``headCanonicals`` by their first word, each head as its words, longest first.
    static let headsByFirstWord: [String: [(words: [String], canonical: String)]] = Dictionary(
        grouping: headCanonicals.map { (words: $0.key.split(ascii: " ").map(String.init), canonical: $0.value) }, by: { $0.words[0] }
    ).mapValues { $0.sorted { $0.words.count > $1.words.count } }

    static let headCanonicals: [String: String] = [
        "ubnd": "ủy ban nhân dân", "ủy ban nhân dân": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "hội đồng nhân dân": "hội đồng nhân dân",
        "ubmttq": "ủy ban mặt trận tổ quốc", "ủy ban mttq": "ủy ban mặt trận tổ quốc", "ủy ban mặt trận tổ quốc": "ủy ban mặt trận tổ quốc",
        "tỉnh ủy": "tỉnh ủy", "thành ủy": "thành ủy", "huyện ủy": "huyện ủy", "thị ủy": "thị ủy", "quận ủy": "quận ủy",
    ]

    func complete(_ c: ExtractionContext, _ org: Candidate, _ text: String, _ chainUnit: Int?) -> String {
        let tokens = org.tokens
        if hasNamedPlace(org) { return text }
        let folded = Normalizer.key(text)
        // "Tỉnh ủy", "Thị ủy": the party committee of the unit of that level.
        // (The place as the article writes it after that committee's name, when it does: "Thành ủy" -> "Thành ủy TP.HCM".)
        if let typeWord = Self.partyHeads[folded], let u = unit(for: typeWord, chainUnit) {
            return "\(text) \(writtenPlace(c, after: folded, unit: u) ?? places.units[u].name)"
        }
        // A body of a party committee: "Ban Dân vận Tỉnh ủy" -> "Ban Dân vận Tỉnh ủy Bình Định".
        if tokens.count >= 3, case let committee = c.folded[tokens.upperBound - 2] + " " + c.folded[tokens.upperBound - 1],
           let typeWord = Self.partyHeads[committee], let u = unit(for: typeWord, chainUnit) {
            return "\(text) \(writtenPlace(c, after: committee, unit: u) ?? places.units[u].name)"
        }
        // "Đảng ủy": the commune's or agency's committee, completed with the chain's commune.
        if folded == "đảng ủy", let u = chainUnit ?? article.commune, places.units[u].level == .commune {
            return "\(text) \(Self.typeName(places.units[u]))"
        }
        // A bare People's Council or Committee: the chain's unit, else the article's ("Chủ tịch HĐND và Chủ tịch UBND tỉnh X").
        if ["ubnd", "hđnd", "ủy ban nhân dân", "hội đồng nhân dân"].contains(folded), let u = chainUnit ?? article.unit {
            return "\(text) \(Self.typeName(places.units[u]))"
        }
        // Ends with a type word: "UBND tỉnh", "HĐND Thành phố", "Công an tỉnh".
        if let last = tokens.last, let (tw, _) = typeWords.typeWord(c, at: last), tw == tokens.upperBound,
           let u = unit(for: c.text(last..<tw), chainUnit) {
            return "\(text) \(places.units[u].name)"
        }
        if tokens.count >= 2, let (tw, _) = typeWords.typeWord(c, at: tokens.upperBound - 2), tw == tokens.upperBound,
           let u = unit(for: c.text((tokens.upperBound - 2)..<tw), chainUnit) {
            return "\(text) \(places.units[u].name)"
        }
        // A party body written alone is the body of its unit's party committee: "Chủ nhiệm Ủy ban Kiểm tra" -> "Ủy ban Kiểm tra
        // Tỉnh ủy Lai Châu" (the committee's place as the article writes it after that committee, when it does).
        if let body = partyBody(c, org), let u = chainUnit ?? article.province {
            let committee = partyCommittee(u)
            let head = committee.split(ascii: " ").prefix(2).joined(separator: " ")
            if Self.partyHeads[Normalizer.key(head)] != nil, let written = writtenPlace(c, after: Normalizer.key(head), unit: u) {
                return "\(body) \(head) \(written)"
            }
            return "\(body) \(committee)"
        }
        // A provincial department or committee with no place: "Sở Y tế" -> "Sở Y tế tỉnh Nghệ An"; never a
        // national body ("Ban Dân vận Trung ương", "Ban Chỉ đạo Quốc gia").
        let national = ["trung ương", "tw", "t.ư", "quốc gia", "việt nam", "chính phủ"].contains { folded.containsBytes($0) }
        if !national, org.rule != "organization.closed-set", Self.provincialHeads.contains(where: { folded.hasPrefixBytes($0) }),
           let p = chainUnit.flatMap({ places.ancestor($0, at: .province) }) ?? article.province {
            return "\(text) \(Self.typeName(places.units[p]))"
        }
        return text
    }

    /// The first place the document names right after the two words of `committee` ("thành ủy") that is unit `u`, as
    /// written ("Thành ủy TP.HCM" -> "TP.HCM"); nil when the committee is never written with that place.
    func writtenPlace(_ c: ExtractionContext, after committee: String, unit u: Int) -> String? {
        for loc in placesAfterCommittee[committee] ?? [] {
            guard let v = places.sameNamedUnit(loc.attributes),
                  places.units[v].name == places.units[u].name, places.units[v].level == places.units[u].level else { continue }
            return c.text(loc.tokens)
        }
        return nil
    }

    /// The text of an organization that is a party body's head alone ("Ủy ban Kiểm tra", "Ban Tuyên giáo và Dân vận": kind
    /// party_body in organizations/heads.tsv), nil for any other.
    func partyBody(_ c: ExtractionContext, _ org: Candidate) -> String? {
        let start = org.tokens.lowerBound
        guard let m = c.match(Lexicon.List.heads, at: start) ?? c.match(Lexicon.List.headAbbreviations, at: start), m.end == org.tokens.upperBound,
              let row = m.rows.first, (row["kind"] ?? "").split(ascii: "|").contains("party_body") else { return nil }
        return c.text(org.tokens)
    }

    /// "tỉnh Bình Phước", "phường An Lộc", "thành phố Hải Phòng".
    static func typeName(_ u: AdminUnit) -> String {
        let word = u.type.hasPrefix("thành phố") ? "thành phố" : u.type
        return "\(word) \(u.name)"
    }

    func partyCommittee(_ u: Int) -> String {
        let unit = places.units[u]
        switch unit.type {
        case "tỉnh": return "Tỉnh ủy \(unit.name)"
        case "quận": return "Quận ủy \(unit.name)"
        case "huyện": return "Huyện ủy \(unit.name)"
        case "thị xã": return "Thị ủy \(unit.name)"
        case let t where t.hasPrefix("thành phố"): return "Thành ủy \(unit.name)"
        default: return "Đảng ủy \(Self.typeName(unit))"
        }
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension AdminUnits {
    /// The unit a resolved place names (its `unit`), or the first of its candidates when they all bear one
    /// name at one level ("tỉnh Quảng Trị" with no date: the province before and after the 2025 merger),
    /// which is all a completed organization's name needs.
    func sameNamedUnit(_ attributes: [String: JSONValue]) -> Int? {
        if let key = attributes["unit"]?.stringValue { return index(key: key) }
        let candidates = candidateUnits(attributes)
        guard let first = candidates.first,
              candidates.allSatisfy({ units[$0].name == units[first].name && units[$0].level == units[first].level }) else { return nil }
        return first
    }

    /// The candidate units of an unresolved place.
    func candidateUnits(_ attributes: [String: JSONValue]) -> [Int] {
        (attributes["candidate_keys"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(index(key:)) }
    }

    /// True when units all lie in provinces of one name.
    func inOneProvince(_ candidates: [Int]) -> Bool {
        Set(candidates.compactMap { provinceIndex(of: $0).map { units[$0].name } }).count == 1
    }
}

extension AdminUnit.Level {
    var depth: Int {
        switch self {
        case .province: 0
        case .district: 1
        case .commune: 2
        }
    }
}
