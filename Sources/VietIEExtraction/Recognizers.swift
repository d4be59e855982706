import VietIECore
import VietIEGazetteer
import VietIEText
import Foundation

/// The recognition phases in their fixed order. Each reads the analyzed text, the cue lists and the
/// candidates of the phases before it.
///
/// Candidates of one type that overlap are then decided by one policy (longest, then higher priority,
/// then earlier); officials and events are built from the decided spans.
///
///     let recognizers = Recognizers(gazetteer: gazetteer, places: places, analyzer: analyzer)
///     let (entities, statistics, officials, events) = recognizers.run(analyzer.analyze(document))
public struct Recognizers: Sendable {
    /// The phases in the order they run, each with what it reads and what it produces.
    public static let phases: [(name: String, reads: String)] = [
        ("dates", "tokens + cues/dates.tsv -> DATE, resolved against the publication date"),
        ("statistics", "numbers + cues/metrics.tsv, cues/number_words.tsv; DATE -> STATISTIC with metric and value"),
        ("places", "places/type_words.tsv, units.tsv, aliases.tsv, regions.tsv -> LOCATION resolved on the article date"),
        ("titles", "titles/titles.tsv, abbreviations.tsv, modifiers.tsv -> TITLE"),
        ("organizations", "organizations/*.tsv + places + TITLE -> ORGANIZATION (with the place that completes it)"),
        ("persons", "TITLE, ORGANIZATION, LOCATION + cues/surnames.tsv, titles/honorifics.tsv -> PERSON"),
        ("officials", "PERSON + title chains + the article's place -> officials with completed organizations"),
        ("events", "cues/events.tsv + officials -> events with participants and roles"),
    ]

    /// Every rule id by phase (what `--explain` names and the phase corpora exercise).
    public static let rules: [String: [String]] = [
        "dates": ["date.point", "date.range", "date.relative", "date.iso", "date.stamp"],
        "statistics": ["statistic.counted-noun", "statistic.percent", "statistic.labelled", "statistic.breakdown-item",
                       "statistic.list-item", "statistic.coordinated", "statistic.change"],
        "places": ["location.typed-unit", "location.typed-number", "location.typed-foreign", "location.typed-unknown", "location.feature",
                   "location.alias", "location.region", "location.bare-province", "location.bare-unit", "location.list", "location.road"],
        "organizations": ["organization.closed-set", "organization.outlet", "organization.outlet-domain", "organization.lead-tag",
                          "organization.head"],
        "titles": ["title.list", "title.abbreviation", "title.modifier"],
        "persons": ["person.after-title", "person.after-honorific", "person.before-title", "person.surname", "person.back-reference",
                    "person.byline", "person.appellation"],
    ]

    /// The cue lists' rows, as the rules read them.
    public let lexicon: Lexicon
    /// Every list, compiled for matching.
    public let gazetteer: Gazetteer
    /// The administrative units places resolve to.
    public let places: AdminUnits
    /// The outlets list's index in the gazetteer (organizations/outlets.tsv), whose local outlets place an article.
    let outletsList: Int32?

    /// Builds the phases over a loaded gazetteer.
    ///
    /// - Parameters:
    ///   - gazetteer: the compiled lists.
    ///   - places: the administrative units built from the same gazetteer.
    ///   - analyzer: the analyzer documents are read with (cue words are keyed with it).
    public init(gazetteer: Gazetteer, places: AdminUnits, analyzer: TextAnalyzer) {
        self.init(gazetteer: gazetteer, places: places, lexicon: Lexicon(gazetteer: gazetteer, analyzer: analyzer))
    }

    /// Creates the recognizers with a lexicon already read from `gazetteer` (it can be read while the
    /// units are built).
    public init(gazetteer: Gazetteer, places: AdminUnits, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.places = places
        self.lexicon = lexicon
        self.outletsList = gazetteer.listIndex("organizations/outlets.tsv").map(Int32.init)
    }

    /// Runs every phase and decides the spans.
    ///
    /// Places that more than one unit could name are resolved to the one inside the article's province
    /// (from its web host or its other places) when exactly one is; each figure gets the last date and
    /// place before it (see ``VietIECore/Statistic``).
    ///
    /// - Returns: the decided entities in text order, the COVID-19 figures, the officials and the events.
    /// - Complexity: roughly O(n) in the number of tokens for ordinary articles (the gazetteer match is
    ///   O(n × d), d the token length of the longest entry).
    public func run(_ analyzed: AnalyzedText) -> (entities: [Entity], statistics: [Statistic], officials: [Official], events: [Event]) {
        let keys = TokenKeys(analyzed)
        var context = ExtractionContext(analyzed: analyzed, lexicon: lexicon, keys: keys,
                                        matches: gazetteer.matches(in: analyzed, keys: keys))
        context.creditNames = PersonRecognizer.creditNames(context)
        let date = analyzed.document.published.flatMap(PublicationDate.isoDatePrefix)
        let parser = PlaceParser(gazetteer: gazetteer, places: places)
        DateRecognizer().run(&context)
        StatisticRecognizer().run(&context)
        PlaceRecognizer(parser: parser).run(&context, date: date)
        TitleRecognizer().run(&context)
        OrganizationRecognizer(parser: parser).run(&context, date: date)
        PersonRecognizer().run(&context)
        context.candidates = SpanPolicy.decide(context.candidates)
        // A place inside an honour's name is no place: "Mẹ Việt Nam Anh hùng" (titles/honorifics.tsv).
        if context.candidates.contains(where: { $0.type == .location && $0.tokens.lowerBound > 0 }) {
            let ctx = context
            context.candidates.removeAll { l in
                l.type == .location && (max(0, l.tokens.lowerBound - 2)..<l.tokens.lowerBound).contains { k in
                    ctx.match(Lexicon.List.honorifics, at: k).map { $0.end >= l.tokens.upperBound } == true
                }
            }
        }
        // A place name that an organization's name runs on from in lower case is a word of that name, no place: "Ban Pháp chế
        // HĐND tỉnh" (Pháp, France), unlike "UBND tỉnh Hà Nam" or "Tổng Lãnh sự quán CHND Trung Hoa tại Đà Nẵng".
        // (The end of the longest-reaching organization that starts before each token, so the test is linear.)
        var reach = [Int](repeating: 0, count: context.count + 1)
        for o in context.candidates where o.type == .organization && o.tokens.lowerBound + 1 <= context.count {
            reach[o.tokens.lowerBound + 1] = max(reach[o.tokens.lowerBound + 1], o.tokens.upperBound)
        }
        if reach.contains(where: { $0 > 0 }) {
            for t in 1..<reach.count { reach[t] = max(reach[t], reach[t - 1]) }
            let ctx = context
            context.candidates.removeAll { l in
                l.type == .location && reach[l.tokens.lowerBound] > l.tokens.upperBound && ctx.kind(l.tokens.upperBound) == .word
                    && !ctx.isCapitalized(l.tokens.upperBound) && ctx.match(Lexicon.List.typeWords, at: l.tokens.upperBound) == nil
                    && !ctx.isWord(l.tokens.upperBound, of: .functionWord)
                    // (An event's number after its place is no word of a name: "Đại hội ... tỉnh Ninh Bình lần thứ I".)
                    && !(ctx.isWord(l.tokens.upperBound, "lần") && ctx.isWord(l.tokens.upperBound + 1, "thứ"))
            }
        }
        // An excerpt cut inside its last word ("... ông Võ V", "Trịnh Xuân Trườ"): no name ends in the cut word.
        if Self.endsInCutWord(context) {
            let last = context.count - 1
            context.candidates.removeAll { $0.tokens.upperBound == last + 1 && [.person, .organization, .location, .title].contains($0.type) }
        }
        let undecided = context.candidates
        var votes: [[Int]: Int] = [:]
        // A place that completes an organization's name ("Ủy ban nhân dân tỉnh Đồng Tháp") is where the article's bodies
        // are: it counts more than a place merely mentioned ("đoạn qua địa phận tỉnh Tiền Giang").
        let organizations = undecided.filter { $0.type == .organization }.map(\.tokens)
        // A local outlet's tag places the article in its province ("Kinhtedothi - Chiều 8/2, ... Bí thư Thành ủy"), as a
        // body's place does (organizations/outlets.tsv, column province).
        if let outlets = outletsList {
            for o in undecided where o.type == .organization {
                for ref in o.entries where ref.list == outlets {
                    let name = gazetteer.value(ref, "province")
                    guard !name.isEmpty else { continue }
                    let provinces = places.candidates(name: name, on: date).filter { places.units[$0].level == .province }
                    if !provinces.isEmpty { votes[Array(provinces.prefix(1)), default: 0] += 3 }
                }
            }
        }
        for l in undecided where l.type == .location {
            guard let u = places.sameNamedUnit(l.attributes) else { continue }
            // (An unresolved place whose namesakes lie in several provinces, an undated "phường Tân Phú", votes with all of
            // them: for no province, and inside the province the others name for the one that lies there.)
            let candidates = l.attributes["unit"] != nil ? [] : places.candidateUnits(l.attributes)
            let units = candidates.isEmpty || places.inOneProvince(candidates) ? [u] : candidates
            let inOrganization = organizations.contains { $0.lowerBound < l.tokens.lowerBound && $0.upperBound >= l.tokens.upperBound }
            votes[units, default: 0] += inOrganization ? 3 : 1
        }
        // The publisher's host, and the first folder of a portal that files articles by province
        // ("vietnam.vn/ninhthuan/...").
        let host = analyzed.document.url.flatMap { URLComponents(string: $0) }.flatMap { u -> String? in
            guard let h = u.host else { return nil }
            let first = u.path.split(ascii: "/").first.map(String.init) ?? ""
            let folder = first.count >= 4 && first.count <= 24 && first.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
            return folder ? h + "." + first : h
        }
        let article = ArticlePlace(document: host, locations: votes.map { ($0.key, $0.value) },
                                   places: places, date: date, hostNoise: lexicon.hostLabels)
        // Ambiguous places: keep the candidates inside the article's province (from its host or its places).
        if let province = article.province {
            let provinceKey = places.units[province].key
            for k in context.candidates.indices where context.candidates[k].type == .location {
                guard let keys = context.candidates[k].attributes["candidate_keys"]?.arrayValue else { continue }
                // By the province's name: the province before and after a merger that kept its name are one here.
                let provinceName = places.units[province].name
                let candidates = keys.compactMap { $0.stringValue.flatMap(places.index(key:)) }
                let byKey = candidates.filter { places.chain($0).contains { $0.key == provinceKey } }
                let inside = byKey.count == 1 ? byKey
                    : candidates.filter { places.chain($0).contains { $0.level == .province && $0.name == provinceName } }
                if inside.count == 1 {
                    context.candidates[k].attributes["unit"] = .string(places.units[inside[0]].key)
                    context.candidates[k].attributes["place"] = .string(places.describe(inside[0]))
                    context.candidates[k].attributes["candidates"] = nil
                    context.candidates[k].attributes["resolved_by"] = "article-province"
                }
            }
        }
        let decided = context.candidates
        let index = SpanIndex(decided, tokenCount: context.count)
        let officials = OfficialsBuilder(completer: OrganizationCompleter(places: places, article: article, typeWords: parser, index: index, folded: context.folded))
            .build(context, index)
        let events = EventBuilder().build(context, index, officials: officials)
        var entities: [Entity] = []
        var statistics: [Statistic] = []
        // The last resolved date, and the last place with its sentence, before each figure (spans come in text order).
        var lastDate: String? = nil
        var lastPlace: (candidate: Candidate, sentence: Int)? = nil
        // Where the text speaks of the whole country ("cả nước", "toàn quốc"), found once an article has a figure.
        var national: [Int]? = nil
        for cand in decided {
            let span = context.span(cand.tokens)
            let text = analyzed.document.text(of: span)
            let provenance = Provenance(rule: cand.rule, entries: cand.entries.map(gazetteer.location))
            // The keys of an ambiguous place's units served the officials' organizations; the output names them.
            var attributes = cand.attributes
            attributes["candidate_keys"] = nil
            entities.append(Entity(type: cand.type, span: span, text: text, provenance: provenance, attributes: attributes))
            if cand.type == .statistic, let m = cand.attributes["metric"]?.stringValue, let metric = Metric(rawValue: m),
               let value = cand.attributes["value"]?.doubleValue {
                let date = lastDate ?? context.analyzed.document.published.flatMap(PublicationDate.isoDatePrefix)
                let sentence = context.sentenceOf[cand.tokens.lowerBound]
                // (Within the figure's clause: "2 ca nhập cảnh cách ly ngay tại tỉnh Kiên Giang; 258 ca mắc do lây nhiễm trong
                // nước" names no place for the 258.)
                let before = lastPlace.flatMap { $0.sentence == sentence ? $0.candidate : nil }.flatMap { l in
                    (l.tokens.upperBound..<cand.tokens.lowerBound).contains { context.isPunct($0, ";") } ? nil : l
                }
                // Else the one "tại" names right after it in its clause: "2 ca nhập cảnh cách ly ngay tại tỉnh Kiên Giang;".
                let inSentence = before ?? placeNamedAfter(cand, context, index)
                // (A figure for the whole country named after the sentence's last place: "đến sáng 25/3, cả nước có 134
                // trường hợp mắc Covid-19", in an article about a province.)
                if national == nil { national = Self.nationalMentions(context) }
                let countrywide = national!.last { $0 < cand.tokens.lowerBound }.map { k in
                    context.sentenceOf[k] == sentence && cand.tokens.lowerBound - k <= Self.nationalReach
                        && (inSentence.map { $0.tokens.upperBound <= k } ?? true)
                } ?? false
                statistics.append(Statistic(metric: metric, value: value, span: span, text: text,
                                            // (A national report placed in no province is the country's: "11 ca nhập cảnh và
                                            // 5.014 ca ghi nhận trong nước" after "nước ta có tổng cộng ...".)
                                            place: countrywide ? Self.country
                                                : place(inSentence, context, article) ?? (national!.isEmpty ? nil : Self.country), date: date,
                                            provenance: provenance))
            }
            // A period dates its figures by its end ("từ ngày 1/6 đến ngày 14/6"); one up to now ("Từ ngày 25/7/2020 đến nay")
            // or its start alone ("Tổng số ca mắc từ ngày 29/4/2021 là 297 ca") leaves them dated as before: by the report's
            // date, else the day of publication.
            if cand.type == .date {
                if let end = cand.attributes["value_end"]?.stringValue {
                    lastDate = end
                } else if cand.rule != "date.range", let v = cand.attributes["value"]?.stringValue, !Self.opensPeriod(context, cand.tokens) {
                    lastDate = v
                }
            }
            if cand.type == .location { lastPlace = (cand, context.sentenceOf[cand.tokens.lowerBound]) }
        }
        return (entities, statistics, officials, events)
    }

    /// True when a date is the start of a period: "từ ngày 29/4/2021", "kể từ 27/4".
    static func opensPeriod(_ c: ExtractionContext, _ tokens: Range<Int>) -> Bool {
        c.isWord(tokens.lowerBound, "từ") || c.isWord(tokens.lowerBound - 1, "từ")
    }

    /// The place "tại" or "ở" names within eight words after a figure, in its clause with no other figure between; not the
    /// first of a list of places with their own figures ("5.014 ca ghi nhận trong nước tại Bình Dương (2.117), ...").
    func placeNamedAfter(_ figure: Candidate, _ c: ExtractionContext, _ index: SpanIndex) -> Candidate? {
        var k = figure.tokens.upperBound
        while k < c.count, k - figure.tokens.upperBound < 8, c.sameSentence(k, figure.tokens.lowerBound),
              !c.isPunct(k, ";"), !c.isPunct(k, "."), !c.isPunct(k, ","), !c.isPunct(k, "(") {
            if index.hasItem(ofType: .statistic, startingAt: k) { return nil }
            if c.isWord(k, "tại") || c.isWord(k, "ở"),
               let loc = index.starting(at: k + 1).filter({ $0.type == .location }).max(by: { $0.tokens.count < $1.tokens.count }) {
                let e = loc.tokens.upperBound
                let listed = c.isPunct(e, "(") || c.isPunct(e, ",") && index.starting(at: e + 1).contains { $0.type == .location }
                return listed ? nil : loc
            }
            k += 1
        }
        return nil
    }

    /// The country's name, the place of figures for the whole of it.
    static let country = "Việt Nam"
    /// How many tokens before a figure a phrase for the whole country may stand (a run-on sentence in lower case holds
    /// the province's own figures further on).
    static let nationalReach = 12

    /// The tokens that start a phrase for the whole country: "cả nước", "toàn quốc", "nước ta" (not in a comparison: "so với cả nước",
    /// "đứng thứ 5 cả nước").
    static func nationalMentions(_ c: ExtractionContext) -> [Int] {
        var out: [Int] = []
        for k in 0..<max(0, c.count - 1) where c.isWord(k, "cả") && c.isWord(k + 1, "nước") || c.isWord(k, "toàn") && c.isWord(k + 1, "quốc")
            || c.isWord(k, "nước") && c.isWord(k + 1, "ta") {
            let compared = c.isWord(k - 1, "với") || c.isWord(k - 2, "thứ") || c.isWord(k - 3, "thứ")
            if !compared { out.append(k) }
        }
        return out
    }

    /// True when the text stops inside a word: it ends in a letter, and its last syllable is a lone letter after a
    /// space ("Võ V") or cannot end a Vietnamese syllable (the vowel pairs iê, yê, uô, ươ need a final consonant: "Trườ").
    static func endsInCutWord(_ c: ExtractionContext) -> Bool {
        guard c.count >= 2, c.kind(c.count - 1) == .word else { return false }
        let last = c.token(c.count - 1)
        // Nothing may follow the word, not even a line break.
        guard last.span.end == c.analyzed.document.length else { return false }
        let scalars = Array(c.folded[c.count - 1].unicodeScalars.map(\.value))
        if scalars.count == 1 { return last.spaceBefore }
        guard scalars.count >= 2, let v = Self.pairNeedingFinal[scalars[scalars.count - 1]] else { return false }
        return v.contains(scalars[scalars.count - 2])
    }

    /// The second vowel of a pair that needs a final consonant, in any tone, -> the first vowels it pairs with.
    static let pairNeedingFinal: [UInt32: Set<UInt32>] = {
        var out: [UInt32: Set<UInt32>] = [:]
        let iy: Set<UInt32> = [0x69, 0x79], u: Set<UInt32> = [0x75], ư: Set<UInt32> = [0x01B0]
        for e in "êềếểễệ".unicodeScalars { out[e.value] = iy }
        for o in "ôồốổỗộ".unicodeScalars { out[o.value] = u }
        for o in "ơờớởỡợ".unicodeScalars { out[o.value] = ư }
        return out
    }()

    /// The place a figure is tied to: the last place named before it in its sentence (the unit's name when
    /// resolved), else the article's province.
    func place(_ loc: Candidate?, _ c: ExtractionContext, _ article: ArticlePlace) -> String? {
        if let loc {
            if let key = loc.attributes["unit"]?.stringValue, let u = places.unit(key: key) { return u.name }
            return c.text(loc.tokens)
        }
        return article.province.map { places.units[$0].name }
    }
}
