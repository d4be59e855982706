/// The kind of a node: its label in Neo4j, its `type` in the JSON Graph Format.
public enum NodeKind: String, CaseIterable, Hashable, Sendable, Comparable {
    case person = "Person"
    case organization = "Organization"
    case place = "Place"
    case event = "Event"
    case statistic = "Statistic"
    case document = "Document"

    /// The prefix of every node id of this kind (`person:`, `place:`...).
    public var idPrefix: String { rawValue.lowercased() + ":" }

    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// The type of an edge (a Neo4j relationship type).
public enum EdgeType: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Person -> Organization: an office, with its title and the date of the article that states it.
    case holdsPosition = "HOLDS_POSITION"
    /// Person -> Event, with the role the text gives.
    case participatedIn = "PARTICIPATED_IN"
    /// Person <-> Person: they took part in the same event (one edge per pair; undirected).
    case metWith = "MET_WITH"
    /// Event -> Place.
    case heldAt = "HELD_AT"
    /// Place -> parent Place along the administrative hierarchy; Organization -> the Place it belongs to.
    case locatedIn = "LOCATED_IN"
    /// Organization -> the Organization its name says it belongs to.
    case partOf = "PART_OF"
    /// Statistic -> Place, with metric, value and date.
    case reported = "REPORTED"
    /// Any node -> Document that mentions it.
    case mentionedIn = "MENTIONED_IN"

    /// False for symmetric relations (``metWith``), whose source is simply the smaller id.
    public var isDirected: Bool { self != .metWith }

    public static func < (a: EdgeType, b: EdgeType) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
