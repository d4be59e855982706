import Foundation
import Testing
import VietIECore

/// `vietie annotate --encoding`: legacy-encoded files give the annotation of their Unicode original.
struct EncodingCLITests {
    static let fixtures = CLITests.repository.appendingPathComponent("Tests/Fixtures/encodings")

    static func entities(_ record: JSONValue) -> [String] {
        (record["entities"]?.arrayValue ?? []).map { e in
            "\(e["type"]?.stringValue ?? "") \(e["start"]?.doubleValue ?? -1)-\(e["end"]?.doubleValue ?? -1) \(e["text"]?.stringValue ?? "")"
        }
    }

    @Test func legacyFixtures_annotateLikeTheUnicodeOriginal() throws {
        let names = ["utf8", "tcvn3", "vni", "cp1258"].map { Self.fixtures.appendingPathComponent("seed.\($0).txt").path }
        let r = try CLITests.run(["annotate"] + names)
        #expect(r.status == 0, "\(r.stderr)")
        let recs = try CLITests.records(r.stdout)
        try #require(recs.count == 4)
        let original = try String(contentsOf: Self.fixtures.appendingPathComponent("seed.utf8.txt"), encoding: .utf8)
        let expected = Self.entities(recs[0])
        #expect(expected.count > 20)
        #expect(recs[0]["document"]?["encoding"]?.stringValue == "utf8")
        #expect(recs[0]["text"] == nil)
        for (rec, encoding) in zip(recs.dropFirst(), ["tcvn3", "vni", "cp1258"]) {
            #expect(rec["document"]?["encoding"]?.stringValue == encoding)
            #expect(rec["document"]?["sources"]?["encoding"]?.stringValue == "detected")
            #expect(rec["text"]?.stringValue == original, "\(encoding): the decoded text is written")
            #expect(Self.entities(rec) == expected, "\(encoding)")
            CLITests.checkOffsets(rec, text: original)
        }
    }

    @Test func givenEncoding_isUsedAndSaid() throws {
        let r = try CLITests.run(["annotate", "--encoding", "vni", Self.fixtures.appendingPathComponent("seed.vni.txt").path])
        #expect(r.status == 0, "\(r.stderr)")
        let rec = try #require(try CLITests.records(r.stdout).first)
        #expect(rec["document"]?["encoding"]?.stringValue == "vni")
        #expect(rec["document"]?["sources"]?["encoding"]?.stringValue == "given")
        // UTF-8 only: the legacy file is an error record, and the exit status says so.
        let strict = try CLITests.run(["annotate", "--encoding", "utf8", Self.fixtures.appendingPathComponent("seed.tcvn3.txt").path])
        #expect(strict.status == 1)
        #expect(try CLITests.records(strict.stdout).first?["error"]?.stringValue?.hasPrefix("invalid UTF-8 at byte") == true)
    }

    @Test func encodingOption_isValidated() throws {
        let bogus = try CLITests.run(["annotate", "--encoding", "latin1", "x.txt"])
        #expect(bogus.status == 64)
        #expect(bogus.stderr.contains("--encoding must be one of auto, utf8, tcvn3, vni, cp1258"))
        let jsonl = try CLITests.run(["annotate", "--jsonl", "--encoding", "tcvn3"], stdin: Data())
        #expect(jsonl.status == 64)
        #expect(jsonl.stderr.contains("JSON Lines input is UTF-8"))
    }

    @Test func legacyStandardInput_isOneWholeFile() throws {
        let r = try CLITests.run(["annotate"], stdin: try Data(contentsOf: Self.fixtures.appendingPathComponent("seed.tcvn3.txt")))
        #expect(r.status == 0, "\(r.stderr)")
        let rec = try #require(try CLITests.records(r.stdout).first)
        #expect(rec["id"]?.stringValue == "stdin")
        #expect(rec["document"]?["encoding"]?.stringValue == "tcvn3")
    }
}
