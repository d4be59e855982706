import Foundation
import Testing
import VietIE

/// Inputs the fuzzer (Fuzz/) found to crash or break an invariant, kept in Tests/Fixtures/fuzz-regressions/.
/// Each runs through the same paths as the fuzz target: read as a whole file (format and encoding detected;
/// forced to HTML when markup was not detected; bytes that are not UTF-8 also forced into each legacy
/// encoding) and as JSON Lines, every document annotated, its spans checked and its record serialized and
/// read back.
struct FuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("Tests/Fixtures/fuzz-regressions")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }()

    static let tables: LegacyEncodingTables? = try? LegacyEncodingTables { path in
        try String(contentsOf: repository.appendingPathComponent("Gazetteers/\(path)"), encoding: .utf8)
    }

    /// The documents a user could make of `bytes`, each with the path that made it.
    static func documents(_ bytes: [UInt8], tables: LegacyEncodingTables) -> [(path: String, document: Document)] {
        var out: [(String, Document)] = []
        let auto = TextDecoder(choice: .auto, tables: tables)
        if case .success(let d) = DocumentReader.read(bytes: bytes, id: "fuzz", decoder: auto) {
            out.append(("file", d))
            if !d.inputNotes.contains("html"), bytes.contains(0x3C) || bytes.contains(0x26),
               case .success(let page) = DocumentReader.read(bytes: bytes, id: "fuzz", format: .html, decoder: auto) {
                out.append(("file as html", page))
            }
        }
        if InputDecoder.firstInvalidUTF8(bytes) != nil {
            for encoding in [TextEncoding.tcvn3, .vni, .cp1258] {
                let decoder = TextDecoder(choice: .fixed(encoding), tables: tables)
                if case .success(let d) = DocumentReader.read(bytes: bytes, id: "fuzz", decoder: decoder) {
                    out.append(("file as \(encoding)", d))
                }
            }
        }
        var lineNumber = 0
        for var line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if case .success(let d) = JSONLRecord.parse(line: line, lineNumber: lineNumber) {
                out.append(("jsonl line \(lineNumber)", d))
            }
        }
        return out
    }

    @Test func reproducersArePresent() {
        #expect(!Self.files.isEmpty, "Tests/Fixtures/fuzz-regressions/")
    }

    @Test(arguments: files)
    func reproducer_annotatesWithValidInvariants(_ name: String) throws {
        let tables = try #require(Self.tables, "Gazetteers/encodings/*.tsv")
        let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let extractor = CorpusHarness.extractor
        for (path, document) in Self.documents(bytes, tables: tables) {
            let annotation = extractor.annotate(document)
            #expect(throws: Never.self, "\(name) [\(path)]") { try annotation.checkInvariants() }
            let n = document.length
            for official in annotation.officials {
                for m in official.mentions { #expect(m.start >= 0 && m.start <= m.end && m.end <= n, "\(name) [\(path)]") }
            }
            for event in annotation.events {
                if let s = event.span { #expect(s.start >= 0 && s.start <= s.end && s.end <= n, "\(name) [\(path)]") }
            }
            let record = AnnotationJSON.record(annotation, options: .init(includeText: true, explain: true)).serialized
            #expect(throws: Never.self, "\(name) [\(path)]") { _ = try JSONValue(parsing: record) }
        }
    }

    /// date-long-digit-run.txt: a run of digits longer than any date part is no date (it overflowed).
    @Test func dateValue_longDigitRunIsNoDate() {
        #expect(DateValue.parse(String(repeating: "7", count: 20), dotted: false) == nil)
        #expect(DateValue.parse("21/" + String(repeating: "9", count: 40), dotted: false) == nil)
        let date = DateValue.parse("05/8/2021", dotted: false)
        #expect(date?.day == 5 && date?.month == 8 && date?.year == 2021)
    }
}
