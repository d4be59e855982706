/// Turns a whole file's bytes into text, in a given encoding or the one that fits.
///
/// UTF-8 (with or without a byte-order mark) is read as is. TCVN3 and VNI go through their byte tables,
/// Windows-1258 through ICU; their decoded text is NFC-normalized (legacy encodings often write tone marks
/// as separate characters), and offsets count the characters of that decoded text. With ``EncodingChoice/auto``,
/// valid UTF-8 is UTF-8; other bytes are tried in each legacy encoding and the decoding that reads best as
/// Vietnamese wins, if it reads well enough (``EncodingDetector``); nothing is guessed otherwise.
///
///     let decoder = TextDecoder(choice: .auto, tables: tables)
///     let decoded = try decoder.decode(bytes).get()   // decoded.encoding == .tcvn3, decoded.text == "Hà Nội"
///
/// - Complexity: O(n); auto-detection decodes a bounded sample (``EncodingDetector/sampleSize``) three times.
public struct TextDecoder: Sendable {
    /// The encoding asked for.
    public var choice: EncodingChoice
    /// The TCVN3 and VNI tables; without them only UTF-8 and Windows-1258 can be read.
    public var tables: LegacyEncodingTables?
    /// Inputs larger than this are refused with a clear error (bytes).
    public var maximumSize: Int

    /// UTF-8 only: the decoder of text that is UTF-8 by definition.
    public static let utf8 = TextDecoder(choice: .fixed(.utf8), tables: nil)

    /// Creates a decoder.
    ///
    /// - Parameters:
    ///   - choice: the encoding to read, or `.auto` to detect it.
    ///   - tables: the TCVN3 and VNI tables, or nil to read only UTF-8 and Windows-1258.
    ///   - maximumSize: the largest input accepted, in bytes.
    public init(choice: EncodingChoice, tables: LegacyEncodingTables?, maximumSize: Int = InputDecoder.defaultMaximumSize) {
        self.choice = choice
        self.tables = tables
        self.maximumSize = maximumSize
    }

    /// Decodes a whole file.
    ///
    /// - Returns: the text with the encoding it was read in and notes ("utf8-bom", "crlf"), or an
    ///   ``InputError``: too large, UTF-16, binary (NUL bytes), invalid UTF-8 (with its byte offset), or
    ///   bytes that no legacy encoding reads as Vietnamese.
    /// - Complexity: O(n) in the number of bytes.
    public func decode(_ input: some Collection<UInt8>) -> Result<DecodedText, InputError> {
        if input.count > maximumSize {
            return .failure(InputError("input too large: \(input.count) bytes (limit \(maximumSize))"))
        }
        var bytes = Array(input)
        var notes: [String] = []
        var choice = self.choice
        if choice == .auto || choice == .fixed(.utf8), bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            notes.append("utf8-bom")
            choice = .fixed(.utf8)   // a byte-order mark settles it
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(InputError("UTF-16 input (it starts with a UTF-16 byte-order mark): convert it to UTF-8"))
        }
        if let nul = UTF8Scan.firstIndex(of: 0, in: bytes) {
            return .failure(InputError("binary input: NUL byte at offset \(nul)"))
        }
        if UTF8Scan.firstIndex(of: 0x0D, in: bytes) != nil { notes.append("crlf") }
        let encoding: TextEncoding
        switch choice {
        case .fixed(let given):
            encoding = given
        case .auto:
            if let text = String(validating: bytes, as: UTF8.self) {
                return .success(DecodedText(text: text, encoding: .utf8, detected: true, notes: notes))
            }
            switch EncodingDetector.detect(bytes, decoder: self) {
            case .success(let found): encoding = found
            case .failure(let error): return .failure(error)
            }
        }
        let detected = self.choice == .auto
        if encoding == .utf8 {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(InputError("invalid UTF-8 at byte \(InputDecoder.firstInvalidUTF8(bytes) ?? 0)"))
            }
            return .success(DecodedText(text: text, encoding: .utf8, detected: detected, notes: notes))
        }
        guard let scalars = scalars(bytes, as: encoding) else {
            return .failure(InputError("no \(encoding.displayName) table is loaded"))
        }
        return .success(DecodedText(text: NFCText.string(scalars), encoding: encoding, detected: detected, notes: notes))
    }

    /// The code points of `bytes` in `encoding`, as written (not normalized); nil when the encoding's table
    /// is not loaded or the bytes are not UTF-8 when UTF-8 is asked for.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public func scalars(_ bytes: [UInt8], as encoding: TextEncoding) -> [UInt32]? {
        switch encoding {
        case .utf8: return String(validating: bytes, as: UTF8.self).map { $0.unicodeScalars.map(\.value) }
        case .cp1258: return ICUCharset.decode(bytes, charset: "windows-1258")
        case .tcvn3, .vni: return tables?.table(for: encoding)?.decode(bytes)
        }
    }
}

/// A decoded file: its text, the encoding it was read in, and what the decoder noticed.
///
///     let decoded = try TextDecoder(choice: .auto, tables: tables).decode(bytes).get()
///     (decoded.encoding, decoded.detected)   // (.vni, true) for a file written in a VNI font
public struct DecodedText: Sendable, Equatable {
    /// The text (NFC when it came from a legacy encoding).
    public var text: String
    /// The encoding the bytes were read in.
    public var encoding: TextEncoding
    /// True when auto-detection chose the encoding, false when it was given.
    public var detected: Bool
    /// "utf8-bom", "crlf".
    public var notes: [String]
}
