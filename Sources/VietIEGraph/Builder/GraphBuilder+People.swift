import VietIECore

extension GraphBuilder {
    /// Person nodes: one observation per official (with the anchors that may merge it with other
    /// documents' observations), HOLDS_POSITION for each position with an organization, and the
    /// PERSON mentions and the offices that refer to an official; a named person with no title is a node of this
    /// document only.
    mutating func addPeople(_ a: Annotation, _ scope: inout DocumentScope) {
        for official in a.officials {
            let nameKey = policy.nameKey(official.name)
            guard !nameKey.isEmpty, scope.personByName[nameKey] == nil else { continue }
            var anchors = Set<String>()
            var offices: [(position: Position, organization: OrganizationRef)] = []
            var node = NodeAccumulator(kind: .person)
            node.vote(official.name, by: scope.document)
            node.documents.insert(scope.document)
            for p in official.positions {
                if let name = p.organization, let ref = scope.organizations[organizationKey(name)] {
                    anchors.insert("org:" + ref.anchor)
                    if let unit = ref.unit { anchors.insert("place:" + unit) }
                    offices.append((p, ref))
                } else if p.organization == nil {
                    let title = p.attributes["canonical"]?.stringValue ?? p.title
                    node.votedProperties["titles", default: LabelVotes()].add(title)
                    let key = policy.phraseKey(title)
                    if policy.selfContainedTitles.contains(key) { anchors.insert("title:" + key) }
                }
            }
            if anchors.isEmpty { anchors.insert("doc:" + scope.document) }
            let cluster = people.observe(nameKey: nameKey, anchors: anchors, node: node)
            scope.personByName[nameKey] = cluster
            for span in official.mentions { scope.personBySpan[span] = cluster }
            for span in official.references { mention(.person(cluster), scope, span, rule: GraphRules.officeReference) }
            for (p, ref) in offices {
                let canonical = p.attributes["canonical"]?.stringValue
                var properties: [String: GraphValue] = [:]
                if let canonical { properties["canonical_title"] = .string(canonical) }
                if let kind = p.attributes["kind"]?.stringValue { properties["title_kind"] = .string(kind) }
                let span = positionSpan(p, of: official, in: a)
                edge(.holdsPosition, .person(cluster), .id(ref.id), identity: policy.phraseKey(canonical ?? p.title),
                     properties: properties, voted: ["title": p.title], date: scope.date,
                     evidence: scope.evidence(span, GraphRules.officialPosition))
            }
        }
        for e in a.entities where e.type == .person && !policy.nameKey(e.text).isEmpty {
            let cluster = person(named: e.text, span: e.span, &scope)
            mention(.person(cluster), scope, e.span, rule: e.provenance.rule)
        }
    }

    /// The person cluster of a name in this document: the official whose mention it is, the one of
    /// that name, the one whose name ends with a lone given name, or a new person of this document.
    mutating func person(named name: String, span: Span?, _ scope: inout DocumentScope) -> Int {
        if let span, let c = scope.personBySpan[span] { return c }
        let key = policy.nameKey(name)
        if let c = scope.personByName[key] { return c }
        if !key.contains(" ") {
            let owners = Set(scope.personByName.filter { $0.key.hasSuffix(" " + key) }.map(\.value))
            if owners.count == 1, let only = owners.first { return only }
        }
        var node = NodeAccumulator(kind: .person)
        node.vote(name, by: scope.document)
        node.documents.insert(scope.document)
        let cluster = people.observe(nameKey: key, anchors: ["doc:" + scope.document], node: node)
        scope.personByName[key] = cluster
        if let span { scope.personBySpan[span] = cluster }
        return cluster
    }

    /// The mention of a position: the TITLE entity of that title nearest to one of the official's
    /// mentions, else the official's first mention.
    func positionSpan(_ p: Position, of official: Official, in a: Annotation) -> Span {
        let key = policy.phraseKey(p.title)
        let fallback = official.mentions.first ?? Span(start: 0, end: 0)
        var best: (span: Span, distance: Int)? = nil
        for t in a.entities where t.type == .title && policy.phraseKey(t.text) == key {
            for m in official.mentions {
                let d = t.span.end <= m.start ? m.start - t.span.end : max(0, t.span.start - m.end)
                if let b = best, d > b.distance || d == b.distance && t.span.start >= b.span.start { continue }
                best = (t.span, d)
            }
        }
        return best?.span ?? fallback
    }
}
