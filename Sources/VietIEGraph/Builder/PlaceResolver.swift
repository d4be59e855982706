/// Resolves place names of one document to administrative units, preferring the units the document
/// itself names (its resolved LOCATION entities) and their ancestors.
///
/// A phrase that states its type ("thị xã Bình Long") resolves to its one candidate; a bare name
/// ("Bình Long") only to a unit of the document's context or to the one province of that name.
/// Ambiguity resolves to nothing: a wrong place would merge organizations that differ.
struct PlaceResolver {
    let directory: any PlaceDirectory
    let date: String?
    /// Units named by the document's LOCATION entities.
    let named: Set<String>
    /// Those units and all their ancestors.
    let context: Set<String>

    init(directory: any PlaceDirectory, date: String?, namedUnits: [String]) {
        self.directory = directory
        self.date = date
        self.named = Set(namedUnits)
        var context = Set<String>()
        for key in namedUnits {
            var k: String? = key
            var depth = 0
            while let current = k, depth < 6, context.insert(current).inserted {
                k = directory.place(key: current)?.parentKey
                depth += 1
            }
        }
        self.context = context
    }

    /// The unit a place phrase names ("phường An Lộc", "An Giang"), or nil.
    func resolve(place phrase: String) -> String? {
        choose(directory.candidates(phrase, on: date))
    }

    /// The unit an organization's name ends with: the longest proper word suffix that names a place
    /// ("UBND thị xã Bình Long" -> "thị xã Bình Long"; "Tỉnh ủy Bình Phước" -> "Bình Phước").
    /// Suffixes start at a capitalized word or a type word; the longest suffix that names any unit decides.
    ///
    /// - Complexity: one directory lookup per word.
    func resolve(organization name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for i in 1..<words.count {
            let phrase = words[i...].joined(separator: " ")
            let found = directory.candidates(phrase, on: date)
            guard !found.keys.isEmpty else { continue }
            // A bare suffix must start with a capital letter: "ủy Bình Phước" is no place name.
            if !found.typed, !(words[i].first?.isUppercase ?? false) { continue }
            return choose(found)
        }
        return nil
    }

    func choose(_ found: PlaceCandidates) -> String? {
        let keys = found.keys
        guard !keys.isEmpty else { return nil }
        let direct = keys.filter { named.contains($0) }
        if direct.count == 1 { return direct[0] }
        let inContext = keys.filter { context.contains($0) }
        if inContext.count == 1 { return inContext[0] }
        if inContext.count > 1 { return nil }
        let records = keys.compactMap { directory.place(key: $0) }
        if found.typed, Set(records.map(\.code)).count == 1 { return keys[0] }
        let provinces = records.filter { $0.level == "province" }
        if Set(provinces.map(\.code)).count == 1 { return provinces[0].key }
        return nil
    }
}
