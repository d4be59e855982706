/// Why an extraction exists: the rule that produced it and the list entries it used.
///
/// Every entity, statistic, official and event carries one, so a user can trace any fact to
/// the text and the rule (`vietie annotate --explain`).
///
///     let provenance = annotation.entities[0].provenance
///     print(provenance.rule, provenance.entries)   // date.point ["cues/dates.tsv:12"]
public struct Provenance: Hashable, Sendable {
    /// Stable rule identifier, e.g. `title.chain-before-name`.
    public var rule: String
    /// Gazetteer entries that the rule used, as `file:line` or `list:entry`.
    public var entries: [String]
    /// Evidence spans (cue words, the name a back-reference points to...).
    public var evidence: [Span]

    /// Creates the provenance of one rule's output.
    public init(rule: String, entries: [String] = [], evidence: [Span] = []) {
        self.rule = rule
        self.entries = entries
        self.evidence = evidence
    }
}
