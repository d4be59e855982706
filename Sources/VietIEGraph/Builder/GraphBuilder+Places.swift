import VietIECore

extension GraphBuilder {
    /// Place nodes for the LOCATION entities resolved to a unit, with their administrative parents
    /// (LOCATED_IN, from the directory) and their mentions.
    mutating func addPlaces(_ a: Annotation, _ scope: inout DocumentScope) {
        for e in a.entities where e.type == .location {
            guard let unit = e.attributes["unit"]?.stringValue, !unit.isEmpty else { continue }
            scope.locations.append((e.span, unit, e.text))
            let id = ensurePlace(unit, scope, fallback: e)
            mention(.id(id), scope, e.span, rule: e.provenance.rule)
            addHierarchy(unit, scope.evidence(e.span, GraphRules.adminHierarchy))
        }
        scope.resolver = PlaceResolver(directory: places, date: scope.date, namedUnits: scope.locations.map(\.unit))
    }

    /// The node of a unit, created from the directory (or from a LOCATION entity's attributes when the
    /// directory does not know the unit).
    @discardableResult
    mutating func ensurePlace(_ unit: String, _ scope: DocumentScope, fallback: Entity? = nil) -> String {
        let id = NodeKind.place.idPrefix + unit
        let documentID = fallback == nil ? nil : scope.document
        if let r = places.place(key: unit) {
            node(id, .place, label: r.fullName, document: documentID, properties: nodes[id] == nil ? placeProperties(r) : [:])
        } else {
            let description = fallback?.attributes["place"]?.stringValue
            let label = description.flatMap { $0.split(separator: ",").first.map(String.init) } ?? fallback?.text ?? unit
            var p: [String: GraphValue] = ["unit": .string(unit), "name": .string(label), "resolved": .bool(true)]
            if let description { p["description"] = .string(description) }
            if let level = fallback?.attributes["level"]?.stringValue { p["level"] = .string(level) }
            node(id, .place, label: label, document: documentID, properties: p)
        }
        return id
    }

    func placeProperties(_ r: PlaceRecord) -> [String: GraphValue] {
        var p: [String: GraphValue] = ["name": .string(r.name), "full_name": .string(r.fullName), "unit": .string(r.key),
                                       "code": .string(r.code), "level": .string(r.level), "unit_type": .string(r.type),
                                       "resolved": .bool(true)]
        var chain: [String] = []
        var current: PlaceRecord? = r
        while let c = current, chain.count < 6 {
            chain.append(c.fullName)
            current = c.parentKey.flatMap { places.place(key: $0) }
        }
        p["description"] = .string(chain.joined(separator: ", "))
        if let v = r.validFrom { p["valid_from"] = .string(v) }
        if let v = r.validTo { p["valid_to"] = .string(v) }
        if let v = r.latitude { p["latitude"] = .double(v) }
        if let v = r.longitude { p["longitude"] = .double(v) }
        return p
    }

    /// LOCATED_IN from a unit to its parent, and so on up to the province. The gazetteer states these
    /// facts: each edge keeps one evidence, the first mention in (document, offset) order.
    mutating func addHierarchy(_ unit: String, _ evidence: EdgeEvidence) {
        var child = unit
        var steps = 0
        while steps < 6, let parent = places.place(key: child)?.parentKey, parent != child {
            let id = NodeKind.place.idPrefix + parent
            let p = places.place(key: parent)
            let properties = nodes[id] != nil ? [:] : p.map(placeProperties) ?? ["unit": .string(parent), "resolved": .bool(true)]
            node(id, .place, label: p?.fullName ?? parent, document: nil, properties: properties)
            edge(.locatedIn, .id(NodeKind.place.idPrefix + child), .id(NodeKind.place.idPrefix + parent),
                 evidence: evidence, singleEvidence: true)
            child = parent
            steps += 1
        }
    }

    /// The node of a place that names no known unit ("hội trường UBND xã"), kept to this document:
    /// only units merge across documents.
    mutating func unresolvedPlace(_ text: String, _ scope: DocumentScope) -> String {
        let id = NodeKind.place.idPrefix + policy.phraseKey(text) + "#doc:" + scope.document
        node(id, .place, label: text, document: scope.document,
             properties: ["name": .string(text), "resolved": .bool(false)])
        return id
    }

    /// The unit of a place phrase of this document: a LOCATION entity of the same text (inside `within`
    /// when given), else the resolver's answer.
    func unit(ofPlace text: String, within: Span?, _ scope: DocumentScope) -> String? {
        let key = policy.phraseKey(text)
        let same = scope.locations.filter { policy.phraseKey($0.text) == key }
        if let inside = same.first(where: { within?.contains($0.span) ?? false }) { return inside.unit }
        if Set(same.map(\.unit)).count == 1 { return same[0].unit }
        // A bare unit name ("An Giang" for a statistic): a named unit of that name.
        let named = Set(scope.locations.map(\.unit)).filter { places.place(key: $0).map { policy.phraseKey($0.name) == key } ?? false }
        if named.count == 1 { return named.first }
        return scope.resolver?.resolve(place: text)
    }
}
