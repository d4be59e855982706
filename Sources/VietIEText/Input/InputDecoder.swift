import VietIECore

/// Why a document could not be read. Each becomes an `{"id", "error"}` record; the run goes on.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Turns raw UTF-8 bytes into text, with or without a byte-order mark, CRLF kept as written.
public enum InputDecoder {
    /// Documents larger than this are refused with a clear error (bytes).
    public static let defaultMaximumSize = 256 << 20

    /// Decodes UTF-8 bytes. The BOM is dropped (offsets count from the first character after it);
    /// NUL bytes mean binary input; invalid UTF-8 is reported with its byte offset. (Files in other
    /// encodings: ``TextDecoder``.)
    public static func decode(_ bytes: some Collection<UInt8>, maximumSize: Int = defaultMaximumSize)
        -> Result<(text: String, notes: [String]), InputError> {
        TextDecoder(choice: .fixed(.utf8), tables: nil, maximumSize: maximumSize).decode(bytes).map { ($0.text, $0.notes) }
    }

    /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    ///
    /// - Complexity: O(n).
    public static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        UTF8Scan.firstInvalid(b)
    }
}
