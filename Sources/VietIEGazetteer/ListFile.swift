import Foundation

/// One gazetteer file: its `# key: value` header, its column names and its rows, each with a line number.
///
/// The format (see `Gazetteers/FORMAT.md`): UTF-8, NFC, tab-separated; header comment lines; one
/// column-header line; one entry per line.
public struct ListFile: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public var path: String
    public var header: [String: String]
    public var columns: [String]
    public var rows: [Row]

    /// Parses a list file's text. Never throws: problems are left for ``GazetteerCheck`` to report.
    public init(path: String, text: String) {
        self.path = path
        var header: [String: String] = [:]
        var columns: [String] = []
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let body = line.dropFirst().drop(while: { $0 == " " })
                if let colon = body.firstIndex(of: ":"), columns.isEmpty {
                    let key = body[..<colon].trimmingCharacters(in: .whitespaces)
                    if !key.isEmpty, !key.contains(" ") {
                        header[key] = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    }
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns.isEmpty { columns = fields; continue }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        self.header = header
        self.columns = columns
        self.rows = rows
    }

    /// Reads and parses a file.
    public init(contentsOf url: URL, relativePath: String) throws {
        let data = try Data(contentsOf: url)
        self.init(path: relativePath, text: String(decoding: data, as: UTF8.self))
    }

    /// Index of a column by name.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// The field of `row` in column `name`, or "" when missing.
    public func value(_ row: Row, _ name: String) -> String {
        guard let k = column(name), k < row.fields.count else { return "" }
        return row.fields[k]
    }
}
