import ArgumentParser
import VietIE

/// The output formats of `vietie annotate`.
enum AnnotateFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON record per document (CONTRACT.md).
    case jsonl
    /// One self-contained HTML page for the whole run (``AnnotationHTMLWriter``).
    case html
}

/// Where `vietie annotate` writes each document, in the chosen format: a JSON line per record, or a
/// section of one HTML page. Error records are written in their place in both.
struct AnnotationOutput {
    let format: AnnotateFormat
    let sink: OutputSink
    let options: AnnotationJSON.Options
    private var page: AnnotationHTMLWriter<LineStream>?

    init(format: AnnotateFormat, sink: OutputSink, options: AnnotationJSON.Options) {
        self.format = format
        self.sink = sink
        self.options = options
        page = format == .html ? AnnotationHTMLWriter(output: LineStream(sink: sink)) : nil
    }

    mutating func write(_ annotation: Annotation) {
        if page != nil { page?.write(annotation) } else { sink.write(AnnotationOutput.line(annotation, options: options)) }
    }

    /// What a worker makes of one input (``AnnotatedItem``): the annotation, already serialized for JSON Lines.
    /// Runs on any thread.
    static func prepare(_ input: Result<Document, DocumentFailure>, extractor: Extractor, format: AnnotateFormat,
                        options: AnnotationJSON.Options) -> AnnotatedItem {
        switch input {
        case .failure(let failure): return .failure(failure)
        case .success(let document):
            let annotation = extractor.annotate(document)
            return format == .jsonl ? .record(line(annotation, options: options)) : .annotation(annotation)
        }
    }

    /// An annotation's record as the UTF-8 bytes of one JSON line (no line break), written straight from it.
    static func line(_ annotation: Annotation, options: AnnotationJSON.Options) -> [UInt8] {
        AnnotationJSON.line(annotation, options: options)
    }

    /// A record as the UTF-8 bytes of one JSON line (no line break), written straight from the value.
    static func line(_ record: JSONValue) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        record.write(to: &bytes)
        return bytes
    }

    /// Writes what a worker prepared.
    mutating func write(_ item: AnnotatedItem) {
        switch item {
        case .record(let line): sink.write(line)
        case .annotation(let annotation): write(annotation)
        case .failure(let failure): write(failure)
        }
    }

    mutating func write(_ failure: DocumentFailure) {
        if page != nil { page?.write(failure) } else { sink.write(AnnotationOutput.line(AnnotationJSON.failure(failure))) }
    }

    /// Ends the page (HTML) and hands every byte to the sink; the caller closes the sink.
    mutating func finish() {
        page?.finish()
        page?.output.flush()
    }
}

/// One input of `vietie annotate` after a worker has seen it, waiting to be written in input order.
enum AnnotatedItem: Sendable {
    /// A JSON Lines record, serialized as UTF-8 (no line break).
    case record([UInt8])
    /// An annotation for the HTML page, which is written on one thread.
    case annotation(Annotation)
    /// A document that could not be read.
    case failure(DocumentFailure)
}
