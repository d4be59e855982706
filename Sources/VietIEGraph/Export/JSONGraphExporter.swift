import VietIECore

/// Writes the graph in the JSON Graph Format, version 2 (jsongraphformat.info):
///
///     {"graph": {"id": "vietie", "type": "vietie-knowledge-graph", "label": "VietIE knowledge graph", "directed": true,
///                "metadata": {"generator": "vietie", "nodes": 12, "edges": 30},
///                "nodes": {"person:…": {"label": "Trần Tuệ Hiền", "metadata": {"type": "Person", "name": …}}},
///                "edges": [{"source": "person:…", "target": "organization:…", "relation": "HOLDS_POSITION",
///                           "directed": true, "metadata": {"title": "Chủ tịch", …,
///                           "provenance": [{"document": "001", "start": 120, "end": 128, "rule": "…"}]}}]}}
///
/// One node or edge per line. MET_WITH edges carry `"directed": false`.
///
///     var exporter = JSONGraphExporter(output: String())
///     graph.accept(&exporter)
///     print(exporter.output)
///
/// - Complexity: O(size of the output); the output is written as the graph is visited.
public struct JSONGraphExporter<Output: TextOutputStream>: GraphVisitor {
    /// Where the JSON text goes (a `String`, or a stream onto a file).
    public var output: Output
    private var nodeCount = 0
    private var edgeCount = 0

    /// An exporter that has written nothing yet.
    public init(output: Output) { self.output = output }

    /// Writes the graph's attributes and metadata (its counts) and opens `nodes`.
    public mutating func visitGraph(_ graph: KnowledgeGraph) {
        let metadata = JSONValue.object([("generator", "vietie"), ("nodes", .number(Double(graph.nodes.count))),
                                         ("edges", .number(Double(graph.edges.count)))])
        output.write("{\"graph\":{\"id\":\"vietie\",\"type\":\"vietie-knowledge-graph\",\"label\":\"VietIE knowledge graph\",")
        output.write("\"directed\":true,\"metadata\":\(metadata.serialized),\n\"nodes\":{")
    }

    /// Writes one node member, `"id": {"label", "metadata"}`, on its own line.
    public mutating func visitNode(_ node: GraphNode) {
        output.write(nodeCount == 0 ? "\n" : ",\n")
        nodeCount += 1
        var metadata: [(String, JSONValue)] = [("type", .string(node.kind.rawValue))]
        for p in GraphSchema.nodeProperties[node.kind] ?? [] {
            if let v = node.properties[p.name] { metadata.append((p.name, JSONGraph.json(v))) }
        }
        let value = JSONValue.object([("label", .string(node.label)), ("metadata", .object(metadata))])
        output.write(JSONValue.string(node.id).serialized + ":" + value.serialized)
    }

    /// Writes one edge object with its relation, properties and provenance, on its own line.
    public mutating func visitEdge(_ edge: GraphEdge) {
        if edgeCount == 0 { output.write("\n},\n\"edges\":[") }
        output.write(edgeCount == 0 ? "\n" : ",\n")
        edgeCount += 1
        output.write(JSONGraph.edge(edge).serialized)
    }

    /// Closes the edges and the graph.
    public mutating func finish() {
        if edgeCount == 0 { output.write("\n},\n\"edges\":[") }
        output.write("\n]}}\n")
    }
}

/// The JSON values of the JSON Graph Format export.
enum JSONGraph {
    static func edge(_ edge: GraphEdge) -> JSONValue {
        var metadata: [(String, JSONValue)] = []
        for p in GraphSchema.edgeProperties[edge.type] ?? [] {
            if let v = edge.properties[p.name] { metadata.append((p.name, json(v))) }
        }
        metadata.append(("provenance", .array(edge.evidence.map { evidence($0) })))
        return .object([("source", .string(edge.source)), ("target", .string(edge.target)),
                        ("relation", .string(edge.type.rawValue)), ("directed", .bool(edge.isDirected)),
                        ("metadata", .object(metadata))])
    }

    static func evidence(_ e: EdgeEvidence) -> JSONValue {
        .object([("document", .string(e.document)), ("start", .number(Double(e.start))),
                 ("end", .number(Double(e.end))), ("rule", .string(e.rule))])
    }

    static func json(_ v: GraphValue) -> JSONValue {
        switch v {
        case .string(let s): return .string(s)
        case .int(let i): return .number(Double(i))
        case .double(let d): return .number(d)
        case .bool(let b): return .bool(b)
        case .strings(let list): return .array(list.map(JSONValue.string))
        }
    }
}
