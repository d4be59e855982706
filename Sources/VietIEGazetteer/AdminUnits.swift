import VietIECore
import Foundation
import VietIEText

/// One administrative unit in one unchanged period (key = code + valid_from).
///
///     let i = units.lookup("phường An Lộc", on: "2021-09-23")[0]
///     let u = units.units[i]
///     (u.key, u.type, u.name, u.validity)   // ("25324@", "phường", "An Lộc", "…..2025-06-30")
public struct AdminUnit: Sendable, Hashable {
    /// The tier of the unit: a province or centrally run city, a district-level unit, a commune-level unit.
    public enum Level: String, Sendable, CaseIterable {
        case province, district, commune

        /// The level written with these UTF-8 bytes ("province"), or nil.
        init?(utf8: UnsafeBufferPointer<UInt8>) {
            // Read for every row of the units list: compared as bytes, without making a string.
            func equals(_ word: StaticString) -> Bool {
                word.utf8CodeUnitCount == utf8.count && memcmp(word.utf8Start, utf8.baseAddress!, utf8.count) == 0
            }
            guard !utf8.isEmpty else { return nil }
            if equals("commune") { self = .commune } else if equals("district") { self = .district }
            else if equals("province") { self = .province } else { return nil }
        }
    }

    /// The unit's row in `places/units.tsv`: its text fields are read from it when asked for, so that
    /// loading the sixteen thousand units makes almost no strings.
    let row: ListFile.Fields
    /// Where each field is in that row.
    let columns: UnitColumns
    /// The tier of the unit.
    public let level: Level
    /// Index of the parent unit, or -1.
    public internal(set) var parent: Int

    /// The unit's stable key, `code@valid_from` ("25324@" when valid since before the records).
    public var key: String { field(columns.key) }
    /// The statistics office's code of the unit ("25324").
    public var code: String { field(columns.code) }
    /// tỉnh, thành phố trực thuộc trung ương, thành phố thuộc tỉnh, quận, huyện, thị xã, phường, xã, thị trấn, đặc khu.
    public var type: String { field(columns.type) }
    /// The name without its type word ("An Lộc").
    public var name: String { field(columns.name) }
    /// The official full name ("Phường An Lộc").
    public var fullName: String { field(columns.fullName) }
    /// First day of validity (ISO), or nil for "since before our records".
    public var validFrom: String? { optionalField(columns.validFrom) }
    /// Last day of validity (ISO), or nil for "still valid".
    public var validTo: String? { optionalField(columns.validTo) }
    /// Latitude in degrees, when the list gives it.
    public var latitude: Double? { optionalField(columns.latitude).flatMap(Double.init) }
    /// Longitude in degrees, when the list gives it.
    public var longitude: Double? { optionalField(columns.longitude).flatMap(Double.init) }

    private func field(_ k: Int) -> String { k >= 0 && k < row.count ? row[k] : "" }
    private func optionalField(_ k: Int) -> String? {
        row.withUTF8(k) { $0.isEmpty } ? nil : row[k]
    }

    /// True when the unit existed on `date` (ISO `YYYY-MM-DD`).
    ///
    /// ISO dates compare as bytes: the bounds are compared where they are, without making strings.
    public func isValid(on date: String) -> Bool {
        var date = date
        return date.withUTF8 { d in
            if row.withUTF8(columns.validFrom, { !$0.isEmpty && Self.compare(d, $0) < 0 }) { return false }
            if row.withUTF8(columns.validTo, { !$0.isEmpty && Self.compare(d, $0) > 0 }) { return false }
            return true
        }
    }

    /// Byte-wise order of two UTF-8 strings (-1, 0, 1), the order `String` gives ASCII.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = memcmp(a.baseAddress!, b.baseAddress!, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    public static func == (a: AdminUnit, b: AdminUnit) -> Bool { a.key == b.key && a.parent == b.parent }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// The validity for display, `from..to`, with `…` for an open end ("…..2025-06-30").
    public var validity: String { "\(validFrom ?? "…")..\(validTo ?? "…")" }
}

/// The column of each field of `places/units.tsv` (-1 when the file has none), shared by all units.
final class UnitColumns: Sendable {
    let key, code, level, type, name, fullName, parent, validFrom, validTo, latitude, longitude: Int
    init(_ file: ListFile) {
        func c(_ name: String) -> Int { file.column(name) ?? -1 }
        (key, code, level, type, name, fullName) = (c("key"), c("code"), c("level"), c("type"), c("name"), c("full_name"))
        (parent, validFrom, validTo, latitude, longitude) = (c("parent"), c("valid_from"), c("valid_to"), c("lat"), c("lon"))
    }
}

/// Vietnam's administrative units across the dated states of `places/units.tsv`, with the hierarchy,
/// validity, aliases and type words. Lookups never guess: a bare name shared by several units stays
/// ambiguous, and the article date picks the era.
///
///     let units = try AdminUnits(gazetteer: gazetteer)
///     for i in units.lookup("phường An Lộc", on: "2021-09-23") {
///         print(units.describe(i))   // Phường An Lộc, Thị xã Bình Long, Tỉnh Bình Phước (and a ward in Đồng Tháp)
///     }
public struct AdminUnits: Sendable {
    /// Every unit of every dated state, in file order; the other members refer to units by index here.
    public let units: [AdminUnit]
    /// Unit key (`code@valid_from`) -> index in ``units``: `unitOfKey[keyIDs.id(key)]`.
    let keyIDs: StringIDs
    let unitOfKey: [Int]
    /// Folded bare name -> units.
    let byName: KeyedIndexes
    /// Bare name without diacritics or spaces ("binhphuoc") -> units: for host names.
    public let byCompactPlainName: KeyedIndexes
    /// `places/succession.tsv`, read when a unit's successors are asked for (only `vietie gazetteer lookup` does): old
    /// unit -> (new unit, "full" | "partial") across the 2025-07-01 reform.
    let succession: ListFile?
    /// Folded alias -> the units it names (a key names one state of a unit, a code every state).
    let aliases: [String: [Int]]
    /// Folded type word -> unit type (or type prefix) and level.
    public let typeWords: [String: (type: String, level: String)]
    /// The dates on which a state of the country starts (valid_from values).
    public let states: [String]
    /// Each unit's class: the index of its (level, type) pair among the distinct pairs; the pairs past the
    /// 63rd share ``UnitClasses/overflow``, whose units are tested by their type (the shipped units have 11).
    let unitClass: [UInt8]
    /// Folded type word -> the unit classes it can name.
    let typeWordClasses: [String: UnitClasses]
    /// The (type, level) of each type word, by ``UnitClasses/word``: for units of the overflow class.
    let typeWordKinds: [(type: String, level: String)]

    /// Builds the units from the gazetteer's `places/units.tsv`, `succession.tsv`, `aliases.tsv` and
    /// `type_words.tsv`; a gazetteer without `places/units.tsv` gives no units.
    ///
    /// - Complexity: O(n) in the number of rows.
    public init(gazetteer: Gazetteer) throws {
        try self.init(files: { path in gazetteer.listIndex(path).map { gazetteer.lists[$0] } })
    }

    /// Builds the units from lists loaded but not yet compiled, so that the token tries can be compiled
    /// at the same time (see ``VietIECore/concurrently(_:_:)``).
    public init(lists: GazetteerLists) throws {
        try self.init(files: lists.list)
    }

    private init(files: (String) -> ListFile?) throws {
        // Without places/units.tsv in the index (a trimmed-down gazetteer), there are no units.
        let file = files("places/units.tsv") ?? ListFile(path: "places/units.tsv", text: "")
        var units: [AdminUnit] = []
        var keyIDs = StringIDs(capacity: file.rows.count)
        var unitOfKey: [Int] = []
        units.reserveCapacity(file.rows.count)
        unitOfKey.reserveCapacity(file.rows.count)
        // Each unit's class: its (level, type) pair among the distinct pairs, decided as the units are read.
        var representatives: [AdminUnit] = []
        var representativeTypes: [[UInt8]] = []
        var unitClass: [UInt8] = []
        unitClass.reserveCapacity(file.rows.count)
        // Fields are read as bytes where they are; a unit reads its strings from its row when asked.
        let columns = UnitColumns(file)
        var states = Set<String>(), lastState: [UInt8] = []
        for row in file.rows {
            let fields = row.fields
            guard let level = fields.withUTF8(columns.level, AdminUnit.Level.init(utf8:)) else { continue }
            let unit = AdminUnit(row: fields, columns: columns, level: level, parent: -1)
            let id = fields.withUTF8(columns.key) { keyIDs.insert(utf8: $0) }
            if id == unitOfKey.count { unitOfKey.append(units.count) } else { unitOfKey[id] = units.count }
            // Few distinct pairs (about a dozen), and units of one kind come together: try the last first.
            let kind = fields.withUTF8(columns.type) { type -> UInt8 in
                func same(_ k: Int) -> Bool {
                    representatives[k].level == level && representativeTypes[k].count == type.count
                        && (type.isEmpty || memcmp(representativeTypes[k], type.baseAddress!, type.count) == 0)
                }
                if let last = unitClass.last, Int(last) < representatives.count, same(Int(last)) { return last }
                if let k = representatives.indices.first(where: same) { return UInt8(k) }
                guard representatives.count < UnitClasses.overflow else { return UInt8(UnitClasses.overflow) }
                representatives.append(unit)
                representativeTypes.append(Array(type))
                return UInt8(representatives.count - 1)
            }
            unitClass.append(kind)
            fields.withUTF8(columns.validFrom) { from in
                if !from.isEmpty && !lastState.elementsEqual(from) {
                    states.insert(String(decoding: from, as: UTF8.self))
                    lastState = Array(from)
                }
            }
            units.append(unit)
        }
        func index(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? { keyIDs.id(utf8: utf8).map { unitOfKey[$0] } }
        // Names are folded once each (a name recurs across the dated states); its diacritic-free form of
        // letters and digits only is the host-name key ("Bà Rịa - Vũng Tàu" -> "bariavungtau").
        var byName = KeyedIndexes(capacity: units.count)
        var compact = KeyedIndexes(capacity: units.count)
        var nameIDs = StringIDs(capacity: units.count)
        var keysOfName: [(folded: Int, compact: Int)] = []
        for i in units.indices {
            if let p = units[i].row.withUTF8(columns.parent, { $0.isEmpty ? nil : index($0) }) { units[i].parent = p }
            let nameID = units[i].row.withUTF8(columns.name) { nameIDs.insert(utf8: $0) }
            if nameID == keysOfName.count {
                let n = Normalizer.normalize(units[i].name)
                var letters: [UInt8] = []
                for k in 0..<n.count {
                    let p = n.plainScalar(k)
                    if (p >= 0x61 && p <= 0x7A) || (p >= 0x30 && p <= 0x39) { letters.append(UInt8(p)) }
                }
                keysOfName.append((byName.id(n.foldedString(0..<n.count)), compact.id(String(decoding: letters, as: UTF8.self))))
            }
            byName.append(i, toKey: keysOfName[nameID].folded)
            compact.append(i, toKey: keysOfName[nameID].compact)
        }
        self.byCompactPlainName = compact   // in file order: provinces, then districts, then communes
        self.succession = files("places/succession.tsv")
        var aliases: [String: [Int]] = [:]
        if let f = files("places/aliases.tsv") {
            // Targets that are codes name every dated state of the unit: found in one pass over the units.
            let targets = f.rows.map { f.value($0, "target") }
            func unit(key: String) -> Int? { keyIDs.id(key).map { unitOfKey[$0] } }
            let codes = Set(targets.filter { unit(key: $0) == nil })
            var unitsOfCode: [String: [Int]] = [:]
            if !codes.isEmpty {
                let codeBytes = codes.map { ($0, Array($0.utf8)) }
                for i in units.indices {
                    units[i].row.withUTF8(columns.code) { code in
                        for (name, bytes) in codeBytes where bytes.count == code.count && bytes.elementsEqual(code) {
                            unitsOfCode[name, default: []].append(i)
                        }
                    }
                }
            }
            for (row, t) in zip(f.rows, targets) {
                let found = unit(key: t).map { [$0] } ?? unitsOfCode[t] ?? []
                aliases[Normalizer.key(f.value(row, "alias")), default: []] += found
            }
        }
        var typeWords: [String: (String, String)] = [:]
        if let f = files("places/type_words.tsv") {
            for row in f.rows { typeWords[Normalizer.key(f.value(row, "word"))] = (f.value(row, "type"), f.value(row, "level")) }
        }
        // Compatibility of each type word with each distinct (level, type) of unit, decided once.
        var typeWordClasses: [String: UnitClasses] = [:]
        var typeWordKinds: [(type: String, level: String)] = []
        for (word, t) in typeWords {
            var mask: UInt64 = 0
            for (k, u) in representatives.enumerated() where Self.fits(u, type: t.0, level: t.1) { mask |= 1 << UInt64(k) }
            typeWordClasses[word] = UnitClasses(mask: mask, word: Int32(typeWordKinds.count))
            typeWordKinds.append(t)
        }
        self.typeWordKinds = typeWordKinds
        self.unitClass = unitClass
        self.typeWordClasses = typeWordClasses
        self.units = units
        self.keyIDs = keyIDs
        self.unitOfKey = unitOfKey
        self.byName = byName
        self.aliases = aliases
        self.typeWords = typeWords
        self.states = states.sorted()
    }

    /// The unit with this key (`code@valid_from`), or nil.
    public func unit(key: String) -> AdminUnit? { index(key: key).map { units[$0] } }
    /// Index of the unit with this key.
    public func index(key: String) -> Int? { keyIDs.id(key).map { unitOfKey[$0] } }
    /// Index of the unit whose key has these UTF-8 bytes.
    func index(utf8 key: UnsafeBufferPointer<UInt8>) -> Int? { keyIDs.id(utf8: key).map { unitOfKey[$0] } }

    /// Units whose bare name is `name`, of a type compatible with `typeWord`, valid on `date`.
    ///
    /// The name is compared folded (case and tone placement aside); a nil `typeWord` or `date` does not filter.
    ///
    /// - Complexity: O(k) in the number of units with that name.
    public func candidates(name: String, typeWord: String? = nil, on date: String? = nil) -> [Int] {
        let all = byName[Normalizer.key(name)] ?? []
        return all.filter { i in
            if let date, !units[i].isValid(on: date) { return false }
            if let typeWord, !isCompatible(units[i], typeWord: typeWord) { return false }
            return true
        }
    }

    /// Units an alias stands for ("TP.HCM", "Sài Gòn"), valid on `date`.
    ///
    /// - Complexity: O(k) in the number of units the alias names.
    public func aliasCandidates(_ text: String, on date: String? = nil) -> [Int] {
        guard let targets = aliases[Normalizer.key(text)] else { return [] }
        return targets.filter { date == nil || units[$0].isValid(on: date!) }
    }

    /// True when a unit can be written with this type word ("TP." fits every kind of thành phố).
    public func isCompatible(_ unit: AdminUnit, typeWord: String) -> Bool {
        isCompatible(unit, typeKey: Normalizer.key(typeWord))
    }

    /// The same, for a type word already folded ("tp.", "thị xã").
    public func isCompatible(_ unit: AdminUnit, typeKey: String) -> Bool {
        guard let t = typeWords[typeKey] else { return false }
        return Self.fits(unit, type: t.type, level: t.level)
    }

    /// The units (by class) a folded type word can name: pass it to ``isCompatible(_:classes:)``.
    public func classes(typeKey: String) -> UnitClasses { typeWordClasses[typeKey] ?? .none }

    /// True when unit `i` is of a class in `classes` (from ``classes(typeKey:)``): one bit test, or the
    /// type test for a unit of the overflow class.
    @inline(__always) public func isCompatible(_ i: Int, classes: UnitClasses) -> Bool {
        let k = unitClass[i]
        if Int(k) == UnitClasses.overflow {
            guard classes.word >= 0 else { return false }
            let kind = typeWordKinds[Int(classes.word)]
            return Self.fits(units[i], type: kind.type, level: kind.level)
        }
        return classes.mask & (1 << UInt64(k)) != 0
    }

    /// The kinds of unit a type word can name: a bit per (level, type) pair of units, and the type word
    /// itself (its index in ``typeWordKinds``) for the units past the 63rd pair.
    public struct UnitClasses: Sendable {
        /// The class the (level, type) pairs past the 63rd share.
        static let overflow = 63
        let mask: UInt64
        let word: Int32
        /// The classes of a word that is no type word: none.
        static let none = UnitClasses(mask: 0, word: -1)
    }

    /// A type word's `type` column names type prefixes ("thành phố" fits every kind of city); an empty
    /// type accepts the units of its `level`s.
    static func fits(_ unit: AdminUnit, type: String, level: String) -> Bool {
        if type.isEmpty { return level.isEmpty || level.split(ascii: "|").contains { $0 == unit.level.rawValue } }
        return type.split(ascii: "|").contains { unit.type.hasPrefix(String($0)) }
    }

    /// The unit and its ancestors, innermost first (at most four).
    public func chain(_ i: Int) -> [AdminUnit] {
        var out: [AdminUnit] = []
        var k = i
        while k >= 0 && out.count < 4 {
            out.append(units[k])
            k = units[k].parent
        }
        return out
    }

    /// The unit itself or its nearest ancestor at `level`; nil when the chain has none.
    public func ancestor(_ i: Int, at level: AdminUnit.Level) -> Int? {
        var k = i
        while k >= 0 {
            if units[k].level == level { return k }
            k = units[k].parent
        }
        return nil
    }

    /// The full names of the unit and its ancestors, innermost first:
    /// "Phường An Lộc, Thị xã Bình Long, Tỉnh Bình Phước".
    ///
    /// (Read for every place an article names: the names are copied from their rows into one string, with no string
    /// made for each.)
    public func describe(_ i: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        for (n, u) in chain(i).enumerated() {
            if n > 0 { bytes.append(0x2C); bytes.append(0x20) }
            u.row.withUTF8(u.columns.fullName) { bytes.append(contentsOf: $0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses "phường An Lộc", "TP. Hồ Chí Minh", "Hoà Bình" or an alias, and returns the candidates.
    ///
    /// Every reading is tried and kept: an alias, a type word (up to three words, or glued with a dot as
    /// in "TP.HCM") before a bare name, the bare name alone, and a unit's full name. A bare name shared
    /// by several units returns them all.
    ///
    /// - Parameters:
    ///   - text: the phrase, as a user or an article writes it.
    ///   - date: an ISO date; only units valid that day are returned. Nil returns every era.
    /// - Returns: unit indexes into ``units``, each once, aliases first.
    /// - Complexity: O(n) in the number of units (full names are compared one by one).
    public func lookup(_ text: String, on date: String? = nil) -> [Int] {
        var found = aliasCandidates(text, on: date)
        let words = text.split(ascii: " ").map(String.init)
        // The longest type word at the start, then the name.
        for k in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let head = words[0..<k].joined(separator: " ")
            if typeWords[Normalizer.key(head)] != nil {
                found += candidates(name: words[k...].joined(separator: " "), typeWord: head, on: date)
                break
            }
        }
        // "TP.HCM"-style abbreviations glued to the name.
        if let dot = text.firstIndex(of: "."), dot != text.index(before: text.endIndex) {
            let head = String(text[...dot]), rest = String(text[text.index(after: dot)...]).trimmingCharacters(in: .whitespaces)
            if typeWords[Normalizer.key(head)] != nil { found += candidates(name: rest, typeWord: head, on: date) }
        }
        found += candidates(name: text, on: date)
        found += units.indices.filter { Normalizer.key(units[$0].fullName) == Normalizer.key(text) && (date == nil || units[$0].isValid(on: date!)) }
        var seen = Set<Int>()
        return found.filter { seen.insert($0).inserted }
    }

    /// The units that took over unit `i` in the 2025 reform, with "full" or "partial".
    ///
    /// - Complexity: O(n) in the rows of `places/succession.tsv`.
    public func successors(of i: Int) -> [(unit: Int, kind: String)] {
        guard let f = succession, let o = f.column("old_key"), let n = f.column("new_key") else { return [] }
        let k = f.column("kind")
        var out: [(unit: Int, kind: String)] = []
        for row in f.rows {
            guard row.fields.withUTF8(o, index(utf8:)) == i, let new = row.fields.withUTF8(n, index(utf8:)) else { continue }
            out.append((new, k.map { $0 < row.fields.count ? row.fields[$0] : "" } ?? ""))
        }
        return out
    }

    /// Counts of units per level valid on `date`.
    ///
    /// - Complexity: O(n) in the number of units.
    public func counts(on date: String) -> [AdminUnit.Level: Int] {
        var c: [AdminUnit.Level: Int] = [:]
        for u in units where u.isValid(on: date) { c[u.level, default: 0] += 1 }
        return c
    }
}
