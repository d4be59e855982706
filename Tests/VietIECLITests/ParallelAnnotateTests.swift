import Foundation
import Testing
import VietIE

/// `vietie annotate --jobs N`: the same bytes, in the same order, as one thread.
struct ParallelAnnotateTests {
    /// The development texts as `{id, text, published, url}` lines, with malformed lines and a blank line
    /// among them.
    static func devLinesWithBadOnes() throws -> (lines: [String], ids: [String]) {
        var lines: [String] = []
        for name in ["seeds.gold.jsonl", "news.gold.jsonl"] {
            guard let data = try? Data(contentsOf: CLITests.shared.appendingPathComponent("dev/\(name)")) else { continue }
            for line in data.split(separator: 0x0A) {
                let v = try JSONValue(parsing: line)
                var members: [(String, JSONValue)] = [("id", v["id"] ?? .null), ("text", v["text"] ?? .null)]
                if let p = v["published"], p != .null { members.append(("published", p)) }
                if let u = v["url"] ?? v["source_url"], u != .null { members.append(("url", u)) }
                lines.append(JSONValue.object(members).serialized)
            }
        }
        try #require(lines.count > 20, "../shared/dev is not beside the repository")
        lines.insert(#"{"id":"cut","text":"#, at: 3)
        lines.insert("not json at all", at: 9)
        lines.insert("", at: 10)
        lines.insert(#"{"id":"no-text"}"#, at: 15)
        lines.insert(#"{"id":"wrong-type","text":5}"#, at: 16)
        lines.append(#"{"id":"last","text":"#)
        // The id each record should carry, in order (blank lines are not records).
        var ids: [String] = []
        for (i, line) in lines.enumerated() where !line.isEmpty {
            ids.append((try? JSONValue(parsing: line))?["id"]?.stringValue ?? "line-\(i + 1)")
        }
        return (lines, ids)
    }

    @Test func jobsTwoAndJobsOne_giveByteIdenticalOutputInInputOrder() throws {
        let (lines, ids) = try Self.devLinesWithBadOnes()
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let one = try CLITests.run(["annotate", "--jsonl", "--jobs", "1"], stdin: input)
        let two = try CLITests.run(["annotate", "--jsonl", "--jobs", "2"], stdin: input)
        #expect(one.status == 1 && two.status == 1)
        #expect(two.stdout == one.stdout)
        #expect(two.stderr == one.stderr)
        let recs = try CLITests.records(two.stdout)
        #expect(recs.map { $0["id"]?.stringValue ?? "" } == ids)
        #expect(recs.filter { $0["error"] != nil }.map { $0["id"]?.stringValue ?? "" } == ["line-4", "line-10", "no-text", "wrong-type", "line-61"])
    }

    @Test func manyJobsOverFiles_keepFileOrderAndAtomicOut() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-jobs-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lines, _) = try Self.devLinesWithBadOnes()
        var paths: [String] = []
        for (i, line) in lines.prefix(24).enumerated() {
            let url = dir.appendingPathComponent(String(format: "doc%02d.txt", i))
            let text = (try? JSONValue(parsing: line))?["text"]?.stringValue ?? ""
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
        }
        paths.insert(dir.appendingPathComponent("missing.txt").path, at: 5)
        let outOne = dir.appendingPathComponent("one.jsonl"), outFive = dir.appendingPathComponent("five.jsonl")
        let one = try CLITests.run(["annotate", "--jobs", "1", "--out", outOne.path] + paths)
        let five = try CLITests.run(["annotate", "-j", "5", "--out", outFive.path] + paths)
        #expect(one.status == 1 && five.status == 1)
        #expect(five.stderr == one.stderr)
        let a = try Data(contentsOf: outOne), b = try Data(contentsOf: outFive)
        #expect(a == b)
        let recs = try CLITests.records(String(decoding: b, as: UTF8.self))
        #expect(recs.map { $0["id"]?.stringValue ?? "" } == paths.map { ($0 as NSString).lastPathComponent })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func jobsZero_isAUsageError() throws {
        let r = try CLITests.run(["annotate", "--jsonl", "--jobs", "0"], stdin: Data())
        #expect(r.status == 64)
        #expect(r.stderr.contains("--jobs must be at least 1"))
    }

    @Test func pool_deliversInSubmissionOrderWithinItsWindow() {
        // Uneven work: later items often finish first.
        let pool = OrderedWorkPool<Int, Int>(jobs: 3, window: 5) { n in
            var x = UInt64(n)
            for _ in 0..<((n * 7919) % 13) * 20_000 { x = x &* 6364136223846793005 &+ 1 }
            return n + Int(x & 0)
        }
        var seen: [Int] = []
        var mostHeld = 0
        for n in 0..<400 {
            pool.submit(n) { seen.append($0) }
            mostHeld = max(mostHeld, n + 1 - seen.count)
        }
        pool.finish { seen.append($0) }
        #expect(seen == Array(0..<400))
        #expect(mostHeld <= 5)
    }

    @Test func pool_withOneJob_deliversBeforeSubmitReturns() {
        let pool = OrderedWorkPool<Int, Int>(jobs: 1) { $0 * 2 }
        var seen: [Int] = []
        for n in 0..<10 {
            pool.submit(n) { seen.append($0) }
            #expect(seen.last == 2 * n)
        }
        pool.finish { _ in Issue.record("nothing is left to deliver") }
    }
}
