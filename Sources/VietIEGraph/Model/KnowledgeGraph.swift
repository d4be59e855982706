/// The knowledge graph built from a corpus: typed nodes and typed edges, each edge with its evidence.
///
/// A value: built once by a ``GraphBuilder`` and then read by exporters, which are visitors
/// (``GraphVisitor``): a new format never touches the model.
///
///     var builder = GraphBuilder()
///     builder.add(annotation)
///     let graph = builder.build()
///     var json = JSONGraphExporter(output: String())
///     graph.accept(&json)
public struct KnowledgeGraph: Sendable {
    /// Nodes sorted by kind, then id (code-point order).
    public let nodes: [GraphNode]
    /// Edges sorted by type, source, target, then properties.
    public let edges: [GraphEdge]
    private let index: [String: Int]

    /// A graph of these nodes and edges, put in the graph's order.
    ///
    /// - Complexity: O((n + e) log(n + e)).
    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = nodes.sorted { $0.kind != $1.kind ? $0.kind < $1.kind : precedes($0.id, $1.id) }
        self.edges = edges.sorted(by: KnowledgeGraph.edgeOrder)
        var index: [String: Int] = [:]
        for (i, n) in self.nodes.enumerated() { index[n.id] = i }
        self.index = index
    }

    /// The node with this id.
    ///
    /// - Complexity: O(1).
    public func node(_ id: String) -> GraphNode? { index[id].map { nodes[$0] } }

    /// The nodes of one kind, in id order.
    ///
    /// - Complexity: O(n) in the number of nodes.
    public func nodes(_ kind: NodeKind) -> [GraphNode] { nodes.filter { $0.kind == kind } }

    /// The edges of one type, optionally only those from or to a node, in the graph's order.
    ///
    /// - Complexity: O(e) in the number of edges.
    public func edges(_ type: EdgeType, from source: String? = nil, to target: String? = nil) -> [GraphEdge] {
        edges.filter { $0.type == type && (source == nil || $0.source == source) && (target == nil || $0.target == target) }
    }

    /// Walks the graph: ``GraphVisitor/visitGraph(_:)``, every node, every edge, then ``GraphVisitor/finish()``.
    ///
    /// - Complexity: O(nodes + edges) visits.
    public func accept<V: GraphVisitor>(_ visitor: inout V) {
        visitor.visitGraph(self)
        for n in nodes { visitor.visitNode(n) }
        for e in edges { visitor.visitEdge(e) }
        visitor.finish()
    }

    static func edgeOrder(_ a: GraphEdge, _ b: GraphEdge) -> Bool {
        if a.type != b.type { return a.type < b.type }
        if a.source != b.source { return precedes(a.source, b.source) }
        if a.target != b.target { return precedes(a.target, b.target) }
        let pa = a.properties.keys.sorted().map { "\($0)=\(a.properties[$0]?.text ?? "")" }.joined(separator: "\u{1}")
        let pb = b.properties.keys.sorted().map { "\($0)=\(b.properties[$0]?.text ?? "")" }.joined(separator: "\u{1}")
        return precedes(pa, pb)
    }
}

/// An exporter or any other walk over a ``KnowledgeGraph``: nodes are visited before edges,
/// each in the graph's order.
///
///     struct CountingVisitor: GraphVisitor {
///         var people = 0
///         mutating func visitNode(_ node: GraphNode) { if node.kind == .person { people += 1 } }
///     }
public protocol GraphVisitor {
    /// Called once before any node (GraphML declares its keys here).
    mutating func visitGraph(_ graph: KnowledgeGraph)
    /// Called for each node, in the graph's order.
    mutating func visitNode(_ node: GraphNode)
    /// Called for each edge, in the graph's order, after every node.
    mutating func visitEdge(_ edge: GraphEdge)
    /// Called once after the last edge (closing brackets and tags).
    mutating func finish()
}

extension GraphVisitor {
    /// Does nothing: a visitor implements only the calls it needs.
    public mutating func visitGraph(_ graph: KnowledgeGraph) {}
    /// Does nothing.
    public mutating func visitNode(_ node: GraphNode) {}
    /// Does nothing.
    public mutating func visitEdge(_ edge: GraphEdge) {}
    /// Does nothing.
    public mutating func finish() {}
}
