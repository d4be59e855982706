import VietIECore

/// Reads the common shape of an input record straight from its bytes: one JSON object whose members are strings
/// or `null`, each name once, nothing around it but spaces — `{"id": "a1", "text": "...", "published": "2021-10-08"}`.
///
/// Anything else (a number, a boolean, an array or an object as a value, a name written twice, an escape that is not
/// JSON's or a lone UTF-16 surrogate, a line break, a control character, text after the object) is not read here:
/// ``read(_:)`` returns nil and the caller's general JSON reader decides, and names what is wrong. For the lines it
/// reads, the members it returns are those the general reader returns.
///
///     FlatRecordReader.read(Array(#"{"id": "a1", "text": "Sáng 21/9"}"#.utf8))
///     // [("id", "a1"), ("text", "Sáng 21/9")] as JSON values, sorted by name
enum FlatRecordReader {
    /// The members named in `wanted` (sorted by name, as a decoder gives them), from a line of valid UTF-8; nil when
    /// the line is not of the common shape.
    ///
    /// - Complexity: O(n) in the length of the line.
    static func read(_ bytes: [UInt8], wanted: [String]) -> [(String, JSONValue)]? {
        bytes.withUnsafeBufferPointer { p in
            var r = Reader(p: p)
            return r.object(wanted: wanted)
        }
    }

    private struct Reader {
        let p: UnsafeBufferPointer<UInt8>
        var i = 0

        init(p: UnsafeBufferPointer<UInt8>) { self.p = p }

        mutating func spaces() { while i < p.count, p[i] == 0x20 { i += 1 } }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < p.count, p[i] == b else { return false }
            i += 1
            return true
        }

        mutating func object(wanted: [String]) -> [(String, JSONValue)]? {
            spaces()
            guard take(0x7B) else { return nil }
            var names: [[UInt8]] = []
            var found: [(String, JSONValue)] = []
            spaces()
            if !take(0x7D) {
                repeat {
                    spaces()
                    guard take(0x22), let name = string() else { return nil }
                    guard !names.contains(name) else { return nil }
                    names.append(name)
                    spaces()
                    guard take(0x3A) else { return nil }
                    spaces()
                    let value: JSONValue
                    if take(0x22) {
                        guard let s = string() else { return nil }
                        value = .string(String(decoding: s, as: UTF8.self))
                    } else if p.count - i >= 4, p[i] == 0x6E, p[i + 1] == 0x75, p[i + 2] == 0x6C, p[i + 3] == 0x6C {
                        i += 4
                        value = .null
                    } else {
                        return nil
                    }
                    let key = String(decoding: name, as: UTF8.self)
                    if wanted.contains(where: { $0.utf8.elementsEqual(name) }) { found.append((key, value)) }
                    spaces()
                } while take(0x2C)
                guard take(0x7D) else { return nil }
            }
            spaces()
            guard i == p.count else { return nil }
            return found.sorted { $0.0 < $1.0 }
        }

        /// The bytes of a string whose opening quote has been read, up to and past its closing quote; nil for a
        /// control character, an escape JSON has not, or a lone surrogate.
        mutating func string() -> [UInt8]? {
            var out: [UInt8] = []
            while true {
                // A run of plain bytes is copied whole; most strings are one run, an article's text a run per line.
                let run = i
                var j = i
                while j < p.count {
                    let b = p[j]
                    if b == 0x22 || b == 0x5C || b < 0x20 { break }
                    j += 1
                }
                i = j
                guard i < p.count, p[i] >= 0x20 else { return nil }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                if p[i] == 0x22 { i += 1; return out }
                guard i + 1 < p.count else { return nil }
                let e = p[i + 1]
                i += 2
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard var unit = hex4() else { return nil }
                    if (0xDC00...0xDFFF).contains(unit) { return nil }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard take(0x5C), take(0x75), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(unit) else { return nil }
                    out.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
            }
        }

        mutating func hex4() -> UInt32? {
            guard p.count - i >= 4 else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = p[i]
                let d: UInt8
                switch b {
                case 0x30...0x39: d = b - 0x30
                case 0x41...0x46: d = b - 0x41 + 10
                case 0x61...0x66: d = b - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }
    }
}
