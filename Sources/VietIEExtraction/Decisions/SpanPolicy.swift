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
            var taken: [Range<Int>] = []
            for c in ordered where !taken.contains(where: { $0.overlaps(c.tokens) }) {
                taken.append(c.tokens)
                kept.append(c)
            }
        }
        // An organization inside a title is part of it ("Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng").
        let titles = kept.filter { $0.type == .title }.map(\.tokens)
        kept.removeAll { c in c.type == .organization && titles.contains { $0.lowerBound <= c.tokens.lowerBound && c.tokens.upperBound <= $0.upperBound } }
        return kept.sorted { $0.tokens.lowerBound != $1.tokens.lowerBound ? $0.tokens.lowerBound < $1.tokens.lowerBound : $0.type.rawValue < $1.type.rawValue }
    }
}
