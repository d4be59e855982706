/// A node of the knowledge graph.
///
/// Its ``id`` is derived from normalized names and keys, never from the order documents were read:
/// `person:nguyễn văn lợi#org:tỉnh ủy bình phước#70@`, `organization:tỉnh ủy bình phước#70@`,
/// `place:70@`, `event:001_3c5e263b584c7281@58`, `document:001_3c5e263b584c7281`.
///
///     for person in graph.nodes(.person) {
///         print(person.id, person.label, person.properties["documents"]?.text ?? "")
///         // person:trần tuệ hiền#org:tỉnh ủy bình phước#70@ Trần Tuệ Hiền 1
///     }
public struct GraphNode: Hashable, Sendable {
    /// Stable identifier, prefixed by the kind (``NodeKind/idPrefix``).
    public var id: String
    /// What the node stands for.
    public var kind: NodeKind
    /// A display name: the most frequent written form (ties: the first in code-point order).
    public var label: String
    /// Properties declared by ``GraphSchema/nodeProperties`` for this kind.
    public var properties: [String: GraphValue]

    /// Creates a node.
    public init(id: String, kind: NodeKind, label: String, properties: [String: GraphValue] = [:]) {
        self.id = id
        self.kind = kind
        self.label = label
        self.properties = properties
    }
}

/// Where an edge comes from: a span of one document and the rule that produced it.
///
///     for e in edge.evidence { print(e.document, e.start, e.end, e.rule) }   // 001 120 128 graph.official-position
public struct EdgeEvidence: Hashable, Sendable, Comparable {
    /// The document id.
    public var document: String
    /// Code-point offsets into that document's text, end exclusive (as every ``Span``).
    public var start: Int
    /// One past the last code point of the evidence span.
    public var end: Int
    /// The extraction rule (`event.cue-and-roles`, `person.after-title`...) or the graph rule
    /// (`graph.official-position`, `graph.shared-event`...) that stated the fact.
    public var rule: String

    /// Creates the evidence of one span of one document.
    public init(document: String, start: Int, end: Int, rule: String) {
        self.document = document
        self.start = start
        self.end = end
        self.rule = rule
    }

    /// The graph's order of evidence: by document id (code-point order), start, end, then rule.
    public static func < (a: EdgeEvidence, b: EdgeEvidence) -> Bool {
        if a.document != b.document { return a.document.unicodeScalars.lexicographicallyPrecedes(b.document.unicodeScalars) }
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.rule < b.rule
    }
}

/// An edge of the knowledge graph, with the evidence for it (sorted, never empty).
///
///     for edge in graph.edges(.holdsPosition, from: person.id) {
///         print(edge.properties["title"]?.text ?? "", "->", graph.node(edge.target)?.label ?? "")
///     }
public struct GraphEdge: Hashable, Sendable {
    /// The relation.
    public var type: EdgeType
    /// The id of the node it starts from (for ``EdgeType/metWith``, the smaller of the two ids).
    public var source: String
    /// The id of the node it leads to.
    public var target: String
    /// Properties declared by ``GraphSchema/edgeProperties`` for this type.
    public var properties: [String: GraphValue]
    /// The spans and rules that state the relation, sorted.
    public var evidence: [EdgeEvidence]

    /// Creates an edge.
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
