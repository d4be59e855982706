import VietIECore
import VietIEText

/// DATE: calendar dates and times of day as written, with a leading "ngày/từ/đến/trước/hôm" and a
/// part of day ("Sáng ngày 21/9", "đến sáng 8-10", "Thứ năm - 23/09/2021 11:06", "18:20 07/04/2020",
/// "từ ngày 1/6 đến ngày 14/6", "hôm qua", "Sáng nay (2/1)"), each resolved to an ISO date against
/// the publication date. Bare years, terms and periods are not dates; nor is a lone "sáng" or "ngày".
///
/// Rules: `date.point` (one date), `date.range` (two points, also two full dates in one
/// token "3/2/1930-3/2/2023", or "đến nay"), `date.relative`
/// ("hôm qua", "sáng nay"), `date.iso` (ISO timestamps), `date.stamp` (crawler stamps " date 2021-06").
struct DateRecognizer {
    static let file = Lexicon.List.dates

    struct Point {
        var end: Int
        var date: DateValue?
        var dayOnly: Int?
        var offset: Int?
        var part: String?
        /// The offset counts from the date the article named last ("sáng cùng ngày", "hôm sau").
        var fromLast = false
    }

    func run(_ c: inout ExtractionContext) {
        var i = 0
        while i < c.count {
            if let (end, range) = dayRange(c, at: i) ?? (c.kind(i) == .number ? joinedRange(c, at: i) : nil) {
                c.propose(range)
                i = end
                continue
            }
            if let (end, found) = parse(c, at: i) {
                var cand = found
                // A dateline's time before its date: "20:39 - 25/10/2022".
                let s = cand.tokens.lowerBound
                if s >= 2, c.isPunct(s - 1, "-"), clock(c, at: s - 2) == s - 1, s - 2 == 0 || c.breakBefore(s - 2),
                   c.cased[s].utf8.filter({ $0 == 0x2F || $0 == 0x2D || $0 == 0x2E }).count == 2 {
                    cand.tokens = (s - 2)..<cand.tokens.upperBound
                }
                c.propose(cand)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// Two full dates joined by a hyphen without spaces, one token: "(3/2/1930-3/2/2023)".
    func joinedRange(_ c: ExtractionContext, at i: Int) -> (Int, Candidate)? {
        // ("1/1/1900-1/1/1900" is the shortest: most numbers are passed over by their length.)
        guard c.kind(i) == .number, c.characterCount(i) >= 17 else { return nil }
        let parts = c.cased[i].split(ascii: "-", omittingEmpty: false)
        guard parts.count == 2, parts.allSatisfy({ $0.utf8.filter { $0 == 0x2F }.count == 2 }),
              let from = DateValue.parse(String(parts[0]), dotted: false), from.year != nil,
              let to = DateValue.parse(String(parts[1]), dotted: false), to.year != nil,
              let start = from.iso(reference: c.referenceDate), let end = to.iso(reference: c.referenceDate), start <= end else { return nil }
        return (i + 1, candidate(c, i..<(i + 1), "date.range", start, end, part: nil))
    }

    /// Days of one month written as one range: "ngày 17-20/11", "từ ngày 19-21/8", "ngày 6-8/12/2021".
    func dayRange(_ c: ExtractionContext, at i: Int) -> (Int, Candidate)? {
        // (Most tokens start none: a number must follow within two tokens.)
        guard c.kind(i + 1) == .number || c.kind(i + 2) == .number else { return nil }
        var k = i
        if c.isWord(k, "từ") { k += 1 }
        guard c.isWord(k, "ngày"), c.kind(k + 1) == .number, !c.breakBefore(k + 1) else { return nil }
        let parts = c.cased[k + 1].split(ascii: "/", omittingEmpty: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let days = parts[0].split(ascii: "-", omittingEmpty: false).compactMap { Int($0) }
        guard days.count == 2, let month = Int(parts[1]), (1...12).contains(month), (1...31).contains(days[0]), days[0] < days[1], days[1] <= 31
        else { return nil }
        let year = parts.count == 3 ? Int(parts[2]) : nil
        if parts.count == 3, !(year.map { (1900...2100).contains($0) } ?? false) { return nil }
        let from = DateValue(day: days[0], month: month, year: year).iso(reference: c.referenceDate)
        let to = DateValue(day: days[1], month: month, year: year).iso(reference: c.referenceDate)
        return (k + 2, candidate(c, i..<(k + 2), "date.range", from, to, part: nil))
    }

    /// (A date starts with a number, "(", "ngày"/"hôm" or an entry of the date list: most tokens start none, and that
    /// test is made inline.)
    @inline(__always) func parse(_ c: ExtractionContext, at i: Int) -> (Int, Candidate)? {
        guard c.kind(i) == .number || c.isPunct(i, "(") || c.isWord(i, "ngày") || c.isWord(i, "hôm") || c.match(Self.file, at: i) != nil
        else { return nil }
        return parseStarting(c, at: i)
    }

    /// ``parse(_:at:)`` at a token that may start a date.
    @inline(never) func parseStarting(_ c: ExtractionContext, at i: Int) -> (Int, Candidate)? {
        // ISO timestamps and crawler stamps.
        if c.kind(i) == .number, c.cased[i].utf8.count >= 10, let d = DateValue.parse(c.cased[i], dotted: false), d.year != nil,
           c.cased[i].utf8.count > 7, Array(c.cased[i].utf8)[4] == 0x2D {
            // (With its time after a space: "2021-07-29 03:03".)
            let end = clock(c, at: i + 1).flatMap { c.breakBefore(i + 1) || c.cased[i + 1].utf8.contains(0x3A) == false ? nil : $0 } ?? i + 1
            return (end, candidate(c, i..<end, "date.iso", d.iso(reference: nil), nil, part: nil))
        }
        if c.isWord(i - 1, "date"), c.kind(i) == .number, isYearMonth(c.cased[i]) {
            return (i + 1, Candidate(type: .date, tokens: i..<(i + 1), rule: "date.stamp", priority: 10,
                                     attributes: ["value": .string(c.cased[i])]))
        }
        var j = i
        var prefixed = false
        var relational: String? = nil
        if let m = c.match(Self.file, at: j), let row = m.rows.first, row["kind"] == "prefix" {
            let value = row["value"] ?? ""
            if value == "until" || value == "since" { return nil }     // "tính đến": the span starts at "đến"
            if value != "at" || c.isWord(j, "hôm") || c.isWord(j, "ngày") {
                if value != "at" { relational = value; j = m.end; prefixed = true }
            }
        }
        // "từ thời điểm 17 giờ ngày 26/6 đến ...": the filler after "từ" stays in the span.
        if relational == "range_start", c.isWord(j, "thời"), c.isWord(j + 1, "điểm") { j += 2 }
        // A range whose start is an hour of the day its end names: "từ 6 giờ đến 18 giờ ngày 21/12/2021".
        // (Or its relative day: "từ 12 giờ đến 17 giờ cùng ngày".)
        if relational == "range_start", let hourEnd = clockEnd(c, at: j), let m = c.match(Self.file, at: hourEnd), let row = m.rows.first,
           row["kind"] == "prefix", row["value"] == "range_end", let p = point(c, at: m.end, prefixed: true),
           let iso = p.date?.iso(reference: c.referenceDate)
               ?? p.offset.flatMap({ o in (p.fromLast ? lastDate(c, before: i) : c.referenceDate).flatMap { DateValue.shifted($0, by: o) } }) {
            return (p.end, candidate(c, i..<p.end, "date.range", iso, iso, part: nil))
        }
        // Hours written as one range before their day: "từ 8-17 giờ ngày 7.7".
        if relational == "range_start", c.kind(j) == .number, c.isWord(j + 1, "giờ"), case let hours = c.cased[j].split(ascii: "-"),
           hours.count == 2, let from = Int(hours[0]), let to = Int(hours[1]), 0 <= from, from < to, to <= 24,
           let p = point(c, at: j + 2, prefixed: true), let iso = p.date?.iso(reference: c.referenceDate) {
            return (p.end, candidate(c, i..<p.end, "date.range", iso, iso, part: nil))
        }
        // A day written bare before the end of its range is a date too: "(28/11 đến 30/11)".
        var rangeAhead = false
        if !prefixed, c.kind(j) == .number, DateValue.parse(c.cased[j], dotted: false) != nil, let m = c.match(Self.file, at: j + 1),
           m.rows.first.map({ $0["kind"] == "prefix" && $0["value"] == "range_end" }) == true,
           point(c, at: m.end, prefixed: true)?.date != nil {
            rangeAhead = true
        }
        guard var first = point(c, at: j, prefixed: prefixed || rangeAhead) else { return nil }
        // A range of counts is no date: "từ 3-4 lần", "2-3 ngày" (the smaller number first; "Từ 20-7 người dân ..." is a date);
        // nor is a share of places: "11/11 huyện, thị, thành của tỉnh ghi nhận ca mắc", "7/8 huyện".
        if first.end == j + 1, let d = first.date, d.year == nil, !c.isWord(j - 1, "ngày") {
            let nouns = c.match(Lexicon.List.metrics, at: j + 1)?.rows
            if c.cased[j].utf8.contains(0x2D), d.day < d.month, nouns?.contains(where: { $0["position"] == "after_number" }) == true { return nil }
            if !prefixed, d.day <= d.month, nouns?.contains(where: { ($0["note"] ?? "").hasPrefix("place count") }) == true { return nil }
        }
        var end = first.end
        var second: Point? = nil
        var rule = first.date == nil && first.dayOnly == nil ? "date.relative" : "date.point"
        // Ranges: "... đến [hết] [ngày] X", "... đến nay", "ngày 18 và 19-1".
        // (Never across a line: a dateline, then "Đến 17 giờ ngày 4-8, ..." on the next.)
        if !c.breakBefore(end), let m = c.match(Self.file, at: end), let row = m.rows.first, row["kind"] == "prefix",
           row["value"] == "range_end", relational == nil || relational == "range_start" || relational == "after" || first.dayOnly != nil {
            if c.isWord(m.end, "nay") {
                end = m.end + 1
                rule = "date.range"
            } else if let p = point(c, at: m.end, prefixed: true), p.date != nil || p.offset != nil {
                second = p
                end = p.end
                rule = "date.range"
            }
        } else if c.isPunct(end, "-"), first.date != nil || first.dayOnly != nil, !c.breakBefore(end + 1),
                  let p = point(c, at: end + 1, prefixed: true), let e = p.date, first.date?.year == nil || e.year != nil {
            // Two dates joined by a dash: "(19/8/1945 – 19/8/2022)", "ngày 23/10 - 24/10/2021", "từ ngày 16/9 – 20 giờ ngày 24/10".
            second = p
            end = p.end
            rule = "date.range"
        } else if c.isWord(end, "và"), first.dayOnly != nil, let p = point(c, at: end + 1, prefixed: true), p.date != nil {
            second = p
            end = p.end
            rule = "date.range"
        }
        if let d = first.dayOnly {
            guard let s = second?.date else { return nil }
            first.date = DateValue(day: d, month: s.month, year: s.year)
        }
        let base = first.fromLast ? lastDate(c, before: i) : c.referenceDate
        let resolved = first.date.flatMap { $0.iso(reference: c.referenceDate) }
            ?? first.offset.flatMap { o in base.flatMap { DateValue.shifted($0, by: o) } }
        var toValue: String? = nil
        if let s = second { toValue = s.date.flatMap { $0.iso(reference: c.referenceDate) } }
        // A date alone in parentheses is the date without them: "(22/01/2024)".
        let tokens = c.isPunct(i, "(") && c.isPunct(end - 1, ")") && end - i >= 3 ? (i + 1)..<(end - 1) : i..<end
        return (end, candidate(c, tokens, rule, resolved, toValue, part: first.part))
    }

    /// The end of an hour of the day at `k` with no date: "6 giờ", "18h", "6h30", "17 giờ 30"; nil when none is there.
    func clockEnd(_ c: ExtractionContext, at k: Int) -> Int? {
        guard c.kind(k) == .number else { return nil }
        if c.isWord(k + 1, "giờ") { return c.kind(k + 2) == .number && !c.isWord(k + 3, "ngày") && c.characterCount(k + 2) <= 2 ? k + 3 : k + 2 }
        let text = c.cased[k].lowercased()
        guard let h = text.firstIndex(of: "h"), text[..<h].allSatisfy(\.isNumber), !text[..<h].isEmpty,
              text[text.index(after: h)...].allSatisfy(\.isNumber) else { return nil }
        return k + 1
    }

    func candidate(_ c: ExtractionContext, _ r: Range<Int>, _ rule: String, _ value: String?, _ to: String?, part: String?) -> Candidate {
        var attributes = [String: JSONValue](minimumCapacity: 3)
        if let value { attributes["value"] = .string(value) }
        if let to { attributes["value_end"] = .string(to) }
        if let part { attributes["part_of_day"] = .string(part) }
        return Candidate(type: .date, tokens: r, rule: rule, priority: 10, entries: c.entries(of: Self.file, in: r), attributes: attributes)
    }

    func isYearMonth(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 7 && u[4] == 0x2D && Int(String(decoding: u[0..<4], as: UTF8.self)).map { (1990...2100).contains($0) } == true
            && Int(String(decoding: u[5..<7], as: UTF8.self)).map { (1...12).contains($0) } == true
    }

    /// A clock time: "11:06", "19h", "07h30", or "6 giờ [30 phút]". Returns the end token.
    func clock(_ c: ExtractionContext, at i: Int) -> Int? {
        guard i < c.count, c.kind(i) == .number else { return nil }
        let s = c.cased[i]
        if s.utf8.contains(0x3A) {
            // "11:06", "20:44:00".
            let parts = s.split(ascii: ":").compactMap { Int($0) }
            return (parts.count == 2 || parts.count == 3) && parts[0] <= 24 && parts.dropFirst().allSatisfy({ $0 < 60 }) ? i + 1 : nil
        }
        // (In capitals too: "ĐẾN 19H NGÀY 14/6".)
        if let h = s.firstIndex(where: { $0 == "h" || $0 == "g" || $0 == "H" }), Int(s[..<h]).map({ $0 <= 24 }) == true { return i + 1 }
        if let n = Int(s), n <= 24, c.isWord(i + 1, "giờ") {
            if c.kind(i + 2) == .number, c.isWord(i + 3, "phút") { return i + 4 }
            // Minutes without their word, before the day: "6 giờ 30 ngày 6/7", "14 giờ 25 cùng ngày".
            if c.kind(i + 2) == .number, c.cased[i + 2].utf8.count <= 2, Int(c.cased[i + 2]).map({ $0 < 60 }) == true,
               c.isWord(i + 3, "ngày") || c.isWord(i + 3, "cùng") || c.isWord(i + 3, "hôm") { return i + 3 }
            return i + 2
        }
        return nil
    }

    func point(_ c: ExtractionContext, at start: Int, prefixed: Bool) -> Point? {
        var j = start
        var cue = prefixed
        var part: String? = nil
        var offset: Int? = nil
        var fromLast = false
        // A dateline's time before its weekday: "2:46, Thứ Hai, 25-10-2021".
        if let t = clock(c, at: j), c.isPunct(t, ","), let m = c.match(Self.file, at: t + 1), m.rows.first?["kind"] == "weekday" { j = t + 1 }
        // Weekday: "Thứ năm -", "Thứ 6,". (Not an ordinal after its noun, "Hội nghị lần thứ 2 ngày 2/10"; nor a weekday alone
        // on its line, the date on the next.)
        if let m = c.match(Self.file, at: j), m.rows.first?["kind"] == "weekday", !c.isWord(j - 1, of: .numberedName) || c.breakBefore(j) {
            var k = m.end
            if c.isPunct(k, "-") || c.isPunct(k, ",") || c.isPunct(k, ":") { k += 1 }
            if k < c.count, !c.breakBefore(k) {
                j = k
                cue = true
            }
        }
        // A time before the date: "18:20 07/04/2020", "đến 19h ngày 14/6", "07h30, ngày 21/8/2020".
        // (Its minutes' mark, "18h00' ngày 14/9"; a dateline's "11:16 | 19/10/2021".)
        if let t = clock(c, at: j) {
            j = t
            if c.isPunct(j, "'") { j += 1 }
            if c.isPunct(j, ",") || c.isPunct(j, "|") && c.kind(j + 1) == .number { j += 1 }
            cue = true
        }
        // Part of day, then "nay/qua/cùng ngày" or a relative phrase.
        if let m = c.match(Self.file, at: j), let row = m.rows.first {
            if row["kind"] == "part_of_day" {
                part = row["value"]
                j = m.end
                cue = true
                if let r = c.match(Self.file, at: j), r.rows.first?["kind"] == "relative" {
                    offset = relativeOffset(r.rows.first!)
                    fromLast = isFromLast(r.rows.first!)
                    j = r.end
                } else if c.isWord(j, "nay") { offset = 0; j += 1 } else if c.isWord(j, "qua") { offset = -1; j += 1 }
            } else if row["kind"] == "relative" {
                offset = relativeOffset(row)
                fromLast = isFromLast(row)
                if part == nil, let p = row["value"]?.split(ascii: ";").first(where: { $0.hasPrefix("part=") }) {
                    part = String(p.dropFirst(5))
                }
                j = m.end
                cue = true
            }
        }
        // "ngày" / "hôm" (and "ngày hôm qua"); never on the next line ("... từ 19h hôm nay⏎Ngày 10/8, ...").
        if c.isWord(j, "ngày") || c.isWord(j, "hôm"), j == start || !c.breakBefore(j) {
            if let r = c.match(Self.file, at: j), r.rows.first?["kind"] == "relative", r.end > j + 1 {
                offset = relativeOffset(r.rows.first!)
                fromLast = isFromLast(r.rows.first!)
                j = r.end
            } else {
                j += 1
            }
            cue = true
        }
        // The date itself, perhaps in parentheses.
        var k = j
        let paren = c.isPunct(k, "(")
        if paren { k += 1 }
        // A relative day with its date after a comma: "Chiều nay, 10/2".
        // (Not a share of places: "Hôm nay, 11/11 huyện ...".)
        else if offset != nil, c.isPunct(k, ","), k + 1 < c.count, c.kind(k + 1) == .number, DateValue.parse(c.cased[k + 1], dotted: true) != nil,
                c.match(Lexicon.List.metrics, at: k + 2)?.rows.contains(where: { ($0["note"] ?? "").hasPrefix("place count") }) != true { k += 1 }
        // Written out, as official documents date themselves: "ngày 7 tháng 10 năm 2024", "sáng ngày 2 tháng 9".
        if !paren, k + 2 < c.count, k == start || !c.breakBefore(k), c.kind(k) == .number, c.isWord(k + 1, "tháng"), c.kind(k + 2) == .number,
           !c.breakBefore(k + 2), let day = Int(c.cased[k]), let month = Int(c.cased[k + 2]) {
            var end = k + 3
            var year: Int? = nil
            if c.isWord(end, "năm"), c.kind(end + 1) == .number, !c.breakBefore(end + 1), let y = Int(c.cased[end + 1]) { year = y; end += 2 }
            // (After "ngày" or with its year: "Sau 7 tháng 10 ngày thi công" is a duration.)
            if k > 0 && c.isWord(k - 1, "ngày") || year != nil, let d = DateValue.valid(day, month, year) {
                return Point(end: end, date: d, dayOnly: nil, offset: offset, part: part, fromLast: fromLast)
            }
        }
        if k < c.count, k == start || !c.breakBefore(k), c.kind(k) == .number, let d = DateValue.parse(c.cased[k], dotted: cue || paren) {
            guard d.year != nil || cue || paren else { return nil }
            k += 1
            if paren {
                guard c.isPunct(k, ")") else { return nil }
                k += 1
            }
            // A time after the date: "23/09/2021 11:06", "08/10/2021, 19:00", "03/02/2020 - 21:43", a dateline's
            // "17/06/2021 | 20:44:00"; not the time of the next date ("16/9 – 20 giờ ngày 24/10").
            var timed = false
            if let t = clock(c, at: k) { k = t; timed = true }
            else if (c.isPunct(k, ",") || c.isPunct(k, "-") || c.isPunct(k, "|")), let t = clock(c, at: k + 1), !c.breakBefore(k + 1),
                    c.breakBefore(t) || !(c.isWord(t, "ngày") || c.kind(t) == .number) { k = t; timed = true }
            // A twelve-hour clock's mark, as Vietnamese locales write it: "22:00 CH" (chiều), "09:15 SA" (sáng).
            // (Or English's: "12:12 PM (GMT+7)".)
            if timed, k < c.count, ["CH", "SA", "AM", "PM"].contains(c.cased[k]), !c.breakBefore(k) { k += 1 }
            // Its time zone: "15:00:00 (GMT+7)", "[GMT+7]", "19:54 GMT+7", "06:58:00 +07:00".
            if k > j + 1, k + 4 < c.count, c.isPunct(k, "(") || c.isPunct(k, "["), c.isWord(k + 1, "gmt"), c.cased[k + 2] == "+",
               c.kind(k + 3) == .number, c.isPunct(k + 4, ")") || c.isPunct(k + 4, "]") { k += 5 }
            else if k > j + 1, k + 2 < c.count, c.isWord(k, "gmt"), c.cased[k + 1] == "+", c.kind(k + 2) == .number, !c.breakBefore(k) { k += 3 }
            else if k > j + 1, k + 1 < c.count, c.cased[k] == "+", !c.breakBefore(k), clock(c, at: k + 1) != nil, c.cased[k + 1].utf8.count == 5 { k += 2 }
            return Point(end: k, date: d, dayOnly: nil, offset: offset, part: part, fromLast: fromLast)
        }
        // A bare day before "đến"/"và": "từ ngày 13 đến 17-9", "ngày 18 và 19-1".
        // (Or before a spaced dash and its day and month: "từ ngày 16 - 22/5".)
        if !paren, j < c.count, c.kind(j) == .number, let day = Int(c.cased[j]), (1...31).contains(day), cue,
           c.isWord(j + 1, "đến") || c.isWord(j + 1, "và")
            || c.isPunct(j + 1, "-") && !c.breakBefore(j + 2) && c.kind(j + 2) == .number && DateValue.parse(c.cased[j + 2], dotted: false).map({ $0.day > day }) == true {
            return Point(end: j + 1, date: nil, dayOnly: day, offset: nil, part: part)
        }
        // Relative only: "hôm qua", "đêm qua", "sáng nay", "Đến 6h sáng nay".
        if offset != nil && j > start {
            return Point(end: j, date: nil, dayOnly: nil, offset: offset, part: part, fromLast: fromLast)
        }
        return nil
    }

    /// True when a relative cue counts from the date named last, not from the publication date.
    func isFromLast(_ row: Lexicon.Row) -> Bool {
        (row["value"] ?? "").containsBytes("from the last date")
    }

    /// The resolved value of the last DATE proposed before token `i`, as the reference for "cùng ngày".
    func lastDate(_ c: ExtractionContext, before i: Int) -> (year: Int, month: Int, day: Int?)? {
        guard let v = c.candidates.last(where: { $0.type == .date && $0.tokens.upperBound <= i })?.attributes["value"]?.stringValue,
              PublicationDate.isoDatePrefix(v) != nil else { return nil }
        let parts = v.prefix(10).split(ascii: "-").compactMap { Int($0) }
        return parts.count == 3 ? (parts[0], parts[1], parts[2]) : nil
    }

    func relativeOffset(_ row: Lexicon.Row) -> Int? {
        guard let v = row["value"], let o = v.split(ascii: ";").first(where: { $0.hasPrefix("offset=") }) else { return nil }
        // "offset=-1", "offset=+1 from the last date": the signed number after "offset=".
        let number = o.dropFirst(7).prefix { $0 == "+" || $0 == "-" || $0.isNumber }
        return Int(number.hasPrefix("+") ? String(number.dropFirst()) : String(number))
    }
}

import Foundation
