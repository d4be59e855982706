/// Writes the graph as the two CSV files of `neo4j-admin database import`: nodes and relationships.
///
/// `nodes.csv` has the header `id:ID,:LABEL,label,<property>:<type>,…` with every node property of
/// ``GraphSchema`` (a node leaves the others empty, which Neo4j reads as "no property");
/// `relationships.csv` has `:START_ID,:END_ID,:TYPE,<property>:<type>,…` followed by the provenance
/// as parallel arrays `evidence_documents:string[]`, `evidence_starts:int[]`, `evidence_ends:int[]`,
/// `evidence_rules:string[]`. Types: `string`, `int`, `double`, `boolean`, `date`, `string[]`.
/// Text fields are always quoted (`"`, inner quotes doubled; line breaks written as spaces); arrays
/// use Neo4j's default delimiter `;` (a `;` inside an element is written as `,`).
///
///     var csv = Neo4jCSVExporter(nodes: String(), relationships: String())
///     graph.accept(&csv)
///
/// - Complexity: O(size of the output).
public struct Neo4jCSVExporter<Output: TextOutputStream>: GraphVisitor {
    /// Where `nodes.csv` goes.
    public var nodes: Output
    /// Where `relationships.csv` goes.
    public var relationships: Output
    private let nodeColumns = GraphSchema.allNodeProperties
    private let edgeColumns = GraphSchema.allEdgeProperties

    /// An exporter that has written nothing yet, with one output per file.
    public init(nodes: Output, relationships: Output) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// Writes the header line of each file.
    public mutating func visitGraph(_ graph: KnowledgeGraph) {
        nodes.write(Neo4jCSV.nodeHeader + "\n")
        relationships.write(Neo4jCSV.relationshipHeader + "\n")
    }

    /// Writes one line of `nodes.csv`.
    public mutating func visitNode(_ node: GraphNode) {
        var fields = [Escaping.csv(node.id), node.kind.rawValue, Escaping.csv(node.label)]
        for c in nodeColumns { fields.append(node.properties[c.name].map(Neo4jCSV.field) ?? "") }
        nodes.write(fields.joined(separator: ",") + "\n")
    }

    /// Writes one line of `relationships.csv`, with its evidence as parallel arrays.
    public mutating func visitEdge(_ edge: GraphEdge) {
        var fields = [Escaping.csv(edge.source), Escaping.csv(edge.target), edge.type.rawValue]
        for c in edgeColumns { fields.append(edge.properties[c.name].map(Neo4jCSV.field) ?? "") }
        fields.append(Neo4jCSV.field(.strings(edge.evidence.map(\.document))))
        fields.append(edge.evidence.map { String($0.start) }.joined(separator: ";"))
        fields.append(edge.evidence.map { String($0.end) }.joined(separator: ";"))
        fields.append(Neo4jCSV.field(.strings(edge.evidence.map(\.rule))))
        relationships.write(fields.joined(separator: ",") + "\n")
    }
}

/// The column conventions of Neo4j's import CSV files.
///
///     Neo4jCSV.nodeHeader   // "id:ID,:LABEL,label,name:string,name_key:string,titles:string[],..."
public enum Neo4jCSV {
    /// The header line of `nodes.csv`.
    public static var nodeHeader: String {
        (["id:ID", ":LABEL", "label"] + GraphSchema.allNodeProperties.map { column($0) }).joined(separator: ",")
    }

    /// The header line of `relationships.csv`.
    public static var relationshipHeader: String {
        ([":START_ID", ":END_ID", ":TYPE"] + GraphSchema.allEdgeProperties.map { column($0) }
            + ["evidence_documents:string[]", "evidence_starts:int[]", "evidence_ends:int[]", "evidence_rules:string[]"])
            .joined(separator: ",")
    }

    static func column(_ p: PropertyDeclaration) -> String {
        let type: String
        switch p.type {
        case .string: type = "string"
        case .int: type = "int"
        case .double: type = "double"
        case .bool: type = "boolean"
        case .date: type = "date"
        case .strings: type = "string[]"
        }
        return "\(p.name):\(type)"
    }

    static func field(_ v: GraphValue) -> String {
        switch v {
        case .string(let s): return Escaping.csv(s)
        case .strings(let list): return Escaping.csv(list.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";"))
        default: return v.text
        }
    }
}
