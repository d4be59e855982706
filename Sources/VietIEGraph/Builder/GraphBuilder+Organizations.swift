import VietIECore

extension GraphBuilder {
    /// Organization nodes of one document.
    ///
    /// 1. Every organization of an official's position (already completed from context: "UBND thị xã
    ///    Bình Long"), placed by the LOCATION it contains or the unit its name ends with.
    /// 2. ORGANIZATION entities: the same name as one of those; a name containing a resolved LOCATION;
    ///    a closed-set national body; a short form that starts exactly one full name of the document
    ///    ("UBND thị xã" -> "UBND thị xã Bình Long"); or a body of another organization ("Ban Tuyên giáo
    ///    Thị ủy" -> "Ban Tuyên giáo Thị ủy Bình Long", PART_OF "Thị ủy Bình Long"; the inner name starts
    ///    with a capital letter). A bare head ("UBND", "Đảng ủy") that names no particular body is left out.
    mutating func addOrganizations(_ a: Annotation, _ scope: inout DocumentScope) {
        let entities = a.entities.filter { $0.type == .organization }
        // 1. Positions.
        for official in a.officials {
            for p in official.positions {
                guard let name = p.organization, !name.isEmpty else { continue }
                let key = organizationKey(name)
                if scope.organizations[key] != nil { continue }
                let entity = entities.first { organizationKey($0.text) == key }
                let unit = entity.flatMap { containedUnit($0.span, scope) } ?? scope.resolver?.resolve(organization: name)
                let ref = register(name, key: key, unit: unit, &scope)
                // Named only through a completed position: the title's mention stands for it.
                if entity == nil {
                    let span = positionSpan(p, of: official, in: a)
                    mention(.id(ref.id), scope, span, rule: GraphRules.officialPosition)
                }
            }
        }
        // 2a. Entities that name a body by themselves.
        var rest: [Entity] = []
        for e in entities {
            let key = organizationKey(e.text)
            if let ref = scope.organizations[key] {
                noteMention(ref, e, scope)
            } else if let unit = containedUnit(e.span, scope) {
                let ref = register(e.text, key: key, unit: unit, &scope)
                noteMention(ref, e, scope)
            } else if e.provenance.rule == "organization.closed-set" {
                let ref = register(e.text, key: key, unit: nil, &scope)
                noteMention(ref, e, scope)
            } else {
                rest.append(e)
            }
        }
        // 2b. Short forms and bodies of other organizations.
        for e in rest {
            let key = organizationKey(e.text)
            if let ref = scope.organizations[key] ?? shortForm(key, scope) {
                noteMention(ref, e, scope)
                continue
            }
            let words = e.text.split(separator: " ")
            for i in 1..<max(1, words.count) where Self.isCapitalized(words[i]) {
                let suffix = organizationKey(words[i...].joined(separator: " "))
                guard let parent = scope.organizations[suffix] ?? shortForm(suffix, scope) else { continue }
                let name = (words[..<i] + [Substring(parent.label)]).joined(separator: " ")
                let ref = register(name, key: organizationKey(name), unit: parent.unit, &scope)
                noteMention(ref, e, scope)
                break
            }
        }
        // LOCATED_IN its place; PART_OF an organization whose name ends its own. The evidence is the
        // organization's first mention in the document.
        for ref in scope.organizations.values.sorted(by: { precedes($0.id, $1.id) }) {
            guard let first = firstEvidence(.id(ref.id), scope) else { continue }
            if let unit = ref.unit {
                let place = ensurePlace(unit, scope)
                addHierarchy(unit, first.with(rule: GraphRules.adminHierarchy))
                edge(.locatedIn, .id(ref.id), .id(place), evidence: first.with(rule: GraphRules.organizationPlace), singleEvidence: true)
            }
            let words = ref.label.split(separator: " ")
            for i in 1..<max(1, words.count) where Self.isCapitalized(words[i]) {
                let suffix = organizationKey(words[i...].joined(separator: " "))
                guard let parent = scope.organizations[suffix] ?? shortForm(suffix, scope), parent.id != ref.id else { continue }
                edge(.partOf, .id(ref.id), .id(parent.id), evidence: first.with(rule: GraphRules.nameSuffix))
                break
            }
        }
    }

    /// Records an organization of this document and creates its node: `organization:<name key>#<unit key>`,
    /// `organization:<name key>` for a body with no place ("Ban Dân vận Trung ương"), or
    /// `organization:<name key>#doc:<document>` for a local body whose place is unknown ("UBND thị xã").
    @discardableResult
    mutating func register(_ name: String, key: String, unit: String?, _ scope: inout DocumentScope) -> OrganizationRef {
        if let existing = scope.organizations[key] { return existing }
        var id = NodeKind.organization.idPrefix + key + (unit.map { "#" + $0 } ?? "")
        // "UBND thị xã" with no known place: some town's committee, this document's only.
        if unit == nil, endsWithTypeWord(name) { id += "#doc:" + scope.document }
        var properties: [String: GraphValue] = ["name_key": .string(key)]
        if let unit {
            properties["unit"] = .string(unit)
            if let r = places.place(key: unit) { properties["place_name"] = .string(r.fullName) }
        }
        node(id, .organization, label: name, document: scope.document, properties: properties)
        let ref = OrganizationRef(id: id, key: key, unit: unit, label: name)
        scope.organizations[key] = ref
        return ref
    }

    mutating func noteMention(_ ref: OrganizationRef, _ e: Entity, _ scope: DocumentScope) {
        mention(.id(ref.id), scope, e.span, rule: e.provenance.rule)
    }

    /// An organization's key: its name's (``MergePolicy/phraseKey``), without a term written after it ("Quốc hội khóa XV"
    /// is the Quốc hội).
    func organizationKey(_ name: String) -> String {
        let key = policy.phraseKey(name)
        let words = key.split(separator: " ")
        guard words.count >= 3, words[words.count - 2] == "khóa" else { return key }
        return words.dropLast(2).joined(separator: " ")
    }

    /// True when a word starts with a capital letter: an organization's name inside another starts with one
    /// ("Ban Tuyên giáo Thị ủy"), a place word does not ("Ban Chỉ đạo tỉnh").
    static func isCapitalized(_ word: Substring) -> Bool { word.first?.isUppercase ?? false }

    /// True when the last word or two of a name are a unit type word ("UBND tỉnh", "Ủy ban MTTQ thị xã").
    func endsWithTypeWord(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (1...2).contains { n in words.count > n && places.isTypeWord(words.suffix(n).joined(separator: " ")) }
    }

    /// The one full name of the document that starts with this short form ("ủy ban nhân dân thị xã").
    func shortForm(_ key: String, _ scope: DocumentScope) -> OrganizationRef? {
        let matches = scope.organizations.values.filter { $0.key.hasPrefix(key + " ") }
        return matches.count == 1 ? matches.first : nil
    }

    /// The unit of the last resolved LOCATION inside a span ("phường An Lộc" in "Ban Thường vụ Đảng bộ phường An Lộc").
    func containedUnit(_ span: Span, _ scope: DocumentScope) -> String? {
        scope.locations.last { span.contains($0.span) }?.unit
    }

    /// The first MENTIONED_IN evidence of a node in this document.
    func firstEvidence(_ ref: NodeRef, _ scope: DocumentScope) -> EdgeEvidence? {
        edges[EdgeKey(type: .mentionedIn, source: ref, target: .id(scope.documentID), identity: "")]?.evidence
            .filter { $0.document == scope.document }.min()
    }
}

extension EdgeEvidence {
    /// The same span with another rule.
    func with(rule: String) -> EdgeEvidence { EdgeEvidence(document: document, start: start, end: end, rule: rule) }
}
