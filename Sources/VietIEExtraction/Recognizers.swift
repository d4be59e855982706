import VietIECore
import VietIEGazetteer
import VietIEText
import Foundation

/// The recognition phases in their fixed order. Each reads the analyzed text, the cue lists and the
/// candidates of the phases before it.
public struct Recognizers: Sendable {
    public static let phases: [(name: String, reads: String)] = [
        ("dates", "tokens + cues/dates.tsv -> DATE, resolved against the publication date"),
        ("statistics", "numbers + cues/metrics.tsv, cues/number_words.tsv; DATE -> STATISTIC with metric and value"),
        ("places", "places/type_words.tsv, units.tsv, aliases.tsv, regions.tsv -> LOCATION resolved on the article date"),
        ("organizations", "organizations/*.tsv + places -> ORGANIZATION (with the place that completes it)"),
        ("titles", "titles/titles.tsv, abbreviations.tsv, modifiers.tsv -> TITLE"),
        ("persons", "TITLE, ORGANIZATION, LOCATION + cues/surnames.tsv, titles/honorifics.tsv -> PERSON"),
    ]

    public let lexicon: Lexicon
    public let gazetteer: Gazetteer
    public let places: AdminUnits

    public init(gazetteer: Gazetteer, places: AdminUnits, analyzer: TextAnalyzer) {
        self.gazetteer = gazetteer
        self.places = places
        self.lexicon = Lexicon(gazetteer: gazetteer)
    }

    /// Runs every phase and decides the spans.
    public func run(_ analyzed: AnalyzedText) -> (entities: [Entity], statistics: [Statistic], officials: [Official]) {
        var context = ExtractionContext(analyzed: analyzed, lexicon: lexicon)
        for m in gazetteer.matches(in: analyzed) {
            context.matchesAt[m.tokens.lowerBound].append((m.tokens.upperBound, m.entries))
            for e in m.entries where e.list < 64 { context.listsAt[m.tokens.lowerBound] |= 1 << UInt64(e.list) }
        }
        for k in context.matchesAt.indices where context.matchesAt[k].count > 1 { context.matchesAt[k].sort { $0.end > $1.end } }
        let date = analyzed.document.published.flatMap(PublicationDate.isoDatePrefix)
        let parser = PlaceParser(gazetteer: gazetteer, places: places)
        DateRecognizer().run(&context)
        StatisticRecognizer().run(&context)
        PlaceRecognizer(parser: parser).run(&context, date: date)
        OrganizationRecognizer(parser: parser).run(&context, date: date)
        TitleRecognizer().run(&context)
        PersonRecognizer().run(&context)
        let decided = SpanPolicy.decide(context.candidates)
        context.candidates = decided
        var votes: [String: Int] = [:]
        for l in decided where l.type == .location { if let k = l.attributes["unit"]?.stringValue { votes[k, default: 0] += 1 } }
        let host = analyzed.document.url.flatMap { URLComponents(string: $0)?.host }
        let article = ArticlePlace(document: host, locations: votes.compactMap { k, n in places.index(key: k).map { ([$0], n) } },
                                   places: places, date: date)
        let officials = OfficialsBuilder(completer: OrganizationCompleter(places: places, article: article, typeWords: parser))
            .build(context, decided)
        var entities: [Entity] = []
        var statistics: [Statistic] = []
        for cand in decided {
            let span = context.span(cand.tokens)
            let text = analyzed.document.text(of: span)
            let provenance = Provenance(rule: cand.rule, entries: cand.entries.map(gazetteer.location))
            entities.append(Entity(type: cand.type, span: span, text: text, provenance: provenance, attributes: cand.attributes))
            if cand.type == .statistic, let m = cand.attributes["metric"]?.stringValue, let metric = Metric(rawValue: m),
               let value = cand.attributes["value"]?.doubleValue {
                let date = nearestDate(before: cand.tokens.lowerBound, in: decided) ?? context.analyzed.document.published.flatMap(PublicationDate.isoDatePrefix)
                statistics.append(Statistic(metric: metric, value: value, span: span, text: text, place: nil, date: date,
                                            provenance: provenance))
            }
        }
        return (entities, statistics, officials)
    }

    /// The resolved value of the last DATE before token `i`.
    func nearestDate(before i: Int, in decided: [Candidate]) -> String? {
        decided.last { $0.type == .date && $0.tokens.upperBound <= i && $0.attributes["value"] != nil }?.attributes["value"]?.stringValue
    }
}
