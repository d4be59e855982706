extension GraphBuilder {
    /// The graph of every annotation added so far. The builder can go on adding afterwards.
    ///
    /// Person clusters get their ids here (`person:<name key>#<smallest anchor>`); edges whose ends
    /// merged are merged too; MET_WITH joins each pair of people who took part in the same event,
    /// one edge per pair with every shared event as evidence.
    ///
    /// - Complexity: O((nodes + edges) log(nodes + edges)) plus O(p²) per event of p participants.
    public func build() -> KnowledgeGraph {
        var registry = people
        var personID: [Int: String] = [:]
        var accumulators = nodes
        for root in registry.roots() {
            let id = registry.id(ofRoot: root)
            personID[root] = id
            var n = registry.nodes[root]
            n.properties = ["name_key": .string(registry.nameKey(ofRoot: root))]
            accumulators[id] = n
        }
        func resolve(_ ref: NodeRef) -> String {
            switch ref {
            case .id(let id): return id
            case .person(let c): return personID[registry.find(c)] ?? ""
            }
        }
        // Edges, merged again by their resolved ends.
        struct Resolved: Hashable { var type: EdgeType; var source: String; var target: String; var identity: String }
        var merged: [Resolved: EdgeAccumulator] = [:]
        for (key, e) in edges {
            let r = Resolved(type: key.type, source: resolve(key.source), target: resolve(key.target), identity: key.identity)
            if merged[r] == nil { merged[r] = e } else { merged[r]?.merge(e) }
        }
        // MET_WITH.
        for (event, meeting) in meetings {
            let ids = Set(meeting.participants.map { resolve(.person($0)) }).sorted(by: precedes)
            for i in ids.indices {
                for j in ids.indices where j > i {
                    let r = Resolved(type: .metWith, source: ids[i], target: ids[j], identity: "")
                    var e = merged[r] ?? EdgeAccumulator()
                    e.votedProperties["events", default: LabelVotes()].add(event)
                    e.add(meeting.evidence)
                    merged[r] = e
                }
            }
        }
        var mentions: [String: Int] = [:]
        var edgesOut: [GraphEdge] = []
        edgesOut.reserveCapacity(merged.count)
        for (r, e) in merged {
            var properties = e.properties
            for (k, votes) in e.votedProperties { properties[k] = .string(votes.best) }
            switch r.type {
            case .holdsPosition:
                if let date = e.latestDate { properties["as_of"] = .string(date) }
            case .metWith:
                let events = (e.votedProperties["events"]?.counts.keys).map { Array($0).sorted(by: precedes) } ?? []
                properties["events"] = .strings(events)
                properties["count"] = .int(events.count)
            case .mentionedIn:
                properties["mentions"] = .int(e.evidence.count)
                mentions[r.source, default: 0] += e.evidence.count
            default: break
            }
            edgesOut.append(GraphEdge(type: r.type, source: r.source, target: r.target, properties: properties,
                                      evidence: e.evidence.sorted()))
        }
        var nodesOut: [GraphNode] = []
        nodesOut.reserveCapacity(accumulators.count)
        for (id, n) in accumulators {
            var properties = n.properties
            let label = n.labels.best
            if n.kind != .document && n.kind != .event { properties["name"] = properties["name"] ?? .string(label) }
            if n.kind == .person || n.kind == .organization { properties["name"] = .string(label) }
            if let titles = n.votedProperties["titles"] { properties["titles"] = .strings(titles.counts.keys.sorted(by: precedes)) }
            if let text = n.votedProperties["text"] { properties["text"] = .string(text.best) }
            if [.person, .organization, .place, .statistic].contains(n.kind) {
                properties["documents"] = .int(n.documents.count)
            }
            if [.person, .organization, .place].contains(n.kind) { properties["mentions"] = .int(mentions[id] ?? 0) }
            nodesOut.append(GraphNode(id: id, kind: n.kind, label: label.isEmpty ? id : label,
                                      properties: properties.filter { declared(n.kind, $0.key) }))
        }
        return KnowledgeGraph(nodes: nodesOut, edges: edgesOut)
    }

    func declared(_ kind: NodeKind, _ name: String) -> Bool {
        GraphSchema.nodeProperties[kind]?.contains { $0.name == name } ?? false
    }
}
