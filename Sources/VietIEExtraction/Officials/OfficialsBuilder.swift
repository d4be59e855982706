import VietIECore
import VietIEGazetteer
import VietIEText

/// Officials: each named person with the titles attached to them, before the name ("Phó Bí thư Tỉnh
/// ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền") or after it ("Nguyễn Anh Đức – UVBTV, Phó Chủ tịch UBND thị
/// xã"), each title with its organization completed from context (``OrganizationCompleter``).
/// Mentions of one person are merged: repeated full names, and a given name used alone after an
/// honorific ("đồng chí Đức"); two people who only share a given name are never merged.
struct OfficialsBuilder {
    let completer: OrganizationCompleter

    struct Chain {
        var items: [Candidate]
    }

    func build(_ c: ExtractionContext, _ index: SpanIndex) -> [Official] {
        let persons = index.items.filter { $0.type == .person }
        // Person clusters: key = folded full name.
        var clusterOf: [Int: String] = [:]
        var fullNames: [String: String] = [:]
        var order: [String] = []
        // Full names by their last syllable (the given name).
        var byGivenName: [String: [String]] = [:]
        // The full names kept as a headline in capitals writes them.
        var inCapitals: Set<String> = []
        for (k, p) in persons.enumerated() {
            let key = p.tokens.map { c.folded[$0] }.joined(separator: " ")
            if p.tokens.count >= 2 {
                clusterOf[k] = key
                if fullNames[key] == nil {
                    fullNames[key] = c.text(p.tokens)
                    if p.tokens.allSatisfy({ c.isAllCaps($0) || c.characterCount($0) == 1 && c.isCapitalized($0) }) { inCapitals.insert(key) }
                    order.append(key)
                    byGivenName[c.folded[p.tokens.upperBound - 1], default: []].append(key)
                } else if c.isAllCaps(p.tokens.lowerBound) == false, inCapitals.contains(key) {
                    // The name as the text writes it in mixed case, not as a headline in capitals does.
                    fullNames[key] = c.text(p.tokens)
                    inCapitals.remove(key)
                }
            } else if let matches = byGivenName[key], matches.count == 1 {
                // A given name alone: the one earlier full name ending with it, if exactly one.
                clusterOf[k] = matches[0]
            }
        }
        var held: [String: [Held]] = [:]
        var mentions: [String: [Span]] = [:]
        // The first tokens of the titles given to a named person.
        var attached = [Bool](repeating: false, count: c.count + 1)
        // The offices a list of names shares ("các Phó Chủ tịch HĐND tỉnh A, B"), from its previous name.
        // (`heading` when they are a list heading's, before the items' own titles.)
        var shared: (end: Int, groups: [Group], heading: Bool)? = nil
        for (k, p) in persons.enumerated() {
            guard let key = clusterOf[k] else { continue }
            mentions[key, default: []].append(c.span(p.tokens))
            var groups = chainBefore(c, p.tokens.lowerBound, index)
            let titledBefore = !groups.isEmpty
            let plural = !groups.isEmpty && pluralBefore(c, groups[0].title.tokens.lowerBound)
            if groups.isEmpty, let s = shared, listContinues(c, from: s.end, to: p.tokens.lowerBound, index) { groups = s.groups }
            let headingBefore = pluralHeading(c, before: p.tokens.lowerBound, index)
            if groups.isEmpty, let g = headingBefore { groups = g }
            // A list's heading before the items' own titles: "Cùng dự có các Ủy viên Ban Thường vụ Thành ủy: Phó Chủ tịch Thường
            // trực UBND TP Hà Nội Lê Hồng Sơn, Trung tướng Nguyễn Thanh Tùng - Giám đốc Công an TP Hà Nội".
            var listHeading: [Group]? = nil
            if !plural, let first = groups.first?.title.tokens.lowerBound {
                if let g = pluralHeading(c, before: first, index) { listHeading = g }
                else if let s = shared, s.heading, listContinues(c, from: s.end, to: first, index) { listHeading = s.groups }
                if let h = listHeading { groups = h + groups }
            }
            // "giữ chức Phó chủ tịch UBND tỉnh ... là đồng chí A - ... và đồng chí B - ...": the office of every name listed.
            let nominated = groups.isEmpty ? officeBeforeLa(c, p.tokens.lowerBound, index) : []
            if !nominated.isEmpty { groups = nominated }
            // What the next name of a list may share: the offices before this name, not its own appositive.
            var heading = groups
            let appositive = chainAfter(c, p.tokens.upperBound, index, titledBefore: titledBefore)
            // A list's office written with no body takes the body of the first item's own office of that name: "8 phó chủ tịch
            // chuyên trách gồm: bà A (Phó chủ tịch Thường trực Ủy ban MTTQ Việt Nam TP.HCM), ông B, ông C".
            if headingBefore != nil || plural {
                for gi in heading.indices where heading[gi].organization == nil {
                    let words = heading[gi].title.tokens.prefix(3).map { c.folded[$0] }
                    if let own = appositive.first(where: { g in
                        g.organization != nil && g.title.tokens.count >= words.count
                            && zip(g.title.tokens.prefix(words.count), words).allSatisfy { c.folded[$0.0] == $0.1 }
                    }) {
                        heading[gi].organization = own.organization
                        heading[gi].parent = own.parent
                    }
                }
            }
            // "miễn nhiệm Chủ tịch UBND tỉnh ... đối với ông A, nguyên Phó Bí thư Tỉnh ủy": the office left, then A's own.
            var decided: [Group] = []
            if groups.isEmpty, !appositive.isEmpty { decided = officeBeforeDoiVoi(c, p.tokens.lowerBound, index); groups = decided }
            // A list's shared office gives way to the person's own more specific one: "Các phó bí thư gồm: Ông A, Phó Bí
            // thư Thường trực Tỉnh ủy, ..." is A's "Phó Bí thư Thường trực" only.
            if !appositive.isEmpty, !groups.isEmpty {
                func key(_ g: Group) -> String { g.title.tokens.map { c.folded[$0] }.joined(separator: " ") }
                let own = appositive.map(key)
                groups.removeAll { g in
                    let shared = key(g)
                    return own.contains { $0 != shared && $0.hasPrefixBytes(shared + " ") }
                }
            }
            groups += appositive
            // "Phó Chủ tịch UBND tỉnh A kiêm Trưởng ban Chỉ đạo ...": a link right after the name adds its office.
            if !groups.isEmpty, appositive.isEmpty { groups += linkedChain(c, after: p.tokens.upperBound, index) }
            if groups.isEmpty { groups = linkedChain(c, after: p.tokens.upperBound, index) }
            if groups.isEmpty {
                groups = officeBeforeDoiVoi(c, p.tokens.lowerBound, index)
                // "miễn nhiệm chức vụ Chủ tịch UBND TP Cần Thơ đối với ông A (do đã được Bộ Chính trị chỉ định giữ chức
                // Bí thư Tỉnh ủy Vĩnh Long)": the office left and the one taken.
                if !groups.isEmpty { groups += officeFurtherOn(c, from: p.tokens.upperBound, index) }
            }
            if groups.isEmpty { groups = respectiveOffice(c, of: k, persons, index) }
            else if !appositive.isEmpty {
                let linked = linkedAfterAppositive(c, appositive, index)
                // "... đồng chí A, Bí thư Tỉnh ủy Kiên Giang tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Thành ủy
                // Cần Thơ": the office a "giữ chức" further on names.
                if linked.isEmpty, let end = appositive.map({ $0.end }).max() {
                    groups += officeFurtherOn(c, from: end, index)
                } else {
                    groups += linked
                }
            }
            // (A decision's office is shared by the names listed after "đối với": "bầu bổ sung Ủy viên UBND tỉnh ... đối với
            // ông A, Giám đốc Sở GTVT ... và ông B, Giám đốc Sở Nội vụ".)
            shared = plural || !nominated.isEmpty || !groups.isEmpty && shared.map({ listContinues(c, from: $0.end, to: p.tokens.lowerBound, index) }) == true
                || headingBefore != nil ? (p.tokens.upperBound, heading, false)
                : !decided.isEmpty ? (p.tokens.upperBound, decided, false) : nil
            if let h = listHeading { shared = (p.tokens.upperBound, h, true) }
            // "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh": a title with no body of its own
            // shares the body of the next title of the same kind.
            for gi in groups.indices.reversed() where groups[gi].organization == nil && gi + 1 < groups.count {
                if let next = groups[gi + 1].organization, completer.sharesBody(c, groups[gi].title, groups[gi + 1].title) {
                    groups[gi].organization = next
                    groups[gi].parent = groups[gi + 1].parent
                }
            }
            hold(groups, for: key)
        }
        // "Ông giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đắk Nông": a pronoun subject of a link takes the offices for the
        // person named just before.
        for k in 0..<c.count where c.isWord(k, "ông") || c.isWord(k, "bà") {
            guard k == 0 || !c.sameSentence(k - 1, k) || c.isPunct(k - 1, ","), !index.hasItem(ofType: .person, startingAt: k + 1),
                  let antecedent = referent(c, ofPronounAt: k, persons), let key = clusterOf[antecedent] else { continue }
            let groups = linkedChain(c, after: k + 1, index)
            if !groups.isEmpty { hold(groups, for: key) }
        }
        // "Tân Bí thư Tỉnh ủy Ninh Bình từng đảm nhiệm các chức vụ ...": an office with no name opening a sentence is the
        // subject of a link; the offices it links are those of the one person of the article who holds that office.
        for sentence in c.analyzed.sentences {
            var k = sentence.tokens.lowerBound
            if let e = Self.outsideModifier(c, at: k) { k = e }
            guard index.hasItem(ofType: .title, startingAt: k), !index.hasItem(ofType: .person, startingAt: sentence.tokens.lowerBound) else { continue }
            let subject = officeWithoutName(c, at: k, index)
            guard let first = subject.first, let end = subject.map({ $0.end }).max() else { continue }
            let linked = linkedChain(c, after: end, index)
            guard !linked.isEmpty else { continue }
            if let holder = holder(of: [first], chain: subject) { hold(linked, for: holder) }
        }
        // The one person who holds every office of `groups` (compared by their keys, completed in `chain`), if exactly one.
        func holder(of groups: [Group], chain: [Group]) -> String? {
            let offices = groups.map { g in
                let office = completer.position(c, title: g.title, organization: g.organization, chain: chain)
                return (title: Normalizer.key(office.title), org: office.organization.map { completer.comparisonKey($0) })
            }
            let holders = order.filter { key in
                offices.allSatisfy { o in held[key]?.contains { $0.titleKey == o.title && $0.orgKey == o.org } == true }
            }
            return holders.count == 1 ? holders[0] : nil
        }
        // "Phát biểu kết luận, đồng chí Bí thư Thành ủy đề nghị ...": an office written without a name refers to the one
        // person of the article who holds it; its span is a reference of that official. (Not a list's plural office, "các
        // Phó Chủ tịch"; not a former one, "nguyên Chủ tịch", "Chủ tịch UBND tỉnh cũ"; not the office itself, "đắc cử vào chức
        // vụ Bí thư Tỉnh ủy" (`office_noun` words); not a title inside a name, "Văn phòng Chủ tịch nước"; not an office a
        // name is given or already has.)
        var references: [String: [Span]] = [:]
        var insideOrganization = [Bool](repeating: false, count: c.count + 1)
        var inNonPerson = [Bool](repeating: false, count: c.count + 1)
        for o in index.items where o.type != .person {
            for t in o.tokens { inNonPerson[t] = true }
            if o.type == .organization { for t in o.tokens.dropFirst() { insideOrganization[t] = true } }
        }
        var next = 0
        for t in index.items where t.type == .title && t.tokens.lowerBound >= next {
            let k = t.tokens.lowerBound
            guard !attached[k], !insideOrganization[k], !pluralBefore(c, k), Self.outsideModifier(c, endingAt: k) == nil,
                  !c.isWord(k - 1, of: .officeNoun), !(c.isWord(k - 1, "vụ") && c.isWord(k - 2, "chức")),
                  !(c.isWord(k - 1, "vị") && c.isWord(k - 2, "cương")) else { continue }
            let groups = officeWithoutName(c, at: k, index)
            guard let end = groups.map({ $0.end }).max() else { continue }
            next = end
            // (Nor an appositive of a name not recognized as one: "BÀ HUỲNH THỊ DIỄM NGỌC - PHÓ CHỦ TỊCH UBND TỈNH".)
            if k >= 2, c.isPunct(k - 1, "-") || c.isPunct(k - 1, ","), c.kind(k - 2) == .word, c.isCapitalized(k - 2),
               !inNonPerson[k - 2] { continue }
            if groups.allSatisfy({ !attached[$0.title.tokens.lowerBound] }), !index.hasItem(ofType: .person, startingAt: end),
               !c.isWord(end, "cũ"),
               c.match(Lexicon.List.honorifics, at: end).map({ index.hasItem(ofType: .person, startingAt: $0.end) }) != true,
               let holder = holder(of: groups, chain: groups) {
                references[holder, default: []].append(c.span(k..<end))
            }
        }
        func hold(_ groups: [Group], for key: String) {
            for g in groups {
                attached[g.title.tokens.lowerBound] = true
                var position = completer.position(c, title: g.title, organization: g.organization, chain: groups)
                if let parent = g.parent, let org = position.organization {
                    let name = c.text(parent.tokens)
                    if !Normalizer.key(org).contains(Normalizer.key(name)) { position.organization = org + " " + name }
                }
                let titleKey = Normalizer.key(position.title), orgKey = position.organization.map { completer.comparisonKey($0) }
                // One office written twice (a list's heading, the person's own title): kept once, as capitalized if it is so.
                if let same = held[key]?.firstIndex(where: { $0.titleKey == titleKey && $0.orgKey == orgKey }) {
                    if held[key]![same].position.title.first?.isLowercase == true, position.title.first?.isUppercase == true {
                        held[key]![same].position.title = position.title
                    }
                    continue
                }
                held[key, default: []].append(Held(position: position, titleKey: titleKey, orgKey: orgKey,
                                                   placedByArticle: g.organization.map { completer.placedByArticle(c, $0, groups) } ?? false,
                                                   head: g.organization.flatMap { completer.headKey(c, $0) }))
            }
        }
        return order.compactMap { key in
            guard var hs = held[key], !hs.isEmpty else { return nil }
            // "Chủ tịch UBND tỉnh Trần Trí Quang" in a headline, "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp" in the text:
            // the office written with its place replaces the one placed by the article's other places.
            if hs.count >= 2, hs.contains(where: \.placedByArticle) {
                hs = hs.filter { h in
                    guard h.placedByArticle, let head = h.head else { return true }
                    return !hs.contains { !$0.placedByArticle && $0.head == head && $0.titleKey == h.titleKey }
                }
            }
            // One office written short and in full ("Đại sứ quán Mông Cổ", "Đại sứ quán Mông Cổ tại Việt Nam"): the full one.
            if hs.count >= 2 {
                hs = hs.filter { h in
                    guard let org = h.orgKey else { return true }
                    return !hs.contains { $0.titleKey == h.titleKey && ($0.orgKey?.hasPrefixBytes(org + " ") ?? false) }
                }
            }
            return Official(name: fullNames[key]!, positions: hs.map(\.position), mentions: mentions[key] ?? [],
                            references: references[key] ?? [])
        }
    }

    /// The titles with their bodies of an office written without a name, from token `k` (the first title), "," between
    /// them: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh".
    func officeWithoutName(_ c: ExtractionContext, at k: Int, _ index: SpanIndex) -> [Group] {
        var subject: [Group] = []
        var j = k
        while j < c.count, c.sameSentence(j, k), let t = index.starting(at: j).first(where: { $0.type == .title }) {
            var g = Group(title: t, organization: nil)
            j = t.tokens.upperBound
            if let o = index.starting(at: j).filter({ $0.type == .organization || $0.type == .location }).max(by: { $0.tokens.count < $1.tokens.count }) {
                g.organization = o
                j = o.tokens.upperBound
            }
            subject.append(g)
            guard c.isPunct(j, ","), index.hasItem(ofType: .title, startingAt: j + 1) else { break }
            j += 1
        }
        return subject
    }

    /// A position held by a person, with its comparison keys; `placedByArticle` when the completer placed its organization
    /// in the article's unit (no place written with it or in its chain), to give way to the same office written with its
    /// place (compared by the organization's `head`).
    struct Held {
        var position: Position
        var titleKey: String
        var orgKey: String?
        var placedByArticle: Bool
        var head: String?
    }

    /// The end of a title modifier written outside the title ("nguyên", "tân", "cố": titles/modifiers.tsv,
    /// `outside_before`) that starts at `k`.
    static func outsideModifier(_ c: ExtractionContext, at k: Int) -> Int? {
        guard let m = c.match(Lexicon.List.titleModifiers, at: k), m.rows.first?["position"] == "outside_before" else { return nil }
        return m.end
    }

    /// The start of such a modifier that ends right before token `end`.
    static func outsideModifier(_ c: ExtractionContext, endingAt end: Int) -> Int? {
        (max(0, end - 2)..<end).first { outsideModifier(c, at: $0) == end }
    }

    /// True when "các" or "những" stands right before a title: the title names several people.
    func pluralBefore(_ c: ExtractionContext, _ title: Int) -> Bool {
        // "các nguyên Chủ tịch Quốc hội A, B, C": a former office is counted the same way.
        var k = title
        if let m = Self.outsideModifier(c, endingAt: title) { k = m }
        // "các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: A, ...; B, ...".
        if c.isWord(k - 1, "là") { k -= 1 }
        // "các đồng chí Phó Chủ tịch UBND tỉnh": an honorific may stand between (the list has "các đồng chí" itself).
        if let h = c.honorificStart(endingAt: k) { k = h }
        // "các", "những", or a count: "hai Phó Chủ tịch HĐND là bà A và ông B", "5 Phó Chủ tịch UBND tỉnh, gồm: ...".
        if c.isWord(k - 1, "các") || c.isWord(k - 1, "những") || c.isWord(k, "các") || c.isWord(k, "những") { return true }
        // Or a count of people before the link to the office: "chỉ định 6 cán bộ giữ chức vụ Phó Chủ tịch UBND tỉnh".
        if let link = (max(0, k - 6)..<k).first(where: { c.match(Lexicon.List.positionLinks, at: $0)?.end == k }) {
            let noun = c.isWord(link - 2, "cán") && c.isWord(link - 1, "bộ") || c.isWord(link - 2, "đồng") && c.isWord(link - 1, "chí") ? link - 2
                : c.isWord(link - 1, "người") ? link - 1 : nil
            if let noun, Self.counts(c, endingAt: noun) { return true }
        }
        return Self.counts(c, endingAt: k)
    }

    /// True for a count of two or more that ends right before token `j`: "5", "hai" (cues/number_words.tsv).
    static func counts(_ c: ExtractionContext, endingAt j: Int) -> Bool {
        if c.kind(j - 1) == .number, let n = NumberValue.parse(c.cased[j - 1]), (2...99).contains(n) { return true }
        guard let w = c.match(Lexicon.List.numberWords, at: j - 1), w.end == j, let row = w.rows.first, row["kind"] == "digit",
              let n = row["value"].flatMap(Int.init) else { return false }
        return n >= 2
    }

    /// True when only list punctuation, "và" and honorifics stand between the end of one name and the next.
    func listContinues(_ c: ExtractionContext, from end: Int, to start: Int, _ index: SpanIndex) -> Bool {
        // (Items may stand on lines of their own, each but the last ending with ";".)
        guard start > end, (end..<start).allSatisfy({ c.sameSentence($0 - 1, $0) || c.isPunct($0 - 1, ";") }) else { return false }
        var k = end
        while k < start {
            if c.isPunct(k, ",") || c.isWord(k, "và") || c.isPunct(k, ";") || c.isPunct(k, "-") { k += 1; continue }
            // A term of office after a title: "Ủy viên Ban Thường vụ Thành ủy nhiệm kỳ 2020 - 2025, ...".
            if let e = Self.termEnd(c, at: k), e <= start { k = e; continue }
            // The previous name's own titles: "các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: A, Trưởng Ban Tuyên giáo Tỉnh
            // ủy; B, ...".
            // (An organization may start inside the title before it: "Trưởng Ban" + "Ban Tuyên giáo Tỉnh ủy".)
            func reach(_ from: Int) -> Int? {
                index.starting(in: from..<(from + 1)).filter { [.title, .organization, .location].contains($0.type) && $0.tokens.upperBound <= start }
                    .map(\.tokens.upperBound).max()
            }
            if var e = reach(k) {
                while let inner = index.starting(in: (k + 1)..<e).filter({ $0.type == .organization && $0.tokens.upperBound <= start })
                        .map(\.tokens.upperBound).max(), inner > e { e = inner }
                k = e
                continue
            }
            if let h = c.match(Lexicon.List.honorifics, at: k), h.end <= start { k = h.end; continue }
            // The person's own titles in parentheses: "A (Phó bí thư Thường trực Tỉnh ủy), B (Chủ tịch HĐND tỉnh)".
            if c.isPunct(k, "("), let close = (k + 1..<min(start, k + 16)).first(where: { c.isPunct($0, ")") }) { k = close + 1; continue }
            return false
        }
        return true
    }

    /// "Các Phó Chủ tịch UBND tỉnh Kiên Giang trong nhiệm kỳ này, gồm ông A, B và C": a plural title chain
    /// earlier in the sentence, announced by "gồm" or "là" before the first name.
    func pluralHeading(_ c: ExtractionContext, before start: Int, _ index: SpanIndex) -> [Group]? {
        var k = start - 1
        if let h = c.honorificStart(endingAt: start) { k = h - 1 }
        // An item on a line of its own, after other such items ("gồm:⏎ Ông A, ....⏎ Ông B, ..."): back to the heading's colon.
        if k >= 0, c.breakBefore(k + 1), !c.isPunct(k, ":") {
            // (An item is a name with its titles after it, "Ông A, Giám đốc Sở Y tế."; "Ông C phát biểu ..." ends the list.)
            func isItem(_ line: Int) -> Bool {
                let q = c.match(Lexicon.List.honorifics, at: line)?.end ?? line
                guard let p = index.starting(at: q).first(where: { $0.type == .person }) else { return false }
                let e = p.tokens.upperBound
                return c.isPunct(e, ",") || c.isPunct(e, "-") || c.isPunct(e, "(") || c.isPunct(e, ";")
            }
            guard isItem(k + 1) else { return nil }
            var line = k + 1
            for _ in 0..<12 {
                var previous = line - 1
                while previous > 0, !c.breakBefore(previous) { previous -= 1 }
                guard isItem(previous) else { return nil }
                if c.isPunct(previous - 1, ":") { k = previous - 1; break }
                line = previous
            }
            guard c.isPunct(k, ":") else { return nil }
        }
        if c.isPunct(k, ":") {
            // "các đồng chí Phó Chủ tịch UBND tỉnh: A, B": a plural title chain right before the colon.
            let groups = chainBefore(c, k, index)
            if let first = groups.first, pluralBefore(c, first.title.tokens.lowerBound) { return groups }
            k -= 1
        }
        // "gồm các ông: A, B": the honorific of the whole list before the colon.
        if let h = c.honorificStart(endingAt: k + 1) {
            k = h - 1
            if c.isWord(k, "các") { k -= 1 }
        }
        // ("gồm có: A, B".)
        if c.isWord(k, "có"), c.isWord(k - 1, "gồm") { k -= 1 }
        guard c.isWord(k, "gồm") || c.isWord(k, "là") else { return nil }
        var j = k - 1
        while j >= 0 && k - j < 20 && c.sameSentence(j, k) {
            if let t = index.starting(at: j).first(where: { $0.type == .title }), pluralBefore(c, j) {
                // The chain that starts with this title: its items up to the first gap.
                var e = t.tokens.upperBound
                while let next = index.starting(at: e).filter(Self.isChainable).max(by: { $0.tokens.count < $1.tokens.count }) { e = next.tokens.upperBound }
                let groups = chainBefore(c, e, index)
                return groups.isEmpty ? nil : groups
            }
            j -= 1
        }
        return nil
    }

    /// "Ông Trần Đức Quận đã được đắc cử vào chức vụ Bí thư Tỉnh ủy": a link phrase (cues/position_links.tsv)
    /// after the name, perhaps after other names of its list ("Ông A và ông B được bầu giữ chức vụ ..."),
    /// then the title chain.
    func linkedChain(_ c: ExtractionContext, after end: Int, _ index: SpanIndex) -> [Group] {
        var k = end
        // Over the rest of a list of names, and an aside in parentheses after a name that names no office ("bà A (với tỷ lệ
        // phiếu bầu đạt 98,18%) và bà B (...) giữ chức ...").
        while k < c.count, c.sameSentence(k, end - 1) {
            if c.isPunct(k, ",") || c.isWord(k, "và") { k += 1; continue }
            if let h = c.match(Lexicon.List.honorifics, at: k) { k = h.end; continue }
            if let p = index.starting(at: k).first(where: { $0.type == .person }) { k = p.tokens.upperBound; continue }
            if c.isPunct(k, "("), let close = (k + 1..<min(c.count, k + 16)).first(where: { c.isPunct($0, ")") }),
               c.sameSentence(close, k), !(k + 1..<close).contains(where: { index.hasItem(ofType: .title, startingAt: $0) }) {
                k = close + 1
                continue
            }
            break
        }
        while c.isWord(k, of: .linkAdverb) { k += 1 }
        // (Who decided may stand between "được" and the link: "ông A được Bộ Chính trị điều động giữ chức", "vừa được Thủ
        // tướng phê chuẩn kết quả bầu giữ chức".)
        var linkAt = k
        if c.isWord(k, "được") {
            var a = k + 1
            while a - k < 8, let end = index.starting(at: a).filter({ [.organization, .title, .person].contains($0.type) }).map(\.tokens.upperBound).max() {
                a = end
            }
            if a > k + 1, let link = c.match(Lexicon.List.positionLinks, at: a), link.end - a >= 2 { linkAt = a }
        }
        if c.sameSentence(linkAt, end - 1), let start = linkedTitle(c, at: linkAt, index) {
            // chainAfter reads a chain after "-", "," or "("; here the link stands in their place.
            return chainAfter(c, start - 1, index, linked: true, career: isCareerLink(c, at: linkAt))
        }
        return subjectTakesOffice(c, after: end, index)
    }

    /// True when the link phrase at `k` introduces a career, a list of offices (`career` in cues/position_links.tsv: "giữ
    /// các chức vụ", "kinh qua các vị trí như"; or any phrase after "từng"): its offices may run on past ";".
    func isCareerLink(_ c: ExtractionContext, at k: Int) -> Bool {
        guard let link = c.match(Lexicon.List.positionLinks, at: k) else { return false }
        return link.rows.contains { $0["career"] == "yes" } || c.isWord(k - 1, of: .careerAdverb)
    }

    /// Where the title a link phrase at `k` (cues/position_links.tsv) introduces starts: right after it, or after a colon
    /// ("từng giữ các chức vụ: Phó chính ủy, ..."); nil when no title follows.
    func linkedTitle(_ c: ExtractionContext, at k: Int, _ index: SpanIndex) -> Int? {
        guard let link = c.match(Lexicon.List.positionLinks, at: k) else { return nil }
        let start = c.isPunct(link.end, ":") ? link.end + 1 : link.end
        return index.hasItem(ofType: .title, startingAt: start) ? start : nil
    }

    /// The person a pronoun subject at `k` ("Ông", "bà") refers to: the last full name before it within the three sentences
    /// before, unless that name was introduced with the other pronoun ("Bà" never refers back to "ông A").
    func referent(_ c: ExtractionContext, ofPronounAt k: Int, _ persons: [Candidate]) -> Int? {
        // (The names before it by binary search, persons being in text order; then back over names of one word.)
        var lo = 0, hi = persons.count
        while lo < hi { let mid = (lo + hi) / 2; if persons[mid].tokens.upperBound <= k { lo = mid + 1 } else { hi = mid } }
        var at = lo - 1
        while at >= 0, persons[at].tokens.count < 2, c.sentenceOf[k] - c.sentenceOf[persons[at].tokens.lowerBound] <= 3 { at -= 1 }
        guard at >= 0, persons[at].tokens.count >= 2, c.sentenceOf[k] - c.sentenceOf[persons[at].tokens.lowerBound] <= 3 else { return nil }
        let before = persons[at].tokens.lowerBound - 1
        if c.isWord(k, "ông") ? c.isWord(before, "bà") : c.isWord(before, "ông") { return nil }
        return at
    }

    /// The office a name takes in turn ("lần lượt") from a list of offices after a list of names: "bà Đặng Tuyết Em và ông
    /// Phạm Vũ Hồng lần lượt trúng cử lại chức danh Chủ tịch HĐND và Chủ tịch UBND tỉnh Kiên Giang" gives the first name
    /// the first office, the second the second; nothing when the counts differ.
    func respectiveOffice(_ c: ExtractionContext, of at: Int, _ persons: [Candidate], _ index: SpanIndex) -> [Group] {
        // The list of names the person at `at` is in, and "lần lượt" right after it.
        var first = at, last = at
        func joined(_ a: Candidate, _ b: Candidate) -> Bool {
            var k = a.tokens.upperBound
            guard b.tokens.lowerBound > k, c.sameSentence(k - 1, b.tokens.lowerBound) else { return false }
            while k < b.tokens.lowerBound {
                if c.isPunct(k, ",") || c.isWord(k, "và") { k += 1; continue }
                if let h = c.match(Lexicon.List.honorifics, at: k), h.end <= b.tokens.lowerBound { k = h.end; continue }
                return false
            }
            return true
        }
        while first > 0, joined(persons[first - 1], persons[first]) { first -= 1 }
        while last + 1 < persons.count, joined(persons[last], persons[last + 1]) { last += 1 }
        guard last > first else { return [] }
        let end = persons[last].tokens.upperBound
        guard let turn = (end..<min(c.count, end + 3)).first(where: { c.isWord($0, "lượt") && c.isWord($0 - 1, "lần") }) else { return [] }
        // The first title within a few words ("trúng cử lại chức danh", "được bầu giữ chức"), then titles joined by "và" or ",".
        guard var k = (turn + 1..<min(c.count, turn + 10)).first(where: { index.hasItem(ofType: .title, startingAt: $0) && c.sameSentence($0, turn) })
        else { return [] }
        var offices: [[Group]] = []
        while k < c.count, c.sameSentence(k, turn) {
            let chain = chainAfter(c, k - 1, index, linked: true)
            guard let g = chain.first else { break }
            offices.append([g])
            k = g.end
            guard c.isWord(k, "và") || c.isPunct(k, ","), index.hasItem(ofType: .title, startingAt: k + 1) else { break }
            k += 1
        }
        guard offices.count == last - first + 1 else { return [] }
        return offices[at - first]
    }

    /// The office a decision names before "đối với" + the person: "miễn nhiệm chức vụ Chủ tịch UBND tỉnh và cho thôi làm
    /// nhiệm vụ đại biểu HĐND tỉnh đối với ông Nguyễn Văn Út" (the titles right after "chức vụ", in the same sentence).
    func officeBeforeDoiVoi(_ c: ExtractionContext, _ start: Int, _ index: SpanIndex) -> [Group] {
        var k = start
        if let h = c.honorificStart(endingAt: k) { k = h }
        // ("bầu bổ sung chức danh Phó Chủ tịch UBND thành phố với ông A": "với" alone after an office named as such.)
        let doiVoi = k >= 2 && c.isWord(k - 2, "đối") && c.isWord(k - 1, "với")
        guard doiVoi || k >= 1 && c.isWord(k - 1, "với") else { return [] }
        var j = k - (doiVoi ? 3 : 2)
        while j > 0, k - j < 30, c.sameSentence(j, k) {
            if index.hasItem(ofType: .person, startingAt: j) { return [] }
            if c.isWord(j, "chức"), c.isWord(j + 1, "vụ") || c.isWord(j + 1, "danh"), index.hasItem(ofType: .title, startingAt: j + 2) {
                return chainAfter(c, j + 1, index, linked: true)
            }
            // "bầu bổ sung Ủy viên UBND tỉnh Kiên Giang nhiệm kỳ 2016-2021, đối với ông A", "Bầu 1 ủy viên UBND tỉnh ... đối với".
            if doiVoi, c.isWord(j, "bầu") {
                var t = j + 1
                if c.isWord(t, "bổ"), c.isWord(t + 1, "sung") { t += 2 }
                if c.kind(t) == .number { t += 1 }
                if index.hasItem(ofType: .title, startingAt: t) { return chainAfter(c, t - 1, index, linked: true) }
            }
            // "miễn nhiệm Chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2021-2026 đối với ông Trần Quốc Nam".
            // (Or "với" alone: "miễn nhiệm Chủ tịch UBND tỉnh Hưng Yên nhiệm kỳ 2021 - 2026 với ông Nguyễn Khắc Thận".)
            if c.isWord(j, "miễn") || c.isWord(j, "bãi"), c.isWord(j + 1, "nhiệm"), index.hasItem(ofType: .title, startingAt: j + 2) {
                return chainAfter(c, j + 1, index, linked: true)
            }
            // An item of a decision's list: "phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh Hậu Giang khóa X đối với ông A kể từ ngày
            // 22/6/2021; Chủ tịch HĐND tỉnh Điện Biên khóa XV đối với ông B ...".
            if doiVoi, c.isPunct(j, ";") || c.isPunct(j, ":"), index.hasItem(ofType: .title, startingAt: j + 1),
               (c.sentenceStart(j)..<j).contains(where: { d in
                   (c.isWord(d, "bầu") || c.isWord(d, "chuẩn") || c.isWord(d, "nhiệm") && (c.isWord(d - 1, "bổ") || c.isWord(d - 1, "miễn")))
               }) {
                return chainAfter(c, j, index, linked: true)
            }
            j -= 1
        }
        return []
    }

    /// The office a nomination names before "là" + the person: "Nhân sự được giới thiệu bầu giữ chức Phó chủ tịch HĐND tỉnh
    /// Thái Bình khóa XVI, nhiệm kỳ 2016 – 2021 là đồng chí Đặng Thanh Giang" (a link phrase, then the titles; no name between).
    func officeBeforeLa(_ c: ExtractionContext, _ start: Int, _ index: SpanIndex) -> [Group] {
        var k = start
        if let h = c.honorificStart(endingAt: k) { k = h }
        guard k >= 1, c.isWord(k - 1, "là") else { return [] }
        // The office that opens the sentence as its subject: "Chủ tịch UBND tỉnh Tuyên Quang được chỉ định là ông Phan Huy
        // Ngọc", "Tân Bí thư Tỉnh ủy là đồng chí A" (at most "được" and two lower-case words between).
        var s = c.sentenceStart(k)
        if let e = Self.outsideModifier(c, at: s) { s = e }
        if s < k - 1, index.hasItem(ofType: .title, startingAt: s) {
            let subject = officeWithoutName(c, at: s, index)
            if let end = subject.map({ $0.end }).max(), end <= k - 1,
               end == k - 1 || c.isWord(end, "được") && k - 1 - end <= 3
                   && (end..<(k - 1)).allSatisfy({ c.kind($0) == .word && !c.isCapitalized($0) }) {
                return subject
            }
        }
        var j = k - 2
        while j > 0, k - j < 30, c.sameSentence(j, k) {
            if index.hasItem(ofType: .person, startingAt: j) { return [] }
            if c.isWord(j, "chức") || c.isWord(j, "giữ"), let link = c.match(Lexicon.List.positionLinks, at: j),
               index.hasItem(ofType: .title, startingAt: link.end) {
                return chainAfter(c, link.end - 1, index, linked: true)
            }
            j -= 1
        }
        return []
    }

    /// The sentence's subject takes the office a "giữ chức" further on names: "Ông Út được điều động tham gia Ban Chấp
    /// hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Đồng Nai" (the name opens its sentence; no other name between).
    func subjectTakesOffice(_ c: ExtractionContext, after end: Int, _ index: SpanIndex) -> [Group] {
        guard let person = index.ending(at: end).first(where: { $0.type == .person }) else { return [] }
        var start = person.tokens.lowerBound
        if let h = c.honorificStart(endingAt: start) { start = h }
        guard start == 0 || !c.sameSentence(start - 1, start) else { return [] }
        return officeFurtherOn(c, from: end, index)
    }

    /// The office a "giữ chức" link names within the next twenty tokens of the sentence from `end`, with no other name
    /// between.
    func officeFurtherOn(_ c: ExtractionContext, from end: Int, _ index: SpanIndex) -> [Group] {
        var k = end
        while k < c.count, k - end < 20, c.sameSentence(k, end - 1) {
            if index.hasItem(ofType: .person, startingAt: k) { return [] }
            // ("giữ chức", or a link of three words or more: "(do chuyển công tác làm Bí thư Tỉnh ủy Nghệ An)".)
            if c.isWord(k, "giữ") || c.match(Lexicon.List.positionLinks, at: k).map({ $0.end - k >= 3 }) == true,
               let start = linkedTitle(c, at: k, index) {
                return chainAfter(c, start - 1, index, linked: true, career: isCareerLink(c, at: k))
            }
            k += 1
        }
        return []
    }

    /// "Ông A, Chủ tịch UBND tỉnh Long An cũ, được chỉ định giữ chức Chủ tịch UBND tỉnh Tây Ninh": after the
    /// titles that follow a name, perhaps dated by qualifiers (`office_qualifier` words and numbers: "cũ",
    /// "trước sáp nhập", "nhiệm kỳ 2020 - 2025"), a link phrase (after a comma, or right after the office)
    /// brings the next office.
    func linkedAfterAppositive(_ c: ExtractionContext, _ appositive: [Group], _ index: SpanIndex) -> [Group] {
        guard var k = appositive.map({ $0.end }).max() else { return [] }
        let start = k
        while k < c.count, k - start < 8, c.sameSentence(k, start - 1),
              c.isWord(k, of: .officeQualifier) || c.kind(k) == .number || c.isPunct(k, "-") && c.kind(k + 1) == .number {
            k += 1
        }
        guard k < c.count, c.sameSentence(k, start - 1) else { return [] }
        // Over the next name of the list and its own titles: "ông A, Giám đốc Sở NN-PTNT và ông B - Bí thư Huyện ủy Nam Đàn
        // được bầu giữ chức Phó chủ tịch UBND tỉnh".
        var hops = 0
        while hops < 3, c.isWord(k, "và") || c.isPunct(k, ",") {
            var n = k + 1
            // (", và ông B, Bí thư Đảng ủy xã Kỳ Xuân, giữ chức ...".)
            if c.isPunct(k, ","), c.isWord(n, "và") { n += 1 }
            if let h = c.match(Lexicon.List.honorifics, at: n) { n = h.end }
            guard let next = index.starting(at: n).first(where: { $0.type == .person }) else { break }
            // (The next name may have no titles of its own: "Ông A, Tỉnh ủy viên và bà B được chỉ định giữ chức ...".)
            let own = chainAfter(c, next.tokens.upperBound, index)
            let end = own.map({ $0.end }).max() ?? next.tokens.upperBound
            guard c.sameSentence(end - 1, start - 1) else { break }
            k = end
            hops += 1
        }
        // Appointment news also writes the link right after the office: "Đại tá A, Phó Chỉ huy trưởng Bộ CHQS tỉnh
        // được điều động, bổ nhiệm giữ chức Chỉ huy trưởng Bộ CHQS tỉnh".
        if !c.isPunct(k, ",") {
            guard k > start || !appositive.isEmpty, let link = c.match(Lexicon.List.positionLinks, at: k),
                  index.hasItem(ofType: .title, startingAt: link.end) else { return [] }
            return chainAfter(c, link.end - 1, index, linked: true)
        }
        return linkedChain(c, after: k + 1, index)
    }

    struct Group {
        var title: Candidate
        var organization: Candidate?
        /// The organization's parent, written in parentheses after it ("Cục Ngoại vụ (Bộ Ngoại giao)").
        var parent: Candidate? = nil
        /// The token after the title and its organization.
        var end: Int { max(title.tokens.upperBound, organization?.tokens.upperBound ?? 0) }
    }

    /// Titles with their organizations in a chain ending right before token `start`.
    static func isChainable(_ c: Candidate) -> Bool { c.type == .title || c.type == .organization || c.type == .location }

    func chainBefore(_ c: ExtractionContext, _ start: Int, _ index: SpanIndex) -> [Group] {
        var k = start
        // "Thứ trưởng Bộ Quốc phòng Thượng tướng Hoàng Xuân Chiến": a military rank between the titles and the name.
        if let h = c.honorificStart(endingAt: k), let rank = c.match(Lexicon.List.honorifics, at: h), rank.end == k,
           rank.rows.contains(where: { $0["kind"] == "military_rank" }) {
            k = h
        }
        // "Chủ tịch UBND tỉnh Thái Bình - Đặng Trọng Thăng"
        if c.isPunct(k - 1, "-") { k -= 1 }
        var chain: [Candidate] = []
        // The last comma crossed going back (the first in text order is the one nearest the name).
        var lastComma: Int? = nil
        // Parents in parentheses after an organization, by the organization's end.
        var parents: [Int: Candidate] = [:]
        while k > 0 {
            // "Cục trưởng Cục Ngoại vụ (Bộ Ngoại giao) Nguyễn Hoàng Long".
            if c.isPunct(k - 1, ")"), let open = (max(0, k - 14)..<(k - 1)).last(where: { c.isPunct($0, "(") }),
               let parent = parenthesizedParent(c, at: open, index), parent.tokens.upperBound == k - 1,
               index.ending(at: open).contains(where: { $0.type == .organization && c.sameSentence($0.tokens.lowerBound, start) }) {
                parents[open] = parent
                k = open
                continue
            }
            // Of the items ending here, the outermost (a place nested in an organization belongs to it).
            if let prev = index.ending(at: k).filter({ Self.isChainable($0) && c.sameSentence($0.tokens.lowerBound, start) })
                .min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                chain.insert(prev, at: 0)
                // The Ban rule: an organization may start inside the title before it.
                if prev.type == .organization, let t = titleCovering(prev.tokens.lowerBound, index) {
                    chain.insert(t, at: 0)
                    k = t.tokens.lowerBound
                } else {
                    k = prev.tokens.lowerBound
                }
                continue
            }
            // The word for a country before its name: "Đại sứ đặc mệnh toàn quyền nước Mông Cổ".
            if chain.first?.type == .location, c.isWord(k - 1, "nước"), index.ending(at: k - 1).contains(where: { $0.type == .title }) {
                k -= 1
                continue
            }
            // A mission's host country: "Đại sứ ... nước Mông Cổ tại Việt Nam Jigjee Sereejav".
            if chain.first?.type == .location, c.isWord(k - 1, "tại"),
               index.ending(at: k - 1).contains(where: { $0.type == .location && c.sameSentence($0.tokens.lowerBound, start) }) {
                k -= 1
                continue
            }
            // "Trưởng đoàn đại biểu Quốc hội tỉnh Nguyễn Văn Lợi": a bare type word after a title.
            if chain.isEmpty, let tw = typeWordEnding(c, at: k), index.ending(at: tw).contains(where: { $0.type == .title }) {
                k = tw
                continue
            }
            if c.isPunct(k - 1, ","), !chain.isEmpty, chain.first?.type != .location || chain.count > 1,
               index.ending(at: k - 1).contains(where: { Self.isChainable($0) && $0.type != .location || $0.type == .organization }) {
                k -= 1
                lastComma = lastComma ?? k
                continue
            }
            // Titles joined by a dash: "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ" (never across a name's dash).
            if c.isPunct(k - 1, "-"), lastComma == nil, chain.first?.type == .title,
               index.ending(at: k - 1).contains(where: { $0.type == .title || $0.type == .organization }),
               !index.ending(at: k - 1).contains(where: { $0.type == .person }) {
                k -= 1
                continue
            }
            break
        }
        // "Chủ tịch UBND tỉnh Lê Trí Thanh - Trưởng ban Chỉ đạo ..., Phó Chủ tịch UBND tỉnh Trần Văn Tân": the titles
        // between another name's dash and the last comma are that name's appositive.
        if let comma = lastComma, c.isPunct(k - 1, "-"), index.ending(at: k - 1).contains(where: { $0.type == .person }) {
            chain.removeAll { $0.tokens.upperBound <= comma }
        }
        guard chain.contains(where: { $0.type == .title }) else { return [] }
        return group(chain, parents: parents)
    }

    /// Titles after a name: "Nguyễn Anh Đức – UVBTV, Phó Chủ tịch UBND thị xã", stopping before
    /// titles that belong to the next person.
    /// The end of a term of office written as its years at `k` ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2021-2026"), nil when none.
    static func termEnd(_ c: ExtractionContext, at k: Int) -> Int? {
        guard c.isWord(k, "nhiệm"), c.isWord(k + 1, "kỳ"), c.kind(k + 2) == .number else { return nil }
        return c.isPunct(k + 3, "-") && c.kind(k + 4) == .number ? k + 5 : k + 3
    }

    func chainAfter(_ c: ExtractionContext, _ end: Int, _ index: SpanIndex, linked: Bool = false, career: Bool = false,
                    titledBefore: Bool = false) -> [Group] {
        var k = end
        // A short aside after the name is passed over: a birth year or where the person stands in a photo ("Ông A (SN 1964),
        // Phó Bí thư Tỉnh ủy", "ông B (sinh năm 1960) Giám đốc Sở ...", "Ông C (phải)").
        if !linked, c.isPunct(k, "("), let close = (k + 1..<min(c.count, k + 8)).first(where: { c.isPunct($0, ")") }),
           !(k + 1..<close).contains(where: { index.hasItem(ofType: .title, startingAt: $0) || c.breakBefore($0) }),
           close + 1 < c.count, c.sameSentence(close + 1, end - 1) {
            if c.isPunct(close + 1, "-") || c.isPunct(close + 1, ",") { k = close + 1 }
            else if index.hasItem(ofType: .title, startingAt: close + 1) { k = close }
        }
        // (Or a colon in a list of names: "tiếp đoàn có các đồng chí: A, Phó Bí thư Tỉnh ủy; B: Ủy viên Ban Thường vụ Tỉnh ủy".)
        // (Or nothing, the comma left out: "Cùng dự có các đồng chí: Hoàng Minh Cường Phó Chủ tịch UBND thành phố; ...".)
        let unmarked = !linked && k == end && c.isCapitalized(k) && !c.breakBefore(k) && index.hasItem(ofType: .title, startingAt: k)
        guard linked || unmarked || c.isPunct(k, "-") || c.isPunct(k, ",") || c.isPunct(k, "(") || k > end
                || c.isPunct(k, ":") && index.hasItem(ofType: .title, startingAt: k + 1) && listItemBefore(c, nameEnd: end, index) else { return [] }
        if !unmarked { k += 1 }
        // "Trần Văn Sơn, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh": a military rank before the titles is no title.
        if let rank = c.match(Lexicon.List.honorifics, at: k), rank.rows.contains(where: { $0["kind"] == "military_rank" }) {
            let next = c.isPunct(rank.end, ",") || c.isPunct(rank.end, "-") ? rank.end + 1 : rank.end
            if c.sameSentence(next, end - 1), index.hasItem(ofType: .title, startingAt: next) { k = next }
        }
        // "Bùi Xuân Thắng, nguyên Giám đốc Công an tỉnh": a former office is still the person's position.
        if let end = Self.outsideModifier(c, at: k), index.starting(at: end).contains(where: { $0.type == .title }) { k = end }
        var chain: [Candidate] = []
        // Chain positions whose item follows a dash.
        var dashJoined = Set<Int>()
        var parents: [Int: Candidate] = [:]
        var inFormer = false
        while k < c.count, c.sameSentence(k, end - 1) {
            // "Phó Tư lệnh Cảnh sát cơ động (Bộ Công an); Giám đốc ...": a parent in parentheses after an organization.
            if chain.last?.type == .organization, chain.last?.tokens.upperBound == k, let parent = parenthesizedParent(c, at: k, index) {
                parents[k] = parent
                k = parent.tokens.upperBound + 1
                continue
            }
            // The province of a place in parentheses after an organization: "trưởng Công an thị xã Phú Thọ (Phú Thọ), phó giám
            // đốc Công an tỉnh Phú Thọ".
            if chain.last?.type == .organization || chain.last?.type == .location, chain.last?.tokens.upperBound == k, c.isPunct(k, "("),
               let place = index.starting(at: k + 1).first(where: { $0.type == .location }), c.isPunct(place.tokens.upperBound, ")") {
                k = place.tokens.upperBound + 1
                continue
            }
            // A former office in parentheses after the chain: "Chủ tịch UBND tỉnh Đồng Nai (nguyên Chủ tịch UBND tỉnh Tây Ninh)".
            if !chain.isEmpty, !inFormer, c.isPunct(k, "("), let e = Self.outsideModifier(c, at: k + 1),
               index.hasItem(ofType: .title, startingAt: e), (e..<min(c.count, e + 16)).contains(where: { c.isPunct($0, ")") }) {
                inFormer = true
                k = e
                continue
            }
            if inFormer, c.isPunct(k, ")") { inFormer = false; k += 1; continue }
            // The word for a country before its name: "Đại sứ nước Cộng hòa Dân chủ nhân dân Lào".
            if c.isWord(k, "nước"), chain.last?.type == .title, index.starting(at: k + 1).contains(where: { $0.type == .location }) { k += 1; continue }
            let here = index.starting(at: k).filter(Self.isChainable)
            if let next = here.first {
                chain.append(next)
                k = here.map(\.tokens.upperBound).max() ?? next.tokens.upperBound
                // Ban rule: an organization starting inside this title.
                if next.type == .title, let org = index.starting(in: (next.tokens.lowerBound + 1)..<next.tokens.upperBound).first(where: { $0.type == .organization }) {
                    chain.append(org)
                    k = org.tokens.upperBound
                }
                continue
            }
            // (A career's offices run on past ";": "đã giữ các chức vụ Phó Bí thư Thường trực Tỉnh ủy khóa XI, nhiệm kỳ 2015 –
            // 2020; Trưởng Đoàn đại biểu Quốc hội tỉnh ..."; one office's link does not: "được bầu giữ chức Chủ tịch HĐND tỉnh;
            // Phó Chủ tịch HĐND tỉnh gồm ...".)
            func separates(_ j: Int) -> Bool {
                c.isPunct(j, ",") || career && c.isPunct(j, ";") && index.hasItem(ofType: .title, startingAt: j + 1)
            }
            if separates(k), !chain.isEmpty { k += 1; continue }
            // A unit's bare type word right after a title, before the next office: "Trưởng Đoàn ĐBQH tỉnh, Chủ tịch HĐND tỉnh".
            if chain.last?.type == .title, chain.last?.tokens.upperBound == k, let (tw, _) = PlaceParser.typeWordRow(c, at: k),
               separates(tw) || c.isPunct(tw, "-") || c.isPunct(tw, ";") {
                k = tw
                continue
            }
            // Each office of a former leader keeps its own mark: "A, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy".
            if !chain.isEmpty, separates(k - 1), let e = Self.outsideModifier(c, at: k), index.hasItem(ofType: .title, startingAt: e) {
                k = e
                continue
            }
            // A term after an office: "Phó Bí thư Tỉnh ủy Lào Cai khóa XV, Chủ tịch UBND tỉnh Lào Cai".
            if !chain.isEmpty, c.isWord(k, "khóa"), c.isAllCaps(k + 1) || c.kind(k + 1) == .number, separates(k + 2) { k += 2; continue }
            // Or its years: "Ủy viên Ban Thường vụ Thành ủy Hải Phòng nhiệm kỳ 2020 - 2025, Phó Chủ tịch Thường trực UBND TP".
            if !chain.isEmpty, let end = Self.termEnd(c, at: k), separates(end) { k = end; continue }
            // A dot joining an abbreviated title to its body, no space on either side: "PCT.HĐND huyện", "CT.UBND xã".
            if chain.last?.type == .title, chain.last?.tokens.upperBound == k, c.isPunct(k, "."), k + 1 < c.count,
               !c.token(k).spaceBefore, !c.token(k + 1).spaceBefore, index.hasItem(ofType: .organization, startingAt: k + 1) {
                k += 1
                continue
            }
            // Titles joined by dashes: "ông A – Phó Bí thư Tỉnh ủy – Chủ tịch UBND tỉnh Đồng Tháp".
            if c.isPunct(k, "-"), !chain.isEmpty, index.starting(at: k + 1).contains(where: { $0.type == .title }) {
                dashJoined.insert(chain.count)
                k += 1
                continue
            }
            break
        }
        guard chain.first?.type == .title else { return [] }
        // Titles right before another person's name are that person's, with the titles dashes join to them ("A, Phó Bí
        // thư Thường trực Tỉnh ủy - Chủ tịch HĐND tỉnh B").
        if index.hasItem(ofType: .person, startingAt: k) {
            var cut = chain.count
            while cut > 0 && chain[cut - 1].type != .title { cut -= 1 }
            while cut > 1, dashJoined.contains(cut - 1), let previous = chain[..<(cut - 1)].lastIndex(where: { $0.type == .title }) {
                cut = previous + 1
            }
            // In a list of "titles Name" items, the titles after a comma are all the next name's: "Ủy viên Bộ Chính trị, Chánh
            // án TAND tối cao Nguyễn Hòa Bình, Ủy viên Trung ương Đảng, Phó Thủ tướng Trần Lưu Quang". (A dash after the name
            // still joins the name's own office: "Chủ tịch UBND tỉnh A - Trưởng ban Chỉ đạo ..., Phó Chủ tịch UBND tỉnh B".)
            if titledBefore, c.isPunct(end, ",") { return [] }
            // Drop the last title group only when more than one group would remain for this person.
            if cut > 1 { chain = Array(chain[..<(cut - 1)]) } else { return [] }
        }
        return group(chain, parents: parents)
    }

    /// True when the name that ends at `end` is an item of a list: ";" before it (its honorific passed over). An interview's
    /// "Ông A: ..." is none.
    func listItemBefore(_ c: ExtractionContext, nameEnd end: Int, _ index: SpanIndex) -> Bool {
        guard let p = index.ending(at: end).first(where: { $0.type == .person }) else { return false }
        let start = c.honorificStart(endingAt: p.tokens.lowerBound) ?? p.tokens.lowerBound
        return c.isPunct(start - 1, ";")
    }

    /// The title that contains token `k`, the last one when several do (titles are a few tokens long).
    func titleCovering(_ k: Int, _ index: SpanIndex) -> Candidate? {
        for start in stride(from: k, through: max(0, k - 12), by: -1) {
            if let t = index.starting(at: start).last(where: { $0.type == .title && $0.tokens.contains(k) }) { return t }
        }
        return nil
    }

    /// The start of a type word ("tỉnh", "thành phố") that ends right before token `k`.
    func typeWordEnding(_ c: ExtractionContext, at k: Int) -> Int? {
        for start in stride(from: k - 1, through: max(0, k - 2), by: -1) {
            if let m = c.match(Lexicon.List.typeWords, at: start), m.end == k { return start }
        }
        return nil
    }

    func group(_ chain: [Candidate], parents: [Int: Candidate] = [:]) -> [Group] {
        var groups: [Group] = []
        for item in chain {
            if item.type == .title { groups.append(Group(title: item, organization: nil)); continue }
            guard !groups.isEmpty, groups[groups.count - 1].organization == nil else { continue }
            groups[groups.count - 1].organization = item
            groups[groups.count - 1].parent = parents[item.tokens.upperBound]
        }
        return groups
    }

    /// The organization alone in parentheses from token `open` ("(Bộ Ngoại giao)"), the parent of the one before it: a
    /// ministry or another closed-set body, written in full.
    func parenthesizedParent(_ c: ExtractionContext, at open: Int, _ index: SpanIndex) -> Candidate? {
        guard c.isPunct(open, "("), let org = index.starting(at: open + 1).filter({ $0.type == .organization }).max(by: { $0.tokens.count < $1.tokens.count }),
              c.isPunct(org.tokens.upperBound, ")") else { return nil }
        // (A body above it, named in full: a ministry or a central body, never an abbreviation of the organization itself,
        // "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam (CDC Quảng Nam)", "(UBND tỉnh)".)
        guard !c.isAllCaps(org.tokens.lowerBound), c.isWord(org.tokens.lowerBound, "bộ") || org.rule == "organization.closed-set" else { return nil }
        return org
    }
}
