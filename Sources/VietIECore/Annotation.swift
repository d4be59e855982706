/// A typed span of the original text.
public struct Entity: Hashable, Sendable {
    public var type: EntityType
    public var span: Span
    /// Equal to the document's text over ``span`` (checked by ``Annotation/checkInvariants()``).
    public var text: String
    public var provenance: Provenance
    /// Extra fields for users: normalized value, resolved place or date, canonical title...
    public var attributes: [String: JSONValue]

    public init(type: EntityType, span: Span, text: String, provenance: Provenance,
                attributes: [String: JSONValue] = [:]) {
        self.type = type
        self.span = span
        self.text = text
        self.provenance = provenance
        self.attributes = attributes
    }
}

/// One office held by an official.
public struct Position: Hashable, Sendable {
    public var title: String
    /// The full organization resolved from context, or nil for titles with no or an implicit body.
    public var organization: String?
    public var attributes: [String: JSONValue]

    public init(title: String, organization: String?, attributes: [String: JSONValue] = [:]) {
        self.title = title
        self.organization = organization
        self.attributes = attributes
    }
}

/// A named person with at least one title in the text.
public struct Official: Hashable, Sendable {
    public var name: String
    public var positions: [Position]
    /// Every span where the article names this person.
    public var mentions: [Span]
    public var attributes: [String: JSONValue]

    public init(name: String, positions: [Position], mentions: [Span] = [], attributes: [String: JSONValue] = [:]) {
        self.name = name
        self.positions = positions
        self.mentions = mentions
        self.attributes = attributes
    }
}

/// A COVID-19 figure with what it counts.
public struct Statistic: Hashable, Sendable {
    public var metric: Metric
    public var value: Double
    public var span: Span
    public var text: String
    public var place: String?
    public var date: String?
    public var provenance: Provenance
    public var attributes: [String: JSONValue]

    public init(metric: Metric, value: Double, span: Span, text: String, place: String?, date: String?,
                provenance: Provenance, attributes: [String: JSONValue] = [:]) {
        self.metric = metric
        self.value = value
        self.span = span
        self.text = text
        self.place = place
        self.date = date
        self.provenance = provenance
        self.attributes = attributes
    }
}

/// Someone who took part in an event, with the role the text states.
public struct Participant: Hashable, Sendable {
    public var name: String
    public var role: Role
    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}

/// A meeting, working session, conference, visit, inspection or ceremony.
public struct Event: Hashable, Sendable {
    public var kind: String
    public var date: String?
    public var place: String?
    public var participants: [Participant]
    public var organizations: [String]
    public var span: Span?
    public var provenance: Provenance?
    public var attributes: [String: JSONValue]

    public init(kind: String, date: String?, place: String?, participants: [Participant], organizations: [String],
                span: Span? = nil, provenance: Provenance? = nil, attributes: [String: JSONValue] = [:]) {
        self.kind = kind
        self.date = date
        self.place = place
        self.participants = participants
        self.organizations = organizations
        self.span = span
        self.provenance = provenance
        self.attributes = attributes
    }
}

/// Everything extracted from one document.
public struct Annotation: Sendable {
    public var document: Document
    public var entities: [Entity]
    public var officials: [Official]
    public var statistics: [Statistic]
    public var events: [Event]

    public init(document: Document, entities: [Entity] = [], officials: [Official] = [],
                statistics: [Statistic] = [], events: [Event] = []) {
        self.document = document
        self.entities = entities
        self.officials = officials
        self.statistics = statistics
        self.events = events
    }
}
