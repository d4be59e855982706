import ArgumentParser
import Foundation
import VietIE

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate articles: JSON Lines in, one JSON record per document out.",
        discussion: """
        With --jsonl, each input line is {"id", "text", "published"?, "url"?, "title"?} and yields exactly one \
        output line, in order; a line that cannot be processed yields {"id", "error"} and the run goes on. \
        Without --jsonl, each FILE (plain text or HTML) is one document whose id is the file name. \
        No FILE, or "-", reads standard input. The exit status is 1 when any document failed. On a terminal, a \
        run that lasts more than two seconds shows a progress line on standard error (documents/s, MB/s, ETA).
        """)

    @OptionGroup var inputs: InputOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Write the output to this file (written atomically) instead of standard output.", valueName: "path"))
    var out: String?

    @Flag(name: .long, help: "Include each document's text in its record (always done for HTML input).")
    var includeText = false

    @Flag(name: .long, help: "Print the phases on standard error and add each span's provenance to the output.")
    var explain = false

    @Option(name: .long, help: "Output format: jsonl (one JSON record per document) or html (one self-contained page for the run).")
    var format: AnnotateFormat = .jsonl

    @Flag(name: .long, help: "Print no progress line on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Print the progress line even when standard error is not a terminal.")
    var progress = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        // The run's duration counts from here: loading the gazetteers is part of the wait.
        let line = ProgressLine(enabled: !quiet && (progress || ProgressLine.standardErrorIsTerminal))
        let extractor: Extractor
        do {
            extractor = try Extractor(gazetteers: .locate(overlay: gazetteerOptions.gazetteers))
        } catch {
            printError("vietie: \(error)")
            throw ExitCode(2)
        }
        if explain {
            printError("phases, in order:")
            for (i, p) in Extractor.phases.enumerated() { printError("  \(i + 1). \(p.name): \(p.reads)") }
        }
        let sink = try OutputSink(path: out)
        var output = AnnotationOutput(format: format, sink: sink, options: AnnotationJSON.Options(includeText: includeText, explain: explain))
        var failures = 0
        inputs.forEachDocument(gazetteers: extractor.gazetteers, progress: line) { result in
            switch result {
            case .success(let document):
                output.write(extractor.annotate(document))
            case .failure(let failure):
                failures += 1
                line.report("vietie: \(failure.id): \(failure.message)")
                output.write(failure)
            }
        }
        line.finish()
        output.finish()
        try sink.close()
        if failures > 0 { throw ExitCode(1) }
    }
}
