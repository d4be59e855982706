import VietIECore
import VietIEGazetteer

/// A possible entity: a token range with a type, the rule that proposed it and what it used.
/// Candidates may overlap; a named policy decides (``SpanPolicy``).
///
///     context.propose(Candidate(type: .title, tokens: 3..<5, rule: "title.list", entries: refs))
public struct Candidate: Sendable {
    /// The entity type proposed.
    public var type: EntityType
    /// Token range in the document.
    public var tokens: Range<Int>
    /// The id of the rule that proposed it (e.g. `title.list`), kept as the entity's provenance.
    public var rule: String
    /// Breaks ties between overlapping candidates of one type and the same length: higher wins.
    public var priority: Int
    /// The gazetteer entries the rule used, for provenance.
    public var entries: [EntryRef]
    /// The output fields the entity will carry (resolved value, place, metric...).
    public var attributes: [String: JSONValue]

    /// Creates a candidate.
    public init(type: EntityType, tokens: Range<Int>, rule: String, priority: Int = 0, entries: [EntryRef] = [],
                attributes: [String: JSONValue] = [:]) {
        self.type = type
        self.tokens = tokens
        self.rule = rule
        self.priority = priority
        self.entries = entries
        self.attributes = attributes
    }
}
