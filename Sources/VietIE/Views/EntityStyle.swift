import VietIECore

/// How each entity type looks on the annotation page: its colour, its short label and its place in
/// the legend.
///
///     EntityStyle.label(.organization)   // "ORG"
///     EntityStyle.colour(.location)      // "#b7e4a8"
public enum EntityStyle {
    /// The short label written after a mark (displaCy's manner): PER, TITLE, ORG, LOC, DATE, STAT.
    public static func label(_ type: EntityType) -> String {
        switch type {
        case .person: return "PER"
        case .title: return "TITLE"
        case .organization: return "ORG"
        case .location: return "LOC"
        case .date: return "DATE"
        case .statistic: return "STAT"
        }
    }

    /// The background colour of a mark, a CSS hex colour.
    public static func colour(_ type: EntityType) -> String {
        switch type {
        case .person: return "#ffc4d6"
        case .title: return "#ffe08a"
        case .organization: return "#a9d4ff"
        case .location: return "#b7e4a8"
        case .date: return "#d8c8ff"
        case .statistic: return "#ffbe98"
        }
    }

    /// The order of types when two spans are the same: the first is the outer mark.
    static func rank(_ type: EntityType) -> Int { EntityType.allCases.firstIndex(of: type) ?? 0 }

    /// CSS rules giving every type its colour.
    static var css: String {
        EntityType.allCases.map { t in
            "mark.t-\(t.rawValue), .swatch.t-\(t.rawValue) { background: \(colour(t)); }"
        }.joined(separator: "\n")
    }
}

/// The text of an entity's tooltip: type, offsets, rule, gazetteer entries, then every attribute
/// (normalized value, resolved place or date, canonical title, metric and value…) in name order.
///
///     LOCATION · 595–608 · “phường An Lộc”
///     rule: location.typed-unit
///     level: commune
///     place: Phường An Lộc, Thị xã Bình Long, Tỉnh Bình Phước
///     unit: 25324@
enum EntityTooltip {
    static func text(_ e: Entity) -> String {
        var lines = ["\(e.type.rawValue) · \(e.span.start)–\(e.span.end) · “\(e.text)”", "rule: \(e.provenance.rule)"]
        if !e.provenance.entries.isEmpty { lines.append("entries: \(e.provenance.entries.joined(separator: ", "))") }
        for key in e.attributes.keys.sorted() {
            if let v = e.attributes[key] { lines.append("\(key): \(display(v))") }
        }
        return lines.joined(separator: "\n")
    }

    /// A JSON value as a reader wants it: strings bare, integral numbers without a fraction, lists joined.
    static func display(_ v: JSONValue) -> String {
        switch v {
        case .null: return "—"
        case .string(let s): return s
        case .number(let d): return number(d)
        case .bool(let b): return b ? "yes" : "no"
        case .array(let items): return items.map(display).joined(separator: ", ")
        case .object: return v.serialized
        }
    }

    /// `6360` for 6360.0, `0.5` for 0.5.
    static func number(_ d: Double) -> String {
        if d.isFinite && d == d.rounded() && abs(d) < 9.0e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
