import Foundation

/// A JSON value with object keys kept in insertion order, so output records read the same every run.
///
///     let record: JSONValue = .object([("id", "a1"), ("length", 152), ("title", .string(nil))])
///     record.serialized          // {"id":"a1","length":152,"title":null}
///     record["id"]?.stringValue  // "a1"
public enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; integral values are written without a fraction, non-finite ones as `null`.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, its members in the order given (written in that order; duplicates are not merged).
    case object([(String, JSONValue)])

    /// True when both are the same value; strings compare code point by code point (not by canonical
    /// equivalence), objects member by member in order.
    ///
    /// - Complexity: O(n) in the size of the smaller value.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Hashes the value's content, consistently with ``==(_:_:)``.
    ///
    /// - Complexity: O(n) in the size of the value.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o): for (k, v) in o { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// The member named `key` of an object (the first, if several), or nil for a missing member or a
    /// value that is not an object.
    ///
    /// - Complexity: O(n) in the number of members.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    /// The string of a `.string`, else nil.
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    /// The number of a `.number`, else nil.
    public var doubleValue: Double? { if case .number(let d) = self { return d }; return nil }
    /// The items of an `.array`, else nil.
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    /// True for `.null`.
    public var isNull: Bool { if case .null = self { return true }; return false }

    /// A string value, or `.null` for nil.
    public static func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    /// A `.string` from a string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A `.number` from an integer literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A `.bool` from `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

// MARK: - Writing

extension JSONValue {
    /// Compact JSON text (one line), with non-ASCII characters written as UTF-8.
    ///
    /// Control characters are escaped, and so are U+2028 and U+2029 (valid JSON that JavaScript readers
    /// do not accept raw).
    ///
    /// - Complexity: O(n) in the size of the output.
    public var serialized: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends compact JSON text to `out`.
    ///
    /// - Complexity: O(n) in the size of the output.
    public func write(to out: inout String) {
        out += serialized
    }

    /// Appends compact JSON text, UTF-8 encoded, to `out`.
    ///
    /// - Complexity: O(n) in the size of the output.
    public func write(to out: inout [UInt8]) { write(into: &out) }

    /// Appends compact JSON text, UTF-8 encoded, to a byte sink.
    func write(into out: inout some ByteSink) {
        switch self {
        case .null: out.append(literal: "null")
        case .bool(let b): if b { out.append(literal: "true") } else { out.append(literal: "false") }
        case .number(let d): JSONValue.writeNumber(d, to: &out)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            out.append(0x5B)
            for (i, v) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                v.write(into: &out)
            }
            out.append(0x5D)
        case .object(let members):
            out.append(0x7B)
            for (i, (k, v)) in members.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.writeString(k, to: &out)
                out.append(0x3A)
                v.write(into: &out)
            }
            out.append(0x7D)
        }
    }

    static func writeNumber(_ d: Double, to out: inout some ByteSink) {
        if !d.isFinite { out.append(literal: "null"); return }
        if d == d.rounded(), abs(d) < 9.0e15 {
            var n = Int64(d)
            if n < 0 { out.append(0x2D); n = -n }
            // Digits of n, most significant first.
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[count] = UInt8(0x30 + n % 10)
                    n /= 10
                    count += 1
                } while n > 0
                for k in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[k]) }
            }
            return
        }
        var text = "\(d)"
        text.withUTF8 { out.append(bytes: $0) }
    }

    static func writeString(_ s: String, to out: inout some ByteSink) {
        out.append(0x22)
        var s = s
        s.withUTF8 { utf8 in Self.escapeClass.withUnsafeBufferPointer { escapeClass in
            // Runs of plain bytes are copied whole (most strings are one run); the bytes between them escaped.
            var run = 0
            for k in utf8.indices where escapeClass[Int(utf8[k])] != 0 {
                let b = utf8[k]
                // U+2028 and U+2029 (E2 80 A8/A9) are valid JSON but break JavaScript readers: escape them.
                let separator = b >= 0xA8 && k >= 2 && utf8[k - 2] == 0xE2 && utf8[k - 1] == 0x80
                if b >= 0xA8 && !separator { continue }
                out.append(bytes: UnsafeBufferPointer(rebasing: utf8[run..<(separator ? k - 2 : k)]))
                run = k + 1
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0xA8: out.append(literal: "\\u2028")
                case 0xA9: out.append(literal: "\\u2029")
                default:
                    out.append(literal: "\\u00")
                    out.append(hexDigit(b >> 4)); out.append(hexDigit(b & 0xF))
                }
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: utf8[run...]))
        } }
        out.append(0x22)
    }

    /// 1 for the bytes a JSON string may need to escape: control characters, '"', '\\', and the last bytes of
    /// U+2028 and U+2029 (0xA8, 0xA9).
    private static let escapeClass: [UInt8] = (0...255).map { b in b < 0x20 || b == 0x22 || b == 0x5C || b == 0xA8 || b == 0xA9 ? 1 : 0 }

    @inline(__always) static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}

// MARK: - Reading

/// Why a JSON text could not be read.
public struct JSONReadError: Error, CustomStringConvertible, Sendable {
    /// The reason, starting `invalid JSON: ` and followed by the decoder's own words.
    public var description: String
}

extension JSONValue: Decodable {
    /// Parses one JSON text with Foundation's JSON decoder (object keys come back sorted by name).
    ///
    /// - Throws: ``JSONReadError`` with the decoder's reason when the text is not JSON.
    /// - Complexity: O(n) in the length of the text.
    public init(parsing bytes: some Collection<UInt8>) throws {
        let data = Data(bytes)
        do {
            self = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            // The decoder does not say where the text went wrong; Foundation's serialization does (error path only).
            do { _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
                throw JSONReadError(description: "invalid JSON: \(JSONValue.describe(error))")
            }
            throw JSONReadError(description: "invalid JSON: \(JSONValue.describe(error))")
        }
    }

    /// Parses one JSON text from a string.
    ///
    ///     let record = try JSONValue(parsing: #"{"id": "a1", "text": "..."}"#)
    ///
    /// - Throws: ``JSONReadError`` when the text is not JSON.
    /// - Complexity: O(n) in the length of the text.
    public init(parsing text: String) throws {
        try self.init(parsing: Array(text.utf8))
    }

    /// Any JSON value: null, a boolean, a number, a string, an array or an object.
    ///
    /// Object members come back sorted by name (a decoder does not give their order).
    ///
    /// - Throws: the decoder's `DecodingError` when the value is none of these.
    /// - Complexity: O(n) in the size of the value, plus O(k log k) to sort an object's k members.
    public init(from decoder: Decoder) throws {
        // Strings first: they are most of a record's values, and every failed guess costs a thrown error.
        if let value = try? decoder.singleValueContainer() {
            if let s = try? value.decode(String.self) { self = .string(s); return }
            if value.decodeNil() { self = .null; return }
            if let b = try? value.decode(Bool.self) { self = .bool(b); return }
            if let d = try? value.decode(Double.self) { self = .number(d); return }
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            let keys = object.allKeys.sorted { $0.stringValue < $1.stringValue }
            self = .object(try keys.map { ($0.stringValue, try object.decode(JSONValue.self, forKey: $0)) })
            return
        }
        var array = try decoder.unkeyedContainer()
        var items: [JSONValue] = []
        if let n = array.count { items.reserveCapacity(n) }
        while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
        self = .array(items)
    }

    /// An object member name.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?).flatMap { $0.userInfo[NSDebugDescriptionErrorKey] as? String }
            return underlying ?? context.debugDescription
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.keyNotFound(_, let context):
            return context.debugDescription
        default:
            let ns = error as NSError
            if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
            return ns.localizedDescription
        }
    }
}
