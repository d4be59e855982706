import VietIECore

/// Why a document could not be read. Each becomes an `{"id", "error"}` record; the run goes on.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong with the input, for the `error` field (e.g. "binary input: NUL byte at offset 12").
    public var description: String
    /// Creates an error with its message.
    public init(_ description: String) { self.description = description }
}

/// Turns raw UTF-8 bytes into text, with or without a byte-order mark, CRLF kept as written.
///
///     let decoded = try InputDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Huế".utf8)).get()
///     decoded.text    // "Huế"
///     decoded.notes   // ["utf8-bom"]
public enum InputDecoder {
    /// Documents larger than this are refused with a clear error (bytes).
    public static let defaultMaximumSize = 256 << 20

    /// Decodes UTF-8 bytes. The BOM is dropped (offsets count from the first character after it);
    /// NUL bytes mean binary input; invalid UTF-8 is reported with its byte offset. (Files in other
    /// encodings: ``TextDecoder``.)
    ///
    /// - Returns: the text and notes ("utf8-bom", "crlf"), or the ``InputError`` that says why it cannot be read.
    /// - Complexity: O(n) in the number of bytes.
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
