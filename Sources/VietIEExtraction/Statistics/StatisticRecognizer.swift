import VietIECore

/// STATISTIC: a COVID-19 figure and the noun it counts ("6.360 trường hợp nhiễm COVID-19",
/// "2.487 trường hợp" after "đang điều trị", "6.482 mẫu", "1,8 triệu lượt người"), typed by its
/// cue phrases (`cues/metrics.tsv`): a specific counted noun first, then a status word attached
/// after it, then a status cue before the number in the same clause, then the generic noun's metric.
/// Qualifiers before the number ("hơn", "khoảng") stay outside the span.
///
/// Rules: `statistic.counted-noun`, `statistic.percent`, `statistic.labelled`, `statistic.breakdown-item`,
/// `statistic.list-item`, `statistic.coordinated`, `statistic.change`. Documents that never mention the epidemic
/// yield no statistics (`statistic` needs a COVID cue somewhere in the text).
struct StatisticRecognizer {
    static let metrics = Lexicon.List.metrics
    static let numberWords = Lexicon.List.numberWords
    static let covidContext = Lexicon.List.covidContext

    /// What the helpers of one document read besides the context, kept so that a long report stays linear:
    /// the dates (found by the phase before), which tokens they cover, and the first new-case figure.
    final class Scope {
        let dates: [Candidate]
        var inDate: [Bool]
        /// The end of the first figure typed cases_new so far.
        var firstNewCaseEnd: Int? = nil
        /// Whether each sentence looked at speaks of the epidemic (``speaksOfEpidemic(_:_:_:)``).
        var epidemicSentences: [Int: Bool] = [:]
        /// The tokens of the counts of new cases with their counted noun proposed so far, by value.
        var newCaseCounts: [Double: [Range<Int>]] = [:]

        init(_ c: ExtractionContext) {
            dates = c.candidates.filter { $0.type == .date }
            inDate = [Bool](repeating: false, count: c.count)
            for d in dates { for t in d.tokens { inDate[t] = true } }
        }

        /// The dates that end at or before token `i`, the last first.
        func dates(endingBefore i: Int) -> some Sequence<Candidate> {
            var lo = 0, hi = dates.count
            while lo < hi { let mid = (lo + hi) / 2; if dates[mid].tokens.upperBound <= i { lo = mid + 1 } else { hi = mid } }
            return dates[0..<lo].reversed()
        }
    }

    /// The statistics proposed so far that end after token `from` (they come in text order, last in the
    /// candidates), the last first.
    func recentStatistics(_ c: ExtractionContext, after from: Int) -> [Candidate] {
        var out: [Candidate] = []
        for cand in c.candidates.reversed() {
            guard cand.type == .statistic, cand.tokens.upperBound > from else { break }
            out.append(cand)
        }
        return out
    }

    /// A COVID cue at token `k` (cues/covid_context.tsv), unless the words next to it make it part of another word
    /// (its `not_after` and `not_before` columns: "chuyển dịch" shifts, "dịch vụ" is a service).
    static func isCovidCue(_ c: ExtractionContext, _ k: Int) -> Bool {
        guard let m = c.match(covidContext, at: k), let row = m.rows.first else { return false }
        if let after = row["not_after"], !after.isEmpty, after.split(ascii: "|").contains(where: { c.isWord(k - 1, String($0)) }) { return false }
        if let before = row["not_before"], !before.isEmpty, before.split(ascii: "|").contains(where: { c.isWord(m.end, String($0)) }) { return false }
        return true
    }

    func run(_ c: inout ExtractionContext) {
        // Only in articles about the epidemic (cues/covid_context.tsv): "3 trường hợp vi phạm" elsewhere is no case count.
        guard (0..<c.count).contains(where: { c.hasPrefix($0, "covid") }) || (0..<c.count).contains(where: { Self.isCovidCue(c, $0) }) else { return }
        let scope = Scope(c)
        var i = 0
        while i < c.count {
            var value: Double
            var j: Int
            if c.kind(i) == .number, c.isWord(i - 1, "thứ") {
                // An ordinal is no count: "ca bệnh thứ 2 tử vong", "đợt dịch thứ 4".
                i += 1
                continue
            } else if c.kind(i) == .number, let v = NumberValue.parse(c.cased[i]), !scope.inDate[i] {
                value = v
                j = i + 1
            } else if c.kind(i) == .number, !scope.inDate[i],
                      let f = NumberValue.fraction(c.cased[i], dateLike: c.match(Self.metrics, at: i + 1)?.rows.contains(where: { ($0["note"] ?? "").hasPrefixBytes("place count") }) == true) {
                // A part of a whole counts the part: "Lũy kế 100.979/122.548 bệnh nhân đã khỏi bệnh", "11/11 huyện, thị, thành".
                value = f.part
                j = i + 1
            } else if c.kind(i) == .word, let (v, end) = spelledNumber(c, at: i), let noun = c.match(Self.metrics, at: end),
                      noun.rows.contains(where: { ["after_number", "either"].contains($0["position"] ?? "") && $0["metric"] != "none" }),
                      spelledCount(c, from: i, value: v, nounEnd: noun.end) {
                // A number in words before its counted noun: "hai trường hợp", "một ca tử vong", "mười lăm người".
                value = v
                j = end
            } else {
                i += 1
                continue
            }
            // Multipliers: "1,8 triệu".
            if let m = c.match(Self.numberWords, at: j), m.rows.first?["kind"] == "multiplier",
               let factor = m.rows.first?["value"].flatMap(Double.init), factor >= 1000 {
                value *= factor
                j = m.end
            }
            if c.isPunct(j, "%") {
                guard speaksOfEpidemic(c, i, scope) else { i = j + 1; continue }
                c.propose(Candidate(type: .statistic, tokens: i..<(j + 1), rule: "statistic.percent", priority: 10,
                                    attributes: ["metric": "other", "value": .number(value)]))
                i = j + 1
                continue
            }
            // An item of a breakdown by where the cases were found, its counted noun left out: "38.372 ca nhiễm Covid-19
            // (trong đó 9.068 cộng đồng, 25.083 khu phong tỏa, 4.221 khu cách ly)" ("4.221 khu cách ly" stays a count of quarantine areas).
            if !c.breakBefore(j), value >= 1, value == value.rounded(),
               c.match(Self.metrics, at: j)?.rows.contains(where: { $0["position"] == "found_at" }) == true,
               let metric = casesBrokenDown(c, before: i) {
                c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.breakdown-item", priority: 10,
                                    attributes: ["metric": .string(metric), "value": .number(value)]))
                i = j
                continue
            }
            // (The counted noun is on the number's line: "43 ⏎ Nhân viên y tế lấy mẫu" counts nothing.)
            guard !c.breakBefore(j), let (noun, nounRow) = countedNoun(c, at: j) else {
                // An item of a breakdown by where the cases were found, that place first and the noun left out: "120 ca nhiễm
                // Covid-19, trong đó: trong khu phong tỏa 26 ca; trong khu cách ly 90".
                if value >= 1, value == value.rounded(), foundAtBefore(c, i), let metric = casesBrokenDown(c, before: i) {
                    c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.breakdown-item", priority: 10,
                                        attributes: ["metric": .string(metric), "value": .number(value)]))
                    i = j
                    continue
                }
                // An item of a list of places with their figures, its counted noun left out: "trong đó: thành phố Yên Bái
                // 495, thị xã Nghĩa Lộ 47", "TP. Vinh: 33, Diễn Châu: 04", "huyện Long Thành với 34".
                if !scope.inDate[i], let metric = placeListItem(c, number: i, end: j, value: value) {
                    c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.list-item", priority: 10,
                                        attributes: ["metric": .string(metric), "value": .number(value), "inherited": true]))
                    i = j
                    continue
                }
                // An item of a breakdown by place, its figure alone in parentheses: "269 bệnh nhân mắc COVID-19, trong
                // đó: Huyện Điện Biên (208); huyện Tủa Chùa (02); ...".
                if c.isPunct(i - 1, "("), c.isPunct(j, ")"), c.kind(i - 2) == .word, value >= 1, value == value.rounded(),
                   let previous = brokenDownCaseCount(c, before: i), i - previous.tokens.upperBound <= 80,
                   let metric = previous.attributes["metric"]?.stringValue {
                    c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.breakdown-item", priority: 10,
                                        attributes: ["metric": .string(metric), "value": .number(value)]))
                    i = j + 1
                    continue
                }
                // A change after a figure, in parentheses: "Huyện Tân Châu: 10 ca (tăng 06)".
                if c.isPunct(i - 2, "("), c.isWord(i - 1, "tăng") || c.isWord(i - 1, "giảm"), c.isPunct(j, ")"),
                   c.candidates.last.map({ $0.type == .statistic && $0.tokens.upperBound == i - 2 }) == true {
                    c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.change", priority: 10,
                                        attributes: ["metric": "other", "value": .number(value)]))
                    i = j + 1
                    continue
                }
                // A figure right after its status, the counted noun left out: "điều trị khỏi 69 ca (giảm 4 ca); tử vong 11
                // (tăng 07 ca)".
                if value >= 1, value == value.rounded(), value < 1900 || c.cased[i].contains("."), !c.breakBefore(i),
                   j >= c.count || c.breakBefore(j) || c.isPunct(j, "(") || c.isPunct(j, ";") || c.isPunct(j, ",") || c.isPunct(j, "."),
                   let cue = adjacentStatus(c, before: i), speaksOfEpidemic(c, i, scope) {
                    c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.labelled", priority: 10,
                                        attributes: ["metric": .string(cue), "value": .number(value)]))
                    i = j
                    continue
                }
                // A bulletin's sentence "Số <status> là N": "Số ca đang điều trị, theo dõi là 2.144."; so "Tổng số ..." and a
                // breakdown's "trong đó số ..." or a clause's "; số ...".
                // (Or before its breakdown in parentheses: "số trường hợp lây nhiễm trong cộng đồng là 197 (Cầu Ngang: 38, ...)".)
                if value >= 1, value == value.rounded(), c.isWord(i - 1, "là"), !c.breakBefore(i),
                   j >= c.count || c.breakBefore(j) || c.isPunct(j, ".") || c.isPunct(j, ",") || c.isPunct(j, ";") || c.isPunct(j, "("),
                   let label = (max(0, i - 12)..<(i - 1)).first(where: { c.isWord($0, "số") && startsLabel(c, $0, sentence: c.sentenceStart(i)) }),
                   // (With no status in it, a label that counts cases counts the report's cases: "số trường hợp lây nhiễm trong
                   // cộng đồng là 197".)
                   let cue = statusCue(c, before: i, scope)
                       ?? (countedNoun(c, at: label + 1).map { Self.caseMetrics.contains($0.row["metric"] ?? "") } == true
                           ? reportedCases(c, i, scope, otherwise: "cases_confirmed") : nil),
                   cue != "none", cue != "other",
                   speaksOfEpidemic(c, i, scope) || Self.stateMetrics.contains(cue) && spokeOfEpidemicJustBefore(c, i, scope) {
                    c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.labelled", priority: 10,
                                        attributes: ["metric": .string(cue), "value": .number(value)]))
                    i = j
                    continue
                }
                // A figure alone after its label: "(số kết thúc cách ly trong ngày: 322)"; so a bulletin's line "Số <status>: N"
                // ("- Số ca đang điều trị: 06", "Số ca khỏi, ra viện: 290", "Số tử vong: 01 (BN 14348, ...)", "Số ca mắc mới: 00").
                if c.isPunct(i - 1, ":"), value == value.rounded(), !c.breakBefore(i),
                   c.isPunct(j, ")") || labelLineEnds(c, j) && opensLabelLine(c, before: i - 1),
                   let cue = statusCue(c, before: i, scope), cue != "none", cue != "other" || c.isPunct(j, ")") {
                    if cue == "cases_new", scope.firstNewCaseEnd == nil { scope.firstNewCaseEnd = j }
                    c.propose(Candidate(type: .statistic, tokens: i..<j, rule: "statistic.labelled", priority: 10,
                                        attributes: ["metric": .string(cue), "value": .number(value)]))
                }
                i += 1
                continue
            }
            let nounMetric = nounRow["metric"] ?? "other"
            if nounMetric == "none" { i = noun.end; continue }
            if (nounRow["note"] ?? "").hasPrefixBytes("place count"), !countsPlacesReached(c, number: i, nounEnd: noun.end, scope) { i = noun.end; continue }
            var end = noun.end
            var attached: String? = nil
            // What stays attached after the counted noun: the disease, a status, "mới".
            var k = end
            while k < c.count && k - end < 6 {
                if isDisease(c, k) { k += 1; continue }
                // The dose a count of doses is of stays with it: "liều vắc xin mũi 2" (not "mũi" alone).
                if k + 1 < c.count, c.isWord(k, "mũi"), c.kind(k + 1) == .number, !c.breakBefore(k + 1),
                   let dose = NumberValue.parse(c.cased[k + 1]), dose >= 1, dose <= 9, (nounRow["metric"] ?? "") == "vaccine_doses" {
                    k += 2
                    continue
                }
                if c.isWord(k, "với"), isDisease(c, k + 1) { k += 2; continue }
                // ("dương tính với vi-rút SARS-CoV-2".)
                if c.isWord(k - 1, "với") || c.isWord(k, "với") {
                    let v = c.isWord(k, "với") ? k + 1 : k
                    let d = c.isWord(v, "vi-rút") || c.isWord(v, "virus") ? v + 1
                        : c.isWord(v, "vi") && c.isWord(v + 1, "rút") ? v + 2
                        : c.isWord(v, "vi") && c.isPunct(v + 1, "-") && c.isWord(v + 2, "rút") ? v + 3 : v
                    if d > v, isDisease(c, d) { k = d + 1; continue }
                }
                // The test that found cases is no count of tests, and outside the span: "155 ca test nhanh dương tính", "11 ca
                // xét nghiệm ...".
                if k == noun.end, Self.caseMetrics.contains(nounMetric), c.isWord(k, "test") || c.isWord(k, "xét") && c.isWord(k + 1, "nghiệm") {
                    break
                }
                if let m = c.match(Self.metrics, at: k), let row = m.rows.first,
                   ["after_number", "either", "modifier"].contains(row["position"] ?? ""),
                   !(row["note"] ?? "").hasPrefixBytes("generic"), !(row["note"] ?? "").hasPrefixBytes("place count"), row["metric"] != "none", m.end - k <= 7 {
                    if row["position"] != "modifier" || (row["metric"] == "cases_new" && c.isWord(k, "mới")) {
                        attached = attached ?? row["metric"]
                        k = m.end
                        continue
                    }
                }
                // "42 người là F1": what the counted people are (outside the span, as "là" is); "34 ca là F1 trở thành
                // F0" are cases.
                // (Or "thuộc diện F1": "3 trường hợp thuộc diện F1".)
                let what = c.isWord(k, "là") ? k + 1 : c.isWord(k, "thuộc") && c.isWord(k + 1, "diện") ? k + 2 : -1
                if nounRow["cue"] != "ca", what > k, let m = c.match(Self.metrics, at: what), let row = m.rows.first,
                   ["after_number", "either"].contains(row["position"] ?? ""), let metric = row["metric"], metric.hasPrefixBytes("contacts_") {
                    attached = attached ?? metric
                    break
                }
                // A past status stays attached: "được tiêm", "đã điều trị khỏi bệnh", "được ra viện" (not how the cases
                // were found: "12 trường hợp được phát hiện tại cộng đồng").
                // (Cases quarantined when found stay cases: "Xã Thanh Sơn (03 ca đã cách ly từ khi về địa phương)".)
                // (Where the counted are and how they were vaccinated stay outside: "04 bệnh nhân được cách ly, điều trị tại Bệnh
                // viện", "1.655 chuyên gia được cách ly", "37.220 trẻ được tiêm mũi 1"; the clause after the span still types the
                // figure.)
                if c.isWord(k, of: .statusAuxiliary) {
                    var s = k + 1
                    while c.isWord(s, of: .statusAuxiliary) { s += 1 }
                    if let m = c.match(Self.metrics, at: s), let metric = m.rows.first?["metric"], metric != "none", metric != "other",
                       !Self.caseMetrics.contains(metric), !Self.describesCases(metric), metric != "under_treatment",
                       // (Nor the test that found cases: "4 ca được xét nghiệm sàng lọc từ 2 công ty".)
                       !(metric == "samples_tested" && Self.caseMetrics.contains(nounMetric)) {
                        attached = attached ?? metric
                        k = m.end
                        continue
                    }
                }
                // A recovery and the discharge coordinated with it: "10.208 ca được điều trị khỏi bệnh, xuất viện".
                if attached == "recovered" || attached == nil && nounMetric == "recovered", c.isPunct(k, ",") || c.isWord(k, "và"), !c.breakBefore(k + 1),
                   let m = c.match(Self.metrics, at: k + 1), m.rows.first?["metric"] == "recovered", c.isWord(k + 1, "xuất") || c.isWord(k + 1, "ra") {
                    k = m.end
                    continue
                }
                // The disease a checkpoint or a count is about: "chốt kiểm soát (phòng, chống) dịch Covid-19".
                if c.isWord(k, "dịch"), isDisease(c, k + 1) { k += 2; continue }
                if c.isWord(k, "phòng"), let d = (k + 1..<min(c.count, k + 4)).first(where: { c.isWord($0, "dịch") }), isDisease(c, d + 1),
                   (k + 1..<d).allSatisfy({ c.isWord($0, "chống") || c.isPunct($0, ",") }) {
                    k = d + 2
                    continue
                }
                // A vaccine's brand: "liều vắc-xin AstraZeneca"; a second word of a Latin-letter brand too ("Vero Cell"), not
                // the first of a place's name after it ("vắc xin Pfizer Long An", "Sinopharm Trung Quốc").
                if k > i, c.isWord(k - 1, of: .vaccineWord), c.isCapitalized(k), c.kind(k) == .word {
                    k += 1
                    if k < c.count, !c.breakBefore(k), c.isCapitalized(k), c.kind(k) == .word,
                       c.cased[k].utf8.allSatisfy({ $0 < 0x80 }), c.cased[k - 1].utf8.allSatisfy({ $0 < 0x80 }),
                       !(c.isCapitalized(k + 1) && c.kind(k + 1) == .word && !c.breakBefore(k + 1)) { k += 1 }
                    continue
                }
                if c.isWord(k, of: .infectionWord), let end = c.match(Self.metrics, at: k)?.end ?? (isDisease(c, k + 1) ? k + 1 : nil) {
                    k = end
                    continue
                }
                break
            }
            if k > end { end = k }
            var metric = decideMetric(c, numberAt: i, noun: nounRow, attached: attached, scope)
            if metric == "none" { i = end; continue }
            // A rate is no count: "trung bình 123,7 ca/ngày".
            if c.isPunct(noun.end, "/"), c.isWord(noun.end + 1, "ngày") || c.isWord(noun.end + 1, "tuần") || c.isWord(noun.end + 1, "tháng") {
                metric = "other"
            }
            // A repeat of the day's count (a caption, a summary) counts new cases too: "ghi nhận 19 ca mắc Covid-19 mới ...
            // Phát hiện 19 ca mắc Covid-19 ... - Ảnh 1."
            if metric == "cases_confirmed", repeatsNewCaseCount(c, i, value: value, before: true, scope) { metric = "cases_new" }
            var attributes: [String: JSONValue] = ["value": .number(value)]
            if metric.hasSuffix(Self.inheritedMark) {
                metric = String(metric.dropLast(Self.inheritedMark.count))
                attributes["inherited"] = true
            }
            attributes["metric"] = .string(metric)
            if metric == "cases_new", scope.firstNewCaseEnd == nil { scope.firstNewCaseEnd = end }
            // Figures coordinated before it count the same noun: "lần lượt ghi nhận 98, 91, 82 và 96 ca mắc".
            for k in coordinatedFigures(c, before: i, scope) {
                c.propose(Candidate(type: .statistic, tokens: k..<(k + 1), rule: "statistic.coordinated", priority: 10,
                                    attributes: ["metric": .string(metric), "value": .number(NumberValue.parse(c.cased[k]) ?? 0)]))
            }
            c.propose(Candidate(type: .statistic, tokens: i..<end, rule: "statistic.counted-noun", priority: 10,
                                entries: c.entries(of: Self.metrics, in: j..<end), attributes: attributes))
            if metric == "cases_new" { scope.newCaseCounts[value, default: []].append(i..<end) }
            i = end
        }
        // A headline's count that the text then reports as the day's new cases: "Ghi nhận 9 trường hợp dương tính Covid-19 ...
        // Chiều 6.10, ... ghi nhận thêm 9 trường hợp".
        for k in c.candidates.indices where c.candidates[k].type == .statistic && c.candidates[k].rule == "statistic.counted-noun"
            && c.candidates[k].attributes["metric"]?.stringValue == "cases_confirmed" {
            let n = c.candidates[k].tokens.lowerBound
            if let value = c.candidates[k].attributes["value"]?.doubleValue, repeatsNewCaseCount(c, n, value: value, before: false, scope) {
                c.candidates[k].attributes["metric"] = "cases_new"
            }
        }
    }

    /// The counted noun at token `j`, longest first: a noun of infected people only with the disease, "bệnh" or "mới" after
    /// it ("689 người mắc Covid-19"; in "300 người mắc kẹt" the noun is "người"); an abbreviation only in capitals.
    func countedNoun(_ c: ExtractionContext, at j: Int) -> (noun: (end: Int, rows: [Lexicon.Row]), row: Lexicon.Row)? {
        for m in c.matches(Self.metrics, at: j) {
            guard let row = m.rows.first(where: { ["after_number", "either"].contains($0["position"]) }) else { continue }
            // An abbreviation in capitals counts only as written: "377 TH", never "6 th" (a word cut short).
            if let cue = row["cue"], cue.utf8.count >= 2, cue.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), !c.isAllCaps(j) { continue }
            if (row["note"] ?? "").hasPrefixBytes("infected"),
               !(isDisease(c, m.end) || c.isWord(m.end, "bệnh") || c.isWord(m.end, "mới") || c.isWord(m.end, "với") && isDisease(c, m.end + 1)) {
                continue
            }
            return (m, row)
        }
        return nil
    }

    /// True when a count of cases at `i` repeats one the article reports as new cases (the same value, at least 5, with its
    /// counted noun), earlier (`before`) or later in the text, and nothing in its own clause makes it cumulative. (Small
    /// counts recur by chance: items of different lists.)
    func repeatsNewCaseCount(_ c: ExtractionContext, _ i: Int, value: Double, before: Bool, _ scope: Scope) -> Bool {
        guard value >= 5, (scope.newCaseCounts[value] ?? []).contains(where: { before ? $0.upperBound <= i : $0.lowerBound > i }) else { return false }
        return clauseModifier(c, i, reach: 20) == nil && !periodBefore(c, i, scope)
    }

    /// A number written in words from token `i` (cues/number_words.tsv): "hai" 2, "mười lăm" 15, "hai mươi ba" 23,
    /// "một trăm linh năm" 105, "ba nghìn" 3000; its value and end token, or nil when none starts there.
    func spelledNumber(_ c: ExtractionContext, at i: Int) -> (Double, Int)? {
        var total = 0.0, current = 0.0, k = i, words = 0
        while k < c.count, !c.breakBefore(k) || k == i, let m = c.match(Self.numberWords, at: k), m.end == k + 1, let row = m.rows.first,
              let v = row["value"].flatMap(Double.init) {
            switch row["kind"] ?? "" {
            case "digit": current += v
            case "teen": current += 10
            case "tens": current = max(current, 1) * 10
            case "multiplier" where v == 100: current = max(current, 1) * 100
            case "multiplier" where v >= 1000: total += max(current, 1) * v; current = 0
            case "filler" where words > 0: break
            default: return words > 0 && total + current > 0 ? (total + current, k) : nil
            }
            words += 1
            k += 1
        }
        return words > 0 && total + current > 0 ? (total + current, k) : nil
    }

    /// True when a number in words counts, not refers back: never "Cả hai bệnh nhân", "Hai bệnh nhân này"; "một" only
    /// after a reporting verb ("ghi nhận thêm một ca").
    func spelledCount(_ c: ExtractionContext, from i: Int, value: Double, nounEnd: Int) -> Bool {
        if c.isWord(i - 1, "cả") { return false }
        if (nounEnd..<min(c.count, nounEnd + 3)).contains(where: { c.isWord($0, of: .demonstrative) }) { return false }
        return value != 1 || (max(0, i - 2)..<i).contains { c.isWord($0, of: .reportingWord) }
    }

    /// The case count an item at `i` breaks down: the last case count proposed in its sentence (an item in
    /// parentheses only when `items`), with a breakdown marker ("trong đó", "gồm") between them.
    func brokenDownCaseCount(_ c: ExtractionContext, before i: Int, items: Bool = false) -> Candidate? {
        guard let previous = c.candidates.last(where: { $0.type == .statistic && (items || $0.rule != "statistic.breakdown-item" && $0.rule != "statistic.list-item")
                  && Self.caseMetrics.contains($0.attributes["metric"]?.stringValue ?? "") }),
              previous.tokens.upperBound <= i, c.sameSentence(previous.tokens.lowerBound, i) || opensWithBreakdown(c, sentenceOf: i, after: previous),
              (previous.tokens.upperBound..<i).contains(where: { c.match(Self.metrics, at: $0)?.rows.first?["position"] == "breakdown" })
        else { return nil }
        return previous
    }

    /// The code ("f0", "f1", "f2", "f3") that heads the label of the figure at `i`, a label alone on its line or clause and
    /// ending with a colon right before the figure ("- Số F1 hiện đang cách ly tập trung: 2.306"); nil for any other figure.
    func labelCode(_ c: ExtractionContext, _ i: Int) -> String? {
        guard c.isPunct(i - 1, ":") else { return nil }
        var start = i - 1
        while start > 0, i - start < 16, !c.breakBefore(start), !c.isPunct(start - 1, ";"), !c.isPunct(start - 1, ".") { start -= 1 }
        guard c.breakBefore(start) || start == 0 || c.isPunct(start - 1, ";") || c.isPunct(start - 1, ".") else { return nil }
        var k = start
        while k < i - 1, c.isPunct(k, "-") || c.isPunct(k, "*") || c.isPunct(k, "+") || c.isWord(k, of: .labelWord) { k += 1 }
        guard k < i - 1, ["f0", "f1", "f2", "f3"].contains(c.folded[k]) else { return nil }
        return c.folded[k]
    }

    /// True when the sentence of the figure at `i` opens with a breakdown marker ("Trong đó") and the sentence before it
    /// announces new cases with no figure of its own ("... đều ghi nhận ca mắc Covid-19 mới.").
    func announcedNewCases(_ c: ExtractionContext, _ i: Int) -> Bool {
        let start = c.sentenceStart(i)
        guard start > 0, c.match(Self.metrics, at: start)?.rows.first?["position"] == "breakdown" else { return false }
        var k = start - 1
        var figure = false, announced = false
        while k >= 0, c.sameSentence(k, start - 1) {
            if c.kind(k) == .number, !scopeFreeNumber(c, k) { figure = true }
            if c.isWord(k, "mới"), (max(0, k - 4)..<k).contains(where: { s in
                c.matches(Self.metrics, at: s).contains { m in m.end <= k && m.rows.contains { Self.caseMetrics.contains($0["metric"] ?? "") && $0["position"] == "after_number" } }
                    && c.kind(s - 1) != .number
            }) { announced = true }
            k -= 1
        }
        return announced && !figure
    }

    /// True when the sentence of token `i` opens with a breakdown marker ("Trong đó Vũ Thư (191), ...") right after the
    /// sentence of `previous`.
    func opensWithBreakdown(_ c: ExtractionContext, sentenceOf i: Int, after previous: Candidate) -> Bool {
        guard c.sentenceOf[i] == c.sentenceOf[previous.tokens.lowerBound] + 1 else { return false }
        let start = c.sentenceStart(i)
        return c.match(Self.metrics, at: start)?.rows.first?["position"] == "breakdown"
    }

    /// The metric of the case count the figure at `i` is an item of: the last figure before it, a count of cases
    /// within two sentences, with only a breakdown ("trong đó", a list of items) between them.
    func casesBrokenDown(_ c: ExtractionContext, before i: Int) -> String? {
        guard let previous = c.candidates.last(where: { $0.type == .statistic && $0.tokens.upperBound <= i }),
              let metric = previous.attributes["metric"]?.stringValue, Self.caseMetrics.contains(metric),
              c.sentenceOf[previous.tokens.lowerBound] >= c.sentenceOf[i] - 2,
              breakdown(c, between: previous.tokens.upperBound, and: i, listContinues: true) else { return nil }
        return metric
    }

    /// The metric of a figure alone after a place name, in a list of places with their figures whose counted noun is
    /// left out ("..., trong đó: thành phố Yên Bái 495, thị xã Nghĩa Lộ 47", "TP. Vinh: 33, Diễn Châu: 04", "huyện
    /// Long Thành với 34."): the metric of the figure before it in its sentence (an item, or the count the list breaks
    /// down), with only list material between them. Nil for a number that names or orders something ("Phường 7").
    func placeListItem(_ c: ExtractionContext, number i: Int, end j: Int, value: Double) -> String? {
        guard value == value.rounded(), !c.breakBefore(i) else { return nil }
        // The item ends at the figure.
        guard j >= c.count || c.breakBefore(j) || c.isPunct(j, ",") || c.isPunct(j, ";") || c.isPunct(j, ".")
                || c.isPunct(j, ")") || c.isWord(j, "và") else { return nil }
        // A place name right before it (its last word capitalized), or before ":" or "với".
        var p = i - 1
        var parenthesized = false
        if c.isPunct(p, ":") || c.isWord(p, "với") { p -= 1 }
        // Or its figure in parentheses: "huyện Châu Thành (04), thị xã Duyên Hải (02)".
        else if c.isPunct(p, "(") {
            guard c.isPunct(j, ")") else { return nil }
            p -= 1
            parenthesized = true
        }
        // (A word that numbers things ends a name too: "Phú Quý 451", not "Quý 3".)
        guard p >= 0, c.kind(p) == .word, c.isCapitalized(p), !c.isAllCaps(p),
              !c.isWord(p, of: .numberedName) || p > 0 && c.kind(p - 1) == .word && c.isCapitalized(p - 1) && !c.breakBefore(p) else { return nil }
        // The name starts after a list separator ("," ":" ";" "(" "và" "là" "gồm" "trong đó"), an administrative word before it
        // ("thành phố Yên Bái", "TP. Vinh"): not a name that a figure belongs to ("Công ty Wanek 2").
        // (A commune with its district: "Âu Cơ - thị xã Phú Thọ (1)".)
        var q = p
        var stepped = true
        while stepped {
            stepped = false
            while q > 0, i - q < 12, c.isCapitalized(q - 1) && c.kind(q - 1) == .word || c.isPunct(q - 1, "-") { q -= 1; stepped = true }
            while q > 0, i - q < 12, c.isWord(q - 1, of: .unitWord) { q -= 1; stepped = true }
            if !c.isPunct(q - 1, "-") { break }
        }
        // (An address's numbered part before the unit: "tổ 9 phường Minh Khai 1".)
        if q > 1, c.kind(q - 1) == .number, c.isWord(q - 2, of: .numberedName) { q -= 2 }
        // (Or after "(": "113 bệnh nhân ở 09 xã (xã Na Tông 65, Mường Nhà 17, ...)"; or after "tại" / "ở": "24 trường hợp mắc mới
        // tại Vô Tranh - Hạ Hòa (1), ...".)
        guard q > 0, c.isPunct(q - 1, ",") || c.isPunct(q - 1, ":") || c.isPunct(q - 1, ";") || c.isWord(q - 1, "và")
                || c.isWord(q - 1, "là") || c.isWord(q - 1, "gồm") || c.isWord(q - 1, "đó") || c.isPunct(q - 1, "(")
                || c.isWord(q - 1, "tại") || c.isWord(q - 1, "ở") else { return nil }
        // The figure before it: figures of other things on the way ("ở 21 địa phương: TP. Vinh: 536") are passed over.
        var previous: Candidate? = nil
        // (Not a count of patients whose state made it "other": "có diễn tiến nặng: 108 ca (Phan Thiết 66, ...)".)
        for cand in c.candidates.reversed() {
            guard cand.type == .statistic, cand.tokens.upperBound <= i else { break }
            // (Nor a change beside a count: "65 ca mắc mới (tăng 11 ca so với ngày trước đó)".)
            if cand.attributes["metric"]?.stringValue == "other",
               (c.match(Self.metrics, at: cand.tokens.lowerBound + 1)?.rows.contains(where: { Self.caseMetrics.contains($0["metric"] ?? "") }) != true
                || c.isWord(cand.tokens.lowerBound - 1, "tăng") || c.isWord(cand.tokens.lowerBound - 1, "giảm")) {
                continue
            }
            previous = cand
            break
        }
        // Or a heading that names the cases the list spreads over, after a count of cases in the two sentences before:
        // "... ghi nhận 140 ca nhiễm Covid-19. Các ca nhiễm phân bố theo huyện/thành phố: Yên Minh 12, Đồng Văn 70".
        if previous.map({ !c.sameSentence($0.tokens.lowerBound, i) }) ?? true {
            return headedListMetric(c, item: q, previous: previous)
        }
        guard let previous, let metric = previous.attributes["metric"]?.stringValue,
              i - previous.tokens.upperBound <= (parenthesized ? 40 : 20) else { return nil }
        let inStatistic = Set(recentStatistics(c, after: previous.tokens.upperBound).flatMap { Array($0.tokens) })
        for k in previous.tokens.upperBound..<i {
            if c.isPunct(k, ".") || c.breakBefore(k) { return nil }
            if c.kind(k) == .number && !inStatistic.contains(k) && !c.isWord(k - 1, of: .numberedName) { return nil }
        }
        return metric
    }

    /// The qualifier in the heading of the list the figure at `i` is an item of: its sentence up to its first ":", when no
    /// other figure stands in that heading.
    func headingModifier(_ c: ExtractionContext, _ i: Int) -> String? {
        let start = c.sentenceStart(i)
        guard let colon = (start..<i).first(where: { c.isPunct($0, ":") }), colon - start >= 3,
              !(start..<colon).contains(where: { c.kind($0) == .number && !scopeFreeNumber(c, $0) }) else { return nil }
        return clauseModifier(c, colon, reach: colon - start + 1)
    }

    /// True for a number in a heading that counts no cases: a count of places or hours ("8 địa phương", "trong 12 giờ qua").
    func scopeFreeNumber(_ c: ExtractionContext, _ k: Int) -> Bool {
        c.match(Self.metrics, at: k + 1)?.rows.contains { Self.caseMetrics.contains($0["metric"] ?? "") } != true
    }

    /// "cases_new" when the clause or the report the figure at `i` is in counts new cases, else `otherwise`.
    func reportedCases(_ c: ExtractionContext, _ i: Int, _ scope: Scope, otherwise: String) -> String {
        newCaseModifier(c, i) || continuesNewCaseReport(c, i, scope) ? "cases_new" : otherwise
    }

    /// True when "dương tính" follows the figure at `i` in its clause (before ",", ";", "." or a line break).
    func positiveAfter(_ c: ExtractionContext, _ i: Int) -> Bool {
        // (Across a place's own comma: "tại xã Ia Blang, huyện Chư Sê dương tính".)
        var k = i + 1
        while k < c.count, k - i < 18, !c.breakBefore(k), !c.isPunct(k, ",") || c.isWord(k + 1, of: .unitWord), !c.isPunct(k, ";"),
              !c.isPunct(k, "."), !c.isPunct(k, "(") {
            if c.isWord(k, "dương"), c.isWord(k + 1, "tính") { return true }
            k += 1
        }
        return false
    }

    /// The metric of the count of cases a parenthesized list of places breaks down, when the figure at `i` is an item of
    /// it: the list opens after that count in the same sentence, and the item before the figure is a place's name (with
    /// "có", "ở" or "tại") or nothing after "," / "và".
    func parenthesizedPlaceItem(_ c: ExtractionContext, _ i: Int) -> String? {
        var k = i - 1
        var open: Int? = nil
        while k >= 0, c.sameSentence(k, i), i - k < 120 {
            if c.isPunct(k, ")") { return nil }
            if c.isPunct(k, "(") { open = k; break }
            k -= 1
        }
        guard let open, let previous = c.candidates.last(where: { $0.type == .statistic && $0.tokens.upperBound <= open }),
              let metric = previous.attributes["metric"]?.stringValue, Self.caseMetrics.contains(metric),
              c.sameSentence(previous.tokens.lowerBound, i), open - previous.tokens.upperBound <= 16 else { return nil }
        var start = i
        while start > open + 1, !c.isPunct(start - 1, ","), !c.isPunct(start - 1, ";"), !c.isWord(start - 1, "và") { start -= 1 }
        // (The first item after "gồm:".)
        if start == open + 1, c.isWord(start, "gồm") { start += c.isPunct(start + 1, ":") ? 2 : 1 }
        let placeLike = (start..<i).allSatisfy { t in
            c.kind(t) == .word && c.isCapitalized(t) || c.kind(t) == .abbreviation || c.isWord(t, of: .unitWord) || c.isPunct(t, "-")
                || c.isWord(t, "có") || c.isWord(t, "ở") || c.isWord(t, "tại")
        }
        return placeLike ? metric : nil
    }

    /// True when the figure at `i` ends an item that starts, after a list separator, with where cases were found
    /// ("; trong khu cách ly 90", ": ngoài cộng đồng 4"), and ends right there.
    func foundAtBefore(_ c: ExtractionContext, _ i: Int) -> Bool {
        guard i + 1 >= c.count || c.breakBefore(i + 1) || c.isPunct(i + 1, ";") || c.isPunct(i + 1, ".") || c.isPunct(i + 1, ",") else { return false }
        for k in max(0, i - 5)..<i where k > 0 && (c.isPunct(k - 1, ";") || c.isPunct(k - 1, ":") || c.isPunct(k - 1, ",")) {
            guard let m = c.match(Self.metrics, at: k), m.end <= i, m.rows.contains(where: { $0["position"] == "found_at" }),
                  !(k..<i).contains(where: { c.kind($0) == .number || c.breakBefore($0) }) else { continue }
            return true
        }
        return false
    }

    /// The metric of the first item of a list whose heading (its sentence up to the ":" before the item at `q`, with no
    /// figure) names cases with a counted noun: the metric of `previous`, a count of cases in the two sentences before.
    func headedListMetric(_ c: ExtractionContext, item q: Int, previous: Candidate?) -> String? {
        guard let previous, let metric = previous.attributes["metric"]?.stringValue, Self.caseMetrics.contains(metric),
              c.isPunct(q - 1, ":"), c.sentenceOf[previous.tokens.lowerBound] >= c.sentenceOf[q] - 2 else { return nil }
        var k = q - 2
        var namesCases = false
        while k >= 0, c.sameSentence(k, q) {
            if c.kind(k) == .number { return nil }
            if let m = c.match(Self.metrics, at: k), m.end <= q - 1,
               m.rows.contains(where: { ["after_number", "either"].contains($0["position"] ?? "") && Self.caseMetrics.contains($0["metric"] ?? "")
                   && !($0["note"] ?? "").hasPrefixBytes("generic") }) {
                namesCases = true
            }
            k -= 1
        }
        return namesCases ? metric : nil
    }

    /// True when a count of administrative units ("3 xã, phường", "21 địa phương") tells how far the epidemic reached:
    /// its sentence speaks of the epidemic, no meeting comes just before ("họp trực tuyến với 3 điểm cầu và 33 xã phường"), and the
    /// units are no reference back ("3 địa phương này") or part of a name ("Biên phòng 3 tỉnh").
    func countsPlacesReached(_ c: ExtractionContext, number i: Int, nounEnd: Int, _ scope: Scope) -> Bool {
        if c.isCapitalized(i - 1) && c.kind(i - 1) == .word { return false }
        // Units named right after the count are those places, not a reach ("tại hai tỉnh Tây Nguyên là Gia Lai và Đắk Lắk").
        if c.isCapitalized(nounEnd) && c.kind(nounEnd) == .word { return false }
        if (nounEnd..<min(c.count, nounEnd + 3)).contains(where: { c.isWord($0, of: .demonstrative) }) { return false }
        // A meeting or a visit just before the count: the places took part in it.
        for k in max(0, i - 14)..<i where c.sameSentence(k, i) {
            if let m = c.match(Lexicon.List.events, at: k),
               m.rows.contains(where: { ($0["kind"] ?? "").split(ascii: "|").contains("event") || $0["kind"] == "venue" && c.isWord(k, "điểm") }) {
                return false
            }
        }
        return speaksOfEpidemic(c, i, scope)
    }

    /// True when the sentence of token `i` speaks of the epidemic: a COVID cue (cues/covid_context.tsv), a word of the
    /// epidemic (`epidemic_word` in cues/words.tsv), a case count, or a figure of the epidemic before `i` in it. Figures of the economy in an article that mentions COVID ("Kinh tế tăng trưởng bình quân 11,8%/năm")
    /// are no epidemic statistics.
    func speaksOfEpidemic(_ c: ExtractionContext, _ i: Int, _ scope: Scope) -> Bool {
        let sentence = c.sentenceOf[i]
        // A figure of the epidemic before it in the sentence: "đã tiêm mũi 1 là 445.769 người, đạt 106,2%".
        if recentStatistics(c, after: max(0, i - 80)).contains(where: { $0.rule != "statistic.percent" && c.sentenceOf[$0.tokens.lowerBound] == sentence }) {
            return true
        }
        if let known = scope.epidemicSentences[sentence] { return known }
        var start = i
        while start > 0 && c.sentenceOf[start - 1] == sentence { start -= 1 }
        var epidemic = false
        var k = start
        while k < c.count && c.sentenceOf[k] == sentence {
            if c.hasPrefix(k, "covid") || c.isWord(k, of: .epidemicWord) || Self.isCovidCue(c, k)
                || isCaseCount(c, k) {
                epidemic = true
                break
            }
            k += 1
        }
        scope.epidemicSentences[sentence] = epidemic
        return epidemic
    }

    /// True when one of the two sentences before token `i`'s speaks of the epidemic (a patient's status, ``stateMetrics``, then
    /// names it by itself: "Số người xuất viện là 56", "Số bệnh nhân tử vong là 3").
    func spokeOfEpidemicJustBefore(_ c: ExtractionContext, _ i: Int, _ scope: Scope) -> Bool {
        var start = c.sentenceStart(i)
        for _ in 0..<2 {
            guard start > 0 else { return false }
            if speaksOfEpidemic(c, start - 1, scope) { return true }
            start = c.sentenceStart(start - 1)
        }
        return false
    }

    /// True when a case count was proposed before token `i` in its sentence.
    func casesBefore(_ c: ExtractionContext, _ i: Int) -> Bool {
        recentStatistics(c, after: max(0, i - 60)).contains { cand in
            cand.tokens.upperBound <= i && c.sameSentence(cand.tokens.lowerBound, i)
                && Self.caseMetrics.contains(cand.attributes["metric"]?.stringValue ?? "")
        }
    }

    /// True when the figures at `a` and `b` both follow a name, as the items of a list of places or facilities do
    /// ("Bệnh viện Đa khoa Lâm Đồng 5 ca; Bệnh viện Đa khoa II Lâm Đồng 7 ca").
    func namedItems(_ c: ExtractionContext, _ a: Int, _ b: Int) -> Bool {
        func named(_ k: Int) -> Bool { k > 0 && c.kind(k - 1) == .word && c.isCapitalized(k - 1) && !c.isWord(k - 1, of: .numberedName) }
        return named(a) && named(b)
    }

    /// True when a count of cases or of people in a state starts at token `k` ("313 ca", "5 trường hợp tử vong").
    func isCaseCount(_ c: ExtractionContext, _ k: Int) -> Bool {
        guard c.kind(k) == .number, let m = c.match(Self.metrics, at: k + 1) else { return false }
        return m.rows.contains { row in
            ["after_number", "either"].contains(row["position"] ?? "") && (Self.caseMetrics.contains(row["metric"] ?? "") || Self.stateMetrics.contains(row["metric"] ?? ""))
        }
    }

    /// The bare figures coordinated before the figure at `i`, which count its noun: "98, 91, 82 và 96 ca mắc" (the last
    /// joined by "và", the others by commas); none when they are dates, or names ("mũi 1, 2 và 3").
    func coordinatedFigures(_ c: ExtractionContext, before i: Int, _ scope: Scope) -> [Int] {
        func bare(_ k: Int) -> Bool {
            k >= 0 && c.kind(k) == .number && !scope.inDate[k] && NumberValue.parse(c.cased[k]) != nil && !c.breakBefore(k + 1)
        }
        guard c.isWord(i - 1, "và"), bare(i - 2) else { return [] }
        var items = [i - 2]
        var k = i - 3
        while c.isPunct(k, ","), bare(k - 1) { items.append(k - 1); k -= 2 }
        // Nor after a name ("Công ty Wanek 2 và 4 trường hợp") or a word a number names ("mũi 1, 2 và 3").
        let first = items.last!
        if c.isWord(first - 1, of: .numberedName) || c.isCapitalized(first - 1) && c.kind(first - 1) == .word { return [] }
        // Figures already counted ("5 ca, 6 ca và 7 ca") are no bare figures.
        let counted = Set(recentStatistics(c, after: items.last!).flatMap { Array($0.tokens) })
        return items.reversed().filter { !counted.contains($0) }
    }

    func isDisease(_ c: ExtractionContext, _ k: Int) -> Bool {
        guard k < c.count else { return false }
        return c.hasPrefix(k, "covid") || c.isWord(k, "sars-cov-2") || c.isWord(k, "ncov") || c.isWord(k, "corona")
    }

    /// The metric of a status written right before the number ("tử vong 11"), nil when none ends there.
    func adjacentStatus(_ c: ExtractionContext, before i: Int) -> String? {
        for start in max(0, i - 6)..<i {
            if let m = c.match(Self.metrics, at: start), m.end == i,
               let row = m.rows.first(where: { ["before_number", "either"].contains($0["position"] ?? "") }),
               let metric = row["metric"], metric != "none" {
                return metric
            }
        }
        return nil
    }

    /// The status cue nearest before the number in its clause (back to ";" or the sentence start),
    /// skipping earlier figures; a generic quarantine cue is refined by a specific one further back.
    func statusCue(_ c: ExtractionContext, before i: Int, _ scope: Scope) -> String? {
        var found: [String] = []
        var k = i - 1
        // Only figures within reach of the scan below matter (it goes back at most 80 tokens, and cue
        // entries start up to 6 before that).
        let previous = recentStatistics(c, after: i - 91).filter { $0.tokens.upperBound <= i }.map(\.tokens)
        // The cue before a number that ends at each token the scan can reach (in the sentence), found once: its earliest
        // start at most 6 tokens before its end (as the scan reads them, nearest end first).
        let reach = max(0, i - 91, c.sentenceStart(i) - 6)
        var cueEndingAt = [(start: Int, metric: String)?](repeating: nil, count: i - reach)
        for start in reach..<i {
            guard let m = c.match(Self.metrics, at: start), case let end = m.end - 1, end < i, end - start <= 6,
                  cueEndingAt[end - reach] == nil,
                  let row = m.rows.first(where: { ["before_number", "either"].contains($0["position"] ?? "") }),
                  let metric = row["metric"] else { continue }
            cueEndingAt[end - reach] = (start, metric)
        }
        var refining = false
        while k >= 0 && c.sameSentence(k, i) && i - k < (refining ? 80 : 40) {
            if c.isPunct(k, ".") { break }
            // An aside closed before the figure is no status of it: "4.200 ca (chiếm gần 2/3 số ca mắc ...), Ninh Hòa 1.925 ca".
            if c.isPunct(k, ")"), let open = (max(reach, k - 30)..<k).last(where: { c.isPunct($0, "(") }) {
                k = open - 1
                continue
            }
            // Past ";" or an earlier figure, only a generic quarantine cue looks further for its heading
            // ("Cách ly y tế tại các nhà/nơi lưu trú: ...; trong đó: đang cách ly cho ...").
            if c.isPunct(k, ";") || previous.contains(where: { $0.contains(k) }) {
                guard found.first == "quarantine_total" else { break }
                refining = true
            }
            if let (start, metric) = cueEndingAt[k - reach] {
                // A status right after an earlier figure is that figure's ("38 trường hợp cách ly tại nhà và 1 trường hợp");
                // after "ở"/"tại" it is where a case was found, not a status.
                // ("1.334 F1 được cách ly từ trước đó và 101 trường hợp", "2.306 trường hợp đang cách ly tập trung, 5.910
                // trường hợp": past its auxiliaries too.)
                var head = start
                while head > 0, c.isWord(head - 1, of: .statusAuxiliary) || c.isWord(head - 1, "đang") { head -= 1 }
                // (So is a quarantine after a place noun: "các nơi cách ly", "khu cách ly", "cơ sở cách ly" are places.)
                let placeNoun = c.isWord(start - 1, "nơi") || c.isWord(start - 1, "khu") || c.isWord(start - 2, "cơ") && c.isWord(start - 1, "sở")
                let earlierFigures = previous.contains { $0.upperBound == head }
                let foundAt = c.isWord(start - 1, "ở") || c.isWord(start - 2, "ở") || c.isWord(start - 1, "tại")
                    || placeNoun && metric.hasPrefixBytes("quarantine")
                if !earlierFigures && !foundAt && (!refining || ["quarantine_centralized", "quarantine_home", "other"].contains(metric)) {
                    found.append(metric)
                }
                k = start
            }
            if found.count >= 3 { break }
            k -= 1
        }
        guard let nearest = found.first else { return nil }
        if nearest == "quarantine_total", let specific = found.dropFirst().first(where: { $0 == "quarantine_centralized" || $0 == "quarantine_home" || $0 == "other" }) {
            return specific
        }
        return nearest
    }

    /// A status right after the counted noun in the same clause ("359 trường hợp đang được cách ly tại ... tập trung"),
    /// starting at most `within` tokens after the number.
    func statusCue(_ c: ExtractionContext, after i: Int, within: Int = 14) -> String? {
        var k = i + 1
        var found: [String] = []
        while k < c.count && k - i < 14 && c.sameSentence(k, i) {
            if found.isEmpty && k - i > within { break }
            if c.isPunct(k, ";") || c.isPunct(k, ".") || c.isPunct(k, ",") || c.isPunct(k, "(") { break }
            // The next figure ends the clause, unless a generic quarantine cue still looks for its kind
            // ("359 trường hợp đang được cách ly tại 5 điểm cách ly tập trung").
            // (An age is no figure: "478.052 người từ 18 tuổi trở lên đã được tiêm".)
            if c.kind(k) == .number && NumberValue.parse(c.cased[k]) != nil && found.first != "quarantine_total"
                && !c.isWord(k + 1, of: .ageWord) { break }
            if let (end, metric) = statusAt(c, k), !(c.isWord(k - 1, "ở") || c.isWord(k - 1, "tại") || c.isWord(k - 2, "ở") || c.isWord(k - 2, "tại")) {
                // A longer cue overlapping a bare quarantine decides: "đang cách ly tập trung", "đang được cách ly và điều trị"
                // ("hết thời hạn cách ly tập trung" stays a quarantine finished).
                var best = (end: end, metric: metric)
                if metric == "quarantine_total" {
                    for s in k + 1..<end { if let other = statusAt(c, s), other.end > best.end { best = other } }
                }
                found.append(best.metric)
                k = best.end
                continue
            }
            k += 1
        }
        guard let first = found.first else { return nil }
        if first == "quarantine_total", let specific = found.first(where: { $0 == "quarantine_centralized" || $0 == "quarantine_home" }) { return specific }
        return first
    }

    /// True when contact tracing (cues/metrics.tsv, position `tracing`) is written right before the figure at `i`, or before
    /// the figures coordinated with it ("truy vết được 91 F1, 149 F2").
    func tracedBefore(_ c: ExtractionContext, _ i: Int) -> Bool {
        var k = i
        while true {
            if (max(0, k - 3)..<k).contains(where: { s in c.matches(Self.metrics, at: s).contains { $0.end == k && $0.rows.contains { $0["position"] == "tracing" } } }) {
                return true
            }
            // Back over the figure before it in a list: "91 F1, 149 F2".
            guard let previous = c.candidates.last(where: { $0.type == .statistic && $0.tokens.upperBound <= k }),
                  k - previous.tokens.upperBound <= 2, (previous.tokens.upperBound..<k).allSatisfy({ c.isPunct($0, ",") || c.isWord($0, "và") }),
                  previous.tokens.lowerBound < k else { return false }
            k = previous.tokens.lowerBound
        }
    }

    /// The end and metric of a status cue starting at token `k` (one written before a number, or either side).
    func statusAt(_ c: ExtractionContext, _ k: Int) -> (end: Int, metric: String)? {
        guard let m = c.match(Self.metrics, at: k), let row = m.rows.first(where: { ["before_number", "either"].contains($0["position"] ?? "") }),
              let metric = row["metric"], metric != "none" else { return nil }
        return (m.end, metric)
    }

    /// True when only a breakdown marker ("trong đó", "gồm", ",", "và") and place names stand between two figures.
    /// Added to an inherited metric so that the next item of a ";"-separated list may inherit it too.
    static let inheritedMark = "#inherited"

    func breakdown(_ c: ExtractionContext, between a: Int, and b: Int, listContinues: Bool = false) -> Bool {
        // Figures of other kinds in between ("... tại 5 điểm cách ly tập trung, bao gồm ...") do not break the list.
        let inStatistic = Set(recentStatistics(c, after: a).filter { $0.tokens.lowerBound >= a }.flatMap { Array($0.tokens) })
        // Nor do numbers that belong to names or ordinals ("Trung đoàn 803", "Sư đoàn 5", "mũi 2").
        func separatesItems(_ k: Int) -> Bool {
            guard c.kind(k) == .number, let v = NumberValue.parse(c.cased[k]), !inStatistic.contains(k) else { return false }
            let named = (max(0, k - 4)..<k).contains { h in c.isCapitalized(h) && c.match(Lexicon.List.heads, at: h)?.end == k }
            return v >= 10 && !(k > 0 && c.isCapitalized(k - 1)) && !named
        }
        guard a <= b, b - a <= 40, !(a..<b).contains(where: separatesItems) else { return false }
        if (a..<b).contains(where: { c.isPunct($0, ";") }) { return listContinues && b - a <= 16 }
        let marker = (a..<b).contains { c.match(Self.metrics, at: $0)?.rows.first?["position"] == "breakdown" }
        return marker || (c.sameSentence(a, b) && b - a <= (listContinues ? 24 : 12))
    }

    static let caseMetrics: Set<String> = ["cases_new", "cases_confirmed"]
    /// States of counted people: a cue of one right after the counted noun decides the figure.
    static let stateMetrics: Set<String> = ["under_treatment", "deaths", "recovered"]

    /// True when a cue says which cases or where they are, not what "ca" counts: a quarantine or a vaccination
    /// ("21 ca ... đã cách ly tập trung", "35 ca tiêm mũi 1").
    static func describesCases(_ metric: String) -> Bool {
        metric.hasPrefixBytes("quarantine") || metric == "people_vaccinated" || metric == "vaccine_doses"
    }
    /// Metrics that count things, not people: their cues never type a count of people or cases.
    static let thingMetrics: Set<String> = ["samples_tested", "checkpoints", "vaccine_doses"]

    /// True when a figure that ends at `j` ends its bulletin line: the line's end, or an aside or a full stop after it.
    func labelLineEnds(_ c: ExtractionContext, _ j: Int) -> Bool {
        j >= c.count || c.breakBefore(j) || c.isPunct(j, "(") || c.isPunct(j, ".") || c.isPunct(j, ";")
    }

    /// True when the label that ends with the colon at `colon` opens its line or sentence with "Số" or "Tổng số", perhaps
    /// after a bullet ("- Số ca đang điều trị:"), within 10 words and with no figure between.
    func opensLabelLine(_ c: ExtractionContext, before colon: Int) -> Bool {
        var k = colon - 1
        while k >= 0, colon - k <= 10, !c.breakBefore(k + 1) || k + 1 == colon {
            if c.kind(k) == .number { return false }
            if c.isWord(k, "số") {
                let first = c.isWord(k - 1, "tổng") ? k - 1 : k
                let bullet = c.isPunct(first - 1, "-") || c.isPunct(first - 1, "*") || c.isPunct(first - 1, "+") || c.isPunct(first - 1, "•")
                let opening = bullet ? first - 1 : first
                return opening == 0 || c.breakBefore(opening) || opening == c.sentenceStart(colon)
            }
            k -= 1
        }
        return false
    }

    /// True when the word "số" at `p` opens a bulletin's label: at the start of its sentence or line, after "Tổng"
    /// there, after a breakdown's "trong đó" or after a clause's ";".
    func startsLabel(_ c: ExtractionContext, _ p: Int, sentence start: Int) -> Bool {
        func opens(_ q: Int) -> Bool { q == start || c.breakBefore(q) || c.isPunct(q - 1, ";") }
        return opens(p) || c.isWord(p - 1, "tổng") && opens(p - 1) || c.isWord(p - 2, "trong") && c.isWord(p - 1, "đó")
    }

    func decideMetric(_ c: ExtractionContext, numberAt i: Int, noun: Lexicon.Row, attached: String?, _ scope: Scope) -> String {
        let generic = (noun["note"] ?? "").hasPrefixBytes("generic")
        let nounMetric = noun["metric"] ?? "other"
        // A change, not a count: "tăng 5 chốt", "giảm 77 ca".
        var before = i - 1
        if before >= 0, c.match(Lexicon.List.approximators, at: before) != nil { before -= 1 }
        if c.isWord(before, "tăng") || c.isWord(before, "giảm") { return "other" }
        // A vaccination's extent, not a count of doses: "tiêm đủ 2 mũi", "tiêm ít nhất 1 mũi vắc xin".
        if nounMetric == "vaccine_doses", let v = NumberValue.parse(c.cased[i]), v <= 4,
           c.isWord(i - 1, of: .doseQualifier) || c.isWord(i - 1, "tiêm") || c.isWord(i - 2, "tiêm") && c.isWord(i - 1, of: .vaccineWord)
            || [i - 1, i - 2].contains(where: { k in
               k >= 0 && c.match(Lexicon.List.approximators, at: k).map { $0.end == i && $0.rows.first?["meaning"] == "at_least" } == true
           }) {
            return "none"
        }
        // "ca" always counts cases: a quarantine heading before it ("Các ca còn lại đều được cách ly tập
        // trung, ... 9 ca") says where the cases are, not that they are quarantined contacts.
        let countsCases = noun["cue"] == "ca"
        // The people of one dose in a list of doses: "tiêm mũi 1 cho 559.111 người; mũi 2 cho 555.231 người; mũi bổ sung, nhắc
        // lại cho 244.246 người".
        if generic, c.isWord(i - 1, "cho"),
           let dose = (max(0, i - 8)..<(i - 1)).last(where: { c.isWord($0, "mũi") && c.sameSentence($0, i) }),
           !(dose..<i).contains(where: { c.isPunct($0, ";") || c.isPunct($0, ".") || c.kind($0) == .number && $0 > dose + 1 }) {
            return "people_vaccinated"
        }
        // Contacts in a kind of quarantine, then "là" and their count in "ca": "F1 cách ly tập trung là 725 trường hợp và F1
        // cách ly tại nhà là 3400 ca" (the quarantine is theirs, not where cases were found).
        let rawCueBefore = statusCue(c, before: i, scope)
        if countsCases, c.isWord(i - 1, "là"), let raw = rawCueBefore, raw == "quarantine_centralized" || raw == "quarantine_home",
           let code = (max(0, i - 9)..<(i - 1)).last(where: { ["f1", "f2", "f3"].contains(c.folded[$0]) && c.sameSentence($0, i) }),
           !(code + 1..<(i - 1)).contains(where: { c.kind($0) == .number }) {
            return raw
        }
        // Turns of people are doses where people are vaccinated, tests where they are tested: "xét nghiệm 13.266 lượt người".
        if nounMetric == "vaccine_doses", noun["cue"] == "lượt người", rawCueBefore == "samples_tested" { return "samples_tested" }
        // (People may be counted by their samples: "lấy mẫu xét nghiệm 6.220 người".)
        let cueBefore = rawCueBefore.flatMap { generic && Self.thingMetrics.contains($0) && $0 != "samples_tested" ? nil : $0 }
            .flatMap { countsCases && Self.describesCases($0) ? nil : $0 }
            // How cases were found is no count of samples: "13 ca phát hiện qua lấy mẫu giám sát cộng đồng, gồm: 9 trường
            // hợp tại ...", "4 ca được xét nghiệm sàng lọc".
            .flatMap { $0 == "samples_tested" && Self.caseMetrics.contains(nounMetric) && (countsCases || casesBefore(c, i)) ? nil : $0 }
        if cueBefore == "none" { return "none" }
        // A bulletin's line labelled by the contacts or cases it counts: "- F1 phát hiện mới trong ngày báo cáo: 111 trường
        // hợp", "Lũy tích F2: 47.546 trường hợp", "- Số F1 hiện đang cách ly tập trung: 2.306", "* Số F0 hiện đang cách ly:
        // 737 trường hợp" (cases isolated are cases treated).
        // (Cases, "ca", under such a label are cases found that way: "- F1 truy vết: 0 ca.")
        if !countsCases, let code = labelCode(c, i) {
            if code == "f0" {
                if cueBefore?.hasPrefixBytes("quarantine") == true { return "under_treatment" }
            } else if cueBefore == "quarantine_centralized" || cueBefore == "quarantine_home" || cueBefore == "other" {
                return cueBefore!
            } else {
                return code == "f1" ? "contacts_f1" : code == "f2" ? "contacts_f2" : "other"
            }
        }
        // Contacts counted among the cases a figure breaks down are cases: "ghi nhận 1.666 trường hợp dương tính. Trong đó
        // có 231 ca cộng đồng, 1.334 F1 được cách ly từ trước đó", "Trong đó, 55 trường hợp là F1 của các ca bệnh trước đó".
        // (Not contacts traced right before: "liên quan đến 07 ca mắc mới ..., đã truy vết được 91 F1, 149 F2".)
        // (Nor a total of their own: "ghi nhận 124 ca mắc Covid-19; tổng số 1.595 trường hợp F1 đang cách ly".)
        let ownTotal = c.isWord(i - 1, "số") && c.isWord(i - 2, "tổng")
        if nounMetric.hasPrefixBytes("contacts_") || attached?.hasPrefixBytes("contacts_") == true, cueBefore == nil, !tracedBefore(c, i),
           !ownTotal, let metric = casesBrokenDown(c, before: i) {
            return metric
        }
        // Contacts written "ca F1" under a heading of cases are cases who were contacts: "Trong số ca mắc mới này, có 19 ca F1
        // trong các khu cách ly" (of the report's kind); elsewhere they stay contacts ("truy vết 35 ca F1, 120 ca F2").
        // (Contacts put in quarantine right before them are counted as quarantined: "cách ly tập trung 35 ca F1".)
        if countsCases, let contacts = attached, contacts.hasPrefixBytes("contacts_"), cueBefore.map(Self.caseMetrics.contains) ?? true {
            switch adjacentStatus(c, before: i) {
            case nil where contacts == "contacts_f1" && casesHeading(c, before: i):
                return reportedCases(c, i, scope, otherwise: "cases_confirmed")
            case let status? where status == "quarantine_centralized" || status == "quarantine_home": return status
            default: break
            }
        }
        // Cases that were contacts, in a report of cases: "Tỉnh có thêm 86 ca dương tính... 53 trường hợp là F1 đã được cách
        // ly trước đó" ("trường hợp" counts cases; "là F1" says how they were found).
        if attached?.hasPrefixBytes("contacts_") == true, noun["cue"] == "trường hợp", cueBefore == nil,
           let previous = c.candidates.last(where: { $0.type == .statistic && $0.tokens.upperBound <= i }),
           let metric = previous.attributes["metric"]?.stringValue, Self.caseMetrics.contains(metric),
           c.sentenceOf[previous.tokens.lowerBound] >= c.sentenceOf[i] - 2 {
            return metric
        }
        if !generic {
            // Contacts put in a kind of quarantine right before them are counted as quarantined: "cách ly tập trung 4.113
            // trường hợp F1 và cho cách ly tại nhà 10.436 trường hợp F2" ("đưa đi cách ly, lấy mẫu 22 F1" stays contacts); so
            // are those in one, or out of it, right after them: "1.981 trường hợp F1 cách ly tập trung", "15.471 trường hợp F1
            // hết thời hạn cách ly".
            if nounMetric.hasPrefixBytes("contacts_"), let status = adjacentStatus(c, before: i) ?? statusCue(c, after: i, within: 4),
               status == "quarantine_centralized" || status == "quarantine_home" || status == "other" {
                return status
            }
            // Contacts who tested positive are cases: "05 trường hợp F2 tại xã Ia Blang dương tính với SARS-CoV-2" (of the
            // report's kind).
            if nounMetric.hasPrefixBytes("contacts_"), positiveAfter(c, i) {
                return casesBrokenDown(c, before: i) ?? reportedCases(c, i, scope, otherwise: "cases_confirmed")
            }
            if let attached, attached != nounMetric, !(Self.caseMetrics.contains(attached) && Self.caseMetrics.contains(nounMetric)) {
                // Cases with a state after them are counted in that state: "6.480 ca mắc COVID-19 được điều trị khỏi",
                // "41 ca mắc COVID-19 ra viện".
                return Self.caseMetrics.contains(nounMetric) && Self.stateMetrics.contains(attached) ? attached : nounMetric
            }
            // A case count is new when the clause says so: "ghi nhận thêm", "ca mắc mới", "trong ngày".
            if Self.caseMetrics.contains(nounMetric) {
                // Cases in a state said right after them: "2.306 trường hợp nhiễm bệnh đang được điều trị".
                if attached == nil, let near = statusCue(c, after: i, within: 6), Self.stateMetrics.contains(near) { return near }
                // An item of a breakdown ("193 ca ..., gồm: 149 ca ghi nhận trong tỉnh, 44 ca nhập cảnh") counts what
                // the figure it breaks down counted.
                if attached == nil, nounMetric == "cases_confirmed", !newCaseModifier(c, i),
                   let previous = brokenDownCaseCount(c, before: i, items: true), let metric = previous.attributes["metric"]?.stringValue,
                   breakdown(c, between: previous.tokens.upperBound, and: i, listContinues: true) {
                    return metric
                }
                // What a running total of cases is raised to is cumulative, however the total is worded: "nâng tổng số ca mắc
                // mới lên 114 trường hợp".
                if runningTotal(c, i), cueBefore.map(Self.caseMetrics.contains) ?? true, attached.map(Self.caseMetrics.contains) ?? true {
                    return "cases_confirmed"
                }
                // A state before the cases is what the day's figure counts: "Ngày 12/8, bệnh viện đã điều trị khỏi cho 69 ca".
                if attached == nil, let cueBefore, Self.stateMetrics.contains(cueBefore) { return cueBefore }
                if attached == "cases_new" || cueBefore == "cases_new" || newCaseModifier(c, i) || oneDayCount(c, i, scope)
                    || attached == nil && cueBefore == nil && (continuesNewCaseReport(c, i, scope) || foundAt(c, i, scope)) { return "cases_new" }
                if let cueBefore, !Self.caseMetrics.contains(cueBefore), !Self.thingMetrics.contains(cueBefore) { return cueBefore }
            }
            return nounMetric
        }
        // "35 ca tiêm mũi 1": a case's vaccination says which cases, not what is counted.
        if let attached, !(countsCases && (attached == "people_vaccinated" || attached == "vaccine_doses")) { return attached }
        // An item of a list of places in parentheses after a count of cases: "89 ca mắc Covid-19 mới là F1 trong các khu cách
        // ly (huyện Yên Sơn có 2 ca, thành phố Tuyên Quang có 3 ca, ... và 10 ca ở huyện Sơn Dương)".
        if cueBefore == nil || Self.describesCases(cueBefore!), let metric = parenthesizedPlaceItem(c, i) { return metric }
        // People who tested positive, said after where they came from: "77 trường hợp từ vùng dịch trở về địa phương dương tính
        // với SARS-CoV-2" (of the report's kind).
        if cueBefore == nil, Self.caseMetrics.contains(nounMetric), positiveAfter(c, i) {
            return reportedCases(c, i, scope, otherwise: nounMetric)
        }
        if let cue = cueBefore {
            if Self.caseMetrics.contains(cue) && (newCaseModifier(c, i) || continuesNewCaseReport(c, i, scope)) { return "cases_new" }
            // A cumulative qualifier nearer than a new-case cue: "ghi nhận thêm 8 ca ..., nâng tổng số ca toàn tỉnh lên 131 ca".
            if cue == "cases_new", clauseModifier(c, i) == "cases_confirmed" { return "cases_confirmed" }
            return cue
        }
        // "21 ca về từ TP HCM đã cách ly tập trung": quarantine after "ca" says where the cases are, too.
        // (Nor does a vaccination after "ca": "35 ca tiêm mũi 1" are cases.)
        // (Nor a status in what "là" says the counted are: "5 bệnh nhân là các trường hợp F1 đã cách ly theo quy định".)
        let counted = countedNoun(c, at: i + 1)
        let describedAfter = counted.map { c.isWord($0.noun.end, "là") } ?? false
        let cueAfter = describedAfter ? nil : statusCue(c, after: i).flatMap { countsCases && Self.describesCases($0) ? nil : $0 }
        if cueAfter == "other" { return "other" }
        // A state right after the counted noun ("246 trường hợp đang điều trị", "14 trường hợp tử vong") says what this
        // figure counts, before the figure it may break down; a quarantine after it says where cases were found
        // ("Trong đó có 22 trường hợp trong cộng đồng, 38 trường hợp cách ly tại nhà").
        // (Past auxiliaries after the counted noun: "1 trường hợp vừa được xuất viện", "3 ca đã được xuất viện".)
        let nounEnd = counted?.noun.end ?? i + 3
        var auxiliaries = 0
        while c.isWord(nounEnd + auxiliaries, of: .statusAuxiliary) || c.isWord(nounEnd + auxiliaries, of: .aspectWord) { auxiliaries += 1 }
        if let near = statusCue(c, after: i, within: max(4, nounEnd - i + auxiliaries + 1)), Self.stateMetrics.contains(near) { return near }
        // The day's new cases a breakdown opens on, announced without a figure in the sentence before: "... ghi nhận ca mắc
        // Covid-19 mới. Trong đó, nhiều nhất là huyện Châu Thành với 172 ca".
        if Self.caseMetrics.contains(nounMetric), cueBefore == nil, announcedNewCases(c, i) { return "cases_new" }
        // A breakdown ("Trong đó có 22 trường hợp...", "Bệnh viện X (20 trường hợp)") counts what the figure before it counted.
        if let previous = c.candidates.last(where: { $0.type == .statistic && $0.attributes["metric"]?.stringValue != "other" }),
           let metric = previous.attributes["metric"]?.stringValue,
           c.sentenceOf[previous.tokens.lowerBound] >= c.sentenceOf[i] - 2,
           breakdown(c, between: previous.tokens.upperBound, and: i,
                     listContinues: previous.attributes["inherited"] != nil || namedItems(c, previous.tokens.lowerBound, i)) {
            // People counted after doses are the people vaccinated ("2.142.672 liều vaccine cho 1.942.286 người"); no other
            // count of things is inherited by a count of people.
            if metric == "vaccine_doses" { return "people_vaccinated" }
            // A kind of quarantine said after it is its own: "294 người cách ly tập trung và 2.653 người cách ly tại nhà".
            if metric.hasPrefixBytes("quarantine"), let cue = cueAfter, cue.hasPrefixBytes("quarantine"), cue != "quarantine_total" { return cue }
            // A running total after the day's new cases: "thêm 8 ca ..., nâng tổng số ca toàn tỉnh lên 131 ca".
            if metric == "cases_new", clauseModifier(c, i) == "cases_confirmed" { return "cases_confirmed" }
            if !Self.thingMetrics.contains(metric) { return metric + Self.inheritedMark }
        }
        if nounMetric == "cases_confirmed", foundAt(c, i, scope) { return "cases_new" }
        if let cue = cueAfter, !Self.thingMetrics.contains(cue) {
            return Self.caseMetrics.contains(cue) && newCaseModifier(c, i) ? "cases_new" : cue
        }
        if nounMetric == "cases_confirmed" && (newCaseModifier(c, i) || oneDayCount(c, i, scope) || continuesNewCaseReport(c, i, scope)) { return "cases_new" }
        return nounMetric
    }

    /// A count reported for one day ("Ngày 23/2, Đắk Lắk ghi nhận 1.512 trường hợp"), not up to a
    /// date ("tính đến 19h ngày 14/6 ... 4.166 ca") or over a period.
    func oneDayCount(_ c: ExtractionContext, _ i: Int, _ scope: Scope) -> Bool {
        guard let last = scope.dates(endingBefore: i).first(where: { _ in true }), c.sameSentence(last.tokens.lowerBound, i),
              last.rule != "date.iso", last.rule != "date.stamp" else { return false }
        // A cumulative qualifier in its clause: "..., nâng tổng số ca toàn tỉnh lên 131 ca".
        if clauseModifier(c, i) == "cases_confirmed" { return false }
        // A day's report window counts that day: "Từ 19 giờ ngày 15/8 đến 8 giờ ngày 16/8, ... ghi nhận 47 ca".
        if isDailyWindow(c, last) { return true }
        // Each day of a range in turn: "trong các ngày 17-20/11, tỉnh lần lượt ghi nhận 98, 91, 82 và 96 ca mắc".
        if respectively(c, from: last.tokens.upperBound, to: i) { return true }
        if last.attributes["value_end"] != nil || last.rule == "date.range" { return false }
        if periodBefore(c, i, scope) { return false }
        if (last.tokens.upperBound..<i).contains(where: { k in
            c.match(Self.metrics, at: k)?.rows.first.map { $0["metric"] == "cases_confirmed" && $0["position"] == "modifier" } == true
        }) {
            return false
        }
        return true
    }

    /// True when a period is named anywhere before the figure in its sentence ("Tính từ ngày 16/9 – 20 giờ ngày
    /// 24/10, ... 307 ca", "Tính ngày 26/4 đến 9h ngày 1/11, ... 1.847 trường hợp"): a count over it is cumulative.
    func periodBefore(_ c: ExtractionContext, _ i: Int, _ scope: Scope) -> Bool {
        // Only a period that heads the sentence's figures: not one inside an item ("5 ca (4 ca ... từ ngày 14.11, ...; 1 ca").
        let figures = recentStatistics(c, after: max(0, i - 120)).map(\.tokens.lowerBound)
        for d in scope.dates(endingBefore: i) {
            guard c.sameSentence(d.tokens.lowerBound, i) else { break }
            if figures.contains(where: { $0 < d.tokens.lowerBound && c.sameSentence($0, i) }) { continue }
            // A day's report window is no period: "từ 19 giờ ngày 15/8 đến 8 giờ ngày 16/8"; nor are days taken in turn.
            if isDailyWindow(c, d) || respectively(c, from: d.tokens.upperBound, to: i) { continue }
            if d.attributes["value_end"] != nil || d.rule == "date.range" || c.isWord(d.tokens.lowerBound, of: .periodStart) || c.isWord(d.tokens.lowerBound - 1, "đến")
                || c.isWord(d.tokens.lowerBound - 1, of: .periodStart) { return true }
        }
        return false
    }

    /// True when "lần lượt" (respectively) stands between a date and the figure at `to`: one figure per day.
    func respectively(_ c: ExtractionContext, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { c.isWord($0, "lượt") && c.isWord($0 - 1, "lần") }
    }

    /// A daily report's window: a range of at most one day, or from one hour to another ("từ 19 giờ ngày 15/8 đến 8
    /// giờ ngày 16/8", "từ 18h ngày 28/12 đến 6h ngày 29/12") even when no year is known to count its days.
    func isDailyWindow(_ c: ExtractionContext, _ d: Candidate) -> Bool {
        if d.tokens.contains(where: { c.isWord($0, "đến") }),
           d.tokens.filter({ c.isWord($0, "giờ") || c.kind($0) == .number && (c.cased[$0].utf8.contains(0x68) || c.cased[$0].utf8.contains(0x3A)) }).count >= 2 {
            return true
        }
        if let a = d.attributes["value"]?.stringValue, let b = d.attributes["value_end"]?.stringValue, let days = Self.daysBetween(a, b) {
            return days <= 1
        }
        // No year to resolve the range with (an article without its date): count the days between the day-months
        // written ("từ ngày 31/10 đến 9h ngày 1/11" is one day; "ngày 26/4 đến 9h ngày 1/11" is a period).
        guard d.rule == "date.range" else { return false }
        let written = d.tokens.compactMap { k in c.kind(k) == .number ? DateValue.parse(c.cased[k], dotted: c.cased[k].utf8.contains(0x2E)) : nil }
        guard written.count >= 2, let first = written.first, let last = written.last else { return false }
        func iso(_ v: DateValue) -> String { "2001-\(v.month < 10 ? "0" : "")\(v.month)-\(v.day < 10 ? "0" : "")\(v.day)" }
        guard var days = Self.daysBetween(iso(first), iso(last)) else { return false }
        if days < 0 { days += 365 }
        return days <= 1
    }

    /// Whole days from ISO date `a` to ISO date `b` (their first ten characters), or nil when either is no date.
    static func daysBetween(_ a: String, _ b: String) -> Int? {
        func day(_ s: String) -> Int? {
            let p = s.prefix(10).split(ascii: "-").compactMap { Int($0) }
            guard p.count == 3 else { return nil }
            // Days since a fixed origin (civil calendar), enough to compare two dates.
            let y = p[0] - (p[1] <= 2 ? 1 : 0), m = p[1] + (p[1] <= 2 ? 9 : -3)
            return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + p[2]
        }
        guard let x = day(a), let y = day(b) else { return nil }
        return y - x
    }

    /// The metric of the nearest qualifier before the number in its clause: "thêm", "mới", "trong ngày"
    /// (cases_new) or "tổng số", "lũy kế", "từ đầu dịch" (cases_confirmed).
    func clauseModifier(_ c: ExtractionContext, _ i: Int, reach: Int = 12) -> String? {
        if runningTotal(c, i) { return "cases_confirmed" }
        var k = i - 1
        while k >= 0 && c.sameSentence(k, i) && i - k < reach && !c.isPunct(k, ";") {
            // Every entry at k: "tổng số" is a qualifier even where "tổng số ca mắc" is the longer cue.
            for m in c.matches(Self.metrics, at: k) where m.end <= i {
                if let row = m.rows.first(where: { $0["position"] == "modifier" }) { return row["metric"] }
            }
            k -= 1
        }
        return nil
    }

    /// True when the clause of the figure at `i` opens a breakdown of cases before it: a breakdown word and then a noun that
    /// counts cases ("Trong số ca mắc mới này, có 19 ca F1").
    func casesHeading(_ c: ExtractionContext, before i: Int) -> Bool {
        var k = i - 1
        var namesCases = false
        while k >= 0, i - k < 14, c.sameSentence(k, i), !c.isPunct(k, ";") {
            for m in c.matches(Self.metrics, at: k) where m.end <= i {
                if m.rows.contains(where: { ["after_number", "either"].contains($0["position"] ?? "") && Self.caseMetrics.contains($0["metric"] ?? "")
                    && !($0["note"] ?? "").hasPrefixBytes("generic") }) {
                    namesCases = true
                }
                if namesCases, m.rows.contains(where: { $0["position"] == "breakdown" }) { return true }
            }
            k -= 1
        }
        return false
    }

    /// True when the figure at `i` is what a running total is raised to ("nâng tổng số ca mắc mới lên 114 trường hợp"):
    /// cumulative, whatever the total's own words say.
    func runningTotal(_ c: ExtractionContext, _ i: Int) -> Bool {
        // "lên" right before the figure or before the number's qualifiers: "lên 114", "lên tới gần 1.900 ca".
        func qualifiersEnd(from start: Int) -> Int {
            var j = start
            while let m = c.match(Lexicon.List.approximators, at: j), m.end <= i { j = m.end }
            return j
        }
        guard let k = (max(0, i - 4)..<i).first(where: { c.isWord($0, "lên") && qualifiersEnd(from: $0 + 1) == i }) else { return false }
        var j = k - 1
        while j > 0 && k - j < 15 && c.sameSentence(j, i) && !c.isPunct(j, ";") && !c.isPunct(j, ",") {
            if c.isWord(j - 1, "nâng") && c.isWord(j, "tổng") { return true }
            // (A total over the day is the day's count: "nâng tổng số ca mắc trong ngày lên 41 ca".)
            if !c.isWord(j, "mới"), !c.isWord(j, "thêm"),
               c.matches(Self.metrics, at: j).contains(where: { m in m.end <= k && m.rows.contains { $0["position"] == "modifier" && $0["metric"] == "cases_new" } }) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// A bare case count in a report of new cases: the article gave a count of new cases before it, and
    /// nothing in its clause makes it cumulative ("Các ca dương tính ghi nhận gồm: Châu Thành 01 ca").
    func continuesNewCaseReport(_ c: ExtractionContext, _ i: Int, _ scope: Scope) -> Bool {
        // (A qualifier further back still heads the clause: "Tổng số ca mắc theo quận, huyện: Ninh Kiều: 5.825 ca".)
        // (A new-case qualifier there does not stop it: "ghi nhận thêm 31 ca bệnh, trong đó, phát hiện tại khu cách ly tập trung: 27 ca".)
        guard clauseModifier(c, i, reach: 20) ?? "cases_new" == "cases_new", !periodBefore(c, i, scope) else { return false }
        // (A running total just before takes the report over: "Đến nay tỉnh đã ghi nhận 1.792 người dương tính... TP. Biên Hòa
        // là địa phương có số người mắc nhiều nhất với 908 ca".)
        // (The case counts since then, of that sentence and this one, are no new ones.)
        for last in c.candidates.reversed() where last.type == .statistic && last.tokens.upperBound <= i {
            guard c.sentenceOf[last.tokens.lowerBound] >= c.sentenceOf[i] - 1 else { break }
            let metric = last.attributes["metric"]?.stringValue ?? ""
            if metric == "cases_new" { break }
            if metric == "cases_confirmed", clauseModifier(c, last.tokens.lowerBound, reach: 20) == "cases_confirmed" { return false }
        }
        return scope.firstNewCaseEnd.map { $0 <= i } ?? false
    }

    /// Where the cases were found, after the figure in its clause ("04 trường hợp được phát hiện tại cộng đồng",
    /// "110 trường hợp ở khu cách ly"): a report of new cases, unless a qualifier or a period before the figure
    /// makes the count cumulative ("Trong đợt dịch thứ 4, tỉnh ghi nhận 350 ca mắc COVID-19 trong cộng đồng").
    func foundAt(_ c: ExtractionContext, _ i: Int, _ scope: Scope) -> Bool {
        guard clauseModifier(c, i) != "cases_confirmed", !periodBefore(c, i, scope) else { return false }
        var j = i + 1
        while j < c.count && c.sameSentence(j, i) && j - i <= 9 && !c.isPunct(j, ",") && !c.isPunct(j, ";") && !c.isPunct(j, "(") {
            if j > i + 1 && c.kind(j) == .number { return false }
            if c.matches(Self.metrics, at: j).contains(where: { m in m.rows.contains { $0["position"] == "found_at" } }) { return true }
            j += 1
        }
        return false
    }

    /// A new-case qualifier in the clause of the number: "thêm", "mới", "trong ngày", "trong 24 giờ".
    func newCaseModifier(_ c: ExtractionContext, _ i: Int) -> Bool {
        if let modifier = clauseModifier(c, i) { return modifier == "cases_new" }
        // A list's heading says it for every item: "8 địa phương ghi nhận có các trường hợp mới ... trong 12 giờ qua như sau:
        // TP Vinh: 92 ca, Nghi Lộc: 43 ca".
        if let modifier = headingModifier(c, i) { return modifier == "cases_new" }
        // After the figure in its clause: "6 ca mới", "11 trường hợp ... dương tính với SARS-CoV-2 trong ngày 12/11".
        var j = i + 1
        while j < c.count && c.sameSentence(j, i) && j - i < 14 && !c.isPunct(j, ",") && !c.isPunct(j, ";") {
            if c.isWord(j, "mới") && j - i < 6 { return true }
            if j - i > 1, c.matches(Self.metrics, at: j).contains(where: { m in m.rows.contains { $0["position"] == "modifier" && $0["metric"] == "cases_new" } }) {
                return true
            }
            j += 1
        }
        return false
    }

}
