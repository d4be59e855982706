import Foundation

/// One gazetteer file: its `# key: value` header, its column names and its rows, each with a line number.
///
/// The format (see `Gazetteers/FORMAT.md`): UTF-8, NFC, tab-separated; header comment lines; one
/// column-header line; one entry per line.
///
///     let file = ListFile(path: "cues/x.tsv", text: "# source: hand-written\ncue\tkind\nchủ trì\trole\n")
///     file.header["source"]            // "hand-written"
///     file.value(file.rows[0], "kind")  // "role"
///     file.rows[0].line                // 3
public struct ListFile: Sendable {
    /// One entry line of a list.
    public struct Row: Sendable {
        /// The 1-based line number in the file, for `file:line` messages and provenance.
        public var line: Int
        /// The tab-separated fields, as written.
        public var fields: Fields
    }

    /// The fields of a row: read from the file's bytes when asked for, so that loading a list of tens of
    /// thousands of rows makes no strings for the columns nobody reads.
    ///
    ///     row.fields.count   // 12
    ///     row.fields[4]      // "An Lộc"
    public struct Fields: RandomAccessCollection, Sendable {
        let bytes: Bytes
        /// Index into `bytes.bounds` of this row's first field (`bounds[2k]..<bounds[2k + 1]` is field k).
        let first: Int
        public let count: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        /// Field `k`, decoded from the file's UTF-8.
        public subscript(_ k: Int) -> String {
            precondition(k >= 0 && k < count, "field \(k) of a row of \(count)")
            return withUTF8(k) { String(decoding: $0, as: UTF8.self) }
        }

        /// Calls `body` with the UTF-8 bytes of field `k` (empty when the row has no field `k`), without
        /// making a string: for fields that are only compared or parsed.
        public func withUTF8<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            guard k >= 0 && k < count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            let start = Int(bytes.bounds[2 * (first + k)]), end = Int(bytes.bounds[2 * (first + k) + 1])
            return bytes.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        }
    }

    /// A file's bytes and the byte range of every field, shared by its rows.
    final class Bytes: Sendable {
        let bytes: [UInt8]
        let bounds: [Int32]
        init(bytes: [UInt8], bounds: [Int32]) {
            self.bytes = bytes
            self.bounds = bounds
        }
    }

    /// The path relative to `Gazetteers/` (e.g. `titles/titles.tsv`).
    public var path: String
    /// The `# key: value` lines before the column header (`source`, `licence`, `generator`, `date`...).
    public var header: [String: String]
    /// The column names, from the first line that is not a comment.
    public var columns: [String]
    /// The entry lines after the column header; blank and `#` lines are skipped.
    public var rows: [Row]

    /// Parses a list file's text. Never throws: problems are left for ``GazetteerCheck`` to report.
    ///
    /// - Complexity: O(n) in the length of the text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Parses a list file from its UTF-8 bytes (lines on "\n", fields on tabs; bytes, not characters, for speed).
    ///
    /// - Complexity: O(n) in the number of bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        var header: [String: String] = [:]
        var columns: [String] = []
        var rows: [Row] = []
        // Field byte ranges, two per field, and (line, first field, field count) per row.
        var bounds: [Int32] = []
        var spans: [(line: Int32, first: Int32, count: Int32)] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let n = buffer.count
            /// The position of the next `byte` in `from..<to`, or `to` (memchr: the lists are megabytes).
            func find(_ byte: UInt8, _ from: Int, _ to: Int) -> Int {
                guard from < to, let p = memchr(base + from, Int32(byte), to - from) else { return to }
                return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            }
            // One row per line at most: reserve once instead of growing.
            var lines = 0, tabs = 0
            var p = find(0x0A, 0, n)
            while p < n { lines += 1; p = find(0x0A, p + 1, n) }
            p = find(0x09, 0, n)
            while p < n { tabs += 1; p = find(0x09, p + 1, n) }
            spans.reserveCapacity(lines + 1)
            // Two bounds per field, at most one field more than tabs per line: written in place.
            bounds = [Int32](unsafeUninitializedCapacity: 2 * (lines + 1 + tabs)) { out, filled in
                var w = 0
                var lineNumber = 0
                var start = 0
                while start <= n {
                    let end = find(0x0A, start, n)
                    lineNumber += 1
                    var lineEnd = end
                    if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                    defer { start = end + 1 }
                    if lineEnd == start { if end >= n { break } else { continue } }
                    if buffer[start] == 0x23 {   // "#"
                        if columns.isEmpty, let line = Self.headerLine(UnsafeBufferPointer(rebasing: buffer[(start + 1)..<lineEnd])) {
                            header[line.key] = line.value
                        }
                        continue
                    }
                    /// Calls `field` with the byte range of each tab-separated field of the line.
                    func fields(_ field: (Int, Int) -> Void) {
                        var f = start
                        while true {
                            let tab = find(0x09, f, lineEnd)
                            field(f, tab)
                            if tab == lineEnd { break }
                            f = tab + 1
                        }
                    }
                    if columns.isEmpty {
                        // The column header: names are read by everyone, make them now.
                        fields { columns.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[$0..<$1]), as: UTF8.self)) }
                        continue
                    }
                    let first = w / 2
                    fields { out[w] = Int32($0); out[w + 1] = Int32($1); w += 2 }
                    spans.append((Int32(lineNumber), Int32(first), Int32(w / 2 - first)))
                }
                filled = w
            }
        }
        let shared = Bytes(bytes: bytes, bounds: bounds)
        rows = spans.map { Row(line: Int($0.line), fields: Fields(bytes: shared, first: Int($0.first), count: Int($0.count))) }
        self.header = header
        self.columns = columns
        self.rows = rows
    }

    /// A `# key: value` comment line (without its `#`), or nil when it is a plain comment.
    private static func headerLine(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: String, value: String)? {
        guard let colon = bytes.firstIndex(of: 0x3A) else { return nil }
        func trimmed(_ r: Range<Int>) -> String {
            var (a, b) = (r.lowerBound, r.upperBound)
            while a < b && (bytes[a] == 0x20 || bytes[a] == 0x09) { a += 1 }
            while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09) { b -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
        }
        let key = trimmed(0..<colon)
        guard !key.isEmpty, !key.utf8.contains(0x20) else { return nil }
        return (key, trimmed((colon + 1)..<bytes.count))
    }

    /// Reads and parses a file.
    ///
    /// - Parameters:
    ///   - url: the file to read.
    ///   - relativePath: its path relative to `Gazetteers/`, kept as ``path``.
    /// - Throws: the error of reading the file.
    /// - Complexity: O(n) in the size of the file.
    public init(contentsOf url: URL, relativePath: String) throws {
        self.init(path: relativePath, bytes: try Self.readBytes(url.path))
    }

    /// The bytes of a file, read straight into one array (the lists are read at every start).
    static func readBytes(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw GazetteerError("cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw GazetteerError("cannot read \(path): \(String(cString: strerror(errno)))") }
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(info.st_size), 0)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n <= 0 { break }
                count += n
            }
        }
        // A file that grew since fstat: read the rest too.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else {
                if n < 0 { throw GazetteerError("cannot read \(path): \(String(cString: strerror(errno)))") }
                break
            }
            bytes += chunk[0..<n]
        }
        return bytes
    }

    /// Index of a column by name.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// The field of `row` in column `name`, or "" when missing.
    public func value(_ row: Row, _ name: String) -> String {
        guard let k = column(name), k < row.fields.count else { return "" }
        return row.fields[k]
    }
}
