import ArgumentParser
import Foundation
import VietIE

/// The input options shared by commands that read articles: whole files (plain text or HTML) or
/// JSON Lines records, from files or standard input.
struct InputOptions: ParsableArguments {
    @Flag(name: .long, help: "Read JSON Lines records instead of whole files.")
    var jsonl = false

    @Option(name: .long, help: "Input format of whole files: auto, plain or html.")
    var input: String = "auto"

    @Option(name: .long, help: ArgumentHelp("Character encoding of whole files: auto (valid UTF-8, else the legacy encoding that reads as Vietnamese), utf8, tcvn3, vni or cp1258.", valueName: "name"))
    var encoding: String = "auto"

    @Argument(help: ArgumentHelp("Input files; none or \"-\" reads standard input.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        guard ["auto", "plain", "html"].contains(input) else {
            throw ValidationError("--input must be auto, plain or html")
        }
        guard let choice = EncodingChoice(argument: encoding) else {
            throw ValidationError("--encoding must be one of \(EncodingChoice.arguments.joined(separator: ", "))")
        }
        if jsonl && choice != .auto && choice != .fixed(.utf8) {
            throw ValidationError("--encoding applies to whole files: JSON Lines input is UTF-8")
        }
    }

    /// The decoder of whole files: the `--encoding` choice with the TCVN3 and VNI tables of `gazetteers`
    /// (the built-in directory when nil).
    ///
    /// A table that cannot be read is reported on standard error; detection then goes on with the encodings
    /// that remain, and a file asked for in a missing table's encoding gets an error record.
    func textDecoder(gazetteers: GazetteerDirectory?) -> TextDecoder {
        let choice = EncodingChoice(argument: encoding) ?? .auto
        guard !jsonl, choice != .fixed(.utf8) else { return .utf8 }
        do {
            let directory = try gazetteers ?? GazetteerDirectory.locate()
            let tables = try LegacyEncodingTables { try String(contentsOf: directory.url(for: $0), encoding: .utf8) }
            return TextDecoder(choice: choice, tables: tables)
        } catch {
            printError("vietie: cannot load the encoding tables: \(error)")
            return TextDecoder(choice: choice, tables: nil)
        }
    }

    /// Reads every input in order and hands each document, or the failure to read it, to `body`.
    ///
    /// With `--jsonl`, each non-blank line is one record (``JSONLRecord``); otherwise each file is one
    /// document whose id is the file name. A file that cannot be opened is a failure with the path as
    /// its id; the run goes on.
    ///
    /// Whole files are decoded as `--encoding` says (``textDecoder(gazetteers:)``).
    ///
    /// - Complexity: memory holds one line (or one whole file) at a time.
    func forEachDocument(gazetteers: GazetteerDirectory? = nil, _ body: (Result<Document, DocumentFailure>) throws -> Void) rethrows {
        let inputs = files.isEmpty ? ["-"] : files
        let format: InputFormat? = input == "auto" ? nil : InputFormat(rawValue: input)
        let decoder = textDecoder(gazetteers: gazetteers)
        for path in inputs {
            if jsonl {
                var reader: LineReader
                do { reader = try LineReader(path: path) } catch {
                    try body(.failure(DocumentFailure(id: path, message: "\(error)")))
                    continue
                }
                var lineNumber = 0
                while let line = reader.next() {
                    lineNumber += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    try body(JSONLRecord.parse(line: line, lineNumber: lineNumber))
                }
            } else {
                let id = path == "-" ? "stdin" : (path as NSString).lastPathComponent
                let bytes: [UInt8]
                if path == "-" {
                    bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
                } else if let data = FileManager.default.contents(atPath: path) {
                    bytes = Array(data)
                } else {
                    try body(.failure(DocumentFailure(id: id, message: "cannot read \(path)")))
                    continue
                }
                try body(DocumentReader.read(bytes: bytes, id: id, format: format, decoder: decoder))
            }
        }
    }
}
