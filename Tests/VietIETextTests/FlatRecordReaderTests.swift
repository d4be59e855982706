import Foundation
import PropertyBased
import Testing
import VietIECore
@testable import VietIEText

/// The direct reader of common input records returns what the general JSON decoder returns, or declines.
struct FlatRecordReaderTests {
    /// The members the decoder reads from a line (nil when it cannot).
    static func decoded(_ line: [UInt8]) -> JSONValue? {
        (try? JSONDecoder().decode(RecordFields.self, from: Data(line)))?.object
    }

    static func direct(_ line: [UInt8]) -> JSONValue? {
        FlatRecordReader.read(line, wanted: RecordFields.names).map { .object($0) }
    }

    @Test func commonLines_areReadAsTheDecoderReadsThem() {
        let lines = [
            #"{"id": "a1", "text": "Sáng ngày 21/9, đồng chí Nguyễn Anh Đức", "published": "2021-09-23"}"#,
            #"{"id":"a2","text":"x","published":null,"url":"https:\/\/a.vn\/b","title":"T\u00edt \"l\u1ebd\"","extra":"y"}"#,
            #"  { "text" : "\ud83d\ude00 \\ \b\f\n\r\t", "id" : "" }  "#,
            #"{"source_url":"https://a.vn","id":"a3","text":"Ho\u0300a"}"#,
            #"{}"#,
        ]
        for line in lines {
            let bytes = Array(line.utf8)
            let direct = Self.direct(bytes)
            #expect(direct != nil, "\(line)")
            #expect(direct == Self.decoded(bytes), "\(line)")
        }
    }

    @Test func otherShapes_areLeftToTheGeneralReader() {
        let lines = [
            #"{"id":7,"text":"x"}"#, #"{"id":"a","text":"x","tags":["a"]}"#, #"{"id":"a","id":"b","text":"x"}"#,
            #"{"id":"a","text":"\ud800"}"#, #"{"id":"a","text":"\x"}"#, #"{"id":"a","text":"x"} tail"#,
            #"{"id":"a","text":"x",}"#, #"[1]"#, #"{"id":"a","text":"x""#, #"{"id":"a","text":true}"#,
        ]
        for line in lines { #expect(Self.direct(Array(line.utf8)) == nil, "\(line)") }
    }

    /// Lines put together from pieces of JSON, valid or not: whenever the direct reader reads one, the decoder reads
    /// the same members from it.
    static let pieces: [String] = [
        "{", "}", "\"", "\"id\"", "\"text\"", "\"url\"", "\"title\"", "\"published\"", "\"source_url\"", "\"x\"", ":",
        ",", " ", "null", "nul", "7", "true", "[", "]", "\\", "\\\"", "\\u", "00e9", "d83d", "\\ude00", "\\ud800", "\\n",
        "\\/", "\\q", "Hoà", "e\u{301}", "😀", "\u{2028}", "a", "2021-09-23",
    ]
    static let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24).map { $0.map { pieces[$0] }.joined() }

    @Test func anyLine_directReadAgreesWithTheDecoder() async {
        await propertyCheck(count: 2000, input: Self.generator) { line in
            let bytes = Array(line.utf8)
            if let direct = Self.direct(bytes) { #expect(direct == Self.decoded(bytes), "\(line.debugDescription)") }
        }
        // Records of the common shape with any of the pieces inside their strings.
        let inside = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...12).map { $0.map { Self.pieces[$0] }.joined() }
        await propertyCheck(count: 2000, input: inside) { s in
            let line = #"{"id": "p", "text": ""# + s + #"", "title": null}"#
            let bytes = Array(line.utf8)
            if let direct = Self.direct(bytes) { #expect(direct == Self.decoded(bytes), "\(line.debugDescription)") }
        }
    }
}
