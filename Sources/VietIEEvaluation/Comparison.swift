import VietIEText

/// How the benchmark compares strings (CONTRACT.md): NFC, lower case, one tone placement,
/// punctuation folded to spaces, and for titles and organizations the common abbreviations expanded.
///
///     Comparison.nameKey("Trần Tuệ  Hiền")          // "trần tuệ hiền"
///     Comparison.phraseKey("UBND tỉnh Bình Phước")   // "ủy ban nhân dân tỉnh bình phước"
public enum Comparison {
    static let expansions: [String: String] = [
        "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc",
        "ubmttq": "ủy ban mặt trận tổ quốc", "bcđ": "ban chỉ đạo", "tp": "thành phố", "tx": "thị xã",
        "ttyt": "trung tâm y tế", "bch": "ban chấp hành",
    ]

    /// The comparison key of a name.
    ///
    /// - Complexity: O(n) in the length of the name.
    public static func nameKey(_ s: String) -> String { fold(s, expand: false) }
    /// The comparison key of a title or an organization; "" for nil.
    ///
    /// - Complexity: O(n) in the length of the phrase.
    public static func phraseKey(_ s: String?) -> String { s.map { fold($0, expand: true) } ?? "" }

    static func fold(_ s: String, expand: Bool) -> String {
        let folded = Normalizer.key(s)
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        if expand { words = words.map { expansions[$0] ?? $0 } }
        return words.joined(separator: " ")
    }
}
