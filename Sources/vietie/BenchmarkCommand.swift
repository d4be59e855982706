import ArgumentParser
import Foundation
import VietIE

struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure extraction accuracy against gold annotations (CONTRACT.md metrics).",
        discussion: """
        Without --pred, runs the extractor on the gold texts (with their published dates and URLs) and scores \
        the result. Several --gold files are scored together. --errors prints every miss and false alarm.
        """)

    @Option(name: .long, help: ArgumentHelp("Gold JSONL file (repeatable).", valueName: "file"))
    var gold: [String]

    @Option(name: .long, help: ArgumentHelp("Predictions JSONL (vietie annotate output); default: run the extractor.", valueName: "file"))
    var pred: String?

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Print misses and false alarms (all, or one type: PERSON, TITLE, ..., official, statistic, met-with).", valueName: "type"))
    var errors: String?

    @Flag(name: .long, help: "With --errors: print every miss and false alarm.")
    var allErrors = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        var golds: [ScoredDocument] = []
        for path in gold {
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
            do { golds += try ScoredDocument.load(jsonl: Array(data)) } catch { throw CLIError("\(path): \(error)") }
        }
        let predictions: [ScoredDocument]
        if let pred {
            guard let data = FileManager.default.contents(atPath: pred) else { throw CLIError("cannot read \(pred)") }
            do { predictions = try ScoredDocument.load(jsonl: Array(data)) } catch { throw CLIError("\(pred): \(error)") }
        } else {
            let extractor = try Extractor(gazetteers: .locate(overlay: gazetteerOptions.gazetteers))
            predictions = try golds.map { g in
                guard let text = g.text else { throw CLIError("gold record \(g.id) has no text") }
                let document = HeaderMetadata.complete(Document(id: g.id, text: text, url: g.url, published: g.published,
                                                                metadataSources: g.published == nil ? [:] : ["published": "input"]))
                let record = AnnotationJSON.record(extractor.annotate(document))
                return try ScoredDocument(json: record, line: 0)
            }
        }
        let report = Scorer.score(gold: golds, predicted: predictions)
        if json { print(ReportFormatter.json(report).serialized) } else { print(ReportFormatter.table(report), terminator: "") }
        if errors != nil || allErrors {
            let type = errors.flatMap { $0 == "all" ? nil : $0 }
            print(ReportFormatter.errors(report, type: type), terminator: "")
        }
    }
}
