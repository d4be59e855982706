import VietIECore

/// Helpers for ISO dates in metadata.
///
///     PublicationDate.isoDatePrefix("2021-09-23T11:09:08+07:00")   // "2021-09-23"
///     PublicationDate.isoDatePrefix("2021-02-30")                  // nil
public enum PublicationDate {
    /// The `YYYY-MM-DD` prefix of an ISO date or date-time (a `T` or a space may follow the date), if it
    /// is one and names a real day from 1900 to 2100.
    public static func isoDatePrefix(_ s: String) -> String? {
        let u = Array(s.utf8)
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D,
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ u[$0] >= 0x30 && u[$0] <= 0x39 }) else { return nil }
        if u.count > 10 && u[10] != 0x54 && u[10] != 0x20 { return nil }
        let year = Int(String(decoding: u[0..<4], as: UTF8.self))!
        let month = Int(String(decoding: u[5..<7], as: UTF8.self))!
        let day = Int(String(decoding: u[8..<10], as: UTF8.self))!
        guard isValid(year: year, month: month, day: day) else { return nil }
        return String(decoding: u[0..<10], as: UTF8.self)
    }

    /// True when the year is from 1900 to 2100 and the day exists in that month (leap years counted).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard isValid(year: y, month: m, day: d) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}

/// Fills in what a document's first lines or URL say about it when the input did not.
///
/// Scraped pages start with lines such as a title, the site's name, ISO timestamps
/// (`2021-09-23T11:09:08+07:00`), the URL, and a dateline (`Thứ năm - 23/09/2021 11:06`,
/// `Đăng ngày 29/07/2021`, `(18:20 07/04/2020)`); crawler stamps read ` date 2021-06`. URLs carry
/// dates as `/2021/10/19/`, `...20211220140413...` or `-14-07-2010`.
///
///     let document = HeaderMetadata.complete(Document(id: "a1", text: "Tin tức\n2021-08-14T16:20:00+07:00\n..."))
///     document.published                     // "2021-08-14"
///     document.metadataSources["published"]  // "header-iso"
public enum HeaderMetadata {
    static let headerLines = 12

    /// The document with the metadata it lacks filled in from its first 12 lines or its URL; what it
    /// already has is kept.
    ///
    /// A URL line fills ``Document/url``; an ISO stamp line (`header-iso`), a crawler stamp
    /// (`crawler-stamp`), a dateline (`dateline`) or a date in the URL (`url`) fills ``Document/published``;
    /// failing a full date, a month from a stamp or the URL fills ``Document/publishedMonth``; and when
    /// the lines hold an ISO stamp, the first non-empty line becomes the title. Each source is recorded
    /// in ``Document/metadataSources``.
    ///
    /// - Complexity: O(n) in the length of the first lines.
    public static func complete(_ document: Document) -> Document {
        var d = document
        // Each of the first lines, trimmed once.
        let lines = firstLines(of: d.text, count: headerLines).map(trimmed)
        if d.url == nil, let url = lines.first(where: isPageURL) {
            d.url = url
            d.metadataSources["url"] = "header-line"
        }
        if d.published == nil {
            if let (date, source) = publishedFromHeader(lines) {
                d.published = date
                d.metadataSources["published"] = source
            } else if let url = d.url, let date = dateInURL(url) {
                d.published = date
                d.metadataSources["published"] = "url"
            }
        }
        if d.published == nil && d.publishedMonth == nil {
            if let month = stampMonth(lines) ?? d.url.flatMap(monthInURL) {
                d.publishedMonth = month
                d.metadataSources["published_month"] = "stamp-or-url"
            }
        }
        if d.title == nil, lines.contains(where: isISOStamp), let first = lines.first(where: { !$0.isEmpty }) {
            d.title = first
            d.metadataSources["title"] = "header-line"
        }
        return d
    }

    static func firstLines(of text: String, count: Int) -> [Substring] {
        // Line ends found in the bytes (the text's own storage when it has one), then cut from the string.
        var bounds: [(start: Int, end: Int)] = []
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0, k = 0
            while bounds.count < count, k < bytes.count {
                let b = bytes[k]
                if b == 0x0A || b == 0x0D {
                    bounds.append((start, k))
                    k += b == 0x0D && k + 1 < bytes.count && bytes[k + 1] == 0x0A ? 2 : 1
                    start = k
                } else {
                    k += 1
                }
            }
            if bounds.count < count, start < bytes.count { bounds.append((start, bytes.count)) }
        }
        if text.utf8.withContiguousStorageIfAvailable(scan) == nil { Array(text.utf8).withUnsafeBufferPointer(scan) }
        let u = text.utf8
        return bounds.map { text[u.index(u.startIndex, offsetBy: $0.start)..<u.index(u.startIndex, offsetBy: $0.end)] }
    }

    /// The line without leading and trailing white space, scanned by scalar from both ends (lines can be
    /// whole paragraphs: nothing in between is visited).
    static func trimmed(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    static func isPageURL(_ line: String) -> Bool {
        guard line.hasPrefix("http://") || line.hasPrefix("https://"), !line.contains(" ") else { return false }
        let lower = line.lowercased()
        return ![".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico"].contains { lower.hasSuffix($0) }
    }

    static func isISOStamp(_ line: String) -> Bool {
        PublicationDate.isoDatePrefix(line) != nil && line.count <= 30 && !line.contains(" ")
    }

    /// An ISO stamp line, a ` date YYYY-MM-DD` crawler stamp, or a short dateline.
    static func publishedFromHeader(_ lines: [String]) -> (String, String)? {
        for t in lines {
            if isISOStamp(t), let d = PublicationDate.isoDatePrefix(t) { return (d, "header-iso") }
            if t.hasPrefix("date "), let d = PublicationDate.isoDatePrefix(String(t.dropFirst(5))) { return (d, "crawler-stamp") }
        }
        for (index, t) in lines.enumerated() {
            let dates = FullDate.scan(t)
            guard let first = dates.first else { continue }
            // A short line that is a dateline, or a date beside a clock time near the top.
            if t.count <= 80 || (index < 3 && first.hasClockTime) { return (first.iso, "dateline") }
        }
        return nil
    }

    static func stampMonth(_ lines: [String]) -> String? {
        for line in lines.prefix(3) {
            let t = Array(line.utf8)
            guard t.count >= 12, String(decoding: t[0..<5], as: UTF8.self) == "date " else { continue }
            let m = Array(t[5..<12])
            if m[4] == 0x2D, m.enumerated().allSatisfy({ $0.offset == 4 || ($0.element >= 0x30 && $0.element <= 0x39) }),
               t.count == 12 || t[12] == 0x20 || t[12] == 0x2D {
                return String(decoding: m, as: UTF8.self)
            }
        }
        return nil
    }

    /// A full date in a URL: `/2021/10/19/`, a `YYYYMMDD` run at the start of a long digit run, `-14-07-2010`.
    ///
    ///     HeaderMetadata.dateInURL("https://example.vn/tin-14-07-2010.html")   // "2010-07-14"
    ///
    /// - Complexity: O(n) in the length of the URL.
    public static func dateInURL(_ url: String) -> String? {
        let u = Array(url.utf8)
        let runs = digitRuns(u)
        for (i, r) in runs.enumerated() where r.count == 4 && i + 2 < runs.count {
            let m = runs[i + 1], d = runs[i + 2]
            if m.count <= 2, d.count <= 2, m.lowerBound == r.upperBound + 1, d.lowerBound == m.upperBound + 1,
               u[r.upperBound] == 0x2F, u[m.upperBound] == 0x2F,
               let iso = PublicationDate.iso(num(u, r), num(u, m), num(u, d)) { return iso }
        }
        for r in runs where r.count >= 12 || r.count == 8 {
            let y = num(u, r.lowerBound..<(r.lowerBound + 4)), m = num(u, (r.lowerBound + 4)..<(r.lowerBound + 6))
            let d = num(u, (r.lowerBound + 6)..<(r.lowerBound + 8))
            if (2000...2100).contains(y), let iso = PublicationDate.iso(y, m, d) { return iso }
        }
        for (i, r) in runs.enumerated() where r.count == 4 && i >= 2 {
            let m = runs[i - 1], d = runs[i - 2]
            if m.count == 2, d.count == 2, d.upperBound + 1 == m.lowerBound, m.upperBound + 1 == r.lowerBound,
               u[d.upperBound] == 0x2D, u[m.upperBound] == 0x2D,
               let iso = PublicationDate.iso(num(u, r), num(u, m), num(u, d)) { return iso }
        }
        return nil
    }

    /// Year and month in a URL: `/2021/06/` or `/202109/`.
    ///
    ///     HeaderMetadata.monthInURL("https://newz.vn/2021/06/ban-o.html")   // "2021-06"
    ///
    /// - Complexity: O(n) in the length of the URL.
    public static func monthInURL(_ url: String) -> String? {
        let u = Array(url.utf8)
        let runs = digitRuns(u)
        for (i, r) in runs.enumerated() {
            let before = r.lowerBound > 0 ? u[r.lowerBound - 1] : 0
            let after = r.upperBound < u.count ? u[r.upperBound] : 0
            if r.count == 4, i + 1 < runs.count, before == 0x2F, after == 0x2F {
                let m = runs[i + 1]
                let y = num(u, r), mo = num(u, m)
                if m.lowerBound == r.upperBound + 1, m.count == 2, (2000...2100).contains(y), (1...12).contains(mo) {
                    return String(decoding: u[r.lowerBound..<m.upperBound], as: UTF8.self).replacingSlash()
                }
            }
            if r.count == 6, before == 0x2F, after == 0x2F {
                let y = num(u, r.lowerBound..<(r.lowerBound + 4)), mo = num(u, (r.lowerBound + 4)..<r.upperBound)
                if (2000...2100).contains(y), (1...12).contains(mo) {
                    return "\(y)-\(mo < 10 ? "0" : "")\(mo)"
                }
            }
        }
        return nil
    }

    static func digitRuns(_ u: [UInt8]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < u.count {
            if u[i] >= 0x30 && u[i] <= 0x39 {
                var j = i
                while j < u.count && u[j] >= 0x30 && u[j] <= 0x39 { j += 1 }
                runs.append(i..<j)
                i = j
            } else { i += 1 }
        }
        return runs
    }

    static func num(_ u: [UInt8], _ r: Range<Int>) -> Int {
        r.reduce(0) { $0 * 10 + Int(u[$1] - 0x30) }
    }
}

private extension String {
    func replacingSlash() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}

/// A full `d/m/yyyy` date (separators / . -) found in a line, with whether a clock time stands beside it.
struct FullDate {
    var iso: String
    var hasClockTime: Bool

    static func scan(_ line: String) -> [FullDate] {
        let u = Array(line.utf8)
        let runs = HeaderMetadata.digitRuns(u)
        var found: [FullDate] = []
        for i in 0..<max(0, runs.count - 2) {
            let d = runs[i], m = runs[i + 1], y = runs[i + 2]
            guard (1...2).contains(d.count), (1...2).contains(m.count), y.count == 4,
                  m.lowerBound == d.upperBound + 1, y.lowerBound == m.upperBound + 1 else { continue }
            let s1 = u[d.upperBound], s2 = u[m.upperBound]
            guard s1 == s2, s1 == 0x2F || s1 == 0x2E || s1 == 0x2D else { continue }
            if d.lowerBound > 0, [0x2F, 0x2E, 0x2D].contains(u[d.lowerBound - 1]) { continue }
            guard let iso = PublicationDate.iso(HeaderMetadata.num(u, y), HeaderMetadata.num(u, m), HeaderMetadata.num(u, d))
            else { continue }
            let clock = runs.contains { r in
                r.count == 2 && r.upperBound < u.count && u[r.upperBound] == 0x3A &&
                    (r.upperBound + 3 <= u.count) && abs(r.lowerBound - d.lowerBound) < 16 && r != d
            }
            found.append(FullDate(iso: iso, hasClockTime: clock))
        }
        return found
    }
}
