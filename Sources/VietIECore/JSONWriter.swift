/// Where a walk over a value writes its JSON: a value is an object or an array whose body writes its
/// members (each a ``key(_:)`` and its value) or items, or a string, number or ``JSONValue``.
/// ``JSONWriter`` writes UTF-8 bytes, ``JSONTreeBuilder`` builds the ``JSONValue``; one walk describes both.
public protocol JSONOutput {
    /// An object whose members `body` writes.
    mutating func object(_ body: (inout Self) -> Void)
    /// An array whose items `body` writes.
    mutating func array(_ body: (inout Self) -> Void)
    /// The name of the next member of an object; its value follows.
    mutating func key(_ name: String)
    /// A string, or `null` for nil.
    mutating func string(_ s: String?)
    /// A number.
    mutating func number(_ d: Double)
    /// Any value.
    mutating func value(_ v: JSONValue)
}

extension JSONOutput {
    /// A number from an integer.
    public mutating func number(_ n: Int) { number(Double(n)) }

    /// The members of `attributes` in key order.
    public mutating func members(sortedFrom attributes: [String: JSONValue]) {
        // (Most items have a handful of attributes: their positions are sorted in place on the stack, with no array made;
        // positions are plain values wherever there is no Objective-C bridging, as on Linux.)
        // (An insertion sort: a large map is sorted the general way.)
        guard _isPOD(Dictionary<String, JSONValue>.Index.self), attributes.count <= 16 else {
            for (k, v) in attributes.sorted(by: { $0.key < $1.key }) {
                key(k)
                value(v)
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Dictionary<String, JSONValue>.Index.self, capacity: attributes.count) { order in
            var n = 0
            for i in attributes.indices {
                var k = n
                while k > 0 && attributes[i].key < attributes[order[k - 1]].key {
                    order[k] = order[k - 1]
                    k -= 1
                }
                order[k] = i
                n += 1
            }
            for k in 0..<n {
                let (name, v) = attributes[order[k]]
                key(name)
                value(v)
            }
        }
    }
}

/// Builds the ``JSONValue`` a walk writes (``JSONOutput``).
///
///     var b = JSONTreeBuilder()
///     b.object { b in b.key("id"); b.string("a1") }
///     b.value   // .object([("id", .string("a1"))])
public struct JSONTreeBuilder: JSONOutput {
    /// The value written, once the walk is over (`null` before).
    public private(set) var value: JSONValue = .null
    /// The objects and arrays being written, innermost last: their values so far (an array's with no name) and the
    /// name waiting for its value.
    private var open: [(isObject: Bool, members: [(String, JSONValue)], key: String?)] = []

    /// Creates an empty builder.
    public init() {}

    private mutating func add(_ v: JSONValue) {
        guard !open.isEmpty else { value = v; return }
        open[open.count - 1].members.append((open[open.count - 1].key ?? "", v))
        open[open.count - 1].key = nil
    }

    private mutating func container(isObject: Bool, _ body: (inout JSONTreeBuilder) -> Void) {
        open.append((isObject, [], nil))
        body(&self)
        let done = open.removeLast()
        add(isObject ? .object(done.members) : .array(done.members.map(\.1)))
    }

    public mutating func object(_ body: (inout JSONTreeBuilder) -> Void) { container(isObject: true, body) }
    public mutating func array(_ body: (inout JSONTreeBuilder) -> Void) { container(isObject: false, body) }

    public mutating func key(_ name: String) {
        precondition(open.last?.isObject == true, "a member's name outside an object")
        open[open.count - 1].key = name
    }
    public mutating func string(_ s: String?) { add(.string(s)) }
    public mutating func number(_ d: Double) { add(.number(d)) }
    public mutating func value(_ v: JSONValue) { add(v) }
}

/// Writes compact JSON as UTF-8 bytes while a value is walked (``JSONOutput``), with no ``JSONValue`` tree
/// in between; the bytes are those ``JSONValue/write(to:)`` writes for the same value.
///
///     var w = JSONWriter()
///     w.object { w in
///         w.key("id"); w.string("a1")
///         w.key("length"); w.number(152)
///     }
///     String(decoding: w.bytes, as: UTF8.self)   // {"id":"a1","length":152}
public struct JSONWriter: JSONOutput {
    /// The JSON written so far.
    private var buffer: ByteBuffer
    /// True before the first item of the object or array being written (no comma before it).
    private var first = true

    /// Creates a writer whose buffer holds `capacity` bytes before it grows.
    public init(capacity: Int = 4096) { buffer = ByteBuffer(capacity: capacity) }

    /// The JSON written so far, as UTF-8 bytes.
    public var bytes: [UInt8] { buffer.array }

    private mutating func separate() {
        if !first { buffer.append(0x2C) }
        first = false
    }

    private mutating func container(_ opening: UInt8, _ closing: UInt8, _ body: (inout JSONWriter) -> Void) {
        separate()
        buffer.append(opening)
        first = true
        body(&self)
        buffer.append(closing)
        first = false
    }

    /// An object whose members `body` writes (each a ``key(_:)`` and its value).
    public mutating func object(_ body: (inout JSONWriter) -> Void) { container(0x7B, 0x7D, body) }

    /// An array whose items `body` writes.
    public mutating func array(_ body: (inout JSONWriter) -> Void) { container(0x5B, 0x5D, body) }

    /// The name of the next member of an object; its value follows.
    public mutating func key(_ name: String) {
        separate()
        // Names are ASCII words with nothing to escape: copied as they are between their quotes.
        var name = name
        let plain: Bool = name.withUTF8 { u in
            guard u.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else { return false }
            buffer.append(0x22)
            buffer.append(bytes: u)
            buffer.append(0x22)
            return true
        }
        if !plain { JSONValue.writeString(name, to: &buffer) }
        buffer.append(0x3A)
        first = true
    }

    /// A string, or `null` for nil.
    public mutating func string(_ s: String?) {
        separate()
        if let s { JSONValue.writeString(s, to: &buffer) } else { buffer.append(literal: "null") }
    }

    /// A number (integral values without a fraction, as ``JSONValue/number(_:)``).
    public mutating func number(_ d: Double) {
        separate()
        JSONValue.writeNumber(d, to: &buffer)
    }

    /// Any value.
    public mutating func value(_ v: JSONValue) {
        separate()
        v.write(into: &buffer)
    }
}
