import VietIECore

/// Writes the graph as one self-contained HTML page that draws it: the nodes and edges embedded as JSON,
/// laid out in the browser by a small force-directed simulation written for this page (springs along
/// edges, repulsion between nodes, a pull to the centre), on an inline `<svg>`. Nothing is fetched.
///
/// Nodes are coloured by kind (``colour(_:)``) and labelled; hovering an edge shows its type and
/// properties; nodes can be dragged (a dragged node stays where it is dropped; double-click frees it);
/// clicking a node lists its properties, its provenance (the documents, code-point offsets and rules of
/// its mentions) and its edges. The legend shows or hides each kind: statistics and documents start
/// hidden (``hiddenKinds``), the people, organizations, places and events are drawn. The page's address
/// can name a node to select: `graph.html#node=<id>` (the id percent-encoded).
///
///     var page = HTMLGraphExporter(output: String())
///     graph.accept(&page)
///     try page.output.write(toFile: "graph.html", atomically: true, encoding: .utf8)
///
/// With ``KindFilter`` around it, only the nodes and edges it lets through are drawn; node provenance
/// still comes from the whole graph's MENTIONED_IN edges, which ``visitGraph(_:)`` receives.
///
/// - Complexity: O(size of the output) to write; the layout costs O(n²) per step in the browser for n
///   drawn nodes, so pages of a few thousand nodes are the practical limit.
public struct HTMLGraphExporter<Output: TextOutputStream>: GraphVisitor {
    /// Where the page goes (a `String`, or a stream onto a file).
    public var output: Output
    /// The page's title.
    public let title: String
    /// Kinds drawn only once their box in the legend is ticked.
    public let hiddenKinds: Set<NodeKind>
    /// At most this many pieces of evidence per node and per edge go into the page (the count of all is kept).
    public let evidenceLimit: Int
    private var mentions: [String: [EdgeEvidence]] = [:]
    private var nodeCount = 0
    private var edgeCount = 0

    /// An exporter that has written nothing yet.
    ///
    /// - Parameters:
    ///   - output: where the page goes.
    ///   - title: the page's `<title>` and heading.
    ///   - hiddenKinds: kinds not drawn until the reader asks for them.
    ///   - evidenceLimit: evidence kept per node and per edge.
    public init(output: Output, title: String = "VietIE knowledge graph",
                hiddenKinds: Set<NodeKind> = [.statistic, .document], evidenceLimit: Int = 50) {
        self.output = output
        self.title = title
        self.hiddenKinds = hiddenKinds
        self.evidenceLimit = max(1, evidenceLimit)
    }

    /// The colour of a kind's nodes, a CSS hex colour.
    ///
    ///     HTMLGraphExporter<String>.colour(.person)   // "#e6a817"
    public static func colour(_ kind: NodeKind) -> String {
        switch kind {
        case .person: return "#e6a817"
        case .organization: return "#3d8bd9"
        case .place: return "#38a865"
        case .event: return "#d9534f"
        case .statistic: return "#8e99a4"
        case .document: return "#b3a28a"
        }
    }

    /// Collects each node's provenance from the MENTIONED_IN edges, then writes the page's head, the
    /// legend's kinds and the documents.
    ///
    /// - Complexity: O(e) in the number of edges.
    public mutating func visitGraph(_ graph: KnowledgeGraph) {
        for e in graph.edges where e.type == .mentionedIn { mentions[e.source, default: []] += e.evidence }
        var documents: [(String, JSONValue)] = []
        for d in graph.nodes(.document) {
            let id = d.properties["document"]?.text ?? String(d.id.dropFirst(NodeKind.document.idPrefix.count))
            var m: [(String, JSONValue)] = []
            for key in ["title", "url", "published"] { if let v = d.properties[key] { m.append((key, .string(v.text))) } }
            documents.append((id, .object(m)))
        }
        let kinds = JSONValue.array(NodeKind.allCases.map { k in
            .object([("kind", .string(k.rawValue)), ("colour", .string(Self.colour(k))), ("hidden", .bool(hiddenKinds.contains(k)))])
        })
        output.write(HTMLGraphPage.head(title: title))
        output.write("<script type=\"application/json\" id=\"graph-data\">\n")
        output.write("{\"kinds\":\(HTMLEscaping.scriptJSON(kinds)),\n\"documents\":\(HTMLEscaping.scriptJSON(.object(documents))),\n\"nodes\":[")
    }

    /// Writes one node as JSON, with its properties and up to ``evidenceLimit`` pieces of provenance.
    public mutating func visitNode(_ node: GraphNode) {
        output.write(nodeCount == 0 ? "\n" : ",\n")
        nodeCount += 1
        var properties: [(String, JSONValue)] = []
        for p in GraphSchema.nodeProperties[node.kind] ?? [] {
            if let v = node.properties[p.name] { properties.append((p.name, JSONGraph.json(v))) }
        }
        let evidence = mentions[node.id] ?? []
        let value = JSONValue.object([
            ("id", .string(node.id)), ("kind", .string(node.kind.rawValue)), ("label", .string(node.label)),
            ("properties", .object(properties)),
            ("provenance", .array(evidence.prefix(evidenceLimit).map(JSONGraph.evidence))),
            ("provenance_count", .number(Double(evidence.count))),
        ])
        output.write(HTMLEscaping.scriptJSON(value))
    }

    /// Writes one edge as JSON, with its properties and up to ``evidenceLimit`` pieces of evidence.
    public mutating func visitEdge(_ edge: GraphEdge) {
        if edgeCount == 0 { output.write("\n],\n\"edges\":[") }
        output.write(edgeCount == 0 ? "\n" : ",\n")
        edgeCount += 1
        var properties: [(String, JSONValue)] = []
        for p in GraphSchema.edgeProperties[edge.type] ?? [] {
            if let v = edge.properties[p.name] { properties.append((p.name, JSONGraph.json(v))) }
        }
        let value = JSONValue.object([
            ("source", .string(edge.source)), ("target", .string(edge.target)), ("type", .string(edge.type.rawValue)),
            ("directed", .bool(edge.isDirected)), ("properties", .object(properties)),
            ("evidence", .array(edge.evidence.prefix(evidenceLimit).map(JSONGraph.evidence))),
            ("evidence_count", .number(Double(edge.evidence.count))),
        ])
        output.write(HTMLEscaping.scriptJSON(value))
    }

    /// Closes the data and writes the script that draws the graph, then the end of the page.
    public mutating func finish() {
        if edgeCount == 0 { output.write("\n],\n\"edges\":[") }
        output.write("\n]}\n</script>\n<script>\n")
        output.write(HTMLGraphScript.source)
        output.write("\n</script>\n</body>\n</html>\n")
    }
}
