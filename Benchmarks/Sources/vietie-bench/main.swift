// Throughput, memory and start-up of VietIE on real text, in a release build.
//
//   swift build -c release --static-swift-stdlib && swift build -c release --static-swift-stdlib --package-path Benchmarks
//   Benchmarks/.build/release/vietie-bench [--mb 50] [--large-mb 250] [--repeat 3] [--dev ../shared/dev] [--vietie .build/release/vietie] [--save]
//
// The corpus is the development texts (../shared/dev/*.gold.jsonl) cycled until it reaches the requested
// size, written once as JSON Lines in a temporary directory; the output says so. Every in-process phase
// runs alone in a child process pinned to one core (`taskset -c`), so that its peak RSS is its own; the
// end-to-end figures run the `vietie` binary itself with --jobs 1 on one core and --jobs N on N cores.
// ripgrep scans the same file for every gazetteer name as the reference. MB/s counts 10^6 bytes: UTF-8
// text bytes in process, bytes of the JSON Lines file for whole processes; peak RSS is in 2^20 bytes.
import Foundation
import VietIE

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
if let child = options.child { exit(InProcessPhase.runChild(child.phase, corpus: child.corpus, result: child.result)) }

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let vietie = options.vietie ?? repository.appendingPathComponent(".build/release/vietie").path
let cores = ProcessInfo.processInfo.activeProcessorCount
let oneCore = ["taskset", "-c", "\(options.core)"]
let allCores = ["taskset", "-c", "0-\(cores - 1)"]
// Other work on the machine slows every figure down: the load average is recorded before and after.
let loadBefore = Processes.output(["cat", "/proc/loadavg"]) ?? "unknown"
let records = Corpus.devRecords(options.dev)
guard !records.isEmpty else {
    FileHandle.standardError.write(Data("no texts found in \(options.dev)\n".utf8))
    exit(1)
}
let work = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

let corpus = try Corpus.write(from: records, megabytes: options.megabytes, to: work.appendingPathComponent("corpus.jsonl").path)
print(String(format: "corpus: %d development texts cycled to %d documents: %.1f MB of JSON Lines, %.1f MB of text",
             corpus.sourceTexts, corpus.documents, Double(corpus.fileBytes) / 1e6, Double(corpus.textBytes) / 1e6))
let hasCLI = FileManager.default.isExecutableFile(atPath: vietie)
if !hasCLI { print("no vietie binary at \(vietie) (swift build -c release, or --vietie PATH): CLI figures skipped") }

var results: [Measurement] = []
@MainActor func show(_ m: Measurement) {
    results.append(m)
    print(String(format: "  %@: %.1f MB/s, %.0f docs/s, %.2f s", m.phase, m.mbPerSecond, m.docsPerSecond, m.seconds)
          + (m.peakRSS.map { String(format: ", peak RSS %.1f MB", $0) } ?? "")
          + (m.cpuSeconds.map { String(format: ", %.2f CPU s", $0) } ?? "")
          + (m.runs.count > 1 ? " (fastest of " + m.runs.map { String(format: "%.2f", $0) }.joined(separator: ", ") + " s)" : ""))
    fflush(nil)
}

// Loading and compiling every gazetteer list (what each `vietie` run pays at start-up), in this process.
let clock = ContinuousClock()
var extractorOrNil: Extractor?
let loadSeconds = clock.measure { extractorOrNil = try? Extractor(gazetteers: .locate()) }.seconds
guard let extractor = extractorOrNil else { print("cannot build the extractor"); exit(1) }
print(String(format: "gazetteer load: %.0f ms (%d lists, %d entries)", loadSeconds * 1000, extractor.gazetteer.specs.count, extractor.gazetteer.entryCount))

// In-process phases, one child process each, one thread on one core.
let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
// With --repeat N each runs N times and the fastest is reported, as for the CLI runs below.
for phase in InProcessPhase.allCases where options.phases.contains(phase.rawValue) {
    let result = work.appendingPathComponent("\(phase.rawValue).json").path
    var best: Measurement?
    var runs: [Double] = []
    var peak = 0.0
    for _ in 0..<options.repeats {
        let run = try Processes.run(oneCore + [me, "--child", phase.rawValue, corpus.path, result])
        guard run.status == 0, let data = FileManager.default.contents(atPath: result), let v = try? JSONValue(parsing: data),
              let seconds = v["seconds"]?.doubleValue, let bytes = v["bytes"]?.doubleValue, let docs = v["documents"]?.doubleValue else {
            print("  \(phase.rawValue): failed (exit \(run.status))")
            best = nil
            break
        }
        runs.append(seconds)
        peak = max(peak, run.peakRSS ?? 0)
        if best.map({ seconds < $0.seconds }) ?? true {
            best = Measurement(phase: phase.title, seconds: seconds, bytes: Int(bytes), documents: Int(docs), peakRSS: run.peakRSS)
        }
    }
    guard var m = best else { continue }
    // (The peak RSS is the largest of the runs.)
    m.peakRSS = peak
    m.runs = runs
    show(m)
}

// The same file scanned by ripgrep for every gazetteer name (fixed strings), as the reference.
var rgResult: Measurement?
if options.phases.contains("rg") {
    if let rg = Processes.resolve("rg") {
        var names = Set<String>()
        for (l, spec) in extractor.gazetteer.specs.enumerated() {
            let file = extractor.gazetteer.lists[l]
            guard let k = file.column(spec.column.split(separator: "|").first.map(String.init) ?? "") else { continue }
            for row in file.rows where k < row.fields.count && !row.fields[k].isEmpty { names.insert(row.fields[k]) }
        }
        let patterns = work.appendingPathComponent("names.txt").path
        _ = FileManager.default.createFile(atPath: patterns, contents: Data(names.sorted().joined(separator: "\n").utf8))
        let run = try Processes.run(oneCore + [rg, "-j1", "-c", "-F", "-f", patterns, corpus.path])
        rgResult = Measurement(phase: "rg -j1 -c -F -f, \(names.count) names (whole process)", seconds: run.seconds,
                               bytes: corpus.fileBytes, documents: corpus.documents, peakRSS: run.peakRSS, cpuSeconds: run.cpuSeconds)
        show(rgResult!)
    } else {
        print("  rg: not installed (apt-get install -y ripgrep): reference skipped")
    }
}

/// `vietie annotate --jsonl` over a corpus file with `jobs` workers, pinned to as many cores.
@MainActor func annotateRun(_ c: Corpus, jobs: Int, label: String) throws -> Measurement? {
    let run = try Processes.run((jobs == 1 ? oneCore : allCores) + [vietie, "annotate", "--jsonl", c.path, "--jobs", "\(jobs)", "--quiet"])
    guard run.status == 0 else { print("  vietie annotate --jobs \(jobs): exit \(run.status)"); return nil }
    return Measurement(phase: "vietie annotate --jobs \(jobs), \(label)", cores: jobs == 1 ? 1 : cores, seconds: run.seconds,
                       bytes: c.fileBytes, documents: c.documents, peakRSS: run.peakRSS, cpuSeconds: run.cpuSeconds)
}

/// `vietie graph --jsonl` over a corpus file (one thread), written to a JSON file.
@MainActor func graphRun(_ c: Corpus, label: String) throws -> Measurement? {
    let run = try Processes.run(oneCore + [vietie, "graph", "--jsonl", c.path, "--format", "json", "--out", work.appendingPathComponent("graph.json").path])
    guard run.status == 0 else { print("  vietie graph: exit \(run.status)"); return nil }
    return Measurement(phase: "vietie graph --format json, \(label)", seconds: run.seconds, bytes: c.fileBytes,
                       documents: c.documents, peakRSS: run.peakRSS, cpuSeconds: run.cpuSeconds)
}

var single: Measurement?, parallel: Measurement?, large: Measurement?
let mainLabel = String(format: "%.0f MB", Double(corpus.fileBytes) / 1e6)
if hasCLI && options.phases.contains("cli") {
    var singles: [Measurement] = [], parallels: [Measurement] = []
    for _ in 0..<options.repeats {
        if let m = try annotateRun(corpus, jobs: 1, label: mainLabel) { singles.append(m) }
        if cores > 1, let m = try annotateRun(corpus, jobs: cores, label: mainLabel) { parallels.append(m) }
    }
    /// The fastest run, with the wall times of all.
    func fastest(_ runs: [Measurement]) -> Measurement? {
        guard var best = runs.min(by: { $0.seconds < $1.seconds }) else { return nil }
        best.runs = runs.map(\.seconds)
        return best
    }
    single = fastest(singles)
    parallel = fastest(parallels)
    single.map(show)
    parallel.map(show)
}
if hasCLI && options.phases.contains("graph") {
    try graphRun(corpus, label: mainLabel).map(show)
}
// The larger corpus: the memory of `vietie annotate` (the graph's grows with its documents' own nodes).
if hasCLI && options.largeMegabytes > 0 && options.phases.contains("cli") {
    try? FileManager.default.removeItem(atPath: corpus.path)
    let big = try Corpus.write(from: records, megabytes: options.largeMegabytes, to: work.appendingPathComponent("large.jsonl").path)
    let label = String(format: "%.0f MB", Double(big.fileBytes) / 1e6)
    print("large corpus: the same texts cycled to \(big.documents) documents, \(label) of JSON Lines")
    large = try annotateRun(big, jobs: cores, label: label)
    large.map(show)
    try? FileManager.default.removeItem(atPath: big.path)
}

// One long document (the development texts joined, 10 MB): time should grow with its length, not faster.
if hasCLI && options.phases.contains("long") {
    let long = try Corpus.writeLong(from: records, megabytes: 10, to: work.appendingPathComponent("long.jsonl").path)
    let label = String(format: "one document of %.1f MB", Double(long.textBytes) / 1e6)
    try annotateRun(long, jobs: 1, label: label).map(show)
    try? FileManager.default.removeItem(atPath: long.path)
}

// Start-up: `vietie annotate` on one short article, gazetteer loading included; the median of several runs.
var startup: (median: Double, runs: [Double], peakRSS: Double)?
if hasCLI && options.phases.contains("startup") {
    let article = repository.appendingPathComponent("Examples/sample-article.txt").path
    var times: [Double] = [], rss = 0.0
    for _ in 0..<options.startupRuns {
        let run = try Processes.run([vietie, "annotate", article])
        if run.status == 0 { times.append(run.seconds); rss = max(rss, run.peakRSS) }
    }
    if !times.isEmpty {
        let sorted = times.sorted()
        startup = (sorted[sorted.count / 2], times, rss)
        print(String(format: "  start-up, vietie annotate Examples/sample-article.txt: median %.0f ms of %d runs (%.0f–%.0f ms), peak RSS %.1f MB",
                     startup!.median * 1000, times.count, sorted.first! * 1000, sorted.last! * 1000, rss))
    }
}

let speedup = single.flatMap { s in parallel.map { s.seconds / $0.seconds } }
let rgRatio = single.flatMap { s in rgResult.map { $0.mbPerSecond / s.mbPerSecond } }
let cliRSS = [single, parallel].compactMap { $0?.peakRSS }.max()
let targets = [
    Target(name: "end to end, 1 core (MB/s)", value: single?.mbPerSecond, unit: "MB/s", limit: 25, atLeast: true),
    Target(name: "rg is faster by (x)", value: rgRatio, unit: "x", limit: 10, atLeast: false),
    Target(name: "\(cores) cores over 1 core (x)", value: speedup, unit: "x", limit: 1.8, atLeast: true),
    Target(name: "start-up, median (ms)", value: startup.map { $0.median * 1000 }, unit: "ms", limit: 50, atLeast: false),
    Target(name: "annotate peak RSS, \(mainLabel) (MB)", value: cliRSS, unit: "MB", limit: 150, atLeast: false),
    Target(name: "annotate peak RSS, large corpus (MB)", value: large?.peakRSS, unit: "MB", limit: 150, atLeast: false),
]

print("")
print(Report.table(results))
if let startup { print(String(format: "start-up (vietie annotate, one short article): %.0f ms median", startup.median * 1000)) }
print("")
for t in targets { print(t.line) }

if options.save {
    let date = ISO8601DateFormatter().string(from: Date())
    let commit = Processes.output(["git", "-C", repository.path, "rev-parse", "--short", "HEAD"]) ?? "unknown"
    // The binary may be older than the checkout: its path and when it was built.
    let built = (try? FileManager.default.attributesOfItem(atPath: vietie)[.modificationDate] as? Date).map {
        ISO8601DateFormatter().string(from: $0)
    }
    let binaryStamp = hasCLI ? "\(vietie), built \(built ?? "unknown")" : "none"
    var record: [(String, JSONValue)] = [
        ("date", .string(date)), ("build", .string("release, commit \(commit)")), ("vietie", .string(binaryStamp)),
        ("cpu", .string(Report.cpu)),
        ("cores", .number(Double(cores))),
        ("load_average", .object([("before", .string(loadBefore)), ("after", .string(Processes.output(["cat", "/proc/loadavg"]) ?? "unknown"))])),
        ("corpus", .object([("source", "../shared/dev texts, cycled"), ("texts", .number(Double(corpus.sourceTexts))),
                            ("documents", .number(Double(corpus.documents))), ("jsonl_bytes", .number(Double(corpus.fileBytes))),
                            ("text_bytes", .number(Double(corpus.textBytes)))])),
        ("gazetteer_load_ms", .number((loadSeconds * 1000).rounded())),
        ("phases", .array(results.map(Report.json))),
    ]
    if let speedup { record.append(("speedup", Report.round(speedup, 100))) }
    if let rgRatio { record.append(("rg_ratio", Report.round(rgRatio, 100))) }
    if let startup {
        record.append(("startup", .object([("median_ms", Report.round(startup.median * 1000)),
                                           ("runs_ms", .array(startup.runs.map { Report.round($0 * 1000) })),
                                           ("peak_rss_mb", Report.round(startup.peakRSS))])))
    }
    record.append(("targets", .array(targets.map(\.json))))
    let path = try Report.save(.object(record), date: date)
    print("saved \(path)")
}
