/// Writes the graph in Graphviz's DOT language, for `dot -Tsvg`.
///
/// Each kind has its own shape and colour (people ellipses, organizations boxes, places houses,
/// events diamonds, statistics notes, documents folders); edges are labelled with the title of a
/// position, the role of a participant, or their type. MET_WITH edges are drawn without arrows.
///
///     var dot = DOTExporter(output: String())
///     graph.accept(&dot)      // then: dot -Tsvg graph.dot > graph.svg
///
/// - Complexity: O(size of the output).
public struct DOTExporter<Output: TextOutputStream>: GraphVisitor {
    /// Where the DOT text goes (a `String`, or a stream onto a file).
    public var output: Output
    /// Graph attributes, e.g. `rankdir=LR`.
    public var graphAttributes: [String]

    /// An exporter that has written nothing yet.
    ///
    /// - Parameters:
    ///   - output: where the DOT text goes.
    ///   - graphAttributes: attributes written at the top of the graph (left-to-right layout by default).
    public init(output: Output, graphAttributes: [String] = ["rankdir=LR", "fontname=\"DejaVu Sans\"", "nodesep=0.25", "ranksep=0.6"]) {
        self.output = output
        self.graphAttributes = graphAttributes
    }

    /// Opens the `digraph` and writes the graph, node and edge defaults.
    public mutating func visitGraph(_ graph: KnowledgeGraph) {
        output.write("digraph vietie {\n")
        for a in graphAttributes { output.write("  \(a);\n") }
        output.write("  node [fontname=\"DejaVu Sans\", fontsize=10, style=filled];\n")
        output.write("  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#555555\"];\n")
    }

    /// Writes one node statement with its label and its kind's shape and colour.
    public mutating func visitNode(_ node: GraphNode) {
        let (shape, colour) = Self.style(node.kind)
        output.write("  \(Escaping.dot(node.id)) [label=\(Escaping.dot(node.label)), shape=\(shape), fillcolor=\"\(colour)\"];\n")
    }

    /// Writes one edge statement with its label.
    public mutating func visitEdge(_ edge: GraphEdge) {
        var attributes = ["label=\(Escaping.dot(Self.label(edge)))"]
        if !edge.isDirected { attributes += ["dir=none", "style=dashed", "color=\"#c0392b\""] }
        if edge.type == .mentionedIn || edge.type == .locatedIn { attributes.append("style=dotted") }
        output.write("  \(Escaping.dot(edge.source)) -> \(Escaping.dot(edge.target)) [\(attributes.joined(separator: ", "))];\n")
    }

    /// Closes the `digraph`.
    public mutating func finish() { output.write("}\n") }

    static func style(_ kind: NodeKind) -> (shape: String, colour: String) {
        switch kind {
        case .person: return ("ellipse", "#f9e79f")
        case .organization: return ("box", "#aed6f1")
        case .place: return ("house", "#abebc6")
        case .event: return ("diamond", "#f5b7b1")
        case .statistic: return ("note", "#d7dbdd")
        case .document: return ("folder", "#ffffff")
        }
    }

    static func label(_ edge: GraphEdge) -> String {
        switch edge.type {
        case .holdsPosition: return edge.properties["title"]?.text ?? "HOLDS_POSITION"
        case .participatedIn: return edge.properties["role"]?.text ?? "PARTICIPATED_IN"
        case .metWith: return "met with"
        case .reported: return edge.properties["metric"]?.text ?? "REPORTED"
        default: return edge.type.rawValue.lowercased().replacingOccurrences(of: "_", with: " ")
        }
    }
}
