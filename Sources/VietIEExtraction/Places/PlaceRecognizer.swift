import VietIECore
import VietIEText

/// LOCATION: administrative units with their type word ("phường An Lộc", "TP. Hồ Chí Minh",
/// "H.Cam Lâm"), numbered units ("Phường 6"), hamlets and features ("thôn Tân Lập", "chợ Nam Phước"),
/// aliases ("TP.HCM", "Sài Gòn"), bare province names ("Đồng Nai"), regions and countries, and units
/// listed under one shared type word ("phường Hòa Phú, Phú Cường"). Each is resolved to the units
/// valid on the article's date (`unit`, `place`), or left with its candidates when ambiguous.
///
/// Rules: `location.typed-unit`, `location.typed-number`, `location.feature`, `location.alias`,
/// `location.region`, `location.bare-province`, `location.list`.
struct PlaceRecognizer {
    let parser: PlaceParser
    /// Prefixes of road codes: quốc lộ, đường tỉnh, tỉnh lộ, đường huyện.
    static let roadPrefixes = ["QL", "ĐT", "TL", "ĐH"]

    func run(_ c: inout ExtractionContext, date: String?) {
        // A photo or author credit names a person, not a place ("Ảnh: Thống Nhất/TTXVN").
        var credit = [Bool](repeating: false, count: c.count)
        for r in c.creditNames { for t in r { credit[t] = true } }
        var i = 0
        while i < c.count {
            if credit[i] { i += 1; continue }
            // Road codes: QL1A, ĐT603B.
            if c.kind(i) == .code, Self.roadPrefixes.contains(where: { c.cased[i].hasPrefixBytes($0) }) {
                c.propose(Candidate(type: .location, tokens: i..<(i + 1), rule: "location.road", priority: 12, attributes: ["level": "feature"]))
                i += 1
                continue
            }
            guard var p = parser.typed(c, at: i, date: date) ?? parser.bare(c, at: i, date: date) else { i += 1; continue }
            var start = i
            // The word for a country stays outside its name ("nước [Mông Cổ]"), unless capitalized as the start of the
            // formal name: "[Nước Cộng hòa Dân chủ nhân dân Lào]".
            if p.level == "country", c.isWord(i - 1, "nước"), c.isCapitalized(i - 1), !c.breakBefore(i) { start = i - 1 }
            // "các huyện U Minh Thượng, An Biên": a plural type word names no single place. (A unit named by a number keeps it:
            // "các Phường 2, Phường 4".)
            if let typeEnd = p.typeEnd, c.isWord(i - 1, "các") || c.isWord(i - 1, "những"), c.kind(typeEnd) != .number {
                start = typeEnd
                p.typeEnd = nil
            }
            c.propose(candidate(p, start, c))
            var end = p.end
            // Units listed under the same type word: "phường Hòa Phú, Phú Cường, Phú Hòa".
            if let word = p.typeWord, p.rule == "location.typed-unit" {
                let classes = parser.places.classes(typeKey: Normalizer.key(word))
                while (c.isPunct(end, ",") || c.isWord(end, "và")), end + 1 < c.count, c.isCapitalized(end + 1) {
                    guard let (e, units, refs) = parser.unitNames(c, at: end + 1).first(where: { n in
                        n.units.contains { parser.places.isCompatible($0, classes: classes) }
                    }), (end + 1..<e).allSatisfy({ c.isCapitalized($0) }) else { break }
                    let compatible = units.filter { parser.places.isCompatible($0, classes: classes) }
                    let item = PlaceParser.Place(end: e, typeEnd: nil, typeWord: word, units: compatible, level: p.level,
                                                 rule: "location.list", entries: Array(refs.prefix(3)))
                    c.propose(candidate(item, end + 1, c))
                    end = e
                }
            }
            i = end
        }
    }

    func candidate(_ p: PlaceParser.Place, _ start: Int, _ c: ExtractionContext) -> Candidate {
        // (Sized for its three members at most, so that it is not grown twice.)
        var attributes = [String: JSONValue](minimumCapacity: 3)
        let places = parser.places
        if p.units.count == 1 {
            let u = places.units[p.units[0]]
            attributes["unit"] = .string(u.key)
            attributes["place"] = .string(places.describe(p.units[0]))
        } else if p.units.count > 1 {
            let distinct = Set(p.units.map { places.units[$0].code })
            if distinct.count == 1 {
                attributes["unit"] = .string(places.units[p.units[0]].key)
                attributes["place"] = .string(places.describe(p.units[0]))
            } else {
                attributes["candidates"] = .array(p.units.prefix(8).map { .string(places.describe($0)) })
                attributes["candidate_keys"] = .array(p.units.prefix(32).map { .string(places.units[$0].key) })
            }
        }
        if let level = p.level, !level.isEmpty { attributes["level"] = .string(level) }
        return Candidate(type: .location, tokens: start..<p.end, rule: p.rule, priority: 12, entries: p.entries, attributes: attributes)
    }
}
