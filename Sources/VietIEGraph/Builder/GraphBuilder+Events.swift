import VietIECore

extension GraphBuilder {
    /// Event nodes with PARTICIPATED_IN (role), HELD_AT (the place of the event's sentence) and the
    /// participants kept for MET_WITH, which is derived when the graph is built (people merge later).
    mutating func addEvents(_ a: Annotation, _ scope: inout DocumentScope) {
        for (k, event) in a.events.enumerated() {
            let id = NodeKind.event.idPrefix + scope.document + (event.span.map { "@\($0.start)" } ?? "#\(k)")
            let span = event.span ?? Span(start: 0, end: 0)
            let evidence = scope.evidence(span, event.provenance?.rule ?? "event")
            var properties: [String: GraphValue] = ["event_kind": .string(event.kind), "document": .string(scope.document),
                                                    "organizations": .strings(event.organizations)]
            if let date = event.date { properties["date"] = .string(date) }
            if let place = event.place { properties["place_text"] = .string(place) }
            if let s = event.span { properties["start"] = .int(s.start); properties["end"] = .int(s.end) }
            let label = [event.kind.replacingOccurrences(of: "_", with: " "), event.date, event.place].compactMap { $0 }.joined(separator: ", ")
            node(id, .event, label: label, document: scope.document, properties: properties)
            edge(.mentionedIn, .id(id), .id(scope.documentID), evidence: evidence)
            var participants: [Int] = []
            for p in event.participants where !policy.nameKey(p.name).isEmpty {
                let cluster = person(named: p.name, span: nil, &scope)
                participants.append(cluster)
                var edgeProperties: [String: GraphValue] = ["role": .string(p.role.rawValue)]
                if let date = event.date { edgeProperties["date"] = .string(date) }
                edge(.participatedIn, .person(cluster), .id(id), identity: p.role.rawValue, properties: edgeProperties, evidence: evidence)
            }
            meetings[id] = (evidence.with(rule: GraphRules.sharedEvent), participants)
            if let place = event.place, !place.isEmpty {
                let target: String
                if let u = self.unit(ofPlace: place, within: event.span, scope) { target = ensurePlace(u, scope) } else { target = unresolvedPlace(place, scope) }
                edge(.heldAt, .id(id), .id(target), evidence: evidence)
            }
        }
    }

    /// Statistic nodes with REPORTED to the place they are tied to. The same figure for the same place
    /// and date in two articles is one node (`statistic:<metric>|<unit>|<date>|<value>`); a figure with
    /// no resolved place or date belongs to its document (`statistic:<document>@<start>`).
    mutating func addStatistics(_ a: Annotation, _ scope: inout DocumentScope) {
        for s in a.statistics {
            let placeUnit = s.place.flatMap { self.unit(ofPlace: $0, within: nil, scope) }
            let value = GraphValue.format(s.value)
            let id: String
            if let placeUnit, let date = s.date {
                id = NodeKind.statistic.idPrefix + "\(s.metric.rawValue)|\(placeUnit)|\(date)|\(value)"
            } else {
                id = NodeKind.statistic.idPrefix + "\(scope.document)@\(s.span.start)"
            }
            var properties: [String: GraphValue] = ["metric": .string(s.metric.rawValue), "value": .double(s.value)]
            if let date = s.date { properties["date"] = .string(date) }
            if let place = s.place { properties["place_text"] = .string(place) }
            let label = "\(s.metric.rawValue) \(value)" + (s.place.map { " (\($0))" } ?? "")
            node(id, .statistic, label: label, document: scope.document, properties: properties)
            nodes[id]?.votedProperties["text", default: LabelVotes()].add(s.text)
            let evidence = scope.evidence(s.span, s.provenance.rule)
            edge(.mentionedIn, .id(id), .id(scope.documentID), evidence: evidence)
            guard let place = s.place, !place.isEmpty else { continue }
            let target: String
            if let placeUnit { target = ensurePlace(placeUnit, scope) } else { target = unresolvedPlace(place, scope) }
            var edgeProperties: [String: GraphValue] = ["metric": .string(s.metric.rawValue), "value": .double(s.value)]
            if let date = s.date { edgeProperties["date"] = .string(date) }
            edge(.reported, .id(id), .id(target), identity: "\(s.metric.rawValue)|\(value)|\(s.date ?? "")",
                 properties: edgeProperties, evidence: evidence)
        }
    }
}
