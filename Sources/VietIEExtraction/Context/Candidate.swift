import VietIECore
import VietIEGazetteer

/// A possible entity: a token range with a type, the rule that proposed it and what it used.
/// Candidates may overlap; a named policy decides (``SpanPolicy``).
///
///     context.propose(Candidate(type: .title, tokens: 3..<5, rule: "title.list", entries: refs))
///
/// The phases read and copy candidates far more often than they change them, so the rule, entries and
/// attributes live in one shared box, copied only when a candidate that shares it is changed: copying a
/// candidate costs one reference count, not one per field.
public struct Candidate: Sendable {
    /// The entity type proposed.
    public var type: EntityType
    /// Token range in the document.
    public var tokens: Range<Int>
    /// Breaks ties between overlapping candidates of one type and the same length: higher wins.
    public var priority: Int
    private var box: Box

    /// The id of the rule that proposed it (e.g. `title.list`), kept as the entity's provenance.
    public var rule: String {
        get { box.rule }
        set { unshare(); box.rule = newValue }
    }
    /// The gazetteer entries the rule used, for provenance.
    public var entries: [EntryRef] {
        get { box.entries }
        _modify { unshare(); yield &box.entries }
    }
    /// The output fields the entity will carry (resolved value, place, metric...).
    public var attributes: [String: JSONValue] {
        get { box.attributes }
        _modify { unshare(); yield &box.attributes }
    }

    /// Creates a candidate.
    public init(type: EntityType, tokens: Range<Int>, rule: String, priority: Int = 0, entries: [EntryRef] = [],
                attributes: [String: JSONValue] = [:]) {
        self.type = type
        self.tokens = tokens
        self.priority = priority
        box = Box(rule: rule, entries: entries, attributes: attributes)
    }

    /// Gives this candidate a box of its own before a change, when another candidate shares it.
    private mutating func unshare() {
        if !isKnownUniquelyReferenced(&box) { box = Box(rule: box.rule, entries: box.entries, attributes: box.attributes) }
    }

    /// The fields a candidate shares with its copies until one of them changes. (Changed only through
    /// ``unshare()`` on a box no other candidate holds, so candidates keep value semantics across threads.)
    private final class Box: @unchecked Sendable {
        var rule: String
        var entries: [EntryRef]
        var attributes: [String: JSONValue]
        init(rule: String, entries: [EntryRef], attributes: [String: JSONValue]) {
            self.rule = rule
            self.entries = entries
            self.attributes = attributes
        }
    }
}
