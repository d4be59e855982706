import VietIECore
import VietIEEvaluation
import VietIEGazetteer
import VietIEGraph
import VietIEText

/// The gazetteer's administrative units as the graph's ``PlaceDirectory``.
///
///     let directory = AdminUnitDirectory(units: extractor.places)
///     directory.candidates("thị xã Bình Long", on: "2021-09-23").typed   // true
public struct AdminUnitDirectory: PlaceDirectory {
    /// The units looked up.
    public let units: AdminUnits

    /// A directory over `units`.
    public init(units: AdminUnits) { self.units = units }

    /// The unit with this key, with its parent's key, or nil.
    public func place(key: String) -> PlaceRecord? {
        guard let i = units.index(key: key) else { return nil }
        let u = units.units[i]
        return PlaceRecord(key: u.key, code: u.code, name: u.name, fullName: u.fullName, level: u.level.rawValue, type: u.type,
                           parentKey: u.parent >= 0 ? units.units[u.parent].key : nil, validFrom: u.validFrom, validTo: u.validTo,
                           latitude: u.latitude, longitude: u.longitude)
    }

    /// True when the phrase is a type word of `places/type_words.tsv` ("tỉnh", "thị xã", "TP.").
    public func isTypeWord(_ phrase: String) -> Bool { units.typeWords[Normalizer.key(phrase)] != nil }

    /// Aliases ("TP.HCM"), then a leading type word with the name after it ("thị xã Bình Long",
    /// "TP.Hạ Long"), else the phrase as a bare name. Dictionary lookups only.
    ///
    /// - Complexity: O(k) in the units with that name (an alias that names a code scans the units).
    public func candidates(_ phrase: String, on date: String?) -> PlaceCandidates {
        var keys = units.aliasCandidates(phrase, on: date)
        var typed = !keys.isEmpty
        let words = phrase.split(separator: " ").map(String.init)
        if words.count >= 2 {
            for k in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let head = words[0..<k].joined(separator: " ")
                guard units.typeWords[Normalizer.key(head)] != nil else { continue }
                keys += units.candidates(name: words[k...].joined(separator: " "), typeWord: head, on: date)
                typed = true
                break
            }
        }
        if !typed, let dot = phrase.firstIndex(of: "."), dot != phrase.index(before: phrase.endIndex) {
            let head = String(phrase[...dot])
            let rest = phrase[phrase.index(after: dot)...].trimmingCharacters(in: .whitespaces)
            if units.typeWords[Normalizer.key(head)] != nil {
                keys += units.candidates(name: rest, typeWord: head, on: date)
                typed = true
            }
        }
        if !typed { keys += units.candidates(name: phrase, on: date) }
        var seen = Set<Int>()
        return PlaceCandidates(keys: keys.filter { seen.insert($0).inserted }.map { units.units[$0].key }, typed: typed)
    }
}

extension MergePolicy {
    /// The benchmark's comparison keys (abbreviations such as UBND and HĐND expanded) and the titles whose
    /// body is implicit (`implicit_org = yes` in `titles/titles.tsv`).
    ///
    /// - Parameter gazetteer: the extractor's compiled lists.
    /// - Complexity: O(n) in the rows of `titles/titles.tsv`.
    public init(gazetteer: Gazetteer) {
        var titles: [String] = []
        if let i = gazetteer.listIndex("titles/titles.tsv") {
            let list = gazetteer.lists[i]
            for row in list.rows where list.value(row, "implicit_org") == "yes" {
                let canonical = list.value(row, "canonical")
                titles.append(canonical.isEmpty ? list.value(row, "title") : canonical)
            }
        }
        self.init(nameKey: { Comparison.nameKey($0) }, phraseKey: { Comparison.phraseKey($0) }, selfContainedTitles: titles)
    }
}

extension GraphBuilder {
    /// A builder that resolves places against the extractor's administrative units and compares names as
    /// the benchmark does.
    ///
    ///     let extractor = try Extractor(gazetteers: .locate())
    ///     var builder = GraphBuilder(extractor: extractor)
    ///     builder.add(extractor.annotate(document))
    ///
    /// - Complexity: O(n) in the rows of `titles/titles.tsv`.
    public init(extractor: Extractor) {
        self.init(policy: MergePolicy(gazetteer: extractor.gazetteer), places: AdminUnitDirectory(units: extractor.places))
    }
}
