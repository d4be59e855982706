import Foundation
import Testing
import VietIECore

/// Bad days: every bad input gives an error record or a clean result, never a crash; one record per input
/// (per non-blank line with --jsonl), in order; the exit status says whether anything failed.
struct BadInputTests {
    static func temporaryDirectory(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-bad-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Deterministic pseudo-random bytes (a linear congruential generator).
    static func noise(_ count: Int, seed: UInt64, allowNUL: Bool) -> Data {
        var state = seed
        return Data((0..<count).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let b = UInt8(truncatingIfNeeded: state >> 56)
            return allowNUL || b != 0 ? b : 1
        })
    }

    static func expectNoCrash(_ r: CLITests.Run) {
        #expect(r.status == 0 || r.status == 1, "exit \(r.status): \(r.stderr.suffix(2000))")
        #expect(!r.stderr.contains("crashed") && !r.stderr.contains("Fatal error"), "\(r.stderr.suffix(2000))")
    }

    @Test func wholeFiles_oneRecordEachAndNoCrash() throws {
        let dir = try Self.temporaryDirectory("files")
        let damagedPrefix = Data("Sáng ngày 21/9, đồng chí Nguyễn Anh Đức".utf8)
        let nested = "<html><body>" + String(repeating: "<div>", count: 100_000) + "Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì."
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let inputs: [(String, Data)] = [
            ("empty.txt", Data()),
            ("blank.txt", Data(" \n\t\r\n  \n".utf8)),
            ("nul.bin", Self.noise(4096, seed: 1, allowNUL: true) + Data([0])),
            ("noise.bin", Self.noise(4096, seed: 2, allowNUL: false)),
            ("invalid.txt", damagedPrefix + Data([0xFF, 0xC3, 0x28]) + Data(" làm việc.".utf8)),
            ("nested.html", Data(nested.utf8)),
            ("unclosed.html", Data("<html><head><title>Tin</title><body><p>Chủ tịch UBND tỉnh <b>Trần Tuệ Hiền <script>var a = '<p>".utf8)),
            ("unclosed-title.html", Data("<html><head><title>Tin tức<body><p>Chủ tịch".utf8)),
            ("crlf.txt", Data("Chủ tịch UBND tỉnh\r\nTrần Tuệ Hiền chủ trì.\r\n".utf8)),
            ("ends-on-a-head.txt", Data("Tình hình dịch Covid-19 và các biện pháp của Ban Chỉ đạo".utf8)),
        ]
        for (name, data) in inputs { try data.write(to: dir.appendingPathComponent(name)) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("a-directory"), withIntermediateDirectories: true)
        let paths = inputs.map { dir.appendingPathComponent($0.0).path } + [dir.appendingPathComponent("a-directory").path, dir.appendingPathComponent("missing.txt").path]
        let r = try CLITests.run(["annotate"] + paths)
        Self.expectNoCrash(r)
        #expect(r.status == 1)
        let recs = try CLITests.records(r.stdout)
        #expect(recs.map { $0["id"]?.stringValue ?? "" } == inputs.map(\.0) + ["a-directory", "missing.txt"])
        let errors = Dictionary(uniqueKeysWithValues: recs.map { ($0["id"]?.stringValue ?? "", $0["error"]?.stringValue) })
        #expect(errors["empty.txt"] == "empty input")
        #expect(errors["blank.txt"] == .some(nil))
        #expect(errors["nul.bin"]??.hasPrefix("binary input: NUL byte at offset") == true)
        #expect(errors["noise.bin"]??.isEmpty == false)
        #expect(errors["invalid.txt"] == "invalid UTF-8 at byte \(damagedPrefix.count)")
        #expect(errors["nested.html"] == .some(nil))
        #expect(errors["unclosed.html"] == .some(nil))
        #expect(errors["unclosed-title.html"] == .some(nil))
        #expect(errors["crlf.txt"] == .some(nil))
        #expect(errors["ends-on-a-head.txt"] == .some(nil))
        #expect(errors["a-directory"]??.hasSuffix("it is a directory") == true)
        #expect(errors["missing.txt"]??.hasPrefix("cannot read") == true)
        let nestedRecord = try #require(recs.first { $0["id"]?.stringValue == "nested.html" })
        #expect(nestedRecord["text"]?.stringValue == "Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì.")
        #expect(Self.entities(nestedRecord).contains("PERSON Trần Tuệ Hiền"))
        let unclosed = try #require(recs.first { $0["id"]?.stringValue == "unclosed.html" })
        #expect(unclosed["text"]?.stringValue == "Chủ tịch UBND tỉnh Trần Tuệ Hiền")
        let crlf = try #require(recs.first { $0["id"]?.stringValue == "crlf.txt" })
        #expect(crlf["document"]?["input"]?.arrayValue?.contains(.string("crlf")) == true)
        CLITests.checkOffsets(crlf, text: "Chủ tịch UBND tỉnh\r\nTrần Tuệ Hiền chủ trì.\r\n")
    }

    static func entities(_ record: JSONValue) -> [String] {
        (record["entities"]?.arrayValue ?? []).map { "\($0["type"]?.stringValue ?? "") \($0["text"]?.stringValue ?? "")" }
    }

    @Test func jsonl_badRecordsGiveOneRecordEachInOrder() throws {
        var input = Data([0xEF, 0xBB, 0xBF])   // a byte-order mark before the first record
        let lines = [
            #"{"id":"bom","text":"Chủ tịch UBND tỉnh"}"#,
            #"{"id":"text-number","text":5}"#,
            #"{"id":null,"text":"x"}"#,
            #"{"id":["a"],"text":"x"}"#,
            #"{"id":"text-array","text":["a"]}"#,
            #"{"id":"text-object","text":{"a":1}}"#,
            #"{"id":"published-number","text":"x","published":5}"#,
            #"{"id":"no-text"}"#,
            #"{"text":"no id"}"#,
            #"{}"#,
            #"[1,2,3]"#,
            #""just a string""#,
            #"null"#,
            String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
            #"{"id":"crlf","text":"Trần Tuệ Hiền chủ trì."}"# + "\r",
            "",
            "   \t",
            #"{"id":"nul","text":"a\u0000b"}"#,
            #"{"id":"raw-nul","text":"a"# + "\u{0}" + #"b"}"#,
        ]
        input.append(Data(lines.joined(separator: "\n").utf8))
        input.append(Data("\n".utf8))
        input.append(Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A]))   // invalid UTF-8
        input.append(Data(#"{"id":"truncated","text":"Chủ tịch"#.utf8))                                // no newline, cut
        let r = try CLITests.run(["annotate", "--jsonl"], stdin: input)
        Self.expectNoCrash(r)
        #expect(r.status == 1)
        let recs = try CLITests.records(r.stdout)
        let ids = recs.map { $0["id"]?.stringValue ?? "?" }
        #expect(ids == ["bom", "text-number", "line-3", "line-4", "text-array", "text-object", "published-number", "no-text",
                        "line-9", "line-10", "line-11", "line-12", "line-13", "line-14", "crlf", "nul", "line-19", "line-20", "line-21"])
        let failed = recs.map { $0["error"] != nil }
        #expect(failed == [false, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, true, true, true])
        #expect(recs[1]["error"]?.stringValue == "line 2: \"text\" must be a string")
        #expect(recs[2]["error"]?.stringValue == "line 3: \"id\" must be a string")
        #expect(recs[7]["error"]?.stringValue == "line 8: missing \"text\"")
        #expect(recs[8]["error"]?.stringValue == "line 9: missing \"id\"")
        #expect(recs[10]["error"]?.stringValue == "line 11: expected a JSON object")
        #expect(recs[17]["error"]?.stringValue?.contains("invalid UTF-8") == true)
        #expect(recs[18]["error"]?.stringValue?.hasPrefix("line 21: invalid JSON") == true)
        #expect(Self.entities(recs[0]) == ["TITLE Chủ tịch", "ORGANIZATION UBND tỉnh", "LOCATION tỉnh"] || !Self.entities(recs[0]).isEmpty)
        #expect(Self.entities(recs[14]).contains("PERSON Trần Tuệ Hiền"))
    }

    @Test func fiftyMegabyteLine_isReadAndRefusedOrReported() throws {
        // A 50 MB record: read, parsed and reported (its text has the wrong type), then the next line.
        let pad = String(repeating: "x", count: 50_000_000)
        let bigLine = #"{"id":"big","text":5,"title":""# + pad + #""}"#
        let big = Data((bigLine + "\n" + #"{"id":"next","text":"Chủ tịch UBND tỉnh"}"# + "\n").utf8)
        let r = try CLITests.run(["annotate", "--jsonl"], stdin: big)
        Self.expectNoCrash(r)
        let recs = try CLITests.records(r.stdout)
        #expect(recs.map { $0["id"]?.stringValue } == ["big", "next"])
        #expect(recs[0]["error"]?.stringValue == "line 1: \"text\" must be a string")
        #expect(recs[1]["error"] == nil)
        // Over --max-input-bytes: skipped without being held, one error record, the run goes on.
        let capped = try CLITests.run(["annotate", "--jsonl", "--max-input-bytes", "1000000"], stdin: big)
        let cappedRecs = try CLITests.records(capped.stdout)
        #expect(cappedRecs.map { $0["id"]?.stringValue } == ["line-1", "next"])
        #expect(cappedRecs[0]["error"]?.stringValue == "line 1: longer than 1000000 bytes (\(bigLine.utf8.count))")
        // A 50 MB single-line file: refused by size before it is read, or as bytes that are no text.
        let dir = try Self.temporaryDirectory("big")
        let file = dir.appendingPathComponent("line.txt")
        try Data(pad.utf8).write(to: file)
        let binary = dir.appendingPathComponent("bytes.bin")
        try Data(repeating: 0x81, count: 50_000_000).write(to: binary)
        let files = try CLITests.run(["annotate", "--max-input-bytes", "1000000", file.path, binary.path])
        Self.expectNoCrash(files)
        let fileRecs = try CLITests.records(files.stdout)
        #expect(fileRecs.map { $0["error"]?.stringValue } == ["input too large: 50000000 bytes (limit 1000000)", "input too large: 50000000 bytes (limit 1000000)"])
        let bytes = try CLITests.run(["annotate", binary.path])
        #expect(try CLITests.records(bytes.stdout).first?["error"]?.stringValue?.hasPrefix("invalid UTF-8 at byte 0, and no legacy encoding") == true)
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func longSingleLineArticle_isAnnotatedWithCheckedOffsets() throws {
        // The whole pipeline on one long line of real text: 100 KB (a few seconds in a debug build; the
        // extraction phases grow faster than linearly with document length).
        let seed = try String(contentsOf: EncodingCLITests.fixtures.appendingPathComponent("seed.utf8.txt"), encoding: .utf8)
        var text = ""
        while text.utf8.count < 100_000 { text += seed.replacingOccurrences(of: "\n", with: " ") + " " }
        let r = try CLITests.run(["annotate"], stdin: Data(text.utf8))
        Self.expectNoCrash(r)
        #expect(r.status == 0)
        let rec = try #require(try CLITests.records(r.stdout).first)
        #expect((rec["entities"]?.arrayValue?.count ?? 0) > 500)
        CLITests.checkOffsets(rec, text: text)
    }

    @Test func outFile_appearsOnlyWhenComplete() throws {
        let dir = try Self.temporaryDirectory("out")
        let out = dir.appendingPathComponent("out.jsonl")
        try Data("old content\n".utf8).write(to: out)
        // A run that waits on standard input: the destination keeps its old content meanwhile.
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = ["annotate", "--jsonl", "--out", out.path]
        let input = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardError = err
        try p.run()
        input.fileHandleForWriting.write(Data(#"{"id":"a","text":"Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì."}"#.utf8 + [0x0A]))
        // Wait until the first record has gone to the temporary file beside the destination.
        func temporaries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".out.jsonl.") }
        }
        let deadline = Date().addingTimeInterval(30)
        while temporaries().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(temporaries().count == 1, "the records go to a temporary file beside the destination")
        #expect(try String(contentsOf: out, encoding: .utf8) == "old content\n")
        input.fileHandleForWriting.write(Data(#"{"id":"b","text":"x"}"#.utf8 + [0x0A]))
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let recs = try CLITests.records(try String(contentsOf: out, encoding: .utf8))
        #expect(recs.map { $0["id"]?.stringValue } == ["a", "b"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.jsonl"])
        // An output directory that does not exist: a clear error, nothing written.
        let bad = try CLITests.run(["annotate", "--jsonl", "--out", dir.appendingPathComponent("no/such/dir/out.jsonl").path], stdin: Data())
        #expect(bad.status != 0 && bad.stderr.contains("cannot write"))
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func progressLine_onlyWhenAskedOrOnATerminal() throws {
        // Piped standard error: silent. With --progress: a line redrawn in place after two seconds, erased at
        // the end. Records trickle in slowly so that the run lasts long enough.
        for flags in [["--progress"], [], ["--progress", "--quiet"]] {
            let p = Process()
            p.executableURL = CLITests.binary
            p.arguments = ["annotate", "--jsonl"] + flags
            let input = Pipe(), out = Pipe(), err = Pipe()
            p.standardInput = input
            p.standardOutput = out
            p.standardError = err
            try p.run()
            let record = Data(#"{"id":"r","text":"Chủ tịch UBND tỉnh"}"#.utf8 + [0x0A])
            for _ in 0..<4 { input.fileHandleForWriting.write(record) }
            Thread.sleep(forTimeInterval: 2.5)
            for _ in 0..<40 { input.fileHandleForWriting.write(record) }
            try input.fileHandleForWriting.close()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            #expect(stdout.split(separator: 0x0A).count == 44)
            if flags == ["--progress"] {
                #expect(stderr.hasPrefix("\rvietie: "), "\(stderr.debugDescription)")
                #expect(stderr.contains(" documents  ") && stderr.contains(" docs/s  ") && stderr.contains(" MB/s"))
                #expect(stderr.hasSuffix("\r\u{1B}[K"))
            } else {
                #expect(stderr.isEmpty, "\(flags): \(stderr.debugDescription)")
            }
        }
    }
}
