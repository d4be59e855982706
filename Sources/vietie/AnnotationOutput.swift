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
        if page != nil { page?.write(annotation) } else { sink.write(AnnotationJSON.record(annotation, options: options).serialized) }
    }

    mutating func write(_ failure: DocumentFailure) {
        if page != nil { page?.write(failure) } else { sink.write(AnnotationJSON.failure(failure).serialized) }
    }

    /// Ends the page (HTML) and hands every byte to the sink; the caller closes the sink.
    mutating func finish() {
        page?.finish()
        page?.output.flush()
    }
}
