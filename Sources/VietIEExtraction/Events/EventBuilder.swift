import VietIECore

/// Events: a meeting, working session, conference, inspection, visit or ceremony the article reports
/// (cues/events.tsv, kind `event`), with the named people who took part and the role the text gives
/// them (kind `role`: chủ trì -> chair, dự -> attendee, tiếp -> host, dẫn đầu -> delegation_head,
/// cùng đi -> delegation_member, phát biểu -> speaker, báo cáo / cho biết -> reporter). A person
/// keeps one role: chair, host or delegation head before reporter or speaker, before attendee.
/// The date and place are the first DATE and LOCATION of the sentence that names the event.
struct EventBuilder {
    static let events = Lexicon.List.events
    static let rank: [Role: Int] = [.chair: 0, .host: 0, .delegationHead: 0, .reporter: 1, .speaker: 1, .delegationMember: 2, .attendee: 3]

    /// The index of the first element of a sorted array for which `isAfter` holds (the count when none does).
    ///
    /// - Complexity: O(log n).
    static func firstIndex(in sorted: [Int], where isAfter: (Int) -> Bool) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(sorted[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// A role cue: tokens `token..<end` give `role`.
    typealias RoleCue = (token: Int, end: Int, role: Role)

    /// What role decisions read, built once per document (so that a long article stays linear).
    struct Scope {
        let c: ExtractionContext
        let index: SpanIndex
        /// Role cues by sentence, in text order.
        let cuesBySentence: [Int: [RoleCue]]
        /// Names by sentence, in text order.
        let namesBySentence: [Int: [Range<Int>]]
        /// Tokens inside a title, organization or place (what may stand between the names of a list).
        let covered: [Bool]
        /// Tokens inside a role cue.
        let inCue: [Bool]
    }

    /// True when "của" stands before the name at `start` and its titles: the person is named as an owner ("quê hương của
    /// Chủ tịch Tôn Đức Thắng"), not as someone present.
    /// ("đoàn công tác của Bí thư Thành ủy X" is a role cue: X leads the delegation.)
    static func possessive(_ c: ExtractionContext, _ start: Int, _ scope: Scope) -> Bool {
        // Back over the titles and the honorific, of one word or two: "của đồng chí Tổng Bí thư Nguyễn Phú Trọng".
        var first = start
        while true {
            if first > 0, scope.covered[first - 1], c.sameSentence(first - 1, start) { first -= 1; continue }
            if let h = c.honorificStart(endingAt: first), h < first, c.sameSentence(h, start) { first = h; continue }
            break
        }
        let k = first - 1
        guard k >= 1, c.isWord(k, "của"), !scope.inCue[k] else { return false }
        // "dưới sự chủ trì của Phó Chủ tịch X", "với sự tham dự của ...": the role is X's ("theo đề nghị của X" is not).
        var cue = k - 1
        while cue > 0 && scope.inCue[cue - 1] { cue -= 1 }
        return !(scope.inCue[k - 1] && c.isWord(cue - 1, "sự"))
    }

    /// True when the person named at `start` is one the event remembers, not one who takes part (cues/events.tsv kind
    /// commemoration, right before the honorific and titles): the late ("cố Thủ tướng Võ Văn Kiệt"), or the one a
    /// commemoration is for ("dâng hương tưởng niệm Chủ tịch Hồ Chí Minh").
    static func remembered(_ c: ExtractionContext, _ start: Int, _ scope: Scope) -> Bool {
        let k = Self.titledStart(c, start, scope)
        return (max(0, k - 3)..<k).contains { j in
            c.matches(Self.events, at: j).contains { $0.end == k && $0.rows.contains { Self.kinds($0).contains("commemoration") } }
        }
    }

    /// True when sentence `sentence` is made of three clauses or more between ";", two or more of which open with their own
    /// subject and its verb: an office, the name after it, then a word ("Chủ tịch UBND tỉnh Vương Quốc Tuấn tháo gỡ ...";
    /// after a lead tag, "(BNP) -"). (A list's items, "A, Bí thư Tỉnh ủy; B, Chủ tịch UBND tỉnh", have no verb.)
    static func sumsUpItems(_ c: ExtractionContext, _ index: SpanIndex, sentence: Int) -> Bool {
        let tokens = c.analyzed.sentences[sentence].tokens
        var openings = [tokens.lowerBound]
        // (A ";" that ends the sentence opens nothing.)
        for k in tokens where c.isPunct(k, ";") && k + 1 < tokens.upperBound { openings.append(k + 1) }
        guard openings.count >= 3 else { return false }
        let subjects = openings.filter { start in
            var k = start
            if c.isPunct(k, "("), let close = (k + 1..<min(tokens.upperBound, k + 5)).first(where: { c.isPunct($0, ")") }) { k = close + 1 }
            while k < tokens.upperBound, c.isPunct(k, "-") { k += 1 }
            // (Over the office and its body: "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh".)
            guard index.hasItem(ofType: .title, startingAt: k) else { return false }
            while k < tokens.upperBound, let item = index.starting(at: k).filter({ $0.type != .person && $0.type != .date })
                    .max(by: { $0.tokens.count < $1.tokens.count }) { k = item.tokens.upperBound }
            guard let name = index.starting(at: k).first(where: { $0.type == .person }) else { return false }
            let after = name.tokens.upperBound
            return after < tokens.upperBound && c.kind(after) == .word && !c.isCapitalized(after)
        }
        return subjects.count >= 2
    }

    /// The first token of the name at `start` with the honorific and titles written before it, in its sentence.
    static func titledStart(_ c: ExtractionContext, _ start: Int, _ scope: Scope) -> Int {
        var k = start
        while k > 0, scope.covered[k - 1] || c.match(Lexicon.List.honorifics, at: k - 1) != nil, c.sameSentence(k - 1, start) { k -= 1 }
        if let h = c.honorificStart(endingAt: k) { k = h }
        return k
    }

    /// True when the person named at `start` is the one a decision is about (cues/events.tsv kind decision): its cue right
    /// before the name, over the honorific and titles ("miễn nhiệm chức vụ ... đối với Chủ tịch Tôn Đức Thắng", "bầu ông A
    /// giữ chức Chủ tịch HĐND xã"), or after the name, its titles (recognized or not: capitalized words and a lower-case word
    /// right after one, "Quân sự") and the names listed with it ("ông A - Chỉ huy trưởng Quân sự và ông B - Trưởng Công an xã
    /// được bầu làm ủy viên"); never over a verb ("ông A - Bí thư Tỉnh ủy tặng hoa chúc mừng ông B được bầu ...").
    static func decisionAbout(_ c: ExtractionContext, _ start: Int, end: Int, _ scope: Scope) -> Bool {
        let k = Self.titledStart(c, start, scope)
        let named = k
        // A decision's cue of `side` at token `j` (one before the name ends right there).
        func decision(_ j: Int, _ side: String) -> Bool {
            c.matches(Self.events, at: j).contains { m in
                m.rows.contains { Self.kinds($0).contains("decision") && ($0["value"] ?? "") == side } && (side == "after" || m.end == named)
            }
        }
        if (max(0, k - 3)..<k).contains(where: { decision($0, "before") }) { return true }
        var j = end
        while j < c.count, j - end < 30, c.sameSentence(j, start) {
            if decision(j, "after") { return true }
            if let p = scope.index.starting(at: j).first(where: { $0.type == .person }) { j = p.tokens.upperBound; continue }
            let steps = scope.covered[j] || c.isPunct(j, "-") || c.isPunct(j, ",") || c.isWord(j, "và")
                || c.match(Lexicon.List.honorifics, at: j) != nil || c.kind(j) == .word && c.isCapitalized(j) || PlaceParser.typeWordRow(c, at: j) != nil
                || c.kind(j) == .word && j > end && c.kind(j - 1) == .word && c.isCapitalized(j - 1) && !scope.covered[j - 1]
            guard steps else { return false }
            j += 1
        }
        return false
    }

    func build(_ c: ExtractionContext, _ index: SpanIndex, officials: [Official]) -> [Event] {
        let decided = index.items
        // Event cues (with their sentence) and role cues.
        var eventCues: [(sentence: Int, value: String)] = []
        var roleCues: [RoleCue] = []
        // Sentences that name candidates for an office ("giới thiệu ông A, ... ứng cử đại biểu Quốc hội"): their names are
        // nominees, not people present, unless a role says so.
        var nominations = Set<Int>()
        // Role words inside a title are part of an office, not a role ("Trưởng Đoàn đại biểu Quốc hội"); so inside an
        // organization's name ("Trưởng Ban Chỉ đạo Phòng, chống dịch ... làm trưởng đoàn").
        var inTitle = [Bool](repeating: false, count: c.count)
        for d in decided where d.type == .title { for t in d.tokens { inTitle[t] = true } }
        for d in decided where d.type == .organization { for t in d.tokens.dropFirst() { inTitle[t] = true } }
        var skipUntil = 0
        for i in 0..<c.count where i >= skipUntil {
            guard let m = c.match(Self.events, at: i), let row = m.rows.first else { continue }
            let kinds = Self.kinds(row)
            // A word that contains a cue without being one ("tiếp tục", "trực tiếp"): kind none.
            if kinds == ["none"] { skipUntil = m.end; continue }
            let values = (row["value"] ?? "").split(ascii: "|").map(String.init)
            for (k, kind) in kinds.enumerated() where k < values.count {
                if kind == "event", eventCues.last?.sentence != c.sentenceOf[i] { eventCues.append((c.sentenceOf[i], values[k])) }
                // (A report listened to is someone else's: "Chủ tịch UBND tỉnh A nghe lãnh đạo huyện báo cáo".)
                let heard = values[k] == "reporter" && (max(0, i - 6)..<i).contains { c.isWord($0, "nghe") && c.sameSentence($0, i) }
                if kind == "role", !inTitle[i], !heard, let role = Role(rawValue: values[k]) { roleCues.append((i, m.end, role)) }
                if kind == "nomination" { nominations.insert(c.sentenceOf[i]) }
            }
        }
        guard !eventCues.isEmpty else { return [] }
        // A new event starts at an event sentence dated differently from the current one (joined news items).
        // (An anniversary's span of years, from a day to the same day years later, dates no event: "kỷ niệm 85 năm ...
        // (28/01/1941 - 28/01/2026)"; a range across a new year does: "Từ ngày 28/12/2021 đến ngày 3/1/2022".)
        var firstDate: [Int: String] = [:]
        for d in decided where d.type == .date {
            guard let v = d.attributes["value"]?.stringValue else { continue }
            if let to = d.attributes["value_end"]?.stringValue, !to.utf8.prefix(4).elementsEqual(v.utf8.prefix(4)),
               to.utf8.suffix(5).elementsEqual(v.utf8.suffix(5)) { continue }
            let s = c.sentenceOf[d.tokens.lowerBound]
            // (A day within the month a page's stamp gives dates the event: " date 2023-10 Sáng 11/10".)
            if let month = firstDate[s], month.utf8.count == 7, v.utf8.count > 7, v.hasPrefix(month) { firstDate[s] = v }
            if firstDate[s] == nil { firstDate[s] = v }
        }
        // News digests join items: a paragraph that opens with its own date ("Chiều 22/2, ..."), or an item
        // after a layout separator or a dateline ("... |", "02/01/2024"), reports another event.
        let sentences = c.analyzed.sentences
        var datedOpening = Set<Int>()
        for d in decided where d.type == .date {
            let s = c.sentenceOf[d.tokens.lowerBound]
            if s >= 0, sentences[s].tokens.lowerBound == d.tokens.lowerBound, c.breakBefore(d.tokens.lowerBound) || d.tokens.lowerBound == 0 {
                datedOpening.insert(s)
            }
        }
        // Sentences that start an item of a digest: a headline line ending in a separator and followed by a
        // dateline ("Chủ tịch nước ... dự Lễ bàn giao ... |" then "01/01/2024"). A separator alone (a photo
        // caption's) starts nothing. (A separator belongs to no sentence: it is the token right after one.)
        var itemStarts: [Int] = []
        var datelines = Set<Range<Int>>()
        for d in decided where d.type == .date { datelines.insert(d.tokens) }
        for (k, sentence) in sentences.enumerated() where k > 0 && k + 1 < sentences.count {
            if c.isPunct(sentence.tokens.upperBound, "|"), c.breakBefore(sentence.tokens.lowerBound),
               datelines.contains(sentences[k + 1].tokens) {
                itemStarts.append(k)
            }
        }
        // A byline on a line of its own ends an item ("... trên địa bàn tỉnh. ⏎ Nhật Quang ⏎ Tại buổi làm việc ..."); a
        // paragraph that opens "Cùng ngày," reports another event of that day.
        for d in decided where d.type == .person && d.rule == "person.byline" {
            let s = c.sentenceOf[d.tokens.lowerBound]
            if s >= 0, s + 1 < sentences.count, c.breakBefore(d.tokens.lowerBound) { itemStarts.append(s + 1) }
        }
        for (k, sentence) in sentences.enumerated() where k > 0 {
            let t = sentence.tokens.lowerBound
            guard c.breakBefore(t) else { continue }
            if c.isWord(t, "cùng") && c.isWord(t + 1, "ngày") || c.isWord(t, "cũng") && c.isWord(t + 1, "trong") && c.isWord(t + 2, "ngày") {
                itemStarts.append(k)
            }
        }
        itemStarts.sort()
        // itemStarts is in text order: the first one after `a` decides.
        func newItem(between a: Int, and b: Int) -> Bool {
            let k = Self.firstIndex(in: itemStarts) { $0 > a }
            return k < itemStarts.count && itemStarts[k] <= b
        }
        var starts: [(sentence: Int, value: String, date: String?)] = []
        for cue in eventCues {
            let d = firstDate[cue.sentence]
            // (A headline with no date and the dated paragraph under it are one event; two dated paragraphs are two,
            // even when the article's year is unknown and their dates stay unresolved.)
            let apart = starts.last.map {
                datedOpening.contains(cue.sentence) && cue.sentence != $0.sentence && ($0.date != nil || datedOpening.contains($0.sentence))
                    || newItem(between: $0.sentence, and: cue.sentence)
            } ?? false
            if starts.isEmpty || apart || (d != nil && d != starts.last!.date && starts.last!.date != nil) {
                starts.append((cue.sentence, cue.value, d))
            } else if starts[starts.count - 1].date == nil, let d {
                starts[starts.count - 1].date = d
            }
        }
        let eventSentences = Set(eventCues.map(\.sentence))
        // A digest's lead sums up several items, each with its own subject ("Bí thư Tỉnh ủy A tiếp Đại sứ ...; Chủ tịch UBND tỉnh
        // B tháo gỡ vướng mắc ...; ... là những hoạt động nổi bật của lãnh đạo tỉnh"): its names meet no one there.
        let summaries = Set(eventSentences.filter { Self.sumsUpItems(c, index, sentence: $0) })
        var personAt: [Span: Candidate] = [:]
        var namesBySentence: [Int: [Range<Int>]] = [:]
        var covered = [Bool](repeating: false, count: c.count)
        for d in decided {
            switch d.type {
            case .person:
                personAt[c.span(d.tokens)] = personAt[c.span(d.tokens)] ?? d
                namesBySentence[c.sentenceOf[d.tokens.lowerBound], default: []].append(d.tokens)
            case .title, .organization, .location:
                for t in d.tokens { covered[t] = true }
            default: break
            }
        }
        var inCue = [Bool](repeating: false, count: c.count)
        var cuesBySentence: [Int: [RoleCue]] = [:]
        for cue in roleCues {
            for t in cue.token..<cue.end { inCue[t] = true }
            cuesBySentence[c.sentenceOf[cue.token], default: []].append(cue)
        }
        let scope = Scope(c: c, index: index, cuesBySentence: cuesBySentence, namesBySentence: namesBySentence,
                          covered: covered, inCue: inCue)
        var roles = [[String: Role]](repeating: [:], count: starts.count)
        var orders = [[String]](repeating: [], count: starts.count)
        let startSentences = starts.map(\.sentence)   // in text order
        // The role of a person at an event: the one of highest rank its mentions get.
        func take(_ name: String, _ role: Role, inSentence sentence: Int) {
            // The event a mention belongs to: the last one started at or before its sentence (or the first).
            let e = max(0, Self.firstIndex(in: startSentences) { $0 > sentence } - 1)
            let current = roles[e][name]
            if current == nil { orders[e].append(name) }
            if current == nil || Self.rank[role]! < Self.rank[current!]! { roles[e][name] = role }
        }
        // The first tokens of the titles, by where they start in the text (an official's references start with one).
        var titleAt: [Int: Int] = [:]
        for d in decided where d.type == .title { titleAt[c.span(d.tokens).start] = d.tokens.lowerBound }
        for official in officials {
            var named: [Range<Int>] = official.mentions.compactMap { personAt[$0]?.tokens }
            // An office that refers to the official ("Phát biểu kết luận, đồng chí Bí thư Thành ủy ...") is a mention too.
            for reference in official.references {
                guard let first = titleAt[reference.start] else { continue }
                var last = first
                while last + 1 < c.count, c.token(last).span.end < reference.end { last += 1 }
                named.append(first..<(last + 1))
            }
            for tokens in named {
                guard !Self.possessive(c, tokens.lowerBound, scope), !Self.remembered(c, tokens.lowerBound, scope),
                      !summaries.contains(c.sentenceOf[tokens.lowerBound]) else { continue }
                let sentence = c.sentenceOf[tokens.lowerBound]
                // Present in an event sentence with no stated role: attendee (not the person a decision is about: "miễn
                // nhiệm chức vụ ... đối với ông Nguyễn Văn Út").
                guard let role = role(of: tokens, scope)
                        ?? (eventSentences.contains(sentence) && !nominations.contains(sentence) && !Self.decisionAbout(c, tokens.lowerBound, end: tokens.upperBound, scope)
                            ? .attendee : nil) else { continue }
                take(official.name, role, inSentence: sentence)
            }
        }
        // A person named with an honorific or a rank but no title takes part when a role cue says so: "Đoàn công tác ... do
        // Đại tướng Timothy M.Ray làm Trưởng đoàn". (Only a role that leads or hosts or is of a delegation: a resident who "cho
        // biết" reports nothing at an event; not with a kinship word: "bà cụ Lê Thị Hạnh".)
        let officialMentions = Set(officials.flatMap(\.mentions))
        var namedBy: [String: String] = [:]
        for d in decided where d.type == .person && d.rule != "person.byline" && !officialMentions.contains(c.span(d.tokens)) {
            guard let h = c.honorificStart(endingAt: d.tokens.lowerBound), let kind = c.match(Lexicon.List.honorifics, at: h)?.rows.first?["kind"],
                  kind != "kinship", !c.isWord(h, "các"), !Self.possessive(c, d.tokens.lowerBound, scope), !Self.remembered(c, d.tokens.lowerBound, scope),
                  let role = role(of: d.tokens, scope), [.chair, .host, .delegationHead, .delegationMember].contains(role) else { continue }
            let key = d.tokens.map { c.folded[$0] }.joined(separator: " ")
            let name = namedBy[key] ?? c.text(d.tokens)
            namedBy[key] = name
            take(name, role, inSentence: c.sentenceOf[d.tokens.lowerBound])
        }
        var events: [Event] = []
        // The places and organizations of each event's sentence (grouped once).
        var bySentence: [Int: [Candidate]] = [:]
        let eventStartSentences = Set(startSentences)
        for d in decided where d.type == .location || d.type == .organization {
            let s = c.sentenceOf[d.tokens.lowerBound]
            if eventStartSentences.contains(s) { bySentence[s, default: []].append(d) }
        }
        for (e, start) in starts.enumerated() where !orders[e].isEmpty {
            let inSentence = bySentence[start.sentence] ?? []
            func insideOrganization(_ d: Candidate) -> Bool {
                inSentence.contains { $0.type == .organization && $0.tokens.lowerBound < d.tokens.lowerBound && $0.tokens.upperBound >= d.tokens.upperBound }
            }
            // (A country is seldom a provincial event's venue: "tiếp Đại sứ Hàn Quốc" names the guest's.)
            func country(_ d: Candidate) -> Bool { d.attributes["level"]?.stringValue == "country" }
            // (A country inside an organization's name is no venue at all: "Ủy ban MTTQ Việt Nam tỉnh Nghệ An"; another place
            // inside one is where the body is, a venue only when nothing else is named: "Bí thư Huyện ủy Ninh Hải ... bàn giao".)
            // The venue "tại"/"ở" names first; else the first place that is no end of a route ("cao tốc Hạ Long - Hải Phòng").
            let venues = inSentence.filter { $0.type == .location && !(country($0) && insideOrganization($0)) }
            let free = venues.filter { d in !venues.contains { e in Self.route(c, d, e) || Self.route(c, e, d) } }
            // The venue "tại" names: an organization's seat ("tại Trung tâm Hội nghị Quốc gia Mỹ Đình"), a place, or the place
            // a few words on names ("tại Nhà văn hóa thị trấn Liễu Đề").
            // (Not where the epidemic is: "diễn biến của dịch COVID-19 tại Quảng Ninh".)
            func afterTai(_ d: Candidate) -> Bool {
                let k = d.tokens.lowerBound
                return (1...4).contains { w in
                    let t = k - w
                    return (c.isWord(t, "tại") || c.isWord(t, "ở") && w == 1) && c.sameSentence(t, k)
                        && (t + 1..<k).allSatisfy { c.kind($0) == .word && !c.breakBefore($0) }
                        && !(c.hasPrefix(t - 1, "covid") || c.hasPrefix(t - 1, "sars"))
                        // (Nor where a place's mission is: "Đại sứ Hàn Quốc tại Việt Nam".)
                        && !venues.contains { $0.tokens.upperBound == t }
                }
            }
            let seat = inSentence.first { $0.type == .organization && afterTai($0) && !c.isWord($0.tokens.lowerBound - 2, "làm") }
            let place = seat.map { c.text($0.tokens) }
                ?? (venues.first(where: afterTai) ?? free.first { !insideOrganization($0) && !country($0) } ?? free.first { !country($0) })
                    .map { c.text($0.tokens) }
            var seen = Set<String>()
            let organizations = inSentence.filter { $0.type == .organization }.map { c.text($0.tokens) }.filter { seen.insert($0).inserted }
            events.append(Event(kind: start.value, date: start.date, place: place,
                                participants: orders[e].map { Participant(name: $0, role: roles[e][$0]!) },
                                organizations: organizations, span: c.analyzed.sentences[start.sentence].span,
                                provenance: Provenance(rule: "event.cue-and-roles")))
        }
        return events
    }

    /// True when places `a` and `b` are the two ends of a route, a dash between them: "Hạ Long - Hải Phòng".
    static func route(_ c: ExtractionContext, _ a: Candidate, _ b: Candidate) -> Bool {
        a.tokens.upperBound + 1 == b.tokens.lowerBound && c.isPunct(a.tokens.upperBound, "-")
    }

    /// The role cue nearest a person in the same sentence: right after the name (and its titles), else
    /// after it, else before it, never across another person. A person in a list of names ("Các đồng chí:
    /// A - ...; B - ...; C - ... đồng chủ trì", "tham dự có A, B và C") takes the cue of the whole list.
    func role(of name: Range<Int>, _ scope: Scope) -> Role? {
        let c = scope.c
        let sentence = c.sentenceOf[name.lowerBound]
        let inSentence = scope.namesBySentence[sentence] ?? [name]
        let cues = scope.cuesBySentence[sentence] ?? []
        let list = listMembers(containing: name, inSentence, scope)
        let first = list.first ?? name, last = list.last ?? name
        if let direct = directCue(after: name, scope) { return direct }
        if last != name, let direct = directCue(after: last, scope) { return direct }
        let next = inSentence.map(\.lowerBound).filter { $0 >= last.upperBound }.min() ?? Int.max
        let previous = inSentence.map(\.upperBound).filter { $0 <= first.lowerBound }.max() ?? -1
        // (Counted from the end of the name's titles: "đồng chí A, Chủ tịch Ủy ban nhân dân tỉnh Nam Định đã dành hơn 4 giờ để
        // chủ trì buổi đối thoại".)
        let described = titlesEnd(after: last, scope)
        if let after = cues.first(where: { $0.token >= last.upperBound && $0.token < next && $0.token - described <= 14 }) {
            return after.role
        }
        // (Not the previous name's own cue, right after its titles: "A - Bí thư Tỉnh ủy chủ trì; B - Phó Bí thư Thường trực
        // Tỉnh ủy" does not make B a chair.)
        let previousOwn = inSentence.first { $0.upperBound == previous }.map { titlesEnd(after: $0, scope) }
        if let before = cues.last(where: { cue in
            cue.end <= first.lowerBound && cue.token >= previous && !(previousOwn.map { cue.token >= $0 && cue.token <= $0 + 2 } ?? false)
        }) {
            return before.role
        }
        // An attendance heading before every name of its sentence ("Đến dự, về phía tỉnh có các đồng chí: A, ...;
        // B, ...; về phía thành phố có đồng chí C"): each of them attends.
        if let heading = cues.first, heading.role == .attendee, let firstName = inSentence.map(\.lowerBound).min(),
           heading.end <= firstName {
            return .attendee
        }
        // The leaders of one side, listed in a sentence of their own: "Lãnh đạo tỉnh Nghệ An có các đồng chí: A - ...; B - ...".
        if let firstName = inSentence.map(\.lowerBound).min(), Self.opensLeadersList(c, sentence, before: firstName) {
            return .attendee
        }
        // A delegation's list in a sentence of its own: "Đoàn công tác Chính phủ có lãnh đạo các bộ, ngành gồm: Thứ trưởng
        // ... A; Thứ trưởng ... B" (a youth union, "Đoàn Thanh niên", lists no delegation).
        if let firstName = inSentence.map(\.lowerBound).min(), Self.opensDelegationList(c, sentence, before: firstName) {
            return .delegationMember
        }
        return nil
    }

    /// The kinds of a cues/events.tsv row: several, '|'-separated, when the cue has two readings.
    static func kinds(_ row: Lexicon.Row) -> [String] { (row["kind"] ?? "").split(ascii: "|").map(String.init) }

    /// True when sentence `sentence` opens with a delegation (cues/events.tsv kind `delegation`: "Đoàn công tác ...") and
    /// says "gồm" before `firstName`.
    static func opensDelegationList(_ c: ExtractionContext, _ sentence: Int, before firstName: Int) -> Bool {
        let t = c.analyzed.sentences[sentence].tokens.lowerBound
        guard let delegation = c.matches(Self.events, at: t).first(where: { $0.rows.contains { Self.kinds($0).contains("delegation") } }),
              firstName > delegation.end else { return false }
        return (delegation.end..<firstName).contains { c.isWord($0, "gồm") }
    }

    /// True when sentence `sentence` opens with "Lãnh đạo" and says "có (các) đồng chí" (or another honorific) before
    /// `firstName`.
    static func opensLeadersList(_ c: ExtractionContext, _ sentence: Int, before firstName: Int) -> Bool {
        let t = c.analyzed.sentences[sentence].tokens.lowerBound
        guard c.isWord(t, "lãnh"), c.isWord(t + 1, "đạo") else { return false }
        return (t + 2..<firstName).contains { k in
            guard c.isWord(k, "có") else { return false }
            let h = c.isWord(k + 1, "các") ? k + 2 : k + 1
            return c.match(Lexicon.List.honorifics, at: h).map { $0.end <= firstName } == true
        }
    }

    /// A cue right after a name and its titles: "Phạm Hữu Nhân – UVBTV Thị ủy, ..., Chủ tịch UBND phường An Lộc cho biết".
    func directCue(after name: Range<Int>, _ scope: Scope) -> Role? {
        let c = scope.c
        let sentence = c.sentenceOf[name.lowerBound]
        let k = titlesEnd(after: name, scope)
        let cues = scope.cuesBySentence[sentence] ?? []
        guard let cue = cues.first(where: { $0.token >= k && $0.token <= k + 2 }) else { return nil }
        // Attending and chairing at once, the chair's role: "Bí thư Tỉnh ủy dự và chủ trì hội nghị".
        if cue.role == .attendee, c.isWord(cue.end, "và"), let next = cues.first(where: { $0.token == cue.end + 1 }) { return next.role }
        return cue.role
    }

    /// The end of a name's titles, organizations and places after it, in its sentence (the name's end when it has none).
    func titlesEnd(after name: Range<Int>, _ scope: Scope) -> Int {
        let c = scope.c
        let sentence = c.sentenceOf[name.lowerBound]
        var k = name.upperBound
        while k < c.count, c.sentenceOf[k] == sentence {
            if c.isPunct(k, "-") || c.isPunct(k, ",") { k += 1; continue }
            // (An organization sharing its head with the title before it starts a token earlier: "Trưởng Ban" + "Ban Chỉ đạo
            // Phòng, chống dịch COVID-19 tỉnh".)
            guard let item = scope.index.starting(at: k).filter({ $0.type != .person && $0.type != .date })
                .max(by: { $0.tokens.count < $1.tokens.count })
                ?? scope.index.starting(at: k - 1).filter({ $0.type == .organization && $0.tokens.upperBound > k })
                    .max(by: { $0.tokens.count < $1.tokens.count }) else { break }
            k = item.tokens.upperBound
        }
        return k
    }

    /// The names listed together with `name` in its sentence: neighbours separated only by their titles,
    /// organizations and places, list punctuation (, ; - :) and "và"/"các"/title modifiers ("nguyên")/honorifics, with no role
    /// cue between.
    func listMembers(containing name: Range<Int>, _ names: [Range<Int>], _ scope: Scope) -> [Range<Int>] {
        let c = scope.c
        guard let at = names.firstIndex(of: name) else { return [name] }
        func joined(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            // Items of a list separated by ";", each a name with its own description: "Họa sỹ A, Chủ tịch hội Mỹ Thuật Việt
            // Nam; Nhạc sỹ B, ..." (no cue and no line break between; only honorifics after the ";").
            if let semicolon = (a.upperBound..<b.lowerBound).last(where: { c.isPunct($0, ";") }),
               !(a.upperBound..<b.lowerBound).contains(where: { scope.inCue[$0] || c.breakBefore($0) }) {
                var k = semicolon + 1
                while k < b.lowerBound, let h = c.match(Lexicon.List.honorifics, at: k), h.end <= b.lowerBound { k = h.end }
                if k == b.lowerBound { return true }
            }
            var k = a.upperBound
            while k < b.lowerBound {
                if scope.inCue[k] || c.breakBefore(k) { return false }
                if scope.covered[k] || c.isPunct(k, ",") || c.isPunct(k, ";") || c.isPunct(k, "-") || c.isPunct(k, ":")
                    || c.isWord(k, "và") || c.isWord(k, "các") { k += 1; continue }
                if let h = c.match(Lexicon.List.honorifics, at: k), h.end <= b.lowerBound { k = h.end; continue }
                if let end = OfficialsBuilder.outsideModifier(c, at: k), end <= b.lowerBound { k = end; continue }
                return false
            }
            return true
        }
        var lo = at, hi = at
        while lo > 0 && joined(names[lo - 1], names[lo]) { lo -= 1 }
        while hi + 1 < names.count && joined(names[hi], names[hi + 1]) { hi += 1 }
        return Array(names[lo...hi])
    }
}
