/// How overlapping candidates of one type become entities: longest first, then higher priority,
/// then earlier (JAPE's "appelt" style). Spans of different types may overlap or nest.
enum SpanPolicy {
    static func decide(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        var byType: [String: [Candidate]] = [:]
        for c in candidates { byType[c.type.rawValue, default: []].append(c) }
        for (_, list) in byType.sorted(by: { $0.key < $1.key }) {
            let ordered = list.sorted {
                if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
                if $0.priority != $1.priority { return $0.priority > $1.priority }
                return $0.tokens.lowerBound < $1.tokens.lowerBound
            }
            // Tokens already covered by a kept span of this type.
            var taken = [Bool](repeating: false, count: (list.map(\.tokens.upperBound).max() ?? 0) + 1)
            for c in ordered where !c.tokens.contains(where: { taken[$0] }) {
                for t in c.tokens { taken[t] = true }
                kept.append(c)
            }
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
