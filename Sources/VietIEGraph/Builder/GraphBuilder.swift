import VietIECore
import VietIEText

/// Builds a ``KnowledgeGraph`` one annotation at a time.
///
/// The builder keeps no annotation and no text: it holds one accumulator per distinct entity
/// (person, organization, place, event, statistic, document) and per distinct edge, so memory grows
/// with the number of distinct entities and facts, not with the size of the corpus.
///
/// The same person in two articles becomes one node when the normalized name and an office
/// (an organization, or a title whose body is implicit) or the place of an office agree; a name
/// alone never merges two people. Organizations merge by normalized name and resolved place,
/// places by unit key. Ids come from those keys, so two runs over the same documents, in any
/// order, give the same graph.
///
///     var builder = GraphBuilder(extractor: extractor)   // the `VietIE` facade's initializer
///     for document in documents { builder.add(extractor.annotate(document)) }
///     let graph = builder.build()
///
/// - Complexity: ``add(_:)`` is O(entities of the annotation × their words) plus one directory
///   lookup per organization word; ``build()`` is O((nodes + edges) log(nodes + edges)).
public struct GraphBuilder: Sendable {
    /// How names become keys.
    public let policy: MergePolicy
    /// The administrative hierarchy places are resolved against.
    public let places: any PlaceDirectory

    var nodes: [String: NodeAccumulator] = [:]
    var people = PersonRegistry()
    var edges: [EdgeKey: EdgeAccumulator] = [:]
    /// Per event: its id, its evidence and the person clusters that took part.
    var meetings: [String: (evidence: EdgeEvidence, participants: [Int])] = [:]

    /// The number of annotations added.
    public private(set) var documentCount = 0

    /// Creates an empty builder.
    ///
    /// - Parameters:
    ///   - policy: how names become keys (``MergePolicy``).
    ///   - places: the administrative hierarchy (``PlaceDirectory``); without one, places come only
    ///     from the LOCATION entities' `unit` attributes and have no parents.
    public init(policy: MergePolicy = MergePolicy(), places: any PlaceDirectory = NoPlaceDirectory()) {
        self.policy = policy
        self.places = places
    }

    /// Adds the nodes and edges of one annotated document. Adding the same document twice changes
    /// nothing but ``documentCount``.
    ///
    /// - Parameter annotation: the extractor's result for one document; it is not kept.
    /// - Complexity: O(entities of the annotation × their words), plus one directory lookup per
    ///   organization word.
    public mutating func add(_ annotation: Annotation) {
        documentCount += 1
        let document = annotation.document
        let date = document.published.flatMap(PublicationDate.isoDatePrefix)
        var scope = DocumentScope(document: document.id, date: date)
        addDocument(document)
        addPlaces(annotation, &scope)
        addOrganizations(annotation, &scope)
        addPeople(annotation, &scope)
        addEvents(annotation, &scope)
        addStatistics(annotation, &scope)
    }

    // MARK: - Recording

    /// Creates or updates a node with a fixed id; `properties` are kept from the first call.
    mutating func node(_ id: String, _ kind: NodeKind, label: String?, document: String?,
                       properties: [String: GraphValue] = [:]) {
        var n = nodes[id] ?? NodeAccumulator(kind: kind)
        if n.properties.isEmpty { n.properties = properties }
        if let label { n.vote(label, by: document) }
        if let document { n.documents.insert(document) }
        nodes[id] = n
    }

    /// Creates or updates an edge.
    mutating func edge(_ type: EdgeType, _ source: NodeRef, _ target: NodeRef, identity: String = "",
                       properties: [String: GraphValue] = [:], voted: [String: String] = [:],
                       date: String? = nil, evidence: EdgeEvidence, singleEvidence: Bool = false) {
        let key = EdgeKey(type: type, source: source, target: target, identity: identity)
        var e = edges[key] ?? EdgeAccumulator()
        if e.properties.isEmpty { e.properties = properties }
        for (k, v) in voted { e.votedProperties[k, default: LabelVotes()].add(v) }
        e.singleEvidence = singleEvidence
        e.noteDate(date)
        e.add(evidence)
        edges[key] = e
    }

    /// A MENTIONED_IN edge from a node to the document, with the mention's span and rule.
    mutating func mention(_ ref: NodeRef, _ scope: DocumentScope, _ span: Span, rule: String) {
        edge(.mentionedIn, ref, .id(scope.documentID), evidence: scope.evidence(span, rule))
    }

    mutating func addDocument(_ d: Document) {
        var properties: [String: GraphValue] = ["document": .string(d.id)]
        if let url = d.url { properties["url"] = .string(url) }
        if let title = d.title { properties["title"] = .string(title) }
        if let published = d.published { properties["published"] = .string(published) }
        node(NodeKind.document.idPrefix + d.id, .document, label: d.title ?? d.id, document: d.id, properties: properties)
    }
}

/// What the builder knows about the document being added; dropped once it is added.
struct DocumentScope {
    var document: String
    var date: String?
    var documentID: String { NodeKind.document.idPrefix + document }
    /// The document's resolver (set by the place step).
    var resolver: PlaceResolver?
    /// Resolved LOCATION entities: span and unit key.
    var locations: [(span: Span, unit: String, text: String)] = []
    /// The document's organizations by name key.
    var organizations: [String: OrganizationRef] = [:]
    /// Person clusters by name key and by mention span.
    var personByName: [String: Int] = [:]
    var personBySpan: [Span: Int] = [:]

    init(document: String, date: String?) {
        self.document = document
        self.date = date
    }

    func evidence(_ span: Span, _ rule: String) -> EdgeEvidence {
        EdgeEvidence(document: document, start: span.start, end: span.end, rule: rule)
    }
}

/// An organization node as one document knows it.
struct OrganizationRef {
    var id: String
    var key: String
    var unit: String?
    var label: String
    /// The key of the node without its kind prefix (the anchor of the people who hold office in it).
    var anchor: String { String(id.dropFirst(NodeKind.organization.idPrefix.count)) }
}
