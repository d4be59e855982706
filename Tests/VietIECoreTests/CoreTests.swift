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
