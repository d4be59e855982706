/// Writes the graph as GraphML, as networkx (`read_graphml`) and Gephi load it.
///
/// Every property of ``GraphSchema`` is declared as a `<key>` with its `attr.type` (`string`, `int`,
/// `double`, `boolean`; dates are strings, lists are strings joined with "; "). Nodes carry `label` and
/// `kind`; edges carry `type` (also as `label`, which Gephi shows), their properties, the first evidence
/// (`document`, `start`, `end`, `rule`), the number of evidences and all of them as JSON (`provenance`).
/// The graph is directed; MET_WITH edges, which are symmetric, are written once with `symmetric` true
/// (networkx refuses undirected edges in a directed graph).
///
///     var graphml = GraphMLExporter(output: String())
///     graph.accept(&graphml)
///
/// - Complexity: O(size of the output).
public struct GraphMLExporter<Output: TextOutputStream>: GraphVisitor {
    /// Where the GraphML document goes (a `String`, or a stream onto a file).
    public var output: Output
    private var edgeCount = 0
    static var nodeKeys: [PropertyDeclaration] {
        [.init("label", .string), .init("kind", .string)] + GraphSchema.allNodeProperties.filter { $0.name != "label" && $0.name != "kind" }
    }
    static var edgeKeys: [PropertyDeclaration] {
        [.init("type", .string), .init("label", .string), .init("symmetric", .bool)] + GraphSchema.allEdgeProperties
            + [.init("document", .string), .init("start", .int), .init("end", .int), .init("rule", .string),
               .init("evidence", .int), .init("provenance", .string)]
    }

    /// An exporter that has written nothing yet.
    public init(output: Output) { self.output = output }

    /// Writes the XML declaration, the `<graphml>` element, every `<key>` and opens the `<graph>`.
    public mutating func visitGraph(_ graph: KnowledgeGraph) {
        output.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """)
        for k in Self.nodeKeys { output.write(Self.key("n", "node", k)) }
        for k in Self.edgeKeys { output.write(Self.key("e", "edge", k)) }
        output.write("  <graph id=\"vietie\" edgedefault=\"directed\">\n")
    }

    /// Writes one `<node>` with its label, kind and declared properties.
    public mutating func visitNode(_ node: GraphNode) {
        output.write("    <node id=\"\(Escaping.xml(node.id))\">")
        output.write(Self.data("n", "label", .string(node.label)))
        output.write(Self.data("n", "kind", .string(node.kind.rawValue)))
        for p in GraphSchema.nodeProperties[node.kind] ?? [] {
            if let v = node.properties[p.name] { output.write(Self.data("n", p.name, v)) }
        }
        output.write("</node>\n")
    }

    /// Writes one `<edge>` (ids `e0`, `e1`...) with its type, properties and evidence.
    public mutating func visitEdge(_ edge: GraphEdge) {
        output.write("    <edge id=\"e\(edgeCount)\" source=\"\(Escaping.xml(edge.source))\" target=\"\(Escaping.xml(edge.target))\">")
        edgeCount += 1
        output.write(Self.data("e", "type", .string(edge.type.rawValue)))
        output.write(Self.data("e", "label", .string(edge.type.rawValue)))
        output.write(Self.data("e", "symmetric", .bool(!edge.isDirected)))
        for p in GraphSchema.edgeProperties[edge.type] ?? [] {
            if let v = edge.properties[p.name] { output.write(Self.data("e", p.name, v)) }
        }
        if let first = edge.evidence.first {
            output.write(Self.data("e", "document", .string(first.document)))
            output.write(Self.data("e", "start", .int(first.start)))
            output.write(Self.data("e", "end", .int(first.end)))
            output.write(Self.data("e", "rule", .string(first.rule)))
        }
        output.write(Self.data("e", "evidence", .int(edge.evidence.count)))
        let provenance = JSONGraph.edge(edge)["metadata"]?["provenance"]?.serialized ?? "[]"
        output.write(Self.data("e", "provenance", .string(provenance)))
        output.write("</edge>\n")
    }

    /// Closes the `<graph>` and `<graphml>` elements.
    public mutating func finish() {
        output.write("  </graph>\n</graphml>\n")
    }

    static func key(_ prefix: String, _ domain: String, _ p: PropertyDeclaration) -> String {
        "  <key id=\"\(prefix)_\(p.name)\" for=\"\(domain)\" attr.name=\"\(p.name)\" attr.type=\"\(type(p.type))\"/>\n"
    }

    static func type(_ t: GraphValueType) -> String {
        switch t {
        case .string, .date, .strings: return "string"
        case .int: return "int"
        case .double: return "double"
        case .bool: return "boolean"
        }
    }

    static func data(_ prefix: String, _ name: String, _ v: GraphValue) -> String {
        "<data key=\"\(prefix)_\(name)\">\(Escaping.xml(v.text))</data>"
    }
}
