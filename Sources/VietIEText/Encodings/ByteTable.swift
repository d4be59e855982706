/// The byte table of a legacy encoding: rows of one or two bytes, each standing for one or more code points.
///
/// Read from a TSV file (`Gazetteers/encodings/*.tsv`: a `# key: value` header, then the columns
/// `bytes` — hex, space-separated — and `code_points` — `U+XXXX`, space-separated). Decoding matches
/// the longest row first (two bytes, then one); a byte without a row stands for itself (U+0000–U+00FF).
///
///     let table = try ByteTable(parsing: tsv, file: "encodings/vni.tsv")
///     table.decode([0x56, 0x69, 0x65, 0xE4, 0x74])   // the code points of "Việt" ("Vieät" in a VNI font)
///
/// - Complexity: decoding is O(n) with two array lookups per byte.
public struct ByteTable: Sendable {
    /// The table's rows in file order.
    public let rows: [(bytes: [UInt8], scalars: [UInt32])]
    private let pool: [[UInt32]]
    private let single: [Int32]          // 256 entries: index into `pool`, or -1
    private let pair: [Int32]            // 65,536 entries (first << 8 | second), or empty when no row has two bytes

    /// Parses a table file.
    ///
    /// - Parameters:
    ///   - text: the file's content.
    ///   - file: its name, used in error messages (`file:line: message`).
    /// - Throws: ``EncodingTableError`` naming the line of a malformed row or a byte sequence listed twice.
    /// - Complexity: O(n) in the length of the text.
    public init(parsing text: String, file: String) throws {
        var rows: [(bytes: [UInt8], scalars: [UInt32])] = []
        var columns: [Substring]? = nil
        var bytesColumn = 0, pointsColumn = 1
        var single = [Int32](repeating: -1, count: 256)
        var pair: [Int32] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let header = columns else {
                guard let b = fields.firstIndex(of: "bytes"), let p = fields.firstIndex(of: "code_points") else {
                    throw EncodingTableError("\(file):\(number): the column header must name \"bytes\" and \"code_points\"")
                }
                columns = fields
                bytesColumn = b
                pointsColumn = p
                continue
            }
            guard fields.count == header.count else {
                throw EncodingTableError("\(file):\(number): \(fields.count) fields, the header has \(header.count)")
            }
            guard let key = Self.hexBytes(fields[bytesColumn]), (1...2).contains(key.count) else {
                throw EncodingTableError("\(file):\(number): \"bytes\" must be one or two hex bytes, e.g. 61 F9")
            }
            guard let scalars = Self.codePoints(fields[pointsColumn]), !scalars.isEmpty else {
                throw EncodingTableError("\(file):\(number): \"code_points\" must be U+XXXX values, e.g. U+00E1")
            }
            let index = Int32(rows.count)
            if key.count == 1 {
                guard single[Int(key[0])] < 0 else { throw EncodingTableError("\(file):\(number): byte \(fields[bytesColumn]) is listed twice") }
                single[Int(key[0])] = index
            } else {
                if pair.isEmpty { pair = [Int32](repeating: -1, count: 1 << 16) }
                let slot = Int(key[0]) << 8 | Int(key[1])
                guard pair[slot] < 0 else { throw EncodingTableError("\(file):\(number): bytes \(fields[bytesColumn]) are listed twice") }
                pair[slot] = index
            }
            rows.append((key, scalars))
        }
        guard columns != nil else { throw EncodingTableError("\(file):1: no column header line") }
        self.rows = rows
        self.pool = rows.map(\.scalars)
        self.single = single
        self.pair = pair
    }

    /// Decodes bytes to code points (not yet NFC: a table may hold combining marks).
    ///
    /// - Complexity: O(n).
    public func decode(_ bytes: [UInt8]) -> [UInt32] {
        var unmapped = 0
        return decode(bytes, unmapped: &unmapped)
    }

    /// Decodes bytes and counts the bytes from 0x80 up that no row covers (they stand for themselves, which
    /// text in this encoding seldom needs: a sign that the bytes are in another encoding).
    ///
    /// - Complexity: O(n).
    public func decode(_ bytes: [UInt8], unmapped: inout Int) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = Int(bytes[i])
            if !pair.isEmpty, i + 1 < n {
                let p = pair[b << 8 | Int(bytes[i + 1])]
                if p >= 0 { out.append(contentsOf: pool[Int(p)]); i += 2; continue }
            }
            let s = single[b]
            if s >= 0 { out.append(contentsOf: pool[Int(s)]) } else {
                out.append(UInt32(b))
                if b >= 0x80 { unmapped += 1 }
            }
            i += 1
        }
        return out
    }

    /// Encodes code points with the table: each one by its row, or as itself when it is below U+0100 and no
    /// row uses its byte. Returns nil when some code point cannot be written. (Test fixtures and round trips.)
    ///
    /// - Complexity: O(n) after an O(rows) index.
    public func encode(_ scalars: [UInt32]) -> [UInt8]? {
        var byScalar: [UInt32: [UInt8]] = [:]
        for row in rows.reversed() where row.scalars.count == 1 { byScalar[row.scalars[0]] = row.bytes }
        var out: [UInt8] = []
        for s in scalars {
            if let bytes = byScalar[s] { out += bytes; continue }
            guard s < 0x100, single[Int(s)] < 0 else { return nil }
            out.append(UInt8(s))
        }
        return decode(out) == scalars ? out : nil
    }

    static func hexBytes(_ field: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        for part in field.split(separator: " ") {
            guard part.count == 2, let v = UInt8(part, radix: 16) else { return nil }
            out.append(v)
        }
        return out
    }

    static func codePoints(_ field: Substring) -> [UInt32]? {
        var out: [UInt32] = []
        for part in field.split(separator: " ") {
            guard part.hasPrefix("U+"), let v = UInt32(part.dropFirst(2), radix: 16), Unicode.Scalar(v) != nil else { return nil }
            out.append(v)
        }
        return out
    }
}

/// A table file that cannot be read; the message names `file:line` and what is wrong.
public struct EncodingTableError: Error, CustomStringConvertible, Sendable {
    /// The message, `file:line: what is wrong`.
    public var description: String
    /// Creates an error with its message.
    public init(_ description: String) { self.description = description }
}
