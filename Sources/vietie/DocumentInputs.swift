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

    @Option(name: .long, help: ArgumentHelp("Refuse a file or JSON Lines record larger than this (bytes); it gets an error record and is never held in memory.", valueName: "bytes"))
    var maxInputBytes: Int = InputDecoder.defaultMaximumSize

    @Argument(help: ArgumentHelp("Input files; none or \"-\" reads standard input.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        guard ["auto", "plain", "html"].contains(input) else {
            throw ValidationError("--input must be auto, plain or html")
        }
        guard maxInputBytes > 0 else { throw ValidationError("--max-input-bytes must be positive") }
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
        guard !jsonl, choice != .fixed(.utf8) else { return TextDecoder(choice: .fixed(.utf8), tables: nil, maximumSize: maxInputBytes) }
        do {
            let directory = try gazetteers ?? GazetteerDirectory.locate()
            let tables = try LegacyEncodingTables { try String(contentsOf: directory.url(for: $0), encoding: .utf8) }
            return TextDecoder(choice: choice, tables: tables, maximumSize: maxInputBytes)
        } catch {
            printError("vietie: cannot load the encoding tables: \(error)")
            return TextDecoder(choice: choice, tables: nil, maximumSize: maxInputBytes)
        }
    }

    /// Reads every input in order and hands each document, or the failure to read it, to `body`.
    ///
    /// With `--jsonl`, each non-blank line is one record (``JSONLRecord``); otherwise each file is one
    /// document whose id is the file name. A file that cannot be opened, a file larger than the input limit
    /// (refused before it is read) and a line longer than it are failures; the run goes on.
    ///
    /// Whole files are decoded as `--encoding` says (``textDecoder(gazetteers:)``). `progress` is told the
    /// total size of regular files and the bytes of each document.
    ///
    /// - Complexity: memory holds one line (or one whole file) at a time.
    func forEachDocument(gazetteers: GazetteerDirectory? = nil, progress: ProgressLine? = nil,
                         _ body: (Result<Document, DocumentFailure>) throws -> Void) rethrows {
        let inputs = files.isEmpty ? ["-"] : files
        let format: InputFormat? = input == "auto" ? nil : InputFormat(rawValue: input)
        // The TCVN3 and VNI tables are read at the first file that is not UTF-8 (most runs never need them).
        let choice = EncodingChoice(argument: encoding) ?? .auto
        let plainUTF8 = TextDecoder(choice: choice, tables: nil, maximumSize: maxInputBytes)
        var legacy: TextDecoder?
        func decoder(for bytes: [UInt8]) -> TextDecoder {
            if let legacy { return legacy }
            if choice == .auto || choice == .fixed(.utf8), InputDecoder.firstInvalidUTF8(bytes) == nil { return plainUTF8 }
            legacy = textDecoder(gazetteers: gazetteers)
            return legacy!
        }
        let limit = maxInputBytes
        progress?.totalBytes = InputFiles.totalSize(of: inputs)
        for path in inputs {
            if jsonl {
                var reader: LineReader
                do { reader = try LineReader(path: path, maximumLength: limit) } catch {
                    try body(.failure(DocumentFailure(id: path, message: "\(error)")))
                    continue
                }
                var lineNumber = 0
                var consumed = 0
                while let item = reader.next() {
                    lineNumber += 1
                    var isRecord = true
                    switch item {
                    case .tooLong(let bytes):
                        let message = "line \(lineNumber): longer than \(limit) bytes (\(bytes))"
                        try body(.failure(DocumentFailure(id: "line-\(lineNumber)", message: message)))
                    case .line(let line):
                        // Blank lines are not records.
                        isRecord = !line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                        if isRecord { try body(JSONLRecord.parse(line: line, lineNumber: lineNumber)) }
                    }
                    progress?.advance(bytes: reader.bytesRead - consumed, documents: isRecord ? 1 : 0)
                    consumed = reader.bytesRead
                }
                if let error = reader.readError {
                    try body(.failure(DocumentFailure(id: path, message: "cannot read \(path) after line \(lineNumber): \(error)")))
                }
            } else {
                let id = path == "-" ? "stdin" : (path as NSString).lastPathComponent
                switch InputFiles.read(path, limit: limit) {
                case .failure(let message):
                    try body(.failure(DocumentFailure(id: id, message: message.description)))
                case .success(let bytes):
                    try body(DocumentReader.read(bytes: bytes, id: id, format: format, decoder: decoder(for: bytes)))
                    progress?.advance(bytes: bytes.count)
                }
            }
        }
    }
}
