/// A node of the knowledge graph.
///
/// Its ``id`` is derived from normalized names and keys, never from the order documents were read:
/// `person:nguyễn văn lợi#org:tỉnh ủy bình phước#70@`, `organization:tỉnh ủy bình phước#70@`,
/// `place:70@`, `event:001_3c5e263b584c7281@58`, `document:001_3c5e263b584c7281`.
public struct GraphNode: Hashable, Sendable {
    /// Stable identifier, prefixed by the kind (``NodeKind/idPrefix``).
    public var id: String
    public var kind: NodeKind
    /// A display name: the most frequent written form (ties: the first in code-point order).
    public var label: String
    /// Properties declared by ``GraphSchema/nodeProperties`` for this kind.
    public var properties: [String: GraphValue]

    public init(id: String, kind: NodeKind, label: String, properties: [String: GraphValue] = [:]) {
        self.id = id
        self.kind = kind
        self.label = label
        self.properties = properties
    }
}

/// Where an edge comes from: a span of one document and the rule that produced it.
public struct EdgeEvidence: Hashable, Sendable, Comparable {
    /// The document id.
    public var document: String
    /// Code-point offsets into that document's text, end exclusive (as every ``Span``).
    public var start: Int
    public var end: Int
    /// The extraction rule (`event.cue-and-roles`, `person.after-title`...) or the graph rule
    /// (`graph.official-position`, `graph.shared-event`...) that stated the fact.
    public var rule: String

    public init(document: String, start: Int, end: Int, rule: String) {
        self.document = document
        self.start = start
        self.end = end
        self.rule = rule
    }

    public static func < (a: EdgeEvidence, b: EdgeEvidence) -> Bool {
        if a.document != b.document { return a.document.unicodeScalars.lexicographicallyPrecedes(b.document.unicodeScalars) }
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.rule < b.rule
    }
}

/// An edge of the knowledge graph, with the evidence for it (sorted, never empty).
public struct GraphEdge: Hashable, Sendable {
    public var type: EdgeType
    public var source: String
    public var target: String
    /// Properties declared by ``GraphSchema/edgeProperties`` for this type.
    public var properties: [String: GraphValue]
    public var evidence: [EdgeEvidence]

    public init(type: EdgeType, source: String, target: String, properties: [String: GraphValue] = [:], evidence: [EdgeEvidence]) {
        self.type = type
        self.source = source
        self.target = target
        self.properties = properties
        self.evidence = evidence
    }

    /// True unless the relation is symmetric (``EdgeType/metWith``).
    public var isDirected: Bool { type.isDirected }
}

/// Code-point order, the order of every listing in the graph (independent of locale).
func precedes(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}
