/// Passes to another visitor only the nodes of some kinds and the edges between them, e.g. people,
/// organizations and events for a readable picture; optionally without the nodes left with no edge.
///
///     var filtered = KindFilter(kinds: [.person, .organization, .event], dropIsolated: true,
///                               base: DOTExporter(output: String()))
///     graph.accept(&filtered)
///     print(filtered.base.output)
///
/// - Complexity: O(1) per node and edge, plus one pass over the edges when isolated nodes are dropped.
public struct KindFilter<Base: GraphVisitor>: GraphVisitor {
    /// The kinds of node let through.
    public let kinds: Set<NodeKind>
    /// True to drop the nodes that keep no edge to another node let through.
    public let dropIsolated: Bool
    /// The visitor that receives what is let through (read its output after the walk).
    public var base: Base
    private var kinded = Set<String>()
    private var connected = Set<String>()
    private var kept = Set<String>()

    /// Wraps `base` so that it sees only nodes of `kinds` and the edges between them.
    public init(kinds: Set<NodeKind>, dropIsolated: Bool = false, base: Base) {
        self.kinds = kinds
        self.dropIsolated = dropIsolated
        self.base = base
    }

    /// Finds the connected nodes when isolated ones are dropped, then passes the whole graph to `base`.
    ///
    /// - Complexity: O(n + e) when isolated nodes are dropped, else O(1).
    public mutating func visitGraph(_ graph: KnowledgeGraph) {
        if dropIsolated {
            for n in graph.nodes where kinds.contains(n.kind) { kinded.insert(n.id) }
            for e in graph.edges where kinded.contains(e.source) && kinded.contains(e.target) && e.source != e.target {
                connected.insert(e.source)
                connected.insert(e.target)
            }
        }
        base.visitGraph(graph)
    }

    /// Passes the node on when its kind is kept (and, if asked, it has an edge).
    public mutating func visitNode(_ node: GraphNode) {
        guard kinds.contains(node.kind), !dropIsolated || connected.contains(node.id) else { return }
        kept.insert(node.id)
        base.visitNode(node)
    }

    /// Passes the edge on when both its ends were passed on.
    public mutating func visitEdge(_ edge: GraphEdge) {
        guard kept.contains(edge.source), kept.contains(edge.target) else { return }
        base.visitEdge(edge)
    }

    /// Finishes `base`.
    public mutating func finish() { base.finish() }
}
