import VietIEGazetteer
import VietIEText

/// The cue lists the rules read, keyed by folded text, built once from the gazetteer.
public struct Lexicon: Sendable {
    /// Folded phrase -> the rows (as column dictionaries) of a list.
    public struct Table: Sendable {
        public var rows: [String: [[String: String]]] = [:]
        /// Longest phrase in tokens.
        public var maxTokens = 1
        /// First token of every phrase: a quick filter.
        public var firstTokens: Set<String> = []

        public func contains(_ key: String) -> Bool { rows[key] != nil }
        public func first(_ key: String) -> [String: String]? { rows[key]?.first }
    }

    public let tables: [String: Table]

    /// Builds a table per list file from `files`: each row keyed by its indexed column(s).
    public init(gazetteer g: Gazetteer, analyzer: TextAnalyzer) {
        var tables: [String: Table] = [:]
        for (l, spec) in g.specs.enumerated() where spec.file != "places/units.tsv" {
            var t = Table()
            let file = g.lists[l]
            let columns = spec.column.split(separator: "|").compactMap { file.column(String($0)) }
            for row in file.rows {
                var dict: [String: String] = [:]
                for (k, name) in file.columns.enumerated() where k < row.fields.count { dict[name] = row.fields[k] }
                dict["@line"] = "\(spec.file):\(row.line)"
                for c in columns where c < row.fields.count {
                    for text in row.fields[c].split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
                        let key = Lexicon.key(text, analyzer: analyzer, caseSensitive: spec.caseSensitive)
                        t.rows[key, default: []].append(dict)
                        let parts = key.split(separator: " ")
                        t.maxTokens = max(t.maxTokens, parts.count)
                        if let first = parts.first { t.firstTokens.insert(String(first)) }
                    }
                }
            }
            tables[spec.file] = t
        }
        self.tables = tables
    }

    /// Tokens of a phrase joined by one space: folded (or cased when case matters).
    static func key(_ text: String, analyzer: TextAnalyzer, caseSensitive: Bool) -> String {
        let a = analyzer.analyze(.init(id: "", text: text))
        return a.tokens.indices.map { caseSensitive ? a.cased(ofToken: $0) : a.folded(ofToken: $0) }.joined(separator: " ")
    }

    public subscript(_ file: String) -> Table { tables[file] ?? Table() }
}

import Foundation
