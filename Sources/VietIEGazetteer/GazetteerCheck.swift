import Foundation
import VietIEText

/// The problems `vietie gazetteer check` reports, each as `file:line: message`.
///
///     for problem in GazetteerCheck.run(gazetteer, analyzer: analyzer) {
///         print(problem)   // "titles/titles.tsv:12: duplicate of line 9 (\"Chủ tịch\")"
///     }
public enum GazetteerCheck {
    static let requiredHeader = ["source", "licence", "generator", "date"]

    /// Checks every loaded list.
    ///
    /// Reported: the problems of `index.tsv`; a header without `source`, `licence`, `generator` or an ISO
    /// `date`; a missing column header or key column; rows whose field count differs from the header's;
    /// fields that are not NFC or have leading or trailing spaces; bad or reversed `valid_from`/`valid_to`
    /// dates; entries that repeat another under the list's match mode within the same validity; and, in
    /// `places/units.tsv`, duplicate keys, unknown levels and parents that are not unit keys.
    ///
    /// - Returns: the problems, in list order; empty when the gazetteer is clean.
    /// - Complexity: O(n) in the total size of the lists.
    public static func run(_ g: Gazetteer, analyzer: TextAnalyzer) -> [String] {
        var problems = g.indexProblems
        for (l, spec) in g.specs.enumerated() {
            let file = g.lists[l]
            for key in requiredHeader where file.header[key]?.isEmpty ?? true {
                problems.append("\(spec.file):1: header has no \"# \(key): ...\" line")
            }
            if let date = file.header["date"], PublicationDate.isoDatePrefix(date) == nil {
                problems.append("\(spec.file):1: header date \"\(date)\" is not an ISO date")
            }
            if file.columns.isEmpty { problems.append("\(spec.file):1: no column header line") }
            for c in spec.column.split(separator: "|") where file.column(String(c)) == nil {
                problems.append("\(spec.file):1: no column \"\(c)\" (index.tsv:\(spec.line))")
            }
            let keyColumn = spec.column.split(separator: "|").first.flatMap { file.column(String($0)) }
            var seen: [String: Int] = [:]
            let dateColumns = ["valid_from", "valid_to"].compactMap { file.column($0) }
            for row in file.rows {
                if row.fields.count != file.columns.count {
                    problems.append("\(spec.file):\(row.line): \(row.fields.count) fields, the header has \(file.columns.count)")
                }
                for (k, field) in row.fields.enumerated() {
                    if !field.unicodeScalars.elementsEqual(field.precomposedStringWithCanonicalMapping.unicodeScalars) {
                        problems.append("\(spec.file):\(row.line): field \(k + 1) is not NFC")
                    }
                    if field != field.trimmingCharacters(in: .whitespaces) {
                        problems.append("\(spec.file):\(row.line): field \(k + 1) has leading or trailing spaces")
                    }
                }
                for c in dateColumns where c < row.fields.count && !row.fields[c].isEmpty {
                    if PublicationDate.isoDatePrefix(row.fields[c]) == nil || row.fields[c].count != 10 {
                        problems.append("\(spec.file):\(row.line): bad date \"\(row.fields[c])\"")
                    }
                }
                if let f = dateColumns.first, let t = dateColumns.last, f != t, f < row.fields.count, t < row.fields.count,
                   !row.fields[f].isEmpty, !row.fields[t].isEmpty, row.fields[f] > row.fields[t] {
                    problems.append("\(spec.file):\(row.line): valid_from is after valid_to")
                }
                // Duplicates: the same entry text under the list's own match mode, within the same validity.
                // Lists that are not matched against text (whole_tokens = no) may repeat a key.
                guard spec.wholeTokens, let kc = keyColumn, kc < row.fields.count, !row.fields[kc].isEmpty, spec.file != "places/units.tsv" else { continue }
                let text = row.fields[kc]
                let key = spec.caseSensitive ? Normalizer.normalize(text).casedString(0..<Normalizer.normalize(text).count)
                                             : Normalizer.key(text, plain: !spec.diacriticSensitive)
                let scope = dateColumns.map { $0 < row.fields.count ? row.fields[$0] : "" }.joined(separator: "..")
                if let first = seen[key + "@" + scope] {
                    problems.append("\(spec.file):\(row.line): duplicate of line \(first) (\"\(text)\")")
                } else {
                    seen[key + "@" + scope] = row.line
                }
            }
            if spec.file == "places/units.tsv" { problems += checkUnits(file) }
        }
        return problems
    }

    static func checkUnits(_ file: ListFile) -> [String] {
        var problems: [String] = []
        var keys = Set<String>()
        for row in file.rows {
            let key = file.value(row, "key")
            if !keys.insert(key).inserted { problems.append("places/units.tsv:\(row.line): duplicate key \(key)") }
            if !["province", "district", "commune"].contains(file.value(row, "level")) {
                problems.append("places/units.tsv:\(row.line): unknown level \"\(file.value(row, "level"))\"")
            }
        }
        for row in file.rows {
            let parent = file.value(row, "parent")
            if !parent.isEmpty && !keys.contains(parent) {
                problems.append("places/units.tsv:\(row.line): parent \(parent) is not a unit key")
            }
        }
        return problems
    }
}
