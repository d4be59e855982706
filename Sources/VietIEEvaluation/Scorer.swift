/// Precision, recall and F1 from counts.
///
///     let prf = report.strict["PERSON"]!
///     print(prf.gold, prf.predicted, prf.precision, prf.recall, prf.f1)
public struct PRF: Sendable, Equatable {
    /// Correct predictions (for lenient scores: predictions that overlap a gold item).
    public var truePositives = 0
    /// Predictions made.
    public var predicted = 0
    /// Gold items.
    public var gold = 0
    /// Gold items found (equals `truePositives` except in lenient scores).
    public var goldFound = 0

    /// `truePositives / predicted`; 1 when nothing was predicted and nothing was to be found, 0 when only
    /// the prediction is empty.
    public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    /// `goldFound / gold`; 1 when there was nothing to find and nothing was predicted, 0 when only the
    /// gold is empty.
    public var recall: Double { gold == 0 ? (predicted == 0 ? 1 : 0) : Double(goldFound) / Double(gold) }
    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    mutating func add(tp: Int, predicted p: Int, gold g: Int, goldFound gf: Int? = nil) {
        truePositives += tp
        predicted += p
        gold += g
        goldFound += gf ?? tp
    }
}

/// One entity the benchmark got wrong, for error analysis.
///
///     for miss in report.misses where miss.type == "PERSON" {
///         print(miss.document, miss.start, miss.end, miss.text, miss.overlapsOther ? "boundary" : "-")
///     }
public struct SpanError: Sendable {
    /// The document id.
    public var document: String
    /// The entity type (`PERSON`, `TITLE`...).
    public var type: String
    /// The span's text, as its record gives it.
    public var text: String
    /// The span's first code point.
    public var start: Int
    /// One past the span's last code point.
    public var end: Int
    /// True when a same-type span overlaps it on the other side (a boundary error).
    public var overlapsOther: Bool
}

/// Everything `vietie benchmark` reports.
///
///     let report = Scorer.score(gold: gold, predicted: predicted)
///     print(ReportFormatter.table(report))
public struct BenchmarkReport: Sendable {
    /// Gold documents scored.
    public var documents = 0
    /// Ids of gold documents with no prediction (they score as empty predictions).
    public var missingPredictions: [String] = []
    /// Per entity type: same start, end and type.
    public var strict: [String: PRF] = [:]
    /// Per entity type: overlapping spans of the same type.
    public var lenient: [String: PRF] = [:]
    /// Strict scores summed over the entity types.
    public var microStrict = PRF()
    /// Officials by name.
    public var officialNames = PRF()
    /// Officials' (name, title) pairs.
    public var officialTitles = PRF()
    /// Officials' (name, title, organization) triples.
    public var officialOrganizations = PRF()
    /// Figures' (metric, value) pairs, as a multiset.
    public var statistics = PRF()
    /// Pairs of people who took part in the same event (who met whom).
    public var meetings = PRF()
    /// Gold entities not predicted exactly, in document order.
    public var misses: [SpanError] = []
    /// Predicted entities not in the gold exactly, in document order.
    public var falseAlarms: [SpanError] = []
    /// Misses and false alarms of officials, statistics and meeting pairs, as readable lines.
    public var otherErrors: [String] = []
}

/// Scores predictions against gold per CONTRACT.md: per document, then summed.
///
///     let gold = try ScoredDocument.load(jsonl: Array(goldData))
///     let predicted = try ScoredDocument.load(jsonl: Array(predictionData))
///     let report = Scorer.score(gold: gold, predicted: predicted)
///     report.microStrict.f1   // e.g. 0.966
public enum Scorer {
    /// The entity types scored, in report order.
    public static let entityTypes = ["PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "STATISTIC"]

    /// Scores every gold document against the prediction with the same id.
    ///
    /// Names, titles and organizations are compared by their ``Comparison`` keys. Predictions whose id
    /// is not in the gold are ignored.
    ///
    /// - Parameters:
    ///   - gold: the hand-annotated records.
    ///   - predicted: the records to score (a later record with the same id replaces an earlier one).
    /// - Complexity: O(n) in the total size of the records, times the spans of one type in a document for
    ///   the lenient scores.
    public static func score(gold: [ScoredDocument], predicted: [ScoredDocument]) -> BenchmarkReport {
        var report = BenchmarkReport()
        var byID: [String: ScoredDocument] = [:]
        for p in predicted { byID[p.id] = p }
        for t in entityTypes { report.strict[t] = PRF(); report.lenient[t] = PRF() }
        for g in gold {
            report.documents += 1
            let p = byID[g.id]
            if p == nil { report.missingPredictions.append(g.id) }
            scoreEntities(g, p, &report)
            scoreOfficials(g, p, &report)
            scoreStatistics(g, p, &report)
            scoreMeetings(g, p, &report)
        }
        return report
    }

    static func scoreEntities(_ g: ScoredDocument, _ p: ScoredDocument?, _ r: inout BenchmarkReport) {
        let pred = p?.entities ?? []
        for type in Set(entityTypes + g.entities.map(\.type) + pred.map(\.type)) {
            let gs = Set(g.entities.filter { $0.type == type }.map { Key($0) })
            let ps = Set(pred.filter { $0.type == type }.map { Key($0) })
            let tp = gs.intersection(ps).count
            r.strict[type, default: PRF()].add(tp: tp, predicted: ps.count, gold: gs.count)
            r.microStrict.add(tp: tp, predicted: ps.count, gold: gs.count)
            let predOverlapping = ps.filter { x in gs.contains { $0.overlaps(x) } }.count
            let goldOverlapped = gs.filter { x in ps.contains { $0.overlaps(x) } }.count
            r.lenient[type, default: PRF()].add(tp: predOverlapping, predicted: ps.count, gold: gs.count, goldFound: goldOverlapped)
            for k in gs.subtracting(ps).sorted(by: { $0.start < $1.start }) {
                r.misses.append(SpanError(document: g.id, type: type, text: k.text, start: k.start, end: k.end,
                                          overlapsOther: ps.contains { $0.overlaps(k) }))
            }
            for k in ps.subtracting(gs).sorted(by: { $0.start < $1.start }) {
                r.falseAlarms.append(SpanError(document: g.id, type: type, text: k.text, start: k.start, end: k.end,
                                               overlapsOther: gs.contains { $0.overlaps(k) }))
            }
        }
    }

    struct Key: Hashable {
        var start: Int, end: Int, text: String
        init(_ s: ScoredDocument.SpanItem) { start = s.start; end = s.end; text = s.text }
        static func == (a: Key, b: Key) -> Bool { a.start == b.start && a.end == b.end }
        func hash(into h: inout Hasher) { h.combine(start); h.combine(end) }
        func overlaps(_ o: Key) -> Bool { start < o.end && o.start < end }
    }

    static func compareSets<T: Hashable>(_ gold: Set<T>, _ pred: Set<T>, _ prf: inout PRF, _ label: String, _ id: String,
                                         _ errors: inout [String], _ describe: (T) -> String) {
        prf.add(tp: gold.intersection(pred).count, predicted: pred.count, gold: gold.count)
        for x in gold.subtracting(pred) { errors.append("\(id)\tmiss\t\(label)\t\(describe(x))") }
        for x in pred.subtracting(gold) { errors.append("\(id)\tfalse\t\(label)\t\(describe(x))") }
    }

    static func scoreOfficials(_ g: ScoredDocument, _ p: ScoredDocument?, _ r: inout BenchmarkReport) {
        func names(_ d: ScoredDocument?) -> Set<String> { Set((d?.officials ?? []).map { Comparison.nameKey($0.name) }) }
        func pairs(_ d: ScoredDocument?) -> Set<[String]> {
            Set((d?.officials ?? []).flatMap { o in o.positions.map { [Comparison.nameKey(o.name), Comparison.phraseKey($0.title)] } })
        }
        func triples(_ d: ScoredDocument?) -> Set<[String]> {
            Set((d?.officials ?? []).flatMap { o in
                o.positions.map { [Comparison.nameKey(o.name), Comparison.phraseKey($0.title), Comparison.phraseKey($0.organization)] }
            })
        }
        compareSets(names(g), names(p), &r.officialNames, "official", g.id, &r.otherErrors) { $0 }
        compareSets(pairs(g), pairs(p), &r.officialTitles, "official+title", g.id, &r.otherErrors) { $0.joined(separator: " | ") }
        compareSets(triples(g), triples(p), &r.officialOrganizations, "official+title+org", g.id, &r.otherErrors) { $0.joined(separator: " | ") }
    }

    static func scoreStatistics(_ g: ScoredDocument, _ p: ScoredDocument?, _ r: inout BenchmarkReport) {
        // A multiset: two equal figures in one article are two facts.
        func bag(_ d: ScoredDocument?) -> [String: Int] {
            var b: [String: Int] = [:]
            for s in d?.statistics ?? [] { b["\(s.metric)=\(JSONNumber.format(s.value))", default: 0] += 1 }
            return b
        }
        let gb = bag(g), pb = bag(p)
        let tp = gb.reduce(0) { $0 + min($1.value, pb[$1.key] ?? 0) }
        r.statistics.add(tp: tp, predicted: pb.values.reduce(0, +), gold: gb.values.reduce(0, +))
        for (k, n) in gb where n > (pb[k] ?? 0) { r.otherErrors.append("\(g.id)\tmiss\tstatistic\t\(k) x\(n - (pb[k] ?? 0))") }
        for (k, n) in pb where n > (gb[k] ?? 0) { r.otherErrors.append("\(g.id)\tfalse\tstatistic\t\(k) x\(n - (gb[k] ?? 0))") }
    }

    static func scoreMeetings(_ g: ScoredDocument, _ p: ScoredDocument?, _ r: inout BenchmarkReport) {
        func pairs(_ d: ScoredDocument?) -> Set<[String]> {
            var out = Set<[String]>()
            for names in d?.events ?? [] {
                let keys = Array(Set(names.map(Comparison.nameKey))).sorted()
                for i in 0..<keys.count { for j in (i + 1)..<max(i + 1, keys.count) { out.insert([keys[i], keys[j]]) } }
            }
            return out
        }
        compareSets(pairs(g), pairs(p), &r.meetings, "met-with", g.id, &r.otherErrors) { $0.joined(separator: " + ") }
    }
}

/// Numbers as the report prints them: integers without a fraction.
enum JSONNumber {
    static func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 9e15 ? String(Int64(d)) : String(d)
    }
}
