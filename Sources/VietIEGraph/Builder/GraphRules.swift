/// The rule ids of facts the graph derives itself (extracted facts keep the extraction's rule id:
/// `person.after-title`, `event.cue-and-roles`, `statistic.counted-noun`...).
///
///     let inferred = edge.evidence.contains { $0.rule == GraphRules.sharedEvent }
public enum GraphRules {
    /// HOLDS_POSITION: a position of an official; the evidence span is the title's mention.
    public static let officialPosition = "graph.official-position"
    /// MET_WITH: two people took part in the same event; the evidence span is the event's.
    public static let sharedEvent = "graph.shared-event"
    /// LOCATED_IN between places: the parent in the administrative units; the evidence is a mention of the place.
    public static let adminHierarchy = "graph.admin-hierarchy"
    /// LOCATED_IN from an organization: the unit its name contains or ends with.
    public static let organizationPlace = "graph.organization-place"
    /// PART_OF: the organization's name ends with another organization's ("Ban Dân vận Tỉnh ủy An Giang").
    public static let nameSuffix = "graph.name-suffix"
    /// An organization's short form ("UBND thị xã") standing for the one full name of the article that
    /// starts with it ("UBND thị xã Bình Long").
    public static let shortForm = "graph.short-form"
    /// MENTIONED_IN from a person: an office written without a name ("đồng chí Bí thư Thành ủy") that the
    /// article's one holder of it answers to (the official's `references`).
    public static let officeReference = "graph.office-reference"
}
