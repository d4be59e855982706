import VietIECore

/// Prints a ``BenchmarkReport`` as a table or as JSON.
///
///     print(ReportFormatter.table(report), terminator: "")
///     print(ReportFormatter.json(report).serialized)
public enum ReportFormatter {
    static func f3(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        var s = String(v)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            s += String(repeating: "0", count: max(0, 3 - decimals))
        } else { s += ".000" }
        return s
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }

    /// The report as the text table `vietie benchmark` prints: the document count, per entity type the
    /// strict and lenient precision, recall and F1 with the micro strict line, then the facts (officials,
    /// statistics, meetings). Scores have three decimals.
    ///
    /// - Complexity: O(1): a fixed number of lines.
    public static func table(_ r: BenchmarkReport) -> String {
        var lines: [String] = []
        lines.append("documents: \(r.documents)" + (r.missingPredictions.isEmpty ? "" : " (no prediction for \(r.missingPredictions.count): \(r.missingPredictions.prefix(5).joined(separator: ", ")))"))
        lines.append("")
        lines.append(pad("entities", 14) + " " + ["gold", "pred", "strict P", "R", "F1", "lenient P", "R", "F1"].enumerated()
            .map { lpad($0.element, $0.offset < 2 ? 5 : ($0.offset == 5 ? 10 : 8)) }.joined(separator: " "))
        for type in Scorer.entityTypes {
            let s = r.strict[type] ?? PRF(), l = r.lenient[type] ?? PRF()
            lines.append(pad(type, 14) + " " + [lpad("\(s.gold)", 5), lpad("\(s.predicted)", 5),
                                                lpad(f3(s.precision), 8), lpad(f3(s.recall), 8), lpad(f3(s.f1), 8),
                                                lpad(f3(l.precision), 10), lpad(f3(l.recall), 8), lpad(f3(l.f1), 8)].joined(separator: " "))
        }
        let m = r.microStrict
        lines.append(pad("micro (strict)", 14) + " " + [lpad("\(m.gold)", 5), lpad("\(m.predicted)", 5),
                                                        lpad(f3(m.precision), 8), lpad(f3(m.recall), 8), lpad(f3(m.f1), 8)].joined(separator: " "))
        lines.append("")
        lines.append(pad("facts", 28) + " " + ["gold", "pred", "P", "R", "F1"].map { lpad($0, 6) }.joined(separator: " "))
        for (name, prf) in facts(r) {
            lines.append(pad(name, 28) + " " + [lpad("\(prf.gold)", 6), lpad("\(prf.predicted)", 6), lpad(f3(prf.precision), 6),
                                                lpad(f3(prf.recall), 6), lpad(f3(prf.f1), 6)].joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func facts(_ r: BenchmarkReport) -> [(String, PRF)] {
        [("officials (name)", r.officialNames), ("officials (name, title)", r.officialTitles),
         ("officials (name,title,org)", r.officialOrganizations), ("statistics (metric,value)", r.statistics),
         ("meetings (who met whom)", r.meetings)]
    }

    static func prf(_ p: PRF) -> JSONValue {
        .object([("gold", .number(Double(p.gold))), ("predicted", .number(Double(p.predicted))),
                 ("precision", .number(p.precision)), ("recall", .number(p.recall)), ("f1", .number(p.f1))])
    }

    /// The report as the JSON `vietie benchmark --json` prints: `documents`, `missing_predictions`,
    /// `entities` (per type, `strict` and `lenient`), `micro_strict` and one member per fact
    /// (`officials_name`, `officials_name_title`, `officials_name_title_org`, `statistics_metric_value`,
    /// `meetings_pairs`), each with gold, predicted, precision, recall and f1.
    ///
    /// - Complexity: O(n) in the number of documents without a prediction.
    public static func json(_ r: BenchmarkReport) -> JSONValue {
        let keys = ["officials_name", "officials_name_title", "officials_name_title_org", "statistics_metric_value", "meetings_pairs"]
        return .object([
            ("documents", .number(Double(r.documents))),
            ("missing_predictions", .array(r.missingPredictions.map(JSONValue.string))),
            ("entities", .object(Scorer.entityTypes.map { t in
                (t, .object([("strict", prf(r.strict[t] ?? PRF())), ("lenient", prf(r.lenient[t] ?? PRF()))]))
            })),
            ("micro_strict", prf(r.microStrict)),
        ] + zip(keys, facts(r)).map { ($0, prf($1.1)) })
    }

    /// Misses and false alarms, one per line, for error analysis.
    ///
    /// Entity lines are `document, miss|false, type, start-end, boundary|-, text`, tab-separated; fact lines
    /// (officials, statistics, meeting pairs) follow, sorted, when `type` is nil or not an entity type.
    ///
    /// - Parameter type: an entity type, a fact label (`official`, `statistic`, `met-with`...) or nil for all.
    /// - Complexity: O(n log n) in the number of errors.
    public static func errors(_ r: BenchmarkReport, type: String?) -> String {
        var lines: [String] = []
        func show(_ e: SpanError, _ kind: String) -> String {
            "\(e.document)\t\(kind)\t\(e.type)\t\(e.start)-\(e.end)\t\(e.overlapsOther ? "boundary" : "-")\t\(e.text)"
        }
        for e in r.misses where type == nil || e.type == type { lines.append(show(e, "miss")) }
        for e in r.falseAlarms where type == nil || e.type == type { lines.append(show(e, "false")) }
        if type == nil || !Scorer.entityTypes.contains(type!) {
            lines += r.otherErrors.filter { type == nil || $0.contains("\t\(type!)") }.sorted()
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
