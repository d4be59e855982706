import Foundation
import VietIE

/// One phase's figures: seconds of work over `bytes` UTF-8 bytes and `documents` documents.
struct Measurement {
    var phase: String
    var cores: Int = 1
    var seconds: Double
    var bytes: Int
    var documents: Int
    /// Peak resident memory of the process that ran it, in MB (2^20 bytes).
    var peakRSS: Double?
    /// CPU seconds of the whole process (all threads), for whole-process measurements.
    var cpuSeconds: Double?
    /// The wall times of every run when the fastest of several is reported.
    var runs: [Double] = []
    var mbPerSecond: Double { Double(bytes) / 1e6 / seconds }
    var docsPerSecond: Double { Double(documents) / seconds }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// The in-process phases, each run alone in a child process on one thread over the corpus read back in
/// batches (reading and JSON parsing are not timed; only the phase's own work is).
enum InProcessPhase: String, CaseIterable {
    case decode, normalize, tokenize, analyze, match, annotate, nfd

    var title: String {
        switch self {
        case .decode: "decode (UTF-8 check, BOM)"
        case .normalize: "normalize (NFC check, tones, fold)"
        case .tokenize: "tokenize + sentences (of normalized text)"
        case .analyze: "decode + normalize + tokenize + sentences"
        case .match: "gazetteer matcher (all lists, all matches)"
        case .annotate: "annotate end to end, in process (to JSON)"
        case .nfd: "normalize NFD input (1/10 of corpus)"
        }
    }

    /// Runs the phase over the corpus file; returns its measurement and the gazetteer load time (seconds).
    func run(corpus path: String) throws -> (Measurement, load: Double, checksum: Int) {
        let clock = ContinuousClock()
        var extractorOrNil: Extractor?
        var loadError: Error?
        let load = clock.measure {
            do { extractorOrNil = try Extractor(gazetteers: .locate()) } catch { loadError = error }
        }
        guard let extractor = extractorOrNil else { throw BenchError("cannot build the extractor: \(loadError.map { "\($0)" } ?? "")") }
        var elapsed = Duration.zero
        var bytes = 0, documents = 0, sink = 0
        try Corpus.forEachBatch(path) { batch in
            switch self {
            case .decode:
                elapsed += clock.measure {
                    for d in batch { if case .success(let r) = InputDecoder.decode(d.bytes) { sink &+= r.text.utf8.count } }
                }
            case .normalize:
                let docs = batch.map { Document(id: $0.id, text: String(decoding: $0.bytes, as: UTF8.self)) }
                elapsed += clock.measure { for d in docs { sink &+= Normalizer.normalize(d).count } }
            case .tokenize:
                let normalized = batch.map { Normalizer.normalize(Document(id: $0.id, text: String(decoding: $0.bytes, as: UTF8.self))) }
                let tokenizer = extractor.analyzer.tokenizer
                elapsed += clock.measure {
                    for n in normalized {
                        let tokens = tokenizer.tokenize(n)
                        sink &+= tokens.count + SentenceSplitter.split(tokens, text: n).count
                    }
                }
            case .analyze:
                elapsed += clock.measure {
                    for d in batch {
                        guard case .success(let r) = InputDecoder.decode(d.bytes) else { continue }
                        let a = extractor.analyzer.analyze(Document(id: d.id, text: r.text))
                        sink &+= a.tokens.count + a.sentences.count
                    }
                }
            case .match:
                let analyzed = batch.map { extractor.analyzer.analyze(Document(id: $0.id, text: String(decoding: $0.bytes, as: UTF8.self))) }
                elapsed += clock.measure { for a in analyzed { sink &+= extractor.gazetteer.matches(in: a).count } }
            case .annotate:
                elapsed += clock.measure {
                    for d in batch {
                        guard case .success(let r) = InputDecoder.decode(d.bytes) else { continue }
                        sink &+= AnnotationJSON.line(extractor.annotate(Document(id: d.id, text: r.text))).count
                    }
                }
            case .nfd:
                let docs = batch.enumerated().filter { $0.offset % 10 == 0 }.map {
                    Document(id: $0.element.id, text: String(decoding: $0.element.bytes, as: UTF8.self).decomposedStringWithCanonicalMapping)
                }
                elapsed += clock.measure { for d in docs { sink &+= Normalizer.normalize(d).count } }
                bytes += docs.reduce(0) { $0 + $1.text.utf8.count }
                documents += docs.count
                return
            }
            bytes += batch.reduce(0) { $0 + $1.bytes.count }
            documents += batch.count
        }
        return (Measurement(phase: title, seconds: elapsed.seconds, bytes: bytes, documents: documents), load.seconds, sink)
    }

    /// The child's side: runs the phase and writes `{seconds, bytes, documents, load_seconds, checksum}`.
    static func runChild(_ name: String, corpus: String, result: String) -> Int32 {
        guard let phase = InProcessPhase(rawValue: name) else { return 2 }
        do {
            let (m, load, checksum) = try phase.run(corpus: corpus)
            let record: JSONValue = .object([
                ("seconds", .number(m.seconds)), ("bytes", .number(Double(m.bytes))), ("documents", .number(Double(m.documents))),
                ("load_seconds", .number(load)), ("checksum", .number(Double(checksum))),
            ])
            try Data(record.serialized.utf8).write(to: URL(fileURLWithPath: result))
            return 0
        } catch {
            FileHandle.standardError.write(Data("vietie-bench: \(error)\n".utf8))
            return 1
        }
    }
}
