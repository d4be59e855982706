/// Passes to another visitor only the nodes of some kinds and the edges between them, e.g. people,
/// organizations and events for a readable picture.
///
///     var filtered = KindFilter(kinds: [.person, .organization, .event], base: DOTExporter(output: String()))
///     graph.accept(&filtered)
///     print(filtered.base.output)
///
/// - Complexity: O(1) per node and edge, plus a set of the kept node ids.
public struct KindFilter<Base: GraphVisitor>: GraphVisitor {
    public let kinds: Set<NodeKind>
    public var base: Base
    private var kept = Set<String>()

    public init(kinds: Set<NodeKind>, base: Base) {
        self.kinds = kinds
        self.base = base
    }

    public mutating func visitGraph(_ graph: KnowledgeGraph) { base.visitGraph(graph) }

    public mutating func visitNode(_ node: GraphNode) {
        guard kinds.contains(node.kind) else { return }
        kept.insert(node.id)
        base.visitNode(node)
    }

    public mutating func visitEdge(_ edge: GraphEdge) {
        guard kept.contains(edge.source), kept.contains(edge.target) else { return }
        base.visitEdge(edge)
    }

    public mutating func finish() { base.finish() }
}
