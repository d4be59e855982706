import VietIECore

/// Events: a meeting, working session, conference, inspection, visit or ceremony the article reports
/// (cues/events.tsv, kind `event`), with the named people who took part and the role the text gives
/// them (kind `role`: chủ trì -> chair, dự -> attendee, tiếp -> host, dẫn đầu -> delegation_head,
/// cùng đi -> delegation_member, phát biểu -> speaker, báo cáo / cho biết -> reporter). A person
/// keeps one role: chair, host or delegation head before reporter or speaker, before attendee.
/// The date and place are the first DATE and LOCATION of the sentence that names the event.
struct EventBuilder {
    static let events = Lexicon.List.events
    static let rank: [Role: Int] = [.chair: 0, .host: 0, .delegationHead: 0, .reporter: 1, .speaker: 1, .delegationMember: 2, .attendee: 3]

    func build(_ c: ExtractionContext, _ decided: [Candidate], officials: [Official]) -> [Event] {
        // Sentences that name an event, and sentences with a role cue.
        var eventCue: (sentence: Int, value: String, token: Int)? = nil
        var roleCues: [(token: Int, end: Int, role: Role)] = []
        for i in 0..<c.count {
            guard let m = c.match(Self.events, at: i), let row = m.rows.first else { continue }
            let kinds = (row["kind"] ?? "").split(separator: "|").map(String.init)
            let values = (row["value"] ?? "").split(separator: "|").map(String.init)
            for (k, kind) in kinds.enumerated() where k < values.count {
                if kind == "event", eventCue == nil { eventCue = (c.sentenceOf[i], values[k], i) }
                if kind == "role", let role = Role(rawValue: values[k]) { roleCues.append((i, m.end, role)) }
            }
        }
        guard let cue = eventCue else { return [] }
        let persons = decided.filter { $0.type == .person }
        var roles: [String: Role] = [:]
        var order: [String] = []
        for official in officials {
            for mention in official.mentions {
                guard let p = persons.first(where: { c.span($0.tokens) == mention }) else { continue }
                guard let role = role(of: p.tokens, c, roleCues, persons) else { continue }
                let current = roles[official.name]
                if current == nil { order.append(official.name) }
                if current == nil || Self.rank[role]! < Self.rank[current!]! { roles[official.name] = role }
            }
        }
        guard !order.isEmpty else { return [] }
        let sentence = cue.sentence
        let inSentence = decided.filter { c.sentenceOf[$0.tokens.lowerBound] == sentence }
        let date = inSentence.first { $0.type == .date }?.attributes["value"]?.stringValue
        let place = inSentence.first { $0.type == .location }.map { c.text($0.tokens) }
        let organizations = inSentence.filter { $0.type == .organization }.map { c.text($0.tokens) }
        let span = c.analyzed.sentences[sentence].span
        return [Event(kind: cue.value, date: date, place: place,
                      participants: order.map { Participant(name: $0, role: roles[$0]!) },
                      organizations: Array(NSOrderedSetLike(organizations)), span: span,
                      provenance: Provenance(rule: "event.cue-and-roles"))]
    }

    /// The role cue nearest a person in the same sentence: after the name (and its titles), else before it,
    /// never across another person.
    func role(of name: Range<Int>, _ c: ExtractionContext, _ cues: [(token: Int, end: Int, role: Role)], _ persons: [Candidate]) -> Role? {
        let sentence = c.sentenceOf[name.lowerBound]
        let next = persons.map(\.tokens.lowerBound).filter { $0 >= name.upperBound && c.sentenceOf[$0] == sentence }.min() ?? Int.max
        let previous = persons.map(\.tokens.upperBound).filter { $0 <= name.lowerBound && c.sentenceOf[$0 - 1] == sentence }.max() ?? -1
        if let after = cues.filter({ $0.token >= name.upperBound && $0.token < next && $0.token - name.upperBound <= 14 && c.sentenceOf[$0.token] == sentence }).min(by: { $0.token < $1.token }) {
            return after.role
        }
        if let before = cues.filter({ $0.end <= name.lowerBound && $0.token >= previous && c.sentenceOf[$0.token] == sentence }).max(by: { $0.token < $1.token }) {
            return before.role
        }
        return nil
    }
}

/// The distinct elements of a sequence, in order.
private func NSOrderedSetLike(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
