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
        run that lasts more than two seconds shows a progress line on standard error (documents/s, MB/s, ETA). \
        --jobs N annotates N documents at a time over one shared extractor; records are still written in input \
        order, and at most 8 x N documents are held in memory at once.
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

    @Option(name: [.short, .long], help: ArgumentHelp("Annotate this many documents at a time (default: the cores this process may run on; 1: on one thread).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The workers to run: `--jobs`, or one per core this process may run on.
    var workerCount: Int { jobs ?? Cores.available }

    func run() throws {
        // The run's duration counts from here: loading the gazetteers is part of the wait.
        let line = ProgressLine(enabled: !quiet && (progress || ProgressLine.standardErrorIsTerminal))
        let extractor = try loadExtractor(gazetteerOptions)
        if explain {
            printError("phases, in order:")
            for (i, p) in Extractor.phases.enumerated() { printError("  \(i + 1). \(p.name): \(p.reads)") }
        }
        let sink = try OutputSink(path: out)
        var output = AnnotationOutput(format: format, sink: sink, options: AnnotationJSON.Options(includeText: includeText, explain: explain))
        var failures = 0
        // Workers annotate (and serialize) while this thread reads, and writes the results in input order.
        let options = output.options, format = self.format
        let pool = OrderedWorkPool<Result<Document, DocumentFailure>, AnnotatedItem>(jobs: workerCount) { input in
            AnnotationOutput.prepare(input, extractor: extractor, format: format, options: options)
        }
        let deliver = { (item: AnnotatedItem) in
            if case .failure(let failure) = item {
                failures += 1
                line.report("vietie: \(failure.id): \(failure.message)")
            }
            output.write(item)
        }
        inputs.forEachDocument(gazetteers: extractor.gazetteers, progress: line) { pool.submit($0, deliver: deliver) }
        pool.finish(deliver: deliver)
        line.finish()
        output.finish()
        try sink.close()
        if failures > 0 { throw ExitCode(1) }
    }
}
