import Foundation
import Testing
import VietIECore
import VietIETestSupport

/// Runs the real `vietie` binary, as users do.
struct CLITests {
    static let repository = TestProcess.repository
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")

    static var binary: URL { TestProcess.vietie }

    typealias Run = TestProcess.Run

    static func run(_ arguments: [String], stdin: Data? = nil, cwd: URL? = nil) throws -> Run {
        try TestProcess.run(binary, arguments, stdin: stdin, cwd: cwd)
    }

    static func records(_ s: String) throws -> [JSONValue] {
        try s.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
    }

    /// Checks that every span in a record slices `text` exactly (code points).
    static func checkOffsets(_ record: JSONValue, text: String) {
        let scalars = Array(text.unicodeScalars)
        for key in ["entities", "statistics"] {
            for e in record[key]?.arrayValue ?? [] {
                let s = Int(e["start"]!.doubleValue!), t = Int(e["end"]!.doubleValue!)
                #expect(s >= 0 && s <= t && t <= scalars.count)
                guard s >= 0 && s <= t && t <= scalars.count else { continue }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[s..<t])
                #expect(String(view).unicodeScalars.elementsEqual(e["text"]!.stringValue!.unicodeScalars))
            }
        }
    }

    @Test func readmeSampleCommand_annotatesTheSampleArticle() throws {
        // The README's first command, run from another working directory.
        let r = try Self.run(["annotate", Self.repository.appendingPathComponent("Examples/sample-article.txt").path],
                             cwd: FileManager.default.temporaryDirectory)
        #expect(r.status == 0, "\(r.stderr)")
        let recs = try Self.records(r.stdout)
        #expect(recs.count == 1)
        #expect(recs[0]["id"]?.stringValue == "sample-article.txt")
        #expect(recs[0]["document"]?["published"]?.stringValue == "2021-08-14")
        let text = try String(contentsOf: Self.repository.appendingPathComponent("Examples/sample-article.txt"), encoding: .utf8)
        Self.checkOffsets(recs[0], text: text)
    }

    @Test func jsonlOverTheDevTexts_oneRecordPerLineInOrder() throws {
        var lines: [String] = []
        var texts: [String: String] = [:]
        for name in ["seeds.gold.jsonl", "news.gold.jsonl"] {
            guard let data = try? Data(contentsOf: Self.shared.appendingPathComponent("dev/\(name)")) else { continue }
            for line in data.split(separator: 0x0A) {
                let v = try JSONValue(parsing: line)
                let id = v["id"]!.stringValue!, text = v["text"]!.stringValue!
                texts[id] = text
                lines.append(JSONValue.object([("id", .string(id)), ("text", .string(text)), ("published", v["published"] ?? .null)]).serialized)
            }
        }
        try #require(!lines.isEmpty, "../shared/dev is not beside the repository")
        let r = try Self.run(["annotate", "--jsonl"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let recs = try Self.records(r.stdout)
        #expect(recs.count == lines.count)
        for (rec, line) in zip(recs, lines) {
            let id = try JSONValue(parsing: line)["id"]!.stringValue!
            #expect(rec["id"]?.stringValue == id)
            #expect(rec["error"] == nil)
            Self.checkOffsets(rec, text: texts[id]!)
        }
    }

    @Test func malformedLines_giveErrorRecordsAndNonZeroExit() throws {
        let input = """
        {"id":"a","text":"Sáng ngày 21/9, đồng chí Nguyễn Anh Đức làm việc."}
        {"id":"b","text":
        {"id":"c"}
        not json at all

        {"id":"d","text":"Tỉnh uỷ Khánh Hoà","published":"2021-10-08"}
        """
        let r = try Self.run(["annotate", "--jsonl", "-"], stdin: Data(input.utf8))
        #expect(r.status == 1)
        let recs = try Self.records(r.stdout)
        #expect(recs.map { $0["id"]?.stringValue } == ["a", "line-2", "c", "line-4", "d"])
        #expect(recs.map { $0["error"] != nil } == [false, true, true, true, false])
        #expect(r.stderr.contains("line 3: missing \"text\""))
    }

    @Test func invalidUTF8Line_isAnErrorRecordOnly() throws {
        var input = Data(#"{"id":"x","text":"ok"}"#.utf8)
        input.append(0x0A)
        input.append(contentsOf: [0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A])
        let r = try Self.run(["annotate", "--jsonl"], stdin: input)
        #expect(r.status == 1)
        let recs = try Self.records(r.stdout)
        #expect(recs.count == 2 && recs[0]["error"] == nil && recs[1]["error"]?.stringValue?.contains("invalid UTF-8") == true)
    }

    @Test func htmlFile_isAnnotatedWithItsExtractedText() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-cli-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let html = dir.appendingPathComponent("bai.html")
        try Data("<html><body><nav>Trang chủ</nav><p>Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì.</p></body></html>".utf8).write(to: html)
        let empty = dir.appendingPathComponent("rong.txt")
        try Data().write(to: empty)
        let out = dir.appendingPathComponent("out.jsonl")
        let r = try Self.run(["annotate", html.path, empty.path, "--out", out.path])
        #expect(r.status == 1)
        let recs = try Self.records(String(decoding: try Data(contentsOf: out), as: UTF8.self))
        #expect(recs.count == 2)
        #expect(recs[0]["text"]?.stringValue == "Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì.")
        #expect(recs[1]["error"]?.stringValue == "empty input")
    }

    @Test func benchmark_goldAgainstItselfIsPerfect() throws {
        let gold = Self.shared.appendingPathComponent("dev/seeds.gold.jsonl").path
        try #require(FileManager.default.fileExists(atPath: gold))
        let r = try Self.run(["benchmark", "--gold", gold, "--pred", gold])
        #expect(r.status == 0)
        let scores = r.stdout.split(separator: "\n").filter { $0.contains(".") && !$0.hasPrefix("documents") }
        #expect(scores.count == 12)
        for line in scores {
            let numbers = line.split(separator: " ").filter { $0.contains(".") }
            #expect(numbers.allSatisfy { $0 == "1.000" }, "\(line)")
        }
        let json = try Self.run(["benchmark", "--gold", gold, "--pred", gold, "--json"])
        let v = try JSONValue(parsing: json.stdout)
        #expect(v["micro_strict"]?["f1"]?.doubleValue == 1)
    }
}
