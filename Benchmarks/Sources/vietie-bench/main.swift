// Throughput of VietIE's phases on real text, in a release build.
//
//   swift run -c release --package-path Benchmarks vietie-bench [--mb 50] [--dev ../shared/dev] [--save]
//
// The corpus is the development texts (../shared/dev/*.gold.jsonl) cycled until it reaches the
// requested size; the output says so. Each phase runs over the whole corpus, one document at a
// time, on one thread; MB/s counts UTF-8 input bytes (10^6). Peak RSS is the process maximum.
import Foundation
import VietIE

struct Options {
    var megabytes = 50.0
    var dev = "../shared/dev"
    var save = false
    var phases: Set<String> = ["load", "decode", "normalize", "analyze", "match", "annotate", "nfd", "rg"]
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let a = args.next() {
        switch a {
        case "--mb": o.megabytes = Double(args.next() ?? "") ?? o.megabytes
        case "--dev": o.dev = args.next() ?? o.dev
        case "--save": o.save = true
        case "--phases": o.phases = Set((args.next() ?? "").split(separator: ",").map(String.init))
        default:
            FileHandle.standardError.write(Data("usage: vietie-bench [--mb N] [--dev DIR] [--phases a,b] [--save]\n".utf8))
            exit(2)
        }
    }
    return o
}

func devTexts(_ dir: String) -> [String] {
    var texts: [String] = []
    for name in ["seeds.gold.jsonl", "news.gold.jsonl"] {
        guard let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
        for line in data.split(separator: 0x0A) {
            if let v = try? JSONValue(parsing: line), let t = v["text"]?.stringValue { texts.append(t) }
        }
    }
    return texts
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024.0
}

struct Measurement {
    var phase: String
    var seconds: Double
    var bytes: Int
    var documents: Int
    var mbPerSecond: Double { Double(bytes) / 1e6 / seconds }
    var docsPerSecond: Double { Double(documents) / seconds }
}

func measure(_ phase: String, bytes: Int, documents: Int, _ body: () -> Void) -> Measurement {
    let clock = ContinuousClock()
    let elapsed = clock.measure(body)
    let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Measurement(phase: phase, seconds: s, bytes: bytes, documents: documents)
}

let options = parseOptions()
let texts = devTexts(options.dev)
guard !texts.isEmpty else {
    FileHandle.standardError.write(Data("no texts found in \(options.dev)\n".utf8))
    exit(1)
}
// Cycle the development texts up to the requested size.
var corpus: [[UInt8]] = []
var total = 0
let target = Int(options.megabytes * 1e6)
while total < target {
    for t in texts where total < target {
        let b = Array(t.utf8)
        corpus.append(b)
        total += b.count
    }
}
print("corpus: \(texts.count) development texts cycled to \(corpus.count) documents, \(String(format: "%.1f", Double(total) / 1e6)) MB of UTF-8")

var extractorOrNil: Extractor? = nil
var results: [Measurement] = []
var sink = 0
// Loading and compiling every gazetteer list (what each `vietie` run pays at start-up).
let loadClock = ContinuousClock()
let loadTime = loadClock.measure {
    do { extractorOrNil = try Extractor(gazetteers: .locate()) } catch { print("cannot build the extractor: \(error)") }
}
guard let extractor = extractorOrNil else { exit(1) }
let loadSeconds = Double(loadTime.components.seconds) + Double(loadTime.components.attoseconds) / 1e18
print(String(format: "gazetteer load: %.0f ms (%d lists, %d entries)", loadSeconds * 1000, extractor.gazetteer.specs.count, extractor.gazetteer.entryCount))

if options.phases.contains("decode") {
    results.append(measure("decode (UTF-8 check, BOM)", bytes: total, documents: corpus.count) {
        for b in corpus { if case .success(let r) = InputDecoder.decode(b) { sink &+= r.text.utf8.count } }
    })
}
let documents = corpus.enumerated().map { Document(id: "d\($0.offset)", text: String(decoding: $0.element, as: UTF8.self)) }
if options.phases.contains("normalize") {
    results.append(measure("normalize (NFC check, tones, fold)", bytes: total, documents: corpus.count) {
        for d in documents { sink &+= Normalizer.normalize(d).count }
    })
}
if options.phases.contains("analyze") {
    results.append(measure("decode + normalize + tokenize + sentences", bytes: total, documents: corpus.count) {
        for b in corpus {
            guard case .success(let r) = InputDecoder.decode(b) else { continue }
            let a = extractor.analyzer.analyze(Document(id: "x", text: r.text))
            sink &+= a.tokens.count + a.sentences.count
        }
    })
}
if options.phases.contains("match") {
    // The gazetteer matcher alone over tokenized documents: every entry of every list, overlaps included.
    let analyzed = documents.map { extractor.analyzer.analyze($0) }
    results.append(measure("gazetteer matcher (all lists, all matches)", bytes: total, documents: corpus.count) {
        for a in analyzed { sink &+= extractor.gazetteer.matches(in: a).count }
    })
}
if options.phases.contains("rg"), let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
    // The same corpus scanned by ripgrep for every gazetteer name (fixed strings), as a reference.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let corpusFile = dir.appendingPathComponent("corpus.txt"), patterns = dir.appendingPathComponent("names.txt")
    FileManager.default.createFile(atPath: corpusFile.path, contents: Data(corpus.joined(separator: [0x0A])))
    var names = Set<String>()
    for (l, spec) in extractor.gazetteer.specs.enumerated() {
        let file = extractor.gazetteer.lists[l]
        guard let k = file.column(spec.column.split(separator: "|").first.map(String.init) ?? "") else { continue }
        for row in file.rows where k < row.fields.count && !row.fields[k].isEmpty { names.insert(row.fields[k]) }
    }
    FileManager.default.createFile(atPath: patterns.path, contents: Data(names.sorted().joined(separator: "\n").utf8))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: rg)
    p.arguments = ["-j1", "-c", "-F", "-f", patterns.path, corpusFile.path]
    p.standardOutput = FileHandle.nullDevice
    let clock = ContinuousClock()
    let elapsed = clock.measure { try? p.run(); p.waitUntilExit() }
    let sec = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    results.append(Measurement(phase: "rg -F -f, \(names.count) names (whole process)", seconds: sec, bytes: total, documents: corpus.count))
    try? FileManager.default.removeItem(at: dir)
}
if options.phases.contains("annotate") {
    results.append(measure("annotate end to end (to JSON)", bytes: total, documents: corpus.count) {
        for b in corpus {
            guard case .success(let r) = InputDecoder.decode(b) else { continue }
            sink &+= AnnotationJSON.record(extractor.annotate(Document(id: "x", text: r.text))).serialized.utf8.count
        }
    })
}
if options.phases.contains("nfd") {
    let nfd = documents.prefix(max(1, documents.count / 10)).map {
        Document(id: $0.id, text: $0.text.decomposedStringWithCanonicalMapping)
    }
    let nfdBytes = nfd.reduce(0) { $0 + $1.text.utf8.count }
    results.append(measure("normalize NFD input (1/10 of corpus)", bytes: nfdBytes, documents: nfd.count) {
        for d in nfd { sink &+= Normalizer.normalize(d).count }
    })
}

let rss = peakRSSMegabytes()
print("")
print("phase".padding(toLength: 44, withPad: " ", startingAt: 0) + "    MB/s     docs/s   seconds")
for m in results {
    print(m.phase.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "%8.1f %10.0f %9.3f", m.mbPerSecond, m.docsPerSecond, m.seconds))
}
print(String(format: "peak RSS: %.1f MB (includes the corpus held in memory)", rss))
print("checksum: \(sink)")

if options.save {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown"
    let date = ISO8601DateFormatter().string(from: Date())
    let record: JSONValue = .object([
        ("date", .string(date)), ("build", "release"), ("cpu", .string(cpu)),
        ("cores", .number(Double(ProcessInfo.processInfo.activeProcessorCount))),
        ("corpus", .object([("source", "../shared/dev texts, cycled"), ("documents", .number(Double(corpus.count))),
                            ("bytes", .number(Double(total)))])),
        ("peak_rss_mb", .number((rss * 10).rounded() / 10)),
        ("gazetteer_load_ms", .number((loadSeconds * 1000).rounded())),
        ("phases", .array(results.map { m in
            .object([("phase", .string(m.phase)), ("mb_per_s", .number((m.mbPerSecond * 10).rounded() / 10)),
                     ("docs_per_s", .number(m.docsPerSecond.rounded())), ("seconds", .number(m.seconds))])
        })),
    ])
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("results")
    let file = dir.appendingPathComponent("text-\(date.prefix(10)).json")
    try? Data((record.serialized + "\n").utf8).write(to: file)
    print("saved \(file.path)")
}
