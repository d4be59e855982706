/// Written forms of one name with their counts; the label is the most frequent one (ties: the first
/// in code-point order), so it does not depend on the order documents arrive in.
struct LabelVotes: Sendable {
    private(set) var counts: [String: Int] = [:]

    mutating func add(_ form: String, count: Int = 1) { counts[form, default: 0] += count }

    mutating func merge(_ other: LabelVotes) { for (k, v) in other.counts { add(k, count: v) } }

    var best: String {
        counts.min { a, b in a.value != b.value ? a.value > b.value : precedes(a.key, b.key) }?.key ?? ""
    }
}

/// A node while the graph is being built.
struct NodeAccumulator: Sendable {
    var kind: NodeKind
    private(set) var labels = LabelVotes()
    /// Properties that depend only on the node's key (or on the first sighting for per-document nodes).
    var properties: [String: GraphValue] = [:]
    /// Written forms of a property that may vary between documents (a statistic's text).
    var votedProperties: [String: LabelVotes] = [:]
    var documents: Set<String> = []
    /// A document that wrote a form of the label.
    struct Voter: Hashable, Sendable {
        var document: String
        var label: String
    }
    /// The (document, label) pairs that voted for a label: each document votes once for each form it writes, so adding a
    /// document twice changes no label.
    private(set) var labelVoters: Set<Voter> = []
    /// The votes of no known document.
    private(set) var anonymousVotes = LabelVotes()

    init(kind: NodeKind) { self.kind = kind }

    /// Counts `label` as written by `document`, once per document and form (every time when no document is known).
    mutating func vote(_ label: String, by document: String?) {
        if let document {
            guard labelVoters.insert(Voter(document: document, label: label)).inserted else { return }
        } else {
            anonymousVotes.add(label)
        }
        labels.add(label)
    }

    mutating func merge(_ other: NodeAccumulator) {
        for voter in other.labelVoters where labelVoters.insert(voter).inserted { labels.add(voter.label) }
        anonymousVotes.merge(other.anonymousVotes)
        labels.merge(other.anonymousVotes)
        for (k, v) in other.properties where properties[k] == nil { properties[k] = v }
        for (k, v) in other.votedProperties { votedProperties[k, default: LabelVotes()].merge(v) }
        documents.formUnion(other.documents)
    }
}

/// A node endpoint: a fixed id, or a person cluster whose id is known only when the graph is built
/// (clusters merge as documents arrive).
enum NodeRef: Hashable, Sendable {
    case id(String)
    case person(Int)
}

/// What makes two edges the same edge: type, endpoints and the identifying properties
/// (the title of a position, the role of a participant, the figure of a report).
struct EdgeKey: Hashable, Sendable {
    var type: EdgeType
    var source: NodeRef
    var target: NodeRef
    var identity: String
}

/// An edge while the graph is being built.
struct EdgeAccumulator: Sendable {
    var properties: [String: GraphValue] = [:]
    /// Written forms of a property (the title as written, of which the most frequent is exported).
    var votedProperties: [String: LabelVotes] = [:]
    /// The latest document date that states the edge (`as_of`).
    var latestDate: String?
    var evidence: Set<EdgeEvidence> = []
    /// With `singleEvidence`, only the first evidence in order is kept (facts from the gazetteer, not the text).
    var singleEvidence = false

    mutating func add(_ e: EdgeEvidence) {
        if singleEvidence, let current = evidence.first {
            if e < current { evidence = [e] }
        } else {
            evidence.insert(e)
        }
    }

    mutating func noteDate(_ date: String?) {
        guard let date else { return }
        if latestDate.map({ date > $0 }) ?? true { latestDate = date }
    }

    mutating func merge(_ other: EdgeAccumulator) {
        for (k, v) in other.properties where properties[k] == nil { properties[k] = v }
        for (k, v) in other.votedProperties { votedProperties[k, default: LabelVotes()].merge(v) }
        noteDate(other.latestDate)
        for e in other.evidence { add(e) }
    }
}
