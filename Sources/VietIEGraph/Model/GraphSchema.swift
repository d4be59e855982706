/// The properties each kind of node and each type of edge may carry, in the order exporters write them.
///
/// Exporters declare their columns and keys from this schema (GraphML `<key>` elements, Neo4j CSV headers),
/// so a property name has one type across all kinds. The builder writes no property it does not declare.
///
///     GraphSchema.nodeProperties[.person]!.map(\.name)   // ["name", "name_key", "titles", "documents", "mentions"]
public enum GraphSchema {
    /// Properties of nodes, per kind.
    public static let nodeProperties: [NodeKind: [PropertyDeclaration]] = [
        .person: [.init("name", .string), .init("name_key", .string), .init("titles", .strings),
                  .init("documents", .int), .init("mentions", .int)],
        .organization: [.init("name", .string), .init("name_key", .string), .init("unit", .string),
                        .init("place_name", .string), .init("documents", .int), .init("mentions", .int)],
        .place: [.init("name", .string), .init("full_name", .string), .init("unit", .string), .init("code", .string),
                 .init("level", .string), .init("unit_type", .string), .init("description", .string),
                 .init("valid_from", .date), .init("valid_to", .date), .init("latitude", .double),
                 .init("longitude", .double), .init("resolved", .bool), .init("documents", .int), .init("mentions", .int)],
        .event: [.init("event_kind", .string), .init("date", .date), .init("place_text", .string), .init("organizations", .strings),
                 .init("document", .string), .init("start", .int), .init("end", .int)],
        .statistic: [.init("metric", .string), .init("value", .double), .init("date", .date), .init("place_text", .string),
                     .init("text", .string), .init("documents", .int)],
        .document: [.init("document", .string), .init("url", .string), .init("title", .string), .init("published", .string)],
    ]

    /// Properties of edges, per type (the provenance of every edge is exported beside them).
    public static let edgeProperties: [EdgeType: [PropertyDeclaration]] = [
        .holdsPosition: [.init("title", .string), .init("canonical_title", .string), .init("title_kind", .string), .init("as_of", .date)],
        .participatedIn: [.init("role", .string), .init("date", .date)],
        .metWith: [.init("events", .strings), .init("count", .int)],
        .heldAt: [],
        .locatedIn: [],
        .partOf: [],
        .reported: [.init("metric", .string), .init("value", .double), .init("date", .date)],
        .mentionedIn: [.init("mentions", .int)],
    ]

    /// Every node property once, in first-declared order (kinds in ``NodeKind`` order).
    public static var allNodeProperties: [PropertyDeclaration] { union(NodeKind.allCases.map { nodeProperties[$0] ?? [] }) }

    /// Every edge property once, in first-declared order (types in ``EdgeType`` order).
    public static var allEdgeProperties: [PropertyDeclaration] { union(EdgeType.allCases.map { edgeProperties[$0] ?? [] }) }

    static func union(_ lists: [[PropertyDeclaration]]) -> [PropertyDeclaration] {
        var seen = Set<String>()
        return lists.joined().filter { seen.insert($0.name).inserted }
    }
}
