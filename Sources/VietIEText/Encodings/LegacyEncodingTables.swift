/// The byte tables of TCVN3 and VNI-Windows, read from `Gazetteers/encodings/`.
///
/// Windows-1258 needs none (ICU converts it). The tables are data files, like the gazetteers: they name
/// their source and are checked by the generator beside them.
///
///     let tables = try LegacyEncodingTables { path in try String(contentsOf: gazetteers.url(for: path), encoding: .utf8) }
public struct LegacyEncodingTables: Sendable {
    /// The files, relative to `Gazetteers/`.
    public static let tcvn3Path = "encodings/tcvn3.tsv", vniPath = "encodings/vni.tsv"

    /// The TCVN3 table.
    public let tcvn3: ByteTable
    /// The VNI-Windows table.
    public let vni: ByteTable

    /// Creates the pair from tables already read.
    public init(tcvn3: ByteTable, vni: ByteTable) {
        self.tcvn3 = tcvn3
        self.vni = vni
    }

    /// Reads both tables.
    ///
    /// - Parameter read: the content of a file, given its path relative to `Gazetteers/` (the caller does the I/O).
    /// - Throws: what `read` throws, or an ``EncodingTableError`` naming the file and line of a bad row.
    /// - Complexity: O(n) in the size of the two files.
    public init(reading read: (String) throws -> String) throws {
        tcvn3 = try ByteTable(parsing: read(Self.tcvn3Path), file: Self.tcvn3Path)
        vni = try ByteTable(parsing: read(Self.vniPath), file: Self.vniPath)
    }

    /// The table of a table-driven encoding; nil for UTF-8 and Windows-1258.
    public func table(for encoding: TextEncoding) -> ByteTable? {
        switch encoding {
        case .tcvn3: return tcvn3
        case .vni: return vni
        case .utf8, .cp1258: return nil
        }
    }
}
