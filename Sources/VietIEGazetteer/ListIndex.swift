/// One line of `Gazetteers/index.tsv`: a list, its entity type, subtype and match options.
public struct ListSpec: Sendable, Hashable {
    public enum Mode: UInt8, Sendable, CaseIterable {
        /// Case, tones (one placement) and diacritics as written.
        case cased
        /// Case-insensitive.
        case folded
        /// Case- and diacritic-insensitive (đ = d).
        case plain
    }

    public var file: String
    public var type: String
    public var subtype: String
    public var column: String
    public var caseSensitive: Bool
    public var diacriticSensitive: Bool
    public var wholeTokens: Bool
    public var priority: Int
    /// Line in index.tsv (for messages).
    public var line: Int

    /// How the matcher compares this list's entries with the text.
    public var mode: Mode {
        if caseSensitive { return .cased }
        return diacriticSensitive ? .folded : .plain
    }

    public static let knownTypes: Set<String> = ["PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "STATISTIC", "CUE", "BLOCK"]
}

/// The parsed `index.tsv`, with problems kept for `vietie gazetteer check`.
public struct ListIndex: Sendable {
    public var specs: [ListSpec]
    public var problems: [String]

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
