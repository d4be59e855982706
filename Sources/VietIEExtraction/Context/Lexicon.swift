import VietIECore
import VietIEGazetteer
import VietIEText

/// The rows of the cue lists as column dictionaries, by list and row, so that a rule can read a
/// matched entry's fields ("metric", "kind", "completes_with"...). Built once from the gazetteer.
///
///     if let m = context.match(.metrics, at: i), let metric = m.rows.first?["metric"] { ... }
public struct Lexicon: Sendable {
    /// One row's fields by column name, plus "@line" (file:line); shared, never copied.
    public final class Row: Sendable {
        /// The list's column names (one array shared by its rows) and this row's fields, in that order.
        let columns: [String]
        let values: [String]
        /// `file:line`, made when asked for ("@line"); nil for the empty row.
        let file: String?
        let line: Int
        /// True when the row's note says the entry needs a name or a body right after it ("risky:
        /// accept only before a person name", "in election phrases it is no title"); read once.
        let needsContext: Bool
        /// The list entry this row is, for provenance (nil for the empty row).
        let ref: EntryRef?
        init(columns: [String], values: [String], file: String?, line: Int, ref: EntryRef? = nil) {
            self.columns = columns
            self.values = values
            self.file = file
            self.line = line
            self.ref = ref
            if let k = columns.firstIndex(of: "note"), k < values.count, !values[k].isEmpty {
                needsContext = Self.mentionsContext(values[k])
            } else {
                needsContext = false
            }
        }

        /// True when a note (English, ASCII) says the entry needs context: "risky", "accept only" or
        /// "election phrases", in any letter case.
        static func mentionsContext(_ note: String) -> Bool {
            let lower = note.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return ["risky", "accept only", "election phrases"].contains { phrase in
                let p = Array(phrase.utf8)
                guard lower.count >= p.count else { return false }
                return (0...(lower.count - p.count)).contains { i in lower[i..<(i + p.count)].elementsEqual(p) }
            }
        }
        /// The row's field in `column`, or nil when the list has no such column; `"@line"` gives `file:line`.
        ///
        /// A list has a handful of columns: finding one by name is a short scan.
        public subscript(_ column: String) -> String? {
            if column == "@line" { return file.map { "\($0):\(line)" } }
            guard let k = columns.firstIndex(of: column), k < values.count else { return nil }
            return values[k]
        }
    }

    /// The cue lists the rules read, by their path under Gazetteers/.
    ///
    ///     Lexicon.List.metrics.path   // "cues/metrics.tsv"
    public enum List: Int, CaseIterable, Sendable {
        /// One case per list; ``path`` names its file.
        case covidContext, positionLinks, events, titleAbbreviations, appellations, blocks, closedSets, credits, dates, headAbbreviations, heads, honorificAbbreviations, honorifics, metrics, titleModifiers, namesakes, numberWords, outlets, sectors, surnames, titles, typeWords, approximators, organizationTopics

        /// The list's path under Gazetteers/.
        public var path: String {
            switch self {
            case .covidContext: "cues/covid_context.tsv"
            case .positionLinks: "cues/position_links.tsv"
            case .events: "cues/events.tsv"
            case .titleAbbreviations: "titles/abbreviations.tsv"
            case .appellations: "persons/appellations.tsv"
            case .blocks: "blocks/block.tsv"
            case .closedSets: "organizations/closed_sets.tsv"
            case .credits: "cues/credits.tsv"
            case .dates: "cues/dates.tsv"
            case .headAbbreviations: "organizations/head_abbreviations.tsv"
            case .heads: "organizations/heads.tsv"
            case .honorificAbbreviations: "titles/honorific_abbreviations.tsv"
            case .honorifics: "titles/honorifics.tsv"
            case .metrics: "cues/metrics.tsv"
            case .titleModifiers: "titles/modifiers.tsv"
            case .namesakes: "cues/namesakes.tsv"
            case .numberWords: "cues/number_words.tsv"
            case .outlets: "organizations/outlets.tsv"
            case .sectors: "organizations/sectors.tsv"
            case .surnames: "cues/surnames.tsv"
            case .titles: "titles/titles.tsv"
            case .typeWords: "places/type_words.tsv"
            case .approximators: "cues/approximators.tsv"
            case .organizationTopics: "organizations/topics.tsv"
            }
        }
    }

    /// Classes of single words the rules read (`cues/words.tsv`), one bit per class.
    ///
    ///     if context.isWord(k, of: .functionWord) { break }   // a function word ends the proper name
    public struct WordClasses: OptionSet, Sendable {
        /// The bits of the classes.
        public let rawValue: UInt32
        /// The classes whose bits are set in `rawValue`.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// Words of a descriptive body after an organization head ("phòng, chống dịch").
        public static let organizationTopic = WordClasses(rawValue: 1 << 0)
        /// An administrative level after "cấp" ("cấp tỉnh").
        public static let administrativeLevel = WordClasses(rawValue: 1 << 1)
        /// A function word: it ends a proper name after an organization head.
        public static let functionWord = WordClasses(rawValue: 1 << 2)
        /// A preposition or word before an ambiguous country name ("tại Đức").
        public static let placePreposition = WordClasses(rawValue: 1 << 3)
        /// Before a past status ("đã điều trị khỏi", "được tiêm").
        public static let statusAuxiliary = WordClasses(rawValue: 1 << 4)
        /// Before a vaccine's brand.
        public static let vaccineWord = WordClasses(rawValue: 1 << 5)
        /// A trailing status after a counted noun ("dương tính", "nhiễm").
        public static let infectionWord = WordClasses(rawValue: 1 << 6)
        /// A date it starts is a period's end or start, not a one-day date ("đến ngày 14/6").
        public static let periodStart = WordClasses(rawValue: 1 << 7)
        /// Dates an office after its title chain ("cũ", "mới", "trước sáp nhập", "nhiệm kỳ").
        public static let officeQualifier = WordClasses(rawValue: 1 << 8)
        /// After a counted noun, a reference back ("Hai bệnh nhân này").
        public static let demonstrative = WordClasses(rawValue: 1 << 9)
        /// A reporting verb, or its last syllable, before a figure ("thêm", "ghi nhận", "phát hiện").
        public static let reportingWord = WordClasses(rawValue: 1 << 10)
        /// After a number, an age ("từ 18 tuổi trở lên"): the number is no figure.
        public static let ageWord = WordClasses(rawValue: 1 << 11)
        /// Before a dose count, what makes it a vaccination's extent, not a figure ("tiêm đủ 2 mũi").
        public static let doseQualifier = WordClasses(rawValue: 1 << 12)
        /// The last part of a web domain ("vn", "com"): words joined by dots that end with it name an outlet.
        public static let domainSuffix = WordClasses(rawValue: 1 << 13)
        /// Before a number that names or orders something, not a figure ("Phường 7", "Trung đoàn 803", "mũi 2").
        public static let numberedName = WordClasses(rawValue: 1 << 14)
        /// A syllable of an administrative word before a place name ("thành phố", "thị xã", "TP.").
        public static let unitWord = WordClasses(rawValue: 1 << 15)
        /// A word that makes its sentence speak of the epidemic ("tiêm", "mũi", "ca"), besides the COVID cues.
        public static let epidemicWord = WordClasses(rawValue: 1 << 16)
        /// Before a state after a counted noun, with the status auxiliaries ("đang được điều trị", "vừa được xuất viện").
        public static let aspectWord = WordClasses(rawValue: 1 << 17)
        /// Opens a bulletin line's label before the code it counts ("Số F1 ...", "Lũy tích F2: ...").
        public static let labelWord = WordClasses(rawValue: 1 << 18)
        /// May stand between a name and a link phrase to its office ("ông A đã từng giữ các chức vụ").
        public static let linkAdverb = WordClasses(rawValue: 1 << 19)
        /// Before a link phrase, makes it list a career ("từng giữ chức ...").
        public static let careerAdverb = WordClasses(rawValue: 1 << 20)
        /// In lower case after an organization's name in sentence case, starts its predicate ("Công ty ... Công thương nhận
        /// quyết định", "tập đoàn Samsung cam kết").
        public static let subjectVerb = WordClasses(rawValue: 1 << 21)
        /// A unit of time after a number ("6 tháng"): no numbered unit's number.
        public static let timeUnit = WordClasses(rawValue: 1 << 22)
        /// Before a title, makes it name the office, not its holder ("chức vụ", "cương vị", "vị trí").
        public static let officeNoun = WordClasses(rawValue: 1 << 23)

        static let byName: [String: WordClasses] = [
            "organization_topic": .organizationTopic, "administrative_level": .administrativeLevel,
            "function_word": .functionWord, "place_preposition": .placePreposition,
            "status_auxiliary": .statusAuxiliary, "vaccine_word": .vaccineWord,
            "infection_word": .infectionWord, "period_start": .periodStart, "office_qualifier": .officeQualifier,
            "demonstrative": .demonstrative, "reporting_word": .reportingWord, "age_word": .ageWord,
            "dose_qualifier": .doseQualifier, "domain_suffix": .domainSuffix, "numbered_name": .numberedName, "unit_word": .unitWord, "epidemic_word": .epidemicWord,
            "aspect_word": .aspectWord, "label_word": .labelWord, "link_adverb": .linkAdverb,
            "career_adverb": .careerAdverb, "subject_verb": .subjectVerb, "time_unit": .timeUnit, "office_noun": .officeNoun,
        ]
    }

    /// Folded token key (``TokenKeys/folded``) -> the classes of that word, as an open-addressing table: the keys
    /// are hashes already, so a lookup is a mask and a compare or two (every token of every document is looked up).
    private let classTable: ClassTable

    /// The word classes of the token whose folded key is `key` (none for a word the list does not hold).
    @inline(__always) func classes(ofKey key: UInt64) -> WordClasses { classTable[key] }

    private struct ClassTable: Sendable {
        let keys: [UInt64]
        let values: [WordClasses]
        let used: [Bool]
        init(_ classes: [UInt64: WordClasses]) {
            var size = 16
            while size < 2 * classes.count { size <<= 1 }
            var keys = [UInt64](repeating: 0, count: size), values = [WordClasses](repeating: [], count: size)
            var used = [Bool](repeating: false, count: size)
            for (k, v) in classes {
                var h = TokenKeys.slot(k, mask: size - 1)
                while used[h] { h = (h + 1) & (size - 1) }
                keys[h] = k; values[h] = v; used[h] = true
            }
            self.keys = keys; self.values = values; self.used = used
        }
        subscript(_ key: UInt64) -> WordClasses {
            let mask = keys.count - 1
            var h = TokenKeys.slot(key, mask: mask)
            while used[h] {
                if keys[h] == key { return values[h] }
                h = (h + 1) & mask
            }
            return []
        }
    }
    /// Labels of web hosts that name no place (`host_label` in cues/words.tsv), lower case.
    let hostLabels: Set<String>

    /// `rows[list][row]`.
    let rows: [[Row]]
    /// List index by file path.
    let lists: [String: Int32]
    /// Gazetteer list index of each ``List`` (by its position in `List.allCases`), or -1 when absent.
    let ids: [Int32]

    /// Reads the rows of the cue lists (``List``) and the word classes of `cues/words.tsv`; lists the
    /// index does not name are empty.
    ///
    /// - Complexity: O(n) in the total size of those lists.
    public init(gazetteer g: Gazetteer, analyzer: TextAnalyzer) {
        self.init(specs: g.specs, files: g.lists, analyzer: analyzer)
    }

    /// Reads the same from lists loaded but not yet compiled, so that it can be done while the tries are built.
    public init(lists: GazetteerLists, analyzer: TextAnalyzer) {
        self.init(specs: lists.specs, files: lists.lists, analyzer: analyzer)
    }

    private init(specs: [ListSpec], files: [ListFile], analyzer: TextAnalyzer) {
        var rows: [[Row]] = []
        let readByRow = Set(List.allCases.map(\.path))
        var lists: [String: Int32] = [:]
        for (l, spec) in specs.enumerated() {
            lists[spec.file] = Int32(l)
            // Only the lists the rules read by row (units and succession are read through AdminUnits).
            guard readByRow.contains(spec.file) else { rows.append([]); continue }
            let file = files[l]
            rows.append(file.rows.enumerated().map { r, row in
                Row(columns: file.columns, values: Array(row.fields), file: spec.file, line: row.line,
                    ref: EntryRef(list: Int32(l), row: Int32(r)))
            })
        }
        var wordClasses: [UInt64: WordClasses] = [:]
        var hostLabels: Set<String> = []
        if let l = lists["cues/words.tsv"] {
            let file = files[Int(l)]
            for row in file.rows {
                let word = file.value(row, "word"), classes = file.value(row, "class").split(ascii: "|")
                if classes.contains("host_label") { hostLabels.insert(word.lowercased()) }
                let keys = Gazetteer.keys(of: word, analyzer: analyzer, mode: .folded)
                guard keys.count == 1 else { continue }   // one token each (gazetteer check reports the others)
                for name in classes {
                    if let c = WordClasses.byName[String(name)] { wordClasses[keys[0], default: []].insert(c) }
                }
            }
        }
        classTable = ClassTable(wordClasses)
        self.hostLabels = hostLabels
        self.rows = rows
        self.lists = lists
        self.ids = List.allCases.map { lists[$0.path] ?? -1 }
    }

    static let empty = Row(columns: [], values: [], file: nil, line: 0)

    /// The gazetteer list index of a cue list (-1 when the index does not name it).
    @inline(__always) func id(_ list: List) -> Int32 { ids[list.rawValue] }

    /// The rows of list `list` (by its gazetteer id), by row number; empty for a list read by no rule.
    func rows(ofList list: Int32) -> [Row] { list >= 0 && Int(list) < rows.count ? rows[Int(list)] : [] }

    func row(_ ref: EntryRef) -> Row {
        let list = rows(ofList: ref.list)
        return Int(ref.row) < list.count ? list[Int(ref.row)] : Self.empty
    }
}
