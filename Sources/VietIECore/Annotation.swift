/// A typed span of the original text: a person, title, organization, place, date or figure.
///
/// Its ``text`` is always the document's text over ``span``, character for character, whatever
/// normalization matching used; ``attributes`` carry what the extractor resolved.
///
///     let text = "Chiều 21/9, đồng chí Trần Tuệ Hiền, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước ..."
///     let annotation = extractor.annotate(Document(id: "a1", text: text, published: "2021-10-08"))
///     for entity in annotation.entities {
///         print(entity.type, entity.span, entity.text)   // date 0..<10 Chiều 21/9, person 21..<34 Trần Tuệ Hiền, ...
///     }
public struct Entity: Hashable, Sendable {
    /// What kind of entity this is.
    public var type: EntityType
    /// Where it stands in the document's original text (code points, end exclusive).
    public var span: Span
    /// Equal to the document's text over ``span`` (checked by ``Annotation/checkInvariants()``).
    public var text: String
    /// The rule and gazetteer entries that produced the entity.
    public var provenance: Provenance
    /// Extra fields for users: normalized value, resolved place or date, canonical title...
    public var attributes: [String: JSONValue]

    /// Creates an entity; `text` should be the document's text over `span`.
    ///
    /// - Parameters:
    ///   - type: the entity type.
    ///   - span: its code-point range in the original text.
    ///   - text: the original text over `span` (``Annotation/checkInvariants()`` checks it).
    ///   - provenance: the rule that produced it.
    ///   - attributes: extra output fields, written in key order after the fixed ones.
    public init(type: EntityType, span: Span, text: String, provenance: Provenance,
                attributes: [String: JSONValue] = [:]) {
        self.type = type
        self.span = span
        self.text = text
        self.provenance = provenance
        self.attributes = attributes
    }
}

/// One office held by an official: a title and, when the text or its context gives it, the organization.
///
///     // "Trần Tuệ Hiền, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước"
///     Position(title: "Phó Bí thư", organization: "Tỉnh ủy Bình Phước")
///     Position(title: "Chủ tịch", organization: "UBND tỉnh Bình Phước")
public struct Position: Hashable, Sendable {
    /// The title as written in the text (e.g. "Phó Bí thư"), without its organization.
    public var title: String
    /// The full organization resolved from context, or nil for titles with no or an implicit body.
    public var organization: String?
    /// Extra output fields of the position, written in key order after `title` and `organization`.
    public var attributes: [String: JSONValue]

    /// Creates a position from a title and its organization, if any.
    public init(title: String, organization: String?, attributes: [String: JSONValue] = [:]) {
        self.title = title
        self.organization = organization
        self.attributes = attributes
    }
}

/// A named person with at least one title in the text.
///
/// Mentions of one person are merged: a repeated full name, or a given name used alone after an
/// honorific ("đồng chí Đức") when exactly one earlier full name ends with it.
///
///     for official in annotation.officials {
///         print(official.name, official.positions.map(\.title))   // Trần Tuệ Hiền ["Phó Bí thư", "Chủ tịch"]
///     }
public struct Official: Hashable, Sendable {
    /// The person's full name as first written in the text.
    public var name: String
    /// The offices the text gives the person, each once, in the order they are first stated.
    public var positions: [Position]
    /// Every span where the article names this person.
    public var mentions: [Span]
    /// Every span where the article refers to this person by an office alone ("đồng chí Bí thư Thành ủy" after
    /// "đồng chí Vũ Văn Diện - Bí thư Thành ủy"): the person is the one of the article who holds it.
    public var references: [Span]
    /// Extra output fields of the official.
    public var attributes: [String: JSONValue]

    /// Creates an official from a name, its positions and the spans that mention it or refer to it.
    public init(name: String, positions: [Position], mentions: [Span] = [], references: [Span] = [], attributes: [String: JSONValue] = [:]) {
        self.name = name
        self.positions = positions
        self.mentions = mentions
        self.references = references
        self.attributes = attributes
    }
}

/// A COVID-19 figure with what it counts, where and when.
///
///     // "Chiều 21/9, ... Chủ tịch UBND tỉnh Bình Phước ... Tỉnh ghi nhận 6.360 ca mắc mới."
///     for s in annotation.statistics {
///         print(s.metric, s.value, s.place ?? "-", s.date ?? "-")   // casesNew 6360.0 Bình Phước 2021-09-21
///     }
public struct Statistic: Hashable, Sendable {
    /// What the figure counts.
    public var metric: Metric
    /// The number as read: "6.360" is 6360, "1,8 triệu" is 1800000.
    public var value: Double
    /// Where the figure stands in the original text.
    public var span: Span
    /// The original text over ``span``.
    public var text: String
    /// The place the figure is tied to (the last place named before it in its sentence, else the
    /// article's province), or nil.
    public var place: String?
    /// The date the figure refers to (`YYYY-MM-DD`): the last date resolved before it, else the
    /// publication date; nil when neither is known.
    public var date: String?
    /// The rule and gazetteer entries that produced the figure.
    public var provenance: Provenance
    /// Extra output fields of the figure.
    public var attributes: [String: JSONValue]

    /// Creates a figure; `text` should be the document's text over `span`.
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
///
///     Participant(name: "Trần Tuệ Hiền", role: .chair)   // "... Trần Tuệ Hiền ... chủ trì buổi làm việc"
public struct Participant: Hashable, Sendable {
    /// The participant's name, as in ``Official/name``.
    public var name: String
    /// The role the text gives them (one per event).
    public var role: Role
    /// Creates a participant.
    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}

/// A meeting, working session, conference, visit, inspection or ceremony.
///
///     for event in annotation.events {
///         print(event.kind, event.date ?? "-", event.participants.map { "\($0.name) (\($0.role))" })
///         // "... Trần Tuệ Hiền ... chủ trì buổi làm việc với Sở Y tế": working_session 2021-09-21 ["Trần Tuệ Hiền (chair)"]
///     }
public struct Event: Hashable, Sendable {
    /// The kind its cue names: `meeting`, `working_session`, `conference`, `visit`, `inspection` or `ceremony`.
    public var kind: String
    /// The event's date (`YYYY-MM-DD`), from the first date of the sentences that report it, or nil.
    public var date: String?
    /// The first place named in the sentence that reports the event, as written, or nil.
    public var place: String?
    /// The officials who took part, each once with one role, in the order of ``Annotation/officials``.
    public var participants: [Participant]
    /// The organizations named in the sentence that reports the event, each once, as written.
    public var organizations: [String]
    /// The sentence that reports the event, when known.
    public var span: Span?
    /// The rule that produced the event, when known.
    public var provenance: Provenance?
    /// Extra output fields of the event.
    public var attributes: [String: JSONValue]

    /// Creates an event.
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

/// Everything extracted from one document: its entities, officials, figures and events.
///
///     let annotation = extractor.annotate(Document(id: "a1", text: text, published: "2021-10-08"))
///     try annotation.checkInvariants()             // every span's text equals its input slice
///     print(annotation.entities.count, annotation.officials.map(\.name))
public struct Annotation: Sendable {
    /// The document the annotation is of (with the metadata the reader found).
    public var document: Document
    /// Every decided entity, in text order.
    public var entities: [Entity]
    /// The named people with at least one title, in the order they are first named.
    public var officials: [Official]
    /// The COVID-19 figures, in text order.
    public var statistics: [Statistic]
    /// The events reported, in text order.
    public var events: [Event]

    /// Creates an annotation of `document`.
    public init(document: Document, entities: [Entity] = [], officials: [Official] = [],
                statistics: [Statistic] = [], events: [Event] = []) {
        self.document = document
        self.entities = entities
        self.officials = officials
        self.statistics = statistics
        self.events = events
    }
}
