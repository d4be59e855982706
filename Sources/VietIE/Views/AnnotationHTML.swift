import VietIECore
import VietIEText

/// The annotation page of a few documents, as one string (``AnnotationHTMLWriter`` streams it instead).
///
///     try AnnotationHTML.page([.success(annotation)]).write(toFile: "page.html", atomically: true, encoding: .utf8)
public enum AnnotationHTML {
    /// A whole page for these documents, in order: annotated documents as sections, failures as error boxes.
    ///
    ///     let html = AnnotationHTML.page([.success(extractor.annotate(document)), .failure(failure)])
    ///
    /// - Parameters:
    ///   - documents: the annotations, or the failures, in input order.
    ///   - title: the page's `<title>` and heading.
    /// - Complexity: as ``AnnotationHTMLWriter``; the page is held in one string.
    public static func page(_ documents: [Result<Annotation, DocumentFailure>], title: String = "VietIE annotations") -> String {
        var writer = AnnotationHTMLWriter(output: String(), title: title)
        for d in documents {
            switch d {
            case .success(let a): writer.write(a)
            case .failure(let f): writer.write(f)
            }
        }
        writer.finish()
        return writer.output
    }
}

/// Writes the annotations of a run as one self-contained HTML page (`vietie annotate --format html`).
///
/// For each document, in the order written: its text with every entity as a coloured mark labelled
/// with its type (nested marks for nested spans, ``EntityStyle``), a tooltip per mark with the
/// entity's rule and attributes (normalized value, resolved place or date, canonical title, metric and
/// value), and side panels of officials, events and statistics. A document that failed is an error
/// box in its place. A legend of the types heads the page; with several documents, an index of them
/// follows it. Style and script are inline: the page fetches nothing.
///
/// All text is HTML-escaped (``HTMLEscaping``), and offsets are code points: the text is sliced from
/// the document's ``Document/scalars``, never from UTF-16 or bytes.
///
///     var page = AnnotationHTMLWriter(output: String())
///     page.write(extractor.annotate(document))
///     page.write(DocumentFailure(id: "line-3", message: "line 3: missing \"text\""))
///     page.finish()
///     try page.output.write(toFile: "annotations.html", atomically: true, encoding: .utf8)
///
/// Sections are written as documents arrive; only the index entries (id, a short preview and counts)
/// are kept until ``finish()``, which writes the index (placed at the top by the style sheet).
///
/// - Complexity: O(n + e log e) per document of n code points and e entities; memory O(documents)
///   for the index.
public struct AnnotationHTMLWriter<Output: TextOutputStream> {
    /// Where the page goes (a `String`, or a stream onto a file).
    public var output: Output
    /// The page's title.
    public let title: String
    private var entries: [IndexEntry] = []
    private var started = false
    private var finished = false

    struct IndexEntry {
        var id: String
        var preview: String
        var summary: String
        var failed: Bool
    }

    /// A writer that has written nothing yet.
    ///
    /// - Parameters:
    ///   - output: where the page goes.
    ///   - title: the page's `<title>` and heading.
    public init(output: Output, title: String = "VietIE annotations") {
        self.output = output
        self.title = title
    }

    /// Writes one document's section: header, marked-up text and panels.
    ///
    /// - Parameter annotation: what was extracted from the document.
    public mutating func write(_ annotation: Annotation) {
        guard !finished else { return }
        begin()
        let anchor = "d\(entries.count)"
        let d = annotation.document
        output.write("<section class=\"doc\" id=\"\(anchor)\">\n<header class=\"doc-head\">")
        output.write("<h2><span class=\"n\">\(entries.count + 1)</span>\(HTMLEscaping.text(d.id))</h2>\n")
        output.write(Self.meta(d))
        output.write(Self.chips(annotation))
        output.write("</header>\n<div class=\"doc-body\">\n<article class=\"text\" lang=\"vi\">")
        output.write(EntityMarkup(annotation: annotation, anchor: anchor).render())
        output.write("</article>\n")
        output.write(AnnotationPanels(annotation: annotation, anchor: anchor).render())
        output.write("</div>\n</section>\n")
        let counts = "\(annotation.entities.count) entities · \(annotation.officials.count) officials · "
            + "\(annotation.events.count) events · \(annotation.statistics.count) statistics"
        entries.append(IndexEntry(id: d.id, preview: Self.preview(d), summary: counts, failed: false))
    }

    /// Writes the error box of a document that could not be annotated.
    ///
    /// - Parameter failure: the document's id (or line) and why it failed.
    public mutating func write(_ failure: DocumentFailure) {
        guard !finished else { return }
        begin()
        let anchor = "d\(entries.count)"
        output.write("<section class=\"doc failed\" id=\"\(anchor)\">\n<header class=\"doc-head\">")
        output.write("<h2><span class=\"n\">\(entries.count + 1)</span>\(HTMLEscaping.text(failure.id))</h2></header>\n")
        output.write("<div class=\"errorbox\" role=\"alert\"><strong>Not annotated:</strong> \(HTMLEscaping.text(failure.message))</div>\n")
        output.write("</section>\n")
        entries.append(IndexEntry(id: failure.id, preview: failure.message, summary: "error", failed: true))
    }

    /// Ends the page: the index (when there are several documents), the popover's script and the
    /// closing tags. Writing after this does nothing; calling it twice writes nothing more.
    public mutating func finish() {
        guard !finished else { return }
        begin()
        finished = true
        output.write("</main>\n")
        if entries.count > 1 { output.write(index()) }
        let failed = entries.lazy.filter(\.failed).count
        var summary = "\(entries.count) document\(entries.count == 1 ? "" : "s")"
        if failed > 0 { summary += ", \(failed) not annotated" }
        output.write("<footer>\(summary). Offsets count Unicode code points; hover a mark for its attributes, click it for the marks around it.</footer>\n")
        output.write("</div>\n<div id=\"popover\" hidden></div>\n<script>\n\(AnnotationPageAssets.script)\n</script>\n</body>\n</html>\n")
    }

    private mutating func begin() {
        guard !started else { return }
        started = true
        let t = HTMLEscaping.text(title)
        output.write("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        output.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(t)</title>\n")
        output.write("<style>\n\(AnnotationPageAssets.css)\n\(EntityStyle.css)\n</style>\n</head>\n<body>\n<div class=\"page\">\n")
        output.write("<header class=\"top\"><h1>\(t)</h1>\n<ul class=\"legend\" aria-label=\"entity types\">")
        for type in EntityType.allCases {
            output.write("<li><span class=\"swatch t-\(type.rawValue)\">\(EntityStyle.label(type))</span>\(type.rawValue)</li>")
        }
        output.write("</ul>\n</header>\n<main>\n")
    }

    private func index() -> String {
        var out = "<nav class=\"index\" aria-label=\"documents\"><h2>Documents (\(entries.count))</h2>\n<ol>\n"
        for (i, e) in entries.enumerated() {
            out += "<li\(e.failed ? " class=\"failed\"" : "")><a href=\"#d\(i)\">\(HTMLEscaping.text(e.id))</a>"
            out += " <span class=\"preview\">\(HTMLEscaping.text(e.preview))</span> <span class=\"muted\">(\(HTMLEscaping.text(e.summary)))</span></li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    /// The title, URL, date and size of a document, as one line.
    static func meta(_ d: Document) -> String {
        var parts: [String] = []
        if let title = d.title { parts.append("<span class=\"doc-title\">\(HTMLEscaping.text(title))</span>") }
        if let p = d.published ?? d.publishedMonth { parts.append("published \(HTMLEscaping.text(p))") }
        if let url = d.url {
            let lower = url.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
                parts.append("<a href=\"\(HTMLEscaping.text(url))\" rel=\"noreferrer noopener\">\(HTMLEscaping.text(url))</a>")
            } else {
                parts.append(HTMLEscaping.text(url))
            }
        }
        parts.append("\(d.length) code points")
        if let e = d.encoding, e != "utf8" { parts.append("decoded from \(HTMLEscaping.text(e))") }
        if !d.inputNotes.isEmpty { parts.append("input: \(HTMLEscaping.text(d.inputNotes.joined(separator: ", ")))") }
        return "<p class=\"meta\">" + parts.joined(separator: " · ") + "</p>\n"
    }

    /// The number of entities of each type, in the type's colour.
    static func chips(_ a: Annotation) -> String {
        var counts: [EntityType: Int] = [:]
        for e in a.entities { counts[e.type, default: 0] += 1 }
        let chips = EntityType.allCases.compactMap { t in
            counts[t].map { "<span class=\"swatch t-\(t.rawValue)\">\(EntityStyle.label(t)) \($0)</span>" }
        }
        return chips.isEmpty ? "" : "<p class=\"chips\">" + chips.joined() + "</p>\n"
    }

    /// The document's title, else its first line of more than a few letters, cut to about 90 characters.
    static func preview(_ d: Document) -> String {
        let line = d.title ?? d.text.split(whereSeparator: \.isNewline).first { $0.count > 3 }.map(String.init) ?? ""
        let trimmed = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        return trimmed.count > 90 ? String(trimmed.prefix(88)) + "…" : trimmed
    }
}
