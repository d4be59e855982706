import VietIECore

/// Why a document could not be read. Each becomes an `{"id", "error"}` record; the run goes on.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Turns raw bytes into text: UTF-8 with or without a byte-order mark, CRLF kept as written.
public enum InputDecoder {
    /// Documents larger than this are refused with a clear error (bytes).
    public static let defaultMaximumSize = 256 << 20

    /// Decodes UTF-8 bytes. The BOM is dropped (offsets count from the first character after it);
    /// NUL bytes mean binary input; invalid UTF-8 is reported with its byte offset.
    public static func decode(_ bytes: some Collection<UInt8>, maximumSize: Int = defaultMaximumSize)
        -> Result<(text: String, notes: [String]), InputError> {
        if bytes.count > maximumSize {
            return .failure(InputError("input too large: \(bytes.count) bytes (limit \(maximumSize))"))
        }
        var body = Array(bytes)
        var notes: [String] = []
        if body.count >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF {
            body.removeFirst(3)
            notes.append("utf8-bom")
        }
        if let nul = body.firstIndex(of: 0) {
            return .failure(InputError("binary input: NUL byte at offset \(nul)"))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(InputError("invalid UTF-8 at byte \(firstInvalidUTF8(body) ?? 0)"))
        }
        if body.contains(0x0D) { notes.append("crlf") }
        return .success((text, notes))
    }

    /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    public static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            if b[i + 1] < lo || b[i + 1] > hi { return i }
            for k in 2...max(2, need) where k <= need {
                if b[i + k] < 0x80 || b[i + k] > 0xBF { return i }
            }
            i += need + 1
        }
        return nil
    }
}
