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

    @Argument(help: ArgumentHelp("Input files; none or \"-\" reads standard input.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        guard ["auto", "plain", "html"].contains(input) else {
            throw ValidationError("--input must be auto, plain or html")
        }
    }

    /// Reads every input in order and hands each document, or the failure to read it, to `body`.
    ///
    /// With `--jsonl`, each non-blank line is one record (``JSONLRecord``); otherwise each file is one
    /// document whose id is the file name. A file that cannot be opened is a failure with the path as
    /// its id; the run goes on.
    ///
    /// - Complexity: memory holds one line (or one whole file) at a time.
    func forEachDocument(_ body: (Result<Document, DocumentFailure>) throws -> Void) rethrows {
        let inputs = files.isEmpty ? ["-"] : files
        let format: InputFormat? = input == "auto" ? nil : InputFormat(rawValue: input)
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
                try body(DocumentReader.read(bytes: bytes, id: id, format: format))
            }
        }
    }
}
