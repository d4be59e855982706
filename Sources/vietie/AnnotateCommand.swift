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
        No FILE, or "-", reads standard input. The exit status is 1 when any document failed.
        """)

    @Flag(name: .long, help: "Read JSON Lines records instead of whole files.")
    var jsonl = false

    @Option(name: .long, help: "Input format of whole files: auto, plain or html.")
    var input: String = "auto"

    @Option(name: [.short, .long], help: ArgumentHelp("Write the output to this file (written atomically) instead of standard output.", valueName: "path"))
    var out: String?

    @Flag(name: .long, help: "Include each document's text in its record (always done for HTML input).")
    var includeText = false

    @Flag(name: .long, help: "Print the phases on standard error and add each span's provenance to the output.")
    var explain = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    @Argument(help: ArgumentHelp("Input files; none or \"-\" reads standard input.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        guard ["auto", "plain", "html"].contains(input) else {
            throw ValidationError("--input must be auto, plain or html")
        }
    }

    func run() throws {
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
        let options = AnnotationJSON.Options(includeText: includeText, explain: explain)
        var failures = 0
        let inputs = files.isEmpty ? ["-"] : files
        let annotate = { (result: Result<Document, DocumentFailure>) in
            switch result {
            case .success(let document):
                sink.write(AnnotationJSON.record(extractor.annotate(document), options: options).serialized)
            case .failure(let failure):
                failures += 1
                printError("vietie: \(failure.id): \(failure.message)")
                sink.write(AnnotationJSON.failure(failure).serialized)
            }
        }
        for path in inputs {
            if jsonl {
                var reader: LineReader
                do { reader = try LineReader(path: path) } catch {
                    failures += 1
                    printError("vietie: \(error)")
                    sink.write(AnnotationJSON.failure(DocumentFailure(id: path, message: "\(error)")).serialized)
                    continue
                }
                var lineNumber = 0
                while let line = reader.next() {
                    lineNumber += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    annotate(JSONLRecord.parse(line: line, lineNumber: lineNumber))
                }
            } else {
                let id = path == "-" ? "stdin" : (path as NSString).lastPathComponent
                let bytes: [UInt8]
                if path == "-" {
                    bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
                } else if let data = FileManager.default.contents(atPath: path) {
                    bytes = Array(data)
                } else {
                    annotate(.failure(DocumentFailure(id: id, message: "cannot read \(path)")))
                    continue
                }
                let format: InputFormat? = input == "auto" ? nil : InputFormat(rawValue: input)
                annotate(DocumentReader.read(bytes: bytes, id: id, format: format))
            }
        }
        try sink.close()
        if failures > 0 { throw ExitCode(1) }
    }
}
