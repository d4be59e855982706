// libFuzzer entry point: every way a user hands bytes to VietIE, then the whole pipeline on each
// document that reads.
//
// Each input is read (1) as a whole file, as `vietie annotate` reads one: automatic format (text or
// HTML) and automatic encoding (UTF-8 with or without BOM, CRLF, else TCVN3, VNI or Windows-1258 when
// the bytes read as Vietnamese); forced to HTML when markup was not detected; forced into each legacy
// encoding when the bytes are not UTF-8; and (2) as JSON Lines, each non-blank line a record, as
// `vietie annotate --jsonl` reads them. Every document is annotated by the shared extractor; every span
// must slice the text exactly, every mention, reference and event span must lie inside it, and the output record
// must be JSON that reads back. A broken rule stops the run with a message, which libFuzzer reports as
// a crash and saves the input.
import VietIE

/// Built once, on the first input.
nonisolated(unsafe) var shared: (extractor: Extractor, decoder: TextDecoder, legacy: [TextDecoder])? = nil

func setUp() -> (extractor: Extractor, decoder: TextDecoder, legacy: [TextDecoder]) {
    if let shared { return shared }
    do {
        let directory = try GazetteerDirectory.locate()
        let extractor = try Extractor(gazetteers: directory)
        let tables = try LegacyEncodingTables { path in
            try String(contentsOf: directory.url(for: path), encoding: .utf8)
        }
        let legacy = [TextEncoding.tcvn3, .vni, .cp1258].map { TextDecoder(choice: .fixed($0), tables: tables) }
        let made = (extractor, TextDecoder(choice: .auto, tables: tables), legacy)
        shared = made
        return made
    } catch {
        fatalError("vietie-fuzz: cannot load the gazetteers: \(error) (set VIETIE_GAZETTEERS)")
    }
}

/// Annotates one document and checks everything the output promises.
func check(_ document: Document, _ extractor: Extractor, _ path: String) {
    let annotation = extractor.annotate(document)
    do { try annotation.checkInvariants() } catch {
        fatalError("vietie-fuzz [\(path)]: \(error)")
    }
    let n = document.length
    func inside(_ span: Span, _ what: String) {
        guard span.start >= 0, span.start <= span.end, span.end <= n else {
            fatalError("vietie-fuzz [\(path)]: \(what) span \(span) outside 0..<\(n)")
        }
    }
    for official in annotation.officials {
        for mention in official.mentions { inside(mention, "mention of \(official.name)") }
        for reference in official.references { inside(reference, "reference to \(official.name)") }
    }
    for event in annotation.events {
        if let span = event.span { inside(span, "event \(event.kind)") }
    }
    let json = AnnotationJSON.record(annotation, options: .init(includeText: true, explain: true)).serialized
    do { _ = try JSONValue(parsing: json) } catch {
        fatalError("vietie-fuzz [\(path)]: the record does not read back as JSON: \(error)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (extractor, decoder, legacy) = setUp()
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []

    // A whole file, format and encoding detected.
    if case .success(let document) = DocumentReader.read(bytes: bytes, id: "fuzz", decoder: decoder) {
        check(document, extractor, "file")
        // `--input html` on a file not detected as HTML, when it has markup or entities to read.
        if !document.inputNotes.contains("html"), bytes.contains(0x3C) || bytes.contains(0x26),
           case .success(let page) = DocumentReader.read(bytes: bytes, id: "fuzz", format: .html, decoder: decoder) {
            check(page, extractor, "file as html")
        }
    }
    // A whole file given in a legacy encoding (`--encoding tcvn3|vni|cp1258`), for bytes that are not UTF-8.
    if InputDecoder.firstInvalidUTF8(bytes) != nil {
        for forced in legacy {
            if case .success(let document) = DocumentReader.read(bytes: bytes, id: "fuzz", decoder: forced) {
                check(document, extractor, "file as \(forced.choice)")
            }
        }
    }
    // JSON Lines: each non-blank line, without its "\r" and (first line) its byte-order mark.
    var lineNumber = 0
    for var line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        lineNumber += 1
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        if line.last == 0x0D { line = line.dropLast() }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        if case .success(let document) = JSONLRecord.parse(line: line, lineNumber: lineNumber) {
            check(document, extractor, "jsonl line \(lineNumber)")
        }
    }
    return 0
}
