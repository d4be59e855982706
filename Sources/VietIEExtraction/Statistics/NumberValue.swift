import VietIECore
import Foundation

/// Vietnamese number formats: "6.360" = 6360, "6,5" = 6.5, "1.234.567", "06" = 6, "90,4" = 90.4;
/// with a multiplier word ("1,8 triệu" = 1,800,000).
enum NumberValue {
    static func parse(_ s: String) -> Double? {
        let u = Array(s.utf8)
        guard !u.isEmpty, u.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }),
              u.first! >= 0x30 && u.first! <= 0x39, u.last! >= 0x30 && u.last! <= 0x39 else { return nil }
        let dots = u.filter { $0 == 0x2E }.count, commas = u.filter { $0 == 0x2C }.count
        if dots > 0 && commas > 0 {
            // "1.234,5": dots group thousands, the comma is the decimal mark.
            guard commas == 1 else { return nil }
            let parts = s.split(ascii: ",")
            guard groupsOfThree(String(parts[0]), separator: ".") else { return nil }
            return Double(String(parts[0]).replacingOccurrences(of: ".", with: "") + "." + parts[1])
        }
        if dots > 0 {
            // "6.360", "1.234.567" group thousands; "2.5" with a short tail is a decimal.
            if groupsOfThree(s, separator: ".") { return Double(s.replacingOccurrences(of: ".", with: "")) }
            return dots == 1 ? Double(s) : nil
        }
        if commas == 1 { return Double(s.replacingOccurrences(of: ",", with: ".")) }
        if commas > 1 { return groupsOfThree(s, separator: ",") ? Double(s.replacingOccurrences(of: ",", with: "")) : nil }
        return Double(s)
    }

    /// A part of a whole: "100.979/122.548" (bệnh nhân đã khỏi), "102/102" (xã, phường); nil for what may be a day and
    /// month ("9/10", "21/9") or a part larger than its whole.
    ///
    ///     NumberValue.fraction("100.979/122.548")   // (100979, 122548)
    static func fraction(_ s: String, dateLike: Bool = false) -> (part: Double, whole: Double)? {
        let pieces = s.split(ascii: "/", omittingEmpty: false)
        guard pieces.count == 2, let part = parse(String(pieces[0])), let whole = parse(String(pieces[1])),
              whole > 0, part <= whole, part == part.rounded(), whole == whole.rounded() else { return nil }
        // (A part that could be a day and a month is a date, unless the caller knows better: "11/11 huyện".)
        if part <= 31 && whole <= 12 && !dateLike { return nil }
        return (part, whole)
    }

    static func groupsOfThree(_ s: String, separator: Character) -> Bool {
        let parts = s.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count >= 2, (1...3).contains(parts[0].count) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }
}

