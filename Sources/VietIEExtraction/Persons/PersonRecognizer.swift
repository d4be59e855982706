import VietIECore
import VietIEText

/// PERSON: personal names as written, without titles or honorifics. A name is a run of capitalized
/// syllables (2-5, or one for a back-reference) that the context marks as a person:
/// - `person.after-title`: after a title chain ("Chủ tịch UBND tỉnh Trần Tuệ Hiền");
/// - `person.after-honorific`: after đồng chí, Đ/c, ông, bà, ngài, bác sĩ, a rank or degree;
/// - `person.before-title`: before a dash or comma and a title ("Nguyễn Anh Đức – UVBTV");
/// - `person.surname`: a known surname and one to three more capitalized syllables;
/// - `person.back-reference`: the given name of someone named before ("ông Lợi", "đồng chí Diện");
/// - `person.byline`: a line holding only a short name (author and photo credits).
/// Never a title, a place, an organization or an abbreviation inside a name.
struct PersonRecognizer {
    static let surnames = Lexicon.List.surnames
    static let honorifics = Lexicon.List.honorifics
    static let honorificAbbreviations = Lexicon.List.honorificAbbreviations
    static let blocks = Lexicon.List.blocks
    static let namesakes = Lexicon.List.namesakes
    static let credits = Lexicon.List.credits
    static let appellations = Lexicon.List.appellations

    /// Whether an appellation's row is met at `i`: nil when it counts anywhere (no "after" words), else whether one of
    /// its "after" phrases ("Chủ tịch") ends right before `i`.
    static func follows(_ c: ExtractionContext, _ row: Lexicon.Row, at i: Int) -> Bool? {
        guard let after = row["after"], !after.isEmpty else { return nil }
        // (Not inside a longer title: "Phó Chủ tịch Hồ Chí Minh" is a deputy chairman of the city.)
        return c.follows(oneOf: after, at: i) && !after.split(ascii: "|").contains { phrase in
            c.isWord(i - phrase.split(separator: " ").count - 1, "phó")
        }
    }

    func run(_ c: inout ExtractionContext) {
        // A person known by the place named after them, right after the title they are known by: "Chủ tịch Hồ Chí Minh"
        // (an appellation with words in its "after" column) is no city.
        for i in 1..<max(1, c.count) where c.startsEntry(of: Self.appellations, at: i) {
            guard c.isCapitalized(i), let m = c.match(Self.appellations, at: i), m.rows.contains(where: { Self.follows(c, $0, at: i) == true })
            else { continue }
            c.candidates.removeAll { $0.type == .location && $0.tokens.lowerBound >= i && $0.tokens.upperBound <= m.end }
        }
        let others = c.candidates.filter { $0.type != .statistic && $0.type != .date }
        // The last of the other candidates ending right before each token, and the titles starting at each.
        var lastEnding = [Int](repeating: -1, count: c.count + 1)
        var titleStarts = [Bool](repeating: false, count: c.count + 1)
        for (k, o) in others.enumerated() {
            lastEnding[o.tokens.upperBound] = k
            if o.type == .title { titleStarts[o.tokens.lowerBound] = true }
        }
        let chains = Chains(others: others, lastEnding: lastEnding, titleStarts: titleStarts)
        var taken = [Bool](repeating: false, count: c.count)
        for o in c.candidates where o.type != .person { for t in o.tokens { taken[t] = true } }
        var found: [Candidate] = []
        var givenNames: Set<String> = []
        // Fixed appellations ("Bác Hồ") from the person list.
        for i in 0..<c.count where !taken[i] {
            if let m = c.match(Self.appellations, at: i), c.isCapitalized(i), m.rows.contains(where: { Self.follows(c, $0, at: i) != false }) {
                found.append(Candidate(type: .person, tokens: i..<m.end, rule: "person.appellation", priority: 12, entries: m.rows.compactMap(\.ref)))
                for t in i..<m.end { taken[t] = true }
            }
        }
        var i = 0
        while i < c.count {
            defer { i += 1 }
            guard !taken[i], c.kind(i) == .word, c.isCapitalized(i) else { continue }
            // "Theo Phương Nam/ PLO": a source's "Theo" starts no name; nor does a function word in a headline in capitals.
            if c.isWord(i, "theo") || c.isAllCaps(i) && (c.isWord(i, of: .functionWord) || c.isWord(i, "và")) { continue }
            // "Ông Trần Đức Quận": a capitalized honorific is not part of the name.
            if let h = c.match(Self.honorifics, at: i), h.end < c.count, c.isCapitalized(h.end) { continue }
            // An abbreviation before a name in mixed case starts no name: "Chủ tịch QH Trần Thanh Mẫn".
            if c.isAllCaps(i), c.characterCount(i) >= 2, c.isCapitalized(i + 1), !c.isAllCaps(i + 1), !c.breakBefore(i + 1) { continue }
            // An organization's head word that is no family name starts no name, even where the organization was not
            // recognized: "Giám đốc Sở Khoa học - Công nghệ", "Bộ trưởng Bộ Lễ nghi và Tôn giáo".
            if !isSurname(c, i), c.match(OrganizationRecognizer.heads, at: i) != nil || c.match(OrganizationRecognizer.closed, at: i) != nil { continue }
            var end = nameEnd(c, from: i, taken: taken)
            // "Phó Thủ tướng Thường trực Nguyễn Hòa Bình": after a title or an honorific, a family name runs on over the bare
            // place name right after it.
            if end == i + 1, end < c.count, taken[end], isSurname(c, i), !c.isAllCaps(i),
               afterTitle(c, i, chains) || honorificBefore(c, i) == true,
               let place = c.candidates.first(where: { $0.type == .location && $0.tokens.lowerBound == end && $0.tokens.count <= 3 }),
               !c.isCapitalized(place.tokens.upperBound) || c.breakBefore(place.tokens.upperBound) || c.kind(place.tokens.upperBound) != .word {
                end = place.tokens.upperBound
            }
            let length = end - i
            // A camel-case syllable ("HồD") starts no name.
            guard length > 0 else { continue }
            // (A number that ends the organization of a title chain is no house number: "Tư lệnh Quân khu 1 Nguyễn Hồng Thái,".)
            if isBlocked(c, i..<end) || namesakeBefore(c, i) || isStreetAddress(c, i, end) && !afterTitle(c, i, chains) { i = end - 1; continue }
            var rule: String? = nil
            // (A headline in capitals names a person after a title only from a family name: "BÍ THƯ HUYỆN ỦY LÀM VIỆC TẠI ..."
            // has a verb there.)
            if afterTitle(c, i, chains) && length >= 1 && (!c.isAllCaps(i) || isSurname(c, i)) { rule = "person.after-title" }
            else if let h = honorificBefore(c, i), h { rule = "person.after-honorific" }
            // (A woman's name of the Central Highlands opens with "H", its family name last: "H Kim Hoa Byă – UVBTV"; "Y" of
            // men's names is in the surname list.)
            // (An item of a list of people, each name before a dash and its titles, after ";" and a name of the list before it
            // written so, may open with a rarer family name: "A - Bí thư Tỉnh ủy; Ngọc Kim Nam - Ủy viên Ban Thường vụ Tỉnh ủy".)
            else if length >= 2 && beforeTitle(c, end, chains)
                        && (isSurname(c, i) || length >= 3 && c.isWord(i, "h") && !c.isAllCaps(i + 1) && isSurname(c, i + 1)
                            || length == 3 && c.isPunct(end, "-") && c.isPunct(i - 1, ";") && !c.isAllCaps(i)
                                && (i..<end).allSatisfy { VietnameseSyllable.isSyllable(c.cased[$0]) }
                                && found.last.map { $0.tokens.upperBound < i && c.sameSentence($0.tokens.lowerBound, i) && c.isPunct($0.tokens.upperBound, "-") } == true) {
                rule = "person.before-title"
            }
            // (Not a place after its preposition: "Bố Trạch 2 ca (ở Lý Trạch)".)
            else if length >= 2 && isSurname(c, i) && !c.isAllCaps(i) && !c.isWord(i - 1, of: .placePreposition) && !c.isWord(i - 1, "ở") {
                rule = "person.surname"
            }
            else if length >= 2 && length <= 3 && isByline(c, i, end) { rule = "person.byline" }
            guard var r = rule else { continue }
            // A patient's name cut short to keep it private is no name to extract: "chị Nông Thị Nh.", "chị La Thị B".
            if length >= 2, isSurname(c, i), c.characterCount(end - 1) <= 2, !VietnameseSyllable.isSyllable(c.cased[end - 1]) { i = end - 1; continue }
            // A Lao name of two parts joined by a spaced dash, after a title or honorific: "Thứ trưởng Bun Hiêng - Bun Chít,",
            // "đồng chí Vông Sỏn - In Pan Phim" (neither part starts with a Vietnamese family name; no title after the dash).
            var stop = end
            if r == "person.after-title" || r == "person.after-honorific", length >= 2, !isSurname(c, i), c.isPunct(end, "-"),
               end + 1 < c.count, c.kind(end + 1) == .word, c.isCapitalized(end + 1), !c.isAllCaps(end + 1), !isSurname(c, end + 1) {
                let second = self.nameEnd(c, from: end + 1, taken: taken)
                if second - (end + 1) >= 2, second - (end + 1) <= 3, !isBlocked(c, (end + 1)..<second),
                   second >= c.count || c.breakBefore(second) || c.isPunct(second, ",") || c.isPunct(second, ".") || c.isPunct(second, ")") {
                    stop = second
                }
            }
            // The tail of a longer proper name ("sân bay Tân Sơn Nhất", "Quế Võ Hillview"), unless a title or
            // an honorific stands before it.
            if r == "person.surname" || r == "person.before-title", insideProperName(c, i, taken) { i = end - 1; continue }
            if r != "person.byline" && length == 1 {
                // One syllable: only the given name of someone already named.
                guard givenNames.contains(c.folded[i]) else { continue }
                r = "person.back-reference"
            }
            if stop - i >= 2 { givenNames.insert(c.folded[stop - 1]) }
            found.append(Candidate(type: .person, tokens: i..<stop, rule: r, priority: 10,
                                   entries: c.match(Self.surnames, at: i)?.rows.first?.ref.map { [$0] } ?? []))
            i = stop - 1
        }
        // Credits: the name after "Ảnh:" is a person's even where it is also a place's ("Ảnh: Thống Nhất/TTXVN").
        // (Not an outlet's name: "(Ảnh: Báo Đắk Nông)".)
        for r in c.creditNames where !found.contains(where: { $0.tokens.overlaps(r) })
            && !c.candidates.contains(where: { $0.type == .organization && $0.tokens.lowerBound == r.lowerBound }) {
            found.append(Candidate(type: .person, tokens: r, rule: "person.byline", priority: 10))
        }
        // A name in a headline in capitals is cut to the name the text writes in mixed case: "VƯƠNG ĐÌNH HUỆ ĐÓN" -> "VƯƠNG
        // ĐÌNH HUỆ" where "Vương Đình Huệ" stands further on.
        let mixedCase = found.filter { !c.isAllCaps($0.tokens.lowerBound) && $0.tokens.count >= 2 }.map { $0.tokens.map { c.folded[$0] } }
        for k in found.indices where c.isAllCaps(found[k].tokens.lowerBound) && found[k].tokens.count >= 3 {
            let words = found[k].tokens.map { c.folded[$0] }
            if let name = mixedCase.filter({ $0.count < words.count && Array(words.prefix($0.count)) == $0 }).max(by: { $0.count < $1.count }) {
                found[k].tokens = found[k].tokens.lowerBound..<(found[k].tokens.lowerBound + name.count)
            }
        }
        for f in found { c.propose(f) }
    }

    /// Names right after a credit label and its colon ("Ảnh: An Lãng.", "(Ảnh: Thống Nhất/TTXVN)"): two or three
    /// capitalized syllables that end the credit (before ".", "/", ")", "-", "|" or the line's end).
    static func creditNames(_ c: ExtractionContext) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for k in 0..<c.count where c.isPunct(k, ":") {
            guard (max(0, k - 3)..<k).contains(where: { c.match(Self.credits, at: $0)?.end == k }) else { continue }
            var j = k + 1
            // (Never a place's or company's name with its type word: "Ảnh: KCN Yên Bình".)
            guard k + 1 < c.count, !c.isAllCaps(k + 1) || c.isAllCaps(k + 2) else { continue }
            while j < c.count, j - (k + 1) < 3, c.kind(j) == .word, c.isCapitalized(j), !c.isAllCaps(j) || c.isAllCaps(k + 1),
                  j == k + 1 || !c.breakBefore(j) { j += 1 }
            let ends = j >= c.count || c.breakBefore(j) || c.isPunct(j, ".") || c.isPunct(j, "/") || c.isPunct(j, ")") || c.isPunct(j, "-") || c.isPunct(j, "|")
            if j - (k + 1) >= 2, ends { out.append((k + 1)..<j) }
        }
        return out
    }

    /// The end of a run of capitalized syllables starting at `i` (at most 5), stopping at titles,
    /// organization heads, place words and blocked words.
    func nameEnd(_ c: ExtractionContext, from i: Int, taken: [Bool]) -> Int {
        var j = i, hyphens = 0, overPlace = false
        while j < c.count && j - i - hyphens < 5 {
            // Ê Đê and Jrai names: "H’ Yim Kđoh", "H’Yim", "Y Biêr".
            if c.characterCount(j) == 1, c.isCapitalized(j), c.isPunct(j + 1, "'"), j + 2 < c.count, c.isCapitalized(j + 2) {
                j += 2
                continue
            }
            // A middle initial in a foreign name: "Marcos A. Bednarski" (never the first word, and a name goes on).
            if j > i, c.characterCount(j) == 1, c.isCapitalized(j), c.isPunct(j + 1, "."), j + 2 < c.count, c.kind(j + 2) == .word,
               c.isCapitalized(j + 2), !c.isAllCaps(j + 2), !c.breakBefore(j + 2), !c.isAllCaps(i) {
                j += 2
                continue
            }
            // A hyphenated foreign name: "bà Khăm-Phâu Ân-Thạ-Văn" (no space around the hyphen); a Lao name's later syllables
            // often in lower case: "đồng chí Lếch-lay Sỉ-vi-lay", "Vi-lay-vông Bút-đa-khăm".
            if j > i, c.isPunct(j, "-"), j + 1 < c.count, !c.token(j).spaceBefore, !c.token(j + 1).spaceBefore,
               c.kind(j + 1) == .word, !taken[j], !taken[j + 1] {
                if c.isCapitalized(j + 1) {
                    j += 1
                    hyphens += 1
                    continue
                }
                if !c.isAllCaps(j - 1), !c.isAllCaps(i) {
                    j += 2
                    hyphens += 2
                    continue
                }
            }
            // A name never ends with "Thị" or "Văn": what follows is its given name even where it also names a place ("Cao
            // Thị Hòa An").
            if j - i >= 2 && (c.isWord(j - 1, "thị") || c.isWord(j - 1, "văn")) && !c.isAllCaps(j - 1) { overPlace = true }
            guard c.kind(j) == .word, c.isCapitalized(j), !taken[j] || overPlace, !c.isCamelCase(j) else { break }
            if j > i && c.breakBefore(j) { break }
            // A name is written in one case: "Anh hùng LLVTND Đặng Phi Thưởng", "Bùi Xuân Thắng ẢNH: H.G".
            // (Except a foreign family name in capitals after its given name: "ông Junichi KAWAUE –".)
            if j > i && c.isAllCaps(j) != c.isAllCaps(i) && c.characterCount(j) >= 2 && c.characterCount(i) >= 2,
               !(j == i + 1 && c.isAllCaps(j) && c.characterCount(j) >= 3 && !VietnameseSyllable.isSyllable(c.cased[i])
                 && !VietnameseSyllable.isSyllable(c.cased[j])) { break }
            if j > i, c.match(TitleRecognizer.titles, at: j) != nil || c.match(OrganizationRecognizer.heads, at: j) != nil { break }
            // A headline in capitals runs on past the name: "CHỦ TỊCH QUỐC HỘI VƯƠNG ĐÌNH HUỆ ĐÓN ..." ends before a
            // function word, an event's cue, a link to an office or "lần lượt" ("... VÀ PHẠM VŨ HỒNG LẦN LƯỢT TRÚNG CỬ").
            if j > i + 1, c.isAllCaps(i), c.isWord(j, of: .functionWord) || c.isWord(j, "và") || c.match(Lexicon.List.events, at: j) != nil
                || c.match(Lexicon.List.positionLinks, at: j) != nil || c.isWord(j, "lần") && c.isWord(j + 1, "lượt") { break }
            j += 1
        }
        // (Never ending at a hyphen.)
        while j > i && c.isPunct(j - 1, "-") { j -= 1 }
        return j
    }

    /// A phrase that the block list says is never a person ("Xuân" alone, menu labels).
    func isBlocked(_ c: ExtractionContext, _ r: Range<Int>) -> Bool {
        // An entry that covers the whole run ("Đoàn Chủ tọa" over the run "Đoàn Chủ").
        guard let m = c.match(Self.blocks, at: r.lowerBound), m.end >= r.upperBound else { return false }
        return m.rows.contains { row in
            let blocks = row["blocks"] ?? ""
            return blocks == "ALL" || blocks.split(ascii: "|").contains("PERSON")
        }
    }

    /// A name after a word that names things after people ("trường THPT Nguyễn Thị Minh Khai", "đường Lê Lợi").
    func namesakeBefore(_ c: ExtractionContext, _ i: Int) -> Bool {
        // (Over the namesake's honours, capitalized: "Nhà tưởng niệm Anh hùng Liệt sĩ Nguyễn Văn Phối"; not over "bà" in "yêu cầu
        // bà Trần Thị Lan".)
        var named = i
        for _ in 0..<2 { if let h = c.honorificStart(endingAt: named), c.isCapitalized(h) { named = h } }
        for start in stride(from: named - 1, through: max(0, named - 4), by: -1) {
            guard let m = c.match(Self.namesakes, at: start), m.end == named else { continue }
            // (Not the last word of a place's name: "Chủ tịch UBND huyện Chi Lăng Phùng Văn Nghĩa" (lăng).)
            if c.candidates.contains(where: { $0.type == .location && $0.tokens.lowerBound < start && $0.tokens.upperBound == named }) { return false }
            // The tail of an administrative word is no street: "UBND thành phố Nguyễn Văn Quảng" (phố).
            let insideTypeWord = (max(0, start - 2)..<start).contains { c.match(Lexicon.List.typeWords, at: $0).map { $0.end >= named } ?? false }
            return !insideTypeWord
        }
        return false
    }

    /// A street after its house number: "16 Lý Thường Kiệt, quận Hai Bà Trưng", "76/87 Lê Văn Phan, Phường Thủy Biều".
    func isStreetAddress(_ c: ExtractionContext, _ i: Int, _ end: Int) -> Bool {
        guard i > 0, c.kind(i - 1) == .number, !c.breakBefore(i) else { return false }
        return end >= c.count || c.breakBefore(end) || c.isPunct(end, ",") || c.isPunct(end, "-") || c.isPunct(end, ")")
    }

    /// True when a capitalized word that is no title, organization or place stands right before `i` inside
    /// its sentence (not at the sentence's start): the name is the tail of a longer proper name.
    func insideProperName(_ c: ExtractionContext, _ i: Int, _ taken: [Bool]) -> Bool {
        let k = i - 1
        // (An abbreviation before a mixed-case name is no part of it: "Chủ tịch QH Trần Thanh Mẫn".)
        guard k >= 1, c.kind(k) == .word, c.isCapitalized(k), !taken[k], !c.breakBefore(i), !c.breakBefore(k),
              !(c.isAllCaps(k) && !c.isAllCaps(i)) else { return false }
        guard c.sameSentence(k - 1, k), c.kind(k - 1) != .punctuation else { return false }
        return honorificBefore(c, i) == nil && c.match(Self.honorifics, at: k) == nil
    }

    /// True when a family name of the list starts at token `i` (a clan name of two words counts from its first: "Rơ Mah",
    /// "Rah Lan").
    func isSurname(_ c: ExtractionContext, _ i: Int) -> Bool {
        c.match(Self.surnames, at: i) != nil
    }

    /// True when an honorific, rank or degree stands right before `i`.
    func honorificBefore(_ c: ExtractionContext, _ i: Int) -> Bool? {
        for start in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            if let m = c.match(Self.honorifics, at: start), m.end == i { return true }
            if let m = c.match(Self.honorificAbbreviations, at: start), m.end == i { return true }
            if c.kind(start) == .abbreviation && start == i - 1 { return true }
        }
        return nil
    }

    /// The titles, organizations and places proposed so far, indexed by where they end and start.
    struct Chains {
        let others: [Candidate]
        /// Index in `others` of the last one whose upper bound is each token, or -1.
        let lastEnding: [Int]
        /// Whether a title starts at each token.
        let titleStarts: [Bool]
    }

    /// True when a title chain (titles, organizations, places, commas) ends right before `i`.
    func afterTitle(_ c: ExtractionContext, _ i: Int, _ chains: Chains) -> Bool {
        var k = i
        // "Đại sứ đặc mệnh toàn quyền nước Cộng hòa Dân chủ nhân dân Lào - Sengphet Houngboungnuang".
        if c.isPunct(k - 1, "-"), chains.lastEnding[k - 1] >= 0 { k -= 1 }
        var sawTitle = false
        var nearest: Candidate? = nil
        while k > 0 {
            // A mission's host country: "Đại sứ ... Lào tại Việt Nam Khamphao Ernthavanh".
            if chains.lastEnding[k] < 0, nearest?.type == .location, c.isWord(k - 1, "tại"), chains.lastEnding[k - 1] >= 0 { k -= 1 }
            guard chains.lastEnding[k] >= 0 else { break }
            let prev = chains.others[chains.lastEnding[k]]
            nearest = prev
            if prev.type == .title { sawTitle = true }
            k = prev.tokens.lowerBound
            if prev.type == .title { break }
            // The word for a country before its name: "Đại sứ đặc mệnh toàn quyền nước Cộng hòa Dân chủ nhân dân Lào ...".
            if prev.type == .location, c.isWord(k - 1, "nước"), chains.lastEnding[k - 1] >= 0 { k -= 1 }
        }
        return sawTitle && c.sameSentence(k, i)
    }

    /// True when "–", "-" or "," and then a title follow `end`.
    func beforeTitle(_ c: ExtractionContext, _ end: Int, _ chains: Chains) -> Bool {
        guard c.isPunct(end, "-") || c.isPunct(end, ","), end + 1 < chains.titleStarts.count else { return false }
        return chains.titleStarts[end + 1]
    }

    /// A short line that holds only a name: a byline or a photo credit.
    func isByline(_ c: ExtractionContext, _ i: Int, _ end: Int) -> Bool {
        if c.match(OrganizationRecognizer.heads, at: i) != nil || c.match(TitleRecognizer.titles, at: i) != nil { return false }
        // Several credits on one line: "QUỐC TUẤN - VĨNH LỘC | 03/02/2020", "08/10/2021 | Thu Thảo".
        let lineStart = c.breakBefore(i) || i == 0 || (i >= 2 && c.isPunct(i - 1, "-") && c.isAllCaps(i) && c.isAllCaps(i - 2))
            || c.isPunct(i - 1, "|")
        let lineEnd = end >= c.count || c.breakBefore(end) || c.isPunct(end, "|") || (c.isPunct(end, "-") && c.isAllCaps(end - 1))
        var credit = false
        if c.isPunct(i - 1, ":") {
            for start in stride(from: i - 2, through: max(0, i - 4), by: -1) where c.match(Self.credits, at: start)?.end == i - 1 { credit = true }
        }
        // The last line of an article, or a line between layout separators, or a credit.
        let lastLine = !(end..<c.count).contains { c.kind($0) == .word }
        let framed = c.isPunct(i - 1, "|") || c.isPunct(end, "|") || c.isPunct(end, "-")
        // A line of its own after a paragraph's last sentence, or before the lead tag ("(GLO)- Sáng 27-8"): the author's,
        // perhaps with the outlet or "t/h" after it ("Thu Thảo/THĐT", "Đức Giang t/h"). The web page's furniture may follow.
        var lineEndWithOutlet = lineEnd
        // (The outlet's bureau after a dash: "Thiên Lý/VOV-TP HCM".)
        if !lineEnd, c.isPunct(end, "/"), c.isAllCaps(end + 1),
           let last = (end + 2..<min(c.count + 1, end + 7)).first(where: { $0 >= c.count || c.breakBefore($0) }),
           (end + 2..<last).allSatisfy({ c.isAllCaps($0) || c.isPunct($0, "-") }) { lineEndWithOutlet = true }
        if !lineEnd, c.isWord(end, "t"), c.isPunct(end + 1, "/"), c.isWord(end + 2, "h"), end + 3 >= c.count || c.breakBefore(end + 3) {
            lineEndWithOutlet = true
        }
        // (Or with its source in parentheses closing the line: "An Nhiên (Báo Lâm Đồng, 13/3/2022)", "Minh Anh (Theo VTV)".)
        if !lineEnd, c.isPunct(end, "("), c.isWord(end + 1, "báo") || c.isWord(end + 1, "theo") || c.isWord(end + 1, "nguồn"),
           let close = (end + 2..<min(c.count, end + 16)).first(where: { c.isPunct($0, ")") || c.breakBefore($0) }), c.isPunct(close, ")"),
           close + 1 >= c.count || c.breakBefore(close + 1) {
            lineEndWithOutlet = true
        }
        // (After a source's "Theo" on that line: "Theo Phương Nam/ PLO".)
        let s = i >= 1 && c.isWord(i - 1, "theo") && (i == 1 || c.breakBefore(i - 1)) ? i - 1 : i
        let afterParagraph = s == 0 || c.isPunct(s - 1, ".") || c.isPunct(s - 1, "!") || c.isPunct(s - 1, "?") || c.isPunct(s - 1, "”")
            || c.isPunct(s - 1, "\"") || c.isPunct(s - 1, ")")
        let beforeLeadTag = c.isPunct(end, "(") && c.breakBefore(end)
        let ownLine = (s == 0 || c.breakBefore(s)) && lineEndWithOutlet && (afterParagraph || beforeLeadTag)
        return (lineStart && lineEnd && (lastLine || framed)) || (credit && lineEnd) || (credit && c.isPunct(end, "-"))
            || ownLine || inCreditLine(c, i, end)
    }

    /// A line made only of two or more short names joined by dashes or commas, perhaps after a credit cue
    /// ("Xuân Lượng – Khánh Lộc", "Thực hiện: Đắc Nhân - Ngọc Thành"): every name in it is a credit.
    func inCreditLine(_ c: ExtractionContext, _ i: Int, _ end: Int) -> Bool {
        var start = i
        while start > 0 && !c.breakBefore(start) && !c.isPunct(start - 1, "|") { start -= 1 }
        var k = start
        if c.isPunct(k + 1, ":") || c.isPunct(k + 2, ":") || c.isPunct(k + 3, ":") {
            guard let m = c.match(Self.credits, at: k), c.isPunct(m.end, ":") else { return false }
            k = m.end + 1
        }
        var names = 0, sawMine = false
        while k < c.count {
            var j = k
            while j < c.count && j - k < 3 && c.kind(j) == .word && c.isCapitalized(j) && (j == k || !c.breakBefore(j)) { j += 1 }
            guard j - k >= 2 else { return false }
            if c.match(OrganizationRecognizer.heads, at: k) != nil || c.match(TitleRecognizer.titles, at: k) != nil { return false }
            names += 1
            if k == i && j == end { sawMine = true }
            if j >= c.count || c.breakBefore(j) || c.isPunct(j, "|") { break }
            guard c.isPunct(j, "-") || c.isPunct(j, ","), j + 1 < c.count, !c.breakBefore(j + 1) else { return false }
            k = j + 1
        }
        return names >= 2 && sawMine
    }
}
