import Testing
@testable import VietIECore

struct SpanTests {
    @Test func overlapAndContainment() {
        let a = Span(start: 0, end: 5), b = Span(start: 4, end: 9), c = Span(start: 5, end: 7)
        #expect(a.overlaps(b) && !a.overlaps(c))
        #expect(Span(start: 0, end: 10).contains(c) && !c.contains(a))
        #expect([b, a, c].sorted() == [a, b, c])
    }

    @Test func documentSlices_countCodePoints() {
        let d = Document(id: "x", text: "Hoa\u{300} 😀 Bình")   // NFD "Hoà": 4 code points
        #expect(d.length == 11)
        #expect(d.text(of: Span(start: 0, end: 4)).unicodeScalars.count == 4)
        #expect(d.text(of: Span(start: 5, end: 6)) == "😀")
        #expect(d.text(of: Span(start: 7, end: 11)) == "Bình")
    }
}

struct InvariantTests {
    @Test func matchingSpans_pass() throws {
        let d = Document(id: "x", text: "Phường An Lộc")
        let e = Entity(type: .location, span: Span(start: 0, end: 13), text: "Phường An Lộc", provenance: Provenance(rule: "t"))
        try Annotation(document: d, entities: [e]).checkInvariants()
    }

    @Test func shiftedOrCanonicallyEquivalentText_fails() {
        let d = Document(id: "x", text: "Khánh Hoà")
        let shifted = Entity(type: .location, span: Span(start: 1, end: 9), text: "Khánh Hoà", provenance: Provenance(rule: "t"))
        #expect(throws: InvariantViolation.self) { try Annotation(document: d, entities: [shifted]).checkInvariants() }
        // "Hoà" precomposed vs decomposed are == in Swift, but not the same code points.
        let nfd = Entity(type: .location, span: Span(start: 0, end: 9), text: "Khánh Hoa\u{300}", provenance: Provenance(rule: "t"))
        #expect(throws: InvariantViolation.self) { try Annotation(document: d, entities: [nfd]).checkInvariants() }
        let outside = Entity(type: .location, span: Span(start: 5, end: 20), text: "x", provenance: Provenance(rule: "t"))
        #expect(throws: InvariantViolation.self) { try Annotation(document: d, entities: [outside]).checkInvariants() }
    }
}

struct JSONValueTests {
    @Test func writesCompactOrderedJSON() {
        let v: JSONValue = .object([("id", "a\"b\\\n"), ("value", .number(6360)), ("ratio", .number(6.5)), ("none", .null),
                                    ("list", .array([true, 1])), ("vi", "Tỉnh ủy\u{1}")])
        #expect(v.serialized == #"{"id":"a\"b\\\n","value":6360,"ratio":6.5,"none":null,"list":[true,1],"vi":"Tỉnh ủy\u0001"}"#)
    }

    @Test func readsWhatItWrites() throws {
        let v: JSONValue = .object([("a", .array([.number(1.5), .string("Đ/c \u{2028}"), .bool(false), .null]))])
        let back = try JSONValue(parsing: v.serialized)
        #expect(back == v)
        #expect(throws: JSONReadError.self) { try JSONValue(parsing: "{\"a\":") }
    }
}

struct JSONWriterTests {
    static let value: JSONValue = .object([
        ("id", "a\"1\\\n\u{2028}"), ("n", .number(6360)), ("x", .number(6.5)), ("neg", .number(-3)), ("none", .null),
        ("list", .array([.string("Tỉnh ủy"), .array([]), .object([]), .array([.number(1), .number(2)])])),
        ("inner", .object([("b", .bool(true)), ("s", .string(nil))])),
    ])

    /// Writes `value` through the writer's calls, as a record writer does.
    static func write(_ v: JSONValue, _ w: inout some JSONOutput) {
        switch v {
        case .object(let members): w.object { w in for (k, x) in members { w.key(k); write(x, &w) } }
        case .array(let items): w.array { w in for x in items { write(x, &w) } }
        case .string(let s): w.string(s)
        case .number(let d): w.number(d)
        case .null: w.string(nil)
        default: w.value(v)
        }
    }

    @Test func bytes_equalTheValuesOwnSerialization() {
        var w = JSONWriter()
        Self.write(Self.value, &w)
        #expect(String(decoding: w.bytes, as: UTF8.self) == Self.value.serialized)
        // The same walk into a tree gives the value back, members in their order.
        var b = JSONTreeBuilder()
        Self.write(Self.value, &b)
        #expect(b.value == Self.value)
    }

    @Test func attributes_areWrittenInKeyOrder() {
        var w = JSONWriter()
        w.object { w in w.key("type"); w.string("PERSON"); w.members(sortedFrom: ["z": 1, "a": "x", "m": .null]) }
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"type":"PERSON","a":"x","m":null,"z":1}"#)
    }
}

struct UTF8SearchTests {
    @Test func findsAWordByItsBytes() {
        #expect("ban dân vận trung ương".containsBytes("trung ương"))
        #expect("ban dân vận trung ương".containsBytes("ban"))
        #expect("ban dân vận trung ương".containsBytes(""))
        #expect(!"ban dân vận".containsBytes("trung ương"))
        #expect(!"tw".containsBytes("tw."))
        // "a" is no part of "à" (one scalar in NFC).
        #expect(!"bà".containsBytes("ba"))
    }

    @Test func startsWithAPrefixByItsBytes() {
        for (text, prefix) in [("ủy ban nhân dân tỉnh", "ủy ban "), ("quarantine_home", "quarantine"), ("ĐT741", "ĐT"), ("x", ""), ("", "")] {
            #expect(text.hasPrefixBytes(prefix) && text.hasPrefix(prefix), "\(text) \(prefix)")
        }
        for (text, prefix) in [("ủy ban", "ủy ban "), ("bà rịa", "ba"), ("contacts", "contacts_"), ("", "a"), ("sở y tế", "sớ")] {
            #expect(!text.hasPrefixBytes(prefix) && !text.hasPrefix(prefix), "\(text) \(prefix)")
        }
        // A combining mark after the prefix makes its last character another one (NFC has no "L" with grave).
        for (text, prefix) in [("QL\u{300}1A", "QL"), ("ĐT\u{300}741", "ĐT"), ("sở\u{323} y tế", "sở"), ("ab\u{200D}c", "ab")] {
            #expect(!text.hasPrefixBytes(prefix) && !text.hasPrefix(prefix), "\(text.debugDescription) \(prefix)")
        }
        // A Vietnamese letter after the prefix starts a character of its own.
        for (text, prefix) in [("ủy ban đồng tháp", "ủy ban "), ("sởi", "sở"), ("hội đồng", "hội "), ("thành phố", "thà")] {
            #expect(text.hasPrefixBytes(prefix) && text.hasPrefix(prefix), "\(text) \(prefix)")
        }
        // A short string and a long one (over 15 bytes: stored outside the string value) on either side.
        let long = "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Bình Phước"
        #expect(long.hasPrefixBytes(String(long.prefix(20))) && !String(long.prefix(20)).hasPrefixBytes(long))
    }

    @Test func byteBuffer_copiesOnWriteAndGrows() {
        var a = ByteBuffer(capacity: 2)
        for b in [UInt8](0..<40) { a.append(b) }   // grows past its capacity, byte by byte
        var b = a                                  // shares storage until written
        [UInt8](repeating: 7, count: 100).withUnsafeBufferPointer { b.append(bytes: $0) }
        #expect(a.array == [UInt8](0..<40))
        #expect(b.array == [UInt8](0..<40) + [UInt8](repeating: 7, count: 100))
        #expect(a.count == 40 && b.count == 140)
    }

    @Test func jsonWriter_escapesANameThatNeedsIt() {
        var w = JSONWriter(capacity: 1)
        w.object { w in w.key("a\"b"); w.number(1); w.key("ý"); w.string("x") }
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"a\"b":1,"ý":"x"}"#)
    }
}
