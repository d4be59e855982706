import VietIECore

/// How overlapping candidates of one type become entities: longest first, then higher priority,
/// then earlier (JAPE's "appelt" style). Spans of different types may overlap or nest.
enum SpanPolicy {
    /// The entity types in the order of their names, and each one's place in it.
    static let typeOrder = EntityType.allCases.sorted { $0.rawValue < $1.rawValue }
    static let typeRank = Dictionary(uniqueKeysWithValues: typeOrder.enumerated().map { ($1, $0) })

    static func decide(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        kept.reserveCapacity(candidates.count)
        // The candidates of each type, in input order (types in the order of their names), in one array each.
        var byType = [[Candidate]](repeating: [], count: typeOrder.count)
        for c in candidates { byType[typeRank[c.type]!].append(c) }
        // Tokens already covered by a kept span of the type being decided (cleared between types).
        var taken = [Bool](repeating: false, count: (candidates.map(\.tokens.upperBound).max() ?? 0) + 1)
        for list in byType where !list.isEmpty {
            let ordered = list.sorted {
                if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
                if $0.priority != $1.priority { return $0.priority > $1.priority }
                return $0.tokens.lowerBound < $1.tokens.lowerBound
            }
            for c in ordered where !c.tokens.contains(where: { taken[$0] }) {
                for t in c.tokens { taken[t] = true }
                kept.append(c)
            }
            for c in list { for t in c.tokens { taken[t] = false } }
        }
        // An organization inside a title is part of it ("Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng").
        var inTitle = [Bool](repeating: false, count: (kept.map(\.tokens.upperBound).max() ?? 0) + 1)
        for t in kept where t.type == .title { for k in t.tokens { inTitle[k] = true } }
        kept.removeAll { c in c.type == .organization && !c.tokens.isEmpty && c.tokens.allSatisfy { inTitle[$0] } }
        // Nor is a place inside a person's name ("Cao Thị Hòa An").
        var inPerson = [Bool](repeating: false, count: inTitle.count)
        for p in kept where p.type == .person { for k in p.tokens { inPerson[k] = true } }
        kept.removeAll { c in c.type == .location && !c.tokens.isEmpty && c.tokens.allSatisfy { inPerson[$0] } }
        return kept.sorted { $0.tokens.lowerBound != $1.tokens.lowerBound ? $0.tokens.lowerBound < $1.tokens.lowerBound : $0.type.rawValue < $1.type.rawValue }
    }
}
