/// The kind of a node: its label in Neo4j, its `type` in the JSON Graph Format.
///
///     NodeKind(rawValue: "Person")   // .person
///     NodeKind.place.idPrefix        // "place:"
public enum NodeKind: String, CaseIterable, Hashable, Sendable, Comparable {
    /// An official: one per name and office-holding organization.
    case person = "Person"
    /// An organization, tied to the unit its name or context names.
    case organization = "Organization"
    /// An administrative unit, or a place the gazetteer does not resolve.
    case place = "Place"
    /// A meeting, working session, conference, visit, inspection or ceremony of one document.
    case event = "Event"
    /// A COVID-19 figure.
    case statistic = "Statistic"
    /// An input document.
    case document = "Document"

    /// The prefix of every node id of this kind (`person:`, `place:`...).
    public var idPrefix: String { rawValue.lowercased() + ":" }

    /// The order of declaration (Person, Organization, Place, Event, Statistic, Document), the order of the graph's nodes.
    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// The type of an edge (a Neo4j relationship type).
///
///     graph.edges(.metWith).count        // pairs of people who took part in the same event
///     EdgeType.holdsPosition.rawValue    // "HOLDS_POSITION"
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

    /// The order of declaration, the order of the graph's edges.
    public static func < (a: EdgeType, b: EdgeType) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
