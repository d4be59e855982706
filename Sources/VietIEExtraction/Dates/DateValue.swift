/// A calendar date as written: year optional until resolved.
///
///     let d = DateValue.parse("21/9", dotted: false)!          // day 21, month 9, no year
///     d.iso(reference: (year: 2021, month: 10, day: 8))        // "2021-09-21"
///     DateValue.parse("28/12", dotted: false)!.iso(reference: (year: 2022, month: 1, day: 5))   // "2021-12-28"
public struct DateValue: Sendable, Equatable {
    /// The day of the month, 1 to 31.
    public var day: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The year (1800 to 2100) when written, else nil.
    public var year: Int?

    /// Parses a number token: "21/9", "05/8/2021", "8-10", "2.4", "2-9-2021", "2021-09-23...".
    /// `dotted` allows "d.m" (only after a date word: "2.4" is otherwise a decimal).
    ///
    /// - Returns: the date, or nil when the token is no date (a month past 12, a day past 31, a year
    ///   outside 1800–2100, mixed separators).
    public static func parse(_ s: String, dotted: Bool) -> DateValue? {
        let u = Array(s.utf8)
        if u.count >= 10, u[4] == 0x2D, u[7] == 0x2D, let y = Int(String(decoding: u[0..<4], as: UTF8.self)),
           let m = Int(String(decoding: u[5..<7], as: UTF8.self)), let d = Int(String(decoding: u[8..<10], as: UTF8.self)) {
            return valid(d, m, y)
        }
        var separator: UInt8 = 0
        var parts: [Int] = []
        var current = 0, digits = 0
        for b in u {
            if b >= 0x30 && b <= 0x39 {
                guard digits < 4 else { return nil }   // no day, month or year has more digits
                current = current * 10 + Int(b - 0x30); digits += 1; continue
            }
            guard b == 0x2F || b == 0x2D || b == 0x2E, digits > 0 else { return nil }
            if separator == 0 { separator = b } else if separator != b { return nil }
            parts.append(current); current = 0; digits = 0
        }
        guard digits > 0 else { return nil }
        parts.append(current)
        if separator == 0x2E && !dotted { return nil }
        switch parts.count {
        case 2: return valid(parts[0], parts[1], nil)
        case 3:
            // (Anniversaries reach back: "(19/5/1890 - 19/5/2025)".)
            guard parts[2] >= 1800 && parts[2] <= 2100 else { return nil }
            return valid(parts[0], parts[1], parts[2])
        default: return nil
        }
    }

    static func valid(_ d: Int, _ m: Int, _ y: Int?) -> DateValue? {
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        if let y, !((1800...2100).contains(y)) { return nil }
        return DateValue(day: d, month: m, year: y)
    }

    /// The ISO date, with the year taken from the reference when missing. A day-month more than two
    /// months after the reference belongs to the year before ("28/12" in an article of 5 January).
    ///
    /// - Returns: `YYYY-MM-DD`, or nil when there is no year to take or the day does not exist in that month.
    public func iso(reference: (year: Int, month: Int, day: Int?)?) -> String? {
        var y = year
        if y == nil, let r = reference {
            y = r.year
            if month > r.month + 2 { y = r.year - 1 }
        }
        guard let year = y, Self.exists(day, month, year) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    static func exists(_ d: Int, _ m: Int, _ y: Int) -> Bool {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// The ISO date `offset` days from a reference date.
    static func shifted(_ r: (year: Int, month: Int, day: Int?), by offset: Int) -> String? {
        guard var d = r.day else { return nil }
        var m = r.month, y = r.year
        d += offset
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += [31, ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        }
        while !exists(d, m, y) {
            d -= [31, ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return DateValue(day: d, month: m, year: y).iso(reference: nil)
    }
}
