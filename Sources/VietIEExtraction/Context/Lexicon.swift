import VietIEGazetteer
import VietIEText

/// The rows of the cue lists as column dictionaries, by list and row, so that a rule can read a
/// matched entry's fields ("metric", "kind", "completes_with"...). Built once from the gazetteer.
public struct Lexicon: Sendable {
    /// One row's fields by column name, plus "@line" (file:line); shared, never copied.
    public final class Row: Sendable {
        let fields: [String: String]
        init(_ fields: [String: String]) { self.fields = fields }
        public subscript(_ column: String) -> String? { fields[column] }
    }

    /// `rows[list][row]`.
    let rows: [[Row]]
    /// List index by file path.
    let lists: [String: Int32]

    public init(gazetteer g: Gazetteer) {
        var rows: [[Row]] = []
        var lists: [String: Int32] = [:]
        for (l, spec) in g.specs.enumerated() {
            lists[spec.file] = Int32(l)
            // Unit rows are read through AdminUnits; the cue lists are small.
            guard spec.file != "places/units.tsv" else { rows.append([]); continue }
            let file = g.lists[l]
            rows.append(file.rows.map { row in
                var dict: [String: String] = ["@line": "\(spec.file):\(row.line)"]
                for (k, name) in file.columns.enumerated() where k < row.fields.count { dict[name] = row.fields[k] }
                return Row(dict)
            })
        }
        self.rows = rows
        self.lists = lists
    }

    static let empty = Row([:])

    func row(_ ref: EntryRef) -> Row {
        let list = rows[Int(ref.list)]
        return Int(ref.row) < list.count ? list[Int(ref.row)] : Self.empty
    }
}
