import VietIECore
import VietIEGazetteer

/// A possible entity: a token range with a type, the rule that proposed it and what it used.
/// Candidates may overlap; a named policy decides (``SpanPolicy``).
public struct Candidate: Sendable {
    public var type: EntityType
    /// Token range in the document.
    public var tokens: Range<Int>
    public var rule: String
    public var priority: Int
    public var entries: [EntryRef]
    public var attributes: [String: JSONValue]

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
