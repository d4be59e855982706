/// One line of `Gazetteers/index.tsv`: a list, its entity type, subtype and match options.
///
///     // places/units.tsv  LOCATION  admin_unit  name  insensitive  insensitive  sensitive  yes  50
///     spec.mode       // .folded: case-insensitive, diacritics as written
///     spec.priority   // 50
public struct ListSpec: Sendable, Hashable {
    /// How entries and text are compared (tone placement is always normalized).
    public enum Mode: UInt8, Sendable, CaseIterable {
        /// Case, tones (one placement) and diacritics as written.
        case cased
        /// Case-insensitive.
        case folded
        /// Case- and diacritic-insensitive (đ = d).
        case plain
    }

    /// The list's path relative to `Gazetteers/`.
    public var file: String
    /// The entity type (`PERSON`, `TITLE`, `ORGANIZATION`, `LOCATION`, `DATE`, `STATISTIC`), or `CUE` or `BLOCK`.
    public var type: String
    /// The list's subtype within its type (e.g. `admin_unit`).
    public var subtype: String
    /// The column holding the entry text; `|` separates several.
    public var column: String
    /// True when case must match (`case` = `sensitive`).
    public var caseSensitive: Bool
    /// True when diacritics must match (`diacritics` = `sensitive`).
    public var diacriticSensitive: Bool
    /// True when entries are matched against the text's tokens (`whole_tokens` = `yes`); false for lists
    /// only read by code.
    public var wholeTokens: Bool
    /// The list's priority when candidates of the same length compete (higher wins).
    public var priority: Int
    /// Line in index.tsv (for messages).
    public var line: Int

    /// How the matcher compares this list's entries with the text.
    public var mode: Mode {
        if caseSensitive { return .cased }
        return diacriticSensitive ? .folded : .plain
    }

    /// The values the `type` column may take.
    public static let knownTypes: Set<String> = ["PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "STATISTIC", "CUE", "BLOCK"]
}

/// The parsed `index.tsv`, with problems kept for `vietie gazetteer check`.
///
///     let index = ListIndex(file: try directory.list("index.tsv"))
///     index.specs.map(\.file)   // ["text/abbreviations.tsv", "titles/titles.tsv", ...]
///     index.problems            // [] for a well-formed index
public struct ListIndex: Sendable {
    /// One spec per row, in file order (a row with bad values still gives one, with defaults).
    public var specs: [ListSpec]
    /// Missing columns, unknown types, bad flags and priorities, as `file:line: message`.
    public var problems: [String]

    /// Reads the specs of an index file; bad values are reported in ``problems``, never thrown.
    ///
    /// - Complexity: O(n) in the number of rows.
    public init(file: ListFile) {
        var specs: [ListSpec] = []
        var problems: [String] = []
        let required = ["file", "type", "subtype", "column", "case", "tones", "diacritics", "whole_tokens", "priority"]
        for c in required where file.column(c) == nil {
            problems.append("\(file.path):1: index has no column \"\(c)\"")
        }
        for row in file.rows {
            func v(_ c: String) -> String { file.value(row, c) }
            func flag(_ c: String, _ yes: String, _ no: String) -> Bool? {
                let x = v(c)
                if x == yes { return true }
                if x == no { return false }
                problems.append("\(file.path):\(row.line): \(c) must be \"\(yes)\" or \"\(no)\", not \"\(x)\"")
                return nil
            }
            if !ListSpec.knownTypes.contains(v("type")) {
                problems.append("\(file.path):\(row.line): unknown type \"\(v("type"))\"")
            }
            let priority = Int(v("priority"))
            if priority == nil { problems.append("\(file.path):\(row.line): priority must be an integer") }
            specs.append(ListSpec(
                file: v("file"), type: v("type"), subtype: v("subtype"), column: v("column"),
                caseSensitive: flag("case", "sensitive", "insensitive") ?? false,
                diacriticSensitive: flag("diacritics", "sensitive", "insensitive") ?? true,
                wholeTokens: flag("whole_tokens", "yes", "no") ?? true,
                priority: priority ?? 0, line: row.line))
            _ = flag("tones", "insensitive", "sensitive")
        }
        self.specs = specs
        self.problems = problems
    }
}
