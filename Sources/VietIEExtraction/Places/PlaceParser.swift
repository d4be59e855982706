import VietIECore
import VietIEGazetteer
import VietIEText

/// Reads place mentions: a type word ("tỉnh", "TP.", "huyện", "P.") followed by a unit's name, a
/// bare unit name, or an alias; shared by the LOCATION and ORGANIZATION phases.
struct PlaceParser {
    let gazetteer: Gazetteer
    let places: AdminUnits
    let unitsList: Int32?
    let aliasList: Int32?
    let regionList: Int32?
    /// The bits of the unit, alias and region lists in ``ExtractionContext/listsAt`` (a bare place starts an entry of one).
    let bareListBits: UInt64
    static let typeWords = Lexicon.List.typeWords

    init(gazetteer: Gazetteer, places: AdminUnits) {
        self.gazetteer = gazetteer
        self.places = places
        unitsList = gazetteer.listIndex("places/units.tsv").map(Int32.init)
        aliasList = gazetteer.listIndex("places/aliases.tsv").map(Int32.init)
        regionList = gazetteer.listIndex("places/regions.tsv").map(Int32.init)
        let lists = [unitsList, aliasList, regionList].compactMap { $0 }
        bareListBits = lists.contains { $0 >= 64 } ? ~0 : lists.reduce(0) { $0 | 1 << UInt64($1) }
    }

    struct Place {
        var end: Int
        /// End of the type word, when one was written.
        var typeEnd: Int?
        var typeWord: String?
        var units: [Int]
        var level: String?
        var rule: String
        var entries: [EntryRef]
    }

    /// A type word at `i` (longest): its end and row.
    func typeWord(_ c: ExtractionContext, at i: Int) -> (end: Int, row: Lexicon.Row)? {
        guard let (end, row) = Self.typeWordRow(c, at: i) else { return nil }
        // Part of another word right after it, naming no unit: "xã hội" (society) in "Ngân hàng Chính sách xã hội tỉnh", a
        // menu's "Xã Hội" (but "xã hội nghĩa" of an all lower-case text is the commune Hội Nghĩa).
        if let after = row["not_before"], !after.isEmpty, end < c.count,
           after.split(ascii: "|").contains(where: { c.isWord(end, String($0)) }), unitNames(c, at: end).isEmpty {
            return nil
        }
        return (end, row)
    }

    /// A type word at `i` (longest): its end and row.
    static func typeWordRow(_ c: ExtractionContext, at i: Int) -> (end: Int, row: Lexicon.Row)? {
        guard let m = c.match(Self.typeWords, at: i), let row = m.rows.first else { return nil }
        // Part of another word: "nông thôn" (rural) names no village.
        if i > 0, let before = row["not_after"], !before.isEmpty, before.split(ascii: "|").contains(where: { c.isWord(i - 1, String($0)) }) {
            return nil
        }
        return (m.end, row)
    }

    /// Units whose name is tokens i..<end (longest first, as the matches are kept).
    func unitNames(_ c: ExtractionContext, at i: Int) -> [(end: Int, units: [Int], refs: [EntryRef])] {
        guard let list = unitsList, i < c.count else { return [] }
        let found = c.matchesAt[i]
        var out: [(Int, [Int], [EntryRef])] = []
        for (end, refs) in found {
            let mine = refs.filter { $0.list == list }
            if !mine.isEmpty { out.append((end, mine.map { Int($0.row) }, mine)) }
        }
        return out
    }

    /// "tỉnh Bình Phước", "TP. Hồ Chí Minh", "phường An Lộc", "Phường 6", "thôn Tân Lập".
    /// (Most tokens start no type word: that test is made inline.)
    @inline(__always) func typed(_ c: ExtractionContext, at i: Int, date: String?) -> Place? {
        guard c.startsEntry(of: Self.typeWords, at: i) else { return nil }
        return typedStarting(c, at: i, date: date)
    }

    /// ``typed(_:at:date:)`` at a token where a type word starts.
    @inline(never) func typedStarting(_ c: ExtractionContext, at i: Int, date: String?) -> Place? {
        guard let (twEnd, row) = typeWord(c, at: i), twEnd < c.count, !c.breakBefore(twEnd) else { return nil }
        let word = c.text(i..<twEnd)
        // Keyed as written: "H. Thới Bình" (two tokens) and "H.Thới Bình" (one) both give "h.".
        let typeKey = Normalizer.key(word)
        let level = row["level"] ?? ""
        if ["sub", "feature"].contains(level) {
            // Hamlets, streets, markets: any capitalized name or a number; never an organization
            // ("điểm cầu UBND": a meeting's bridge point).
            // (A road's number may end in a capital: "quốc lộ 1A", "tỉnh lộ 261E"; a road's code is the road alone: "đường
            // ĐT603B" is "ĐT603B".)
            if c.isWord(i - 1, "điểm") || c.isAllCaps(twEnd) && !(c.cased[twEnd].utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) { return nil }
            // "Quân khu 4": a lower-case word inside a capitalized name is no hamlet word.
            if !c.isCapitalized(i), i > 0, c.kind(i - 1) == .word, c.isCapitalized(i - 1), !c.breakBefore(i) { return nil }
            // "khu Ký túc xá": one capitalized word that a lower-case one continues is a common noun, no name.
            // (A function word after the name ends it: "sông Hương và công viên ...".)
            if c.kind(twEnd) == .word, twEnd + 1 < c.count, c.kind(twEnd + 1) == .word, !c.isCapitalized(twEnd + 1),
               !c.breakBefore(twEnd + 1), !c.isWord(twEnd + 1, of: .functionWord) { return nil }
            // A disease is no name: "Khu điều trị Covid-19"; nor is a measure: "cách mép sông 4–5 m".
            if c.hasPrefix(twEnd, "covid") || c.isWord(twEnd, "sars-cov-2") { return nil }
            if c.kind(twEnd) == .number, c.match(Lexicon.List.metrics, at: twEnd + 1)?.rows.contains(where: { $0["metric"] == "none" }) == true {
                return nil
            }
            var k = twEnd
            // (A figure after the name is none of it: "Suối Ngô 01 ca".)
            func figure(_ k: Int) -> Bool {
                k > twEnd && c.kind(k) == .number
                    && c.match(Lexicon.List.metrics, at: k + 1)?.rows.contains(where: { $0["position"] == "after_number" }) == true
            }
            while k < c.count && k - twEnd < 4 && (c.isCapitalized(k) || c.kind(k) == .number || c.kind(k) == .code) && !c.breakBefore(k)
                    && !figure(k) {
                k += 1
                if c.kind(k - 1) != .word { break }
            }
            // A road's letter after its number: "QL 27 B".
            if Self.roadWords.contains(typeKey), k > twEnd, c.kind(k - 1) == .number, k < c.count, c.kind(k) == .word, c.characterCount(k) == 1, c.isCapitalized(k), !c.breakBefore(k),
               k + 1 >= c.count || c.kind(k + 1) != .word || !c.isCapitalized(k + 1) { k += 1 }
            return k > twEnd ? Place(end: k, typeEnd: twEnd, typeWord: word, units: [], level: level, rule: "location.feature", entries: []) : nil
        }
        let classes = places.classes(typeKey: typeKey)
        // (A name in lower case after an organization's capitalized head is a predicate, not a unit: "HĐND huyện thống nhất
        // bãi nhiệm ..." is no huyện Thống Nhất.)
        let lowerCaseAfterHead = twEnd < c.count && !c.isCapitalized(twEnd) && i > 0 && c.isAllCaps(i - 1) && c.characterCount(i - 1) >= 2
            && c.match(Lexicon.List.headAbbreviations, at: i - 1)?.end == i && !c.breakBefore(i)
        for (end, units, refs) in unitNames(c, at: twEnd) where !c.breakBefore(end - 1) && !lowerCaseAfterHead {
            let compatible = units.filter { places.isCompatible($0, classes: classes) }
            guard !compatible.isEmpty else { continue }
            let current = date.map { d in compatible.filter { places.units[$0].isValid(on: d) } } ?? compatible
            return Place(end: end, typeEnd: twEnd, typeWord: word, units: current.isEmpty ? compatible : current,
                         level: level, rule: "location.typed-unit", entries: Array(refs.prefix(3)))
        }
        // A unit's name written as one of its aliases: "tỉnh Thừa Thiên - Huế".
        if let list = aliasList, let (end, refs) = c.matchesAt[twEnd].first(where: { $0.entries.contains { $0.list == list } }),
           !c.breakBefore(end - 1) {
            let compatible = places.aliasCandidates(c.text(twEnd..<end)).filter { places.isCompatible($0, classes: classes) }
            if !compatible.isEmpty {
                let current = date.map { d in compatible.filter { places.units[$0].isValid(on: d) } } ?? compatible
                return Place(end: end, typeEnd: twEnd, typeWord: word, units: current.isEmpty ? compatible : current, level: level, rule: "location.typed-unit",
                             entries: refs.filter { $0.list == list })
            }
        }
        // A numbered unit not in the lists: "Phường 6", "Quận 1" (not a share for each: "hỗ trợ mỗi xã 100 triệu đồng", "mỗi
        // huyện 02 ca").
        // (Nor a count after a unit's bare type word: "điều trị tại Trung tâm Y tế quận 25 người".)
        // (Nor a span of time: "Thường trực HĐND các huyện, thành phố 6 tháng đầu năm"; a date after the unit is none:
        // "UBND Phường 9 ngày 20/7".)
        if c.kind(twEnd) == .number, ["commune", "district"].contains(level) || level.contains("|"), !c.isWord(i - 1, "mỗi"),
           !(c.isWord(twEnd + 1, of: .timeUnit) && c.kind(twEnd + 2) != .number),
           c.match(Lexicon.List.metrics, at: twEnd + 1)?.rows.contains(where: { $0["position"] == "after_number" && $0["metric"] != "none" }) != true {
            return Place(end: twEnd + 1, typeEnd: twEnd, typeWord: word, units: [], level: level, rule: "location.typed-number", entries: [])
        }
        // A foreign place after an administrative word: "tỉnh Kep" (not a region of Vietnam: "các tỉnh Tây Nguyên" names the
        // region alone).
        if let list = regionList, twEnd < c.count, case let found = c.matchesAt[twEnd],
           let (end, refs) = found.first(where: { $0.entries.contains { $0.list == list } }), !startsRegion(c, at: twEnd) {
            return Place(end: end, typeEnd: twEnd, typeWord: word, units: [], level: level, rule: "location.typed-foreign",
                         entries: refs.filter { $0.list == list })
        }
        // A name the lists do not know (a variant spelling, a unit from another era): capitalized
        // syllables that are not a person's name ("xã Pơng Đrang" for Pơng Drang).
        // (Not a type word's own ("TT Tỉnh ủy"), nor into a person's name after it ("TT Huế Nguyễn Văn Phương").)
        // (Nor a committee written in capitals: "Tỉnh Ủy", "Thành Đoàn" are organizations' heads; nor an office after the
        // unit's bare type word: "PCT HĐND huyện Trưởng đoàn kiểm tra".)
        if c.isCapitalized(twEnd), c.kind(twEnd) == .word, !c.isIn(Lexicon.List.surnames, twEnd), !c.isAllCaps(twEnd),
           typeWord(c, at: twEnd) == nil, (c.match(Lexicon.List.heads, at: i)?.end ?? 0) <= twEnd,
           c.match(Lexicon.List.titles, at: twEnd) == nil, !startsRegion(c, at: twEnd) {
            var k = twEnd
            while k < c.count && k - twEnd < 3 && c.kind(k) == .word && c.isCapitalized(k) && !c.breakBefore(k) && !c.isAllCaps(k)
                    && c.characterCount(k) >= 2
                    && (k == twEnd || !c.isIn(Lexicon.List.surnames, k) || !(k + 1 < c.count && c.kind(k + 1) == .word && c.isCapitalized(k + 1) && !c.breakBefore(k + 1))) {
                k += 1
            }
            if k - twEnd >= 2 || (k - twEnd == 1 && !c.isCapitalized(k)) {
                return Place(end: k, typeEnd: twEnd, typeWord: word, units: [], level: level, rule: "location.typed-unknown", entries: [])
            }
        }
        return nil
    }

    /// True when a region of Vietnam's name starts at token `i` (places/regions.tsv kind region: "Tây Nguyên").
    func startsRegion(_ c: ExtractionContext, at i: Int) -> Bool {
        guard let list = regionList, i < c.count else { return false }
        return c.matchesAt[i].contains { $0.entries.contains { $0.list == list && gazetteer.value($0, "kind") == "region" } }
    }

    /// A bare province name, alias, region or country: "Đồng Nai", "TP.HCM", "Tây Nguyên", "Hàn Quốc".
    /// (Most tokens start no entry of those lists: that test is made inline.)
    @inline(__always) func bare(_ c: ExtractionContext, at i: Int, date: String?) -> Place? {
        guard i >= 0, i < c.count, c.listsAt[i] & bareListBits != 0 else { return nil }
        return bareStarting(c, at: i, date: date)
    }

    /// ``bare(_:at:date:)`` at a token where an entry of those lists starts.
    @inline(never) func bareStarting(_ c: ExtractionContext, at i: Int, date: String?) -> Place? {
        let found = c.matchesAt[i]
        // Regions of the country may be written in lower case ("đồng bằng sông Cửu Long", "miền nam"); foreign places and
        // countries not ("những nơi tập trung đông người" holds no "Trung Đông").
        if !(c.isCapitalized(i) || c.kind(i) == .abbreviation) {
            guard let list = regionList,
                  let (end, refs) = found.first(where: { $0.end - i >= 2 && $0.entries.contains { $0.list == list && gazetteer.value($0, "kind") == "region" } })
            else { return nil }
            return Place(end: end, typeEnd: nil, typeWord: nil, units: [], level: "region", rule: "location.region", entries: refs.filter { $0.list == list })
        }
        for (end, refs) in found {
            if let list = aliasList, let ref = refs.first(where: { $0.list == list }) {
                let alias = c.text(i..<end)
                return Place(end: end, typeEnd: nil, typeWord: nil, units: places.aliasCandidates(alias, on: date),
                             level: nil, rule: "location.alias", entries: [ref])
            }
            if let list = regionList, let ref = refs.first(where: { $0.list == list }) {
                if gazetteer.value(ref, "ambiguous") == "yes" && !ambiguousOK(c, i, end) { continue }
                return Place(end: end, typeEnd: nil, typeWord: nil, units: [], level: gazetteer.value(ref, "kind"),
                             rule: "location.region", entries: [ref])
            }
            if let list = unitsList {
                let units = refs.filter { $0.list == list }.map { Int($0.row) }
                let provinces = units.filter { places.units[$0].level == .province }
                guard (i..<end).allSatisfy({ c.isCapitalized($0) }) else { continue }
                if !provinces.isEmpty {
                    let current = date.map { d in provinces.filter { places.units[$0].isValid(on: d) } } ?? provinces
                    return Place(end: end, typeEnd: nil, typeWord: nil, units: current.isEmpty ? provinces : current,
                                 level: "province", rule: "location.bare-province", entries: [])
                }
                // A district's name alone ("Hội An", "Châu Thành"), or a commune's in parentheses or a
                // list: not when a surname stands before it (then it is part of a person's name).
                let districts = units.filter { places.units[$0].level == .district }
                let communes = units.filter { places.units[$0].level == .commune }
                let surnameBefore = i > 0 && c.isCapitalized(i - 1) && c.isIn(Lexicon.List.surnames, i - 1) && !c.breakBefore(i)
                let enclosed = (c.isPunct(i - 1, "(") || c.isPunct(i - 1, ",")) && (c.isPunct(end, ")") || c.isPunct(end, ","))
                // An item of a list of places ("3 xã: Hà Tam, An Thành, Yang Bắc.") or of places with their figures
                // ("huyện Lâm Thao 3 ca (Cao Xá 2 ca; Phùng Nguyên 1 ca)"); a name that starts with a surname only with a figure.
                // ("gồm Phước Đồng (2 ca), Vĩnh Lương (1 ca)": the figure in parentheses.)
                let itemStart = c.isPunct(i - 1, "(") || c.isPunct(i - 1, ",") || c.isPunct(i - 1, ":") || c.isPunct(i - 1, ";") || c.isWord(i - 1, "gồm")
                let withFigure = itemStart && (c.kind(end) == .number || (c.isPunct(end, ":") || c.isPunct(end, "(")) && c.kind(end + 1) == .number)
                let listed = itemStart && (c.isPunct(end, ")") || c.isPunct(end, ",") || c.isPunct(end, ";") || c.isPunct(end, "."))
                    && (!c.isIn(Lexicon.List.surnames, i) || countedUnitsHeading(c, before: i))
                let shouting = (i..<end).allSatisfy { c.isAllCaps($0) }
                // A commune written with its district after a dash: "Phùng Nguyên - Lâm Thao (2)", "Âu Cơ - thị xã Phú Thọ (1)".
                let inDistrictAfter: [Int] = communes.isEmpty || !c.isPunct(end, "-") || c.breakBefore(end + 1) ? [] : {
                    guard let after = typed(c, at: end + 1, date: date) ?? bare(c, at: end + 1, date: date) else { return [] }
                    return communes.filter { u in after.units.contains(places.units[u].parent) }
                }()
                let withDistrict = !inDistrictAfter.isEmpty
                // One end of a route or a pair of places joined by a dash, the other end a place: "cao tốc Đồng Đăng – Trà Lĩnh",
                // "tuyến Hà Nội - Đồng Văn" (a name that starts with a surname too).
                // A headline's place before its colon: "Bình Điền: Hội nghị Đảng ủy lần thứ nhất" (not a speaker's name, which
                // starts with a family name: "Trần Phú: ...").
                let headlinePlace = (i == 0 || c.breakBefore(i)) && c.isPunct(end, ":") && !c.isIn(Lexicon.List.surnames, i)
                let dashPair = !communes.isEmpty && !withDistrict && (
                    c.isPunct(end, "-") && !c.breakBefore(end + 1) && (typed(c, at: end + 1, date: date) ?? bare(c, at: end + 1, date: date)).map { Self.unitLevels.contains($0.level ?? "") } == true
                    || c.isPunct(i - 1, "-") && !c.breakBefore(i - 1)
                        && c.candidates.contains { $0.type == .location && $0.tokens.upperBound == i - 1 && Self.unitLevels.contains($0.attributes["level"]?.stringValue ?? "") })
                // Where a case was found, after "ở" / "tại": "Đồng Hới 1 ca (ở Thuận Đức)", "có địa chỉ tại Cẩm Sơn." (a name that
                // starts with a surname only inside parentheses: "(ở Lý Trạch)").
                let clauseEnd = end >= c.count || c.breakBefore(end) || c.isPunct(end, ")") || c.isPunct(end, ",") || c.isPunct(end, ".")
                    || c.isPunct(end, ";")
                let whereFound = (c.isWord(i - 1, "ở") || c.isWord(i - 1, "tại")) && clauseEnd && !c.breakBefore(i)
                    && (!c.isIn(Lexicon.List.surnames, i) || c.isPunct(i - 2, "(") && c.isPunct(end, ")"))
                // (A code after the name is no more of it: "tại Phan Thiết COVID-19".)
                // (After a party committee a name may follow, the committee's secretary: "Bí thư Huyện ủy Tịnh Biên Phan Văn Cường".)
                let afterCommittee = i >= 2 && c.isWord(i - 1, "ủy") && c.isCapitalized(i - 2) && !c.breakBefore(i)
                    && c.match(Lexicon.List.heads, at: i - 2)?.end == i
                if !surnameBefore, !shouting, end - i >= 2, !c.isCapitalized(end) || c.breakBefore(end) || c.kind(end) == .code || afterCommittee,
                   !districts.isEmpty || (!communes.isEmpty && (enclosed || withFigure || listed || withDistrict || whereFound || dashPair || headlinePlace)) {
                    let pool = districts.isEmpty ? (withDistrict ? inDistrictAfter : communes) : districts
                    let current = date.map { d in pool.filter { places.units[$0].isValid(on: d) } } ?? pool
                    return Place(end: end, typeEnd: nil, typeWord: nil, units: current.isEmpty ? pool : current,
                                 level: districts.isEmpty ? "commune" : "district", rule: "location.bare-unit", entries: [])
                }
            }
        }
        return nil
    }

    /// The levels of the administrative units, from the country down to the commune (not hamlets, sites or features).
    static let unitLevels: Set<String> = ["country", "province", "district", "commune"]

    /// The type words of roads, as keyed (``Normalizer/key(_:plain:)``): a letter may follow a road's number.
    static let roadWords: Set<String> = ["quốc lộ", "ql", "tỉnh lộ", "đường", "đường tỉnh"]

    /// True when the list that token `i` is in opens with a count of units and a colon ("3 xã: Hà Tam, An Thành",
    /// "các phường: ..."): its items are those units' names, even those that start with a surname.
    func countedUnitsHeading(_ c: ExtractionContext, before i: Int) -> Bool {
        var k = i - 1
        while k > 0, i - k < 24, c.sameSentence(k, i) {
            if c.isPunct(k, ":") {
                for start in max(0, k - 2)..<k {
                    guard let (end, _) = typeWord(c, at: start), end == k else { continue }
                    return c.kind(start - 1) == .number || c.isWord(start - 1, "các") || c.isWord(start - 1, "những")
                        || c.match(Lexicon.List.numberWords, at: start - 1)?.end == start
                }
                return false
            }
            guard c.isPunct(k, ",") || c.isWord(k, "và") || c.kind(k) == .word && c.isCapitalized(k) else { return false }
            k -= 1
        }
        return false
    }

    /// An ambiguous country name ("Đức", "Anh", "Mỹ") counts only after a place preposition or word.
    func ambiguousOK(_ c: ExtractionContext, _ i: Int, _ end: Int) -> Bool {
        c.isWord(i - 1, of: .placePreposition) && !c.isCapitalized(end)
    }
}
