import Foundation
import Testing
import VietIECore

/// `--format html` of `vietie annotate` and `vietie graph`, run as users run them.
struct HTMLFormatCLITests {
    static let input = """
    {"id": "a1", "text": "Chiều 8/10, đồng chí Trần Tuệ Hiền - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước chủ trì hội nghị.", "published": "2021-10-08"}
    {"id": "bad"}
    {"id": "a3", "text": "Sáng 21/9, đồng chí Nguyễn Anh Đức làm việc tại phường An Lộc."}

    """

    static func scratch(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-html-cli-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func annotateHTML_writesOnePageWithEveryRecordInOrder() throws {
        let r = try CLITests.run(["annotate", "--jsonl", "--format", "html"], stdin: Data(Self.input.utf8))
        #expect(r.status == 1)   // the bad line failed, and its error box is in the page
        #expect(r.stderr.contains("bad: line 2: missing \"text\""))
        #expect(r.stdout.hasPrefix("<!DOCTYPE html>\n") && r.stdout.hasSuffix("</html>\n"))
        #expect(r.stdout.components(separatedBy: "<!DOCTYPE html>").count == 2)
        let sections = r.stdout.components(separatedBy: "<section class=\"doc").dropFirst().map { $0.prefix { $0 != ">" } }
        #expect(sections == ["\" id=\"d0\"", " failed\" id=\"d1\"", "\" id=\"d2\""])
        #expect(r.stdout.contains("<span class=\"n\">3</span>a3</h2>"))
        #expect(r.stdout.contains("<div class=\"errorbox\" role=\"alert\"><strong>Not annotated:</strong> line 2: missing &quot;text&quot;</div>"))
        #expect(r.stdout.contains("data-type=\"PERSON\" data-i=\"1\" id=\"d0-1\" data-label=\"PER\""))
    }

    @Test func annotateHTML_out_isWrittenAtomically_andJSONLStaysTheDefault() throws {
        let dir = try Self.scratch("annotate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("page.html")
        let r = try CLITests.run(["annotate", "--jsonl", "--format", "html", "--out", out.path], stdin: Data(Self.input.utf8))
        #expect(r.status == 1 && r.stdout.isEmpty)
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<nav class=\"index\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["page.html"])
        let jsonl = try CLITests.run(["annotate", "--jsonl"], stdin: Data(Self.input.utf8))
        #expect(try CLITests.records(jsonl.stdout).map { $0["id"]?.stringValue } == ["a1", "bad", "a3"])
        let unknown = try CLITests.run(["annotate", "--format", "pdf"], stdin: Data())
        #expect(unknown.status == 64)
    }

    @Test func graphHTML_drawsTheSeedsGraph() throws {
        let dir = try Self.scratch("graph")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("graph.html")
        let seeds = CLITests.shared.appendingPathComponent("dev/seeds.gold.jsonl").path
        let r = try CLITests.run(["graph", "--jsonl", seeds, "--format", "html", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.contains("<script type=\"application/json\" id=\"graph-data\">"))
        #expect(page.contains("{\"id\":\"person:trần tuệ hiền#org:tỉnh ủy bình phước#70@\",\"kind\":\"Person\",\"label\":\"Trần Tuệ Hiền\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["graph.html"])
    }
}
