import VietIECore
import VietIEText

/// The output records of `vietie annotate` (CONTRACT.md): one JSON object per document.
///
///     let record = AnnotationJSON.record(extractor.annotate(document), options: .init(explain: true))
///     print(record.serialized)   // {"id":"a1","document":{...},"entities":[...],"officials":[...],...}
public enum AnnotationJSON {
    /// What a record includes beyond the contract's fields.
    ///
    ///     AnnotationJSON.Options(includeText: true, explain: true)   // `vietie annotate --include-text --explain`
    public struct Options: Sendable {
        /// Write the document text (always for HTML and legacy-encoded input, where offsets refer to the
        /// extracted or decoded text).
        public var includeText: Bool = false
        /// Write each span's provenance (rule and gazetteer entries).
        public var explain: Bool = false
        /// Creates options; both are off by default.
        public init(includeText: Bool = false, explain: Bool = false) {
            self.includeText = includeText
            self.explain = explain
        }
    }

    /// The record of one annotation: `id`, `document` (URL, title, publication date or month, the
    /// sources of that metadata, input notes, encoding, length), `text` when asked for or when offsets
    /// refer to extracted or decoded text, then `entities`, `officials`, `statistics` and `events`.
    /// Each item's extra attributes follow its fixed fields in key order.
    ///
    /// - Complexity: O(n) in the size of the record.
    public static func record(_ a: Annotation, options: Options = Options()) -> JSONValue {
        var b = JSONTreeBuilder()
        write(a, options: options, to: &b)
        return b.value
    }

    /// The record of one annotation as the UTF-8 bytes of one JSON line (no line break), written straight from it.
    /// (Made here, where the walk is compiled for ``JSONWriter``, not through the generic one.)
    ///
    /// - Complexity: O(n) in the size of the record.
    public static func line(_ a: Annotation, options: Options = Options()) -> [UInt8] {
        var w = JSONWriter()
        write(a, options: options, to: &w)
        return w.bytes
    }

    /// Writes the record of one annotation (``record(_:options:)``) to a JSON output: bytes (``JSONWriter``),
    /// straight from the annotation, or the value (``JSONTreeBuilder``).
    ///
    /// - Complexity: O(n) in the size of the record.
    public static func write(_ a: Annotation, options: Options = Options(), to w: inout some JSONOutput) {
        let d = a.document
        w.object { w in
            w.key("id"); w.string(d.id)
            w.key("document")
            w.object { w in
                if let url = d.url { w.key("url"); w.string(url) }
                if let title = d.title { w.key("title"); w.string(title) }
                if let p = d.published { w.key("published"); w.string(p) }
                if let m = d.publishedMonth { w.key("published_month"); w.string(m) }
                if !d.metadataSources.isEmpty {
                    w.key("sources")
                    w.object { w in for k in d.metadataSources.keys.sorted() { w.key(k); w.string(d.metadataSources[k]!) } }
                }
                if !d.inputNotes.isEmpty { w.key("input"); w.array { w in for n in d.inputNotes { w.string(n) } } }
                if let e = d.encoding { w.key("encoding"); w.string(e) }
                w.key("length"); w.number(d.length)
            }
            // HTML and legacy encodings: offsets refer to the extracted or decoded text, so it is written.
            let transformed = d.inputNotes.contains("html") || (d.encoding.map { $0 != "utf8" } ?? false)
            if options.includeText || transformed { w.key("text"); w.string(d.text) }
            w.key("entities"); w.array { w in for e in a.entities { entity(e, options, &w) } }
            w.key("officials"); w.array { w in for x in a.officials { official(x, &w) } }
            w.key("statistics"); w.array { w in for s in a.statistics { statistic(s, options, &w) } }
            w.key("events"); w.array { w in for e in a.events { event(e, &w) } }
        }
    }

    /// The record of a document that could not be processed: `{"id": ..., "error": ...}`.
    public static func failure(_ f: DocumentFailure) -> JSONValue {
        .object([("id", .string(f.id)), ("error", .string(f.message))])
    }

    static func provenance(_ p: Provenance, _ w: inout some JSONOutput) {
        w.object { w in
            w.key("rule"); w.string(p.rule)
            if !p.entries.isEmpty { w.key("entries"); w.array { w in for e in p.entries { w.string(e) } } }
            if !p.evidence.isEmpty {
                w.key("evidence"); w.array { w in for s in p.evidence { span(s, &w) } }
            }
        }
    }

    /// `[start, end]`.
    static func span(_ s: Span, _ w: inout some JSONOutput) {
        w.array { w in w.number(s.start); w.number(s.end) }
    }

    /// A span's text and offsets: `text`, `start`, `end`.
    static func spanned(_ text: String, _ span: Span, _ w: inout some JSONOutput) {
        w.key("text"); w.string(text)
        w.key("start"); w.number(span.start)
        w.key("end"); w.number(span.end)
    }

    /// What follows an item's fixed fields: its attributes in key order, then its provenance when asked for.
    static func extras(_ attributes: [String: JSONValue], _ p: Provenance, _ o: Options, _ w: inout some JSONOutput) {
        w.members(sortedFrom: attributes)
        if o.explain { w.key("provenance"); provenance(p, &w) }
    }

    static func entity(_ e: Entity, _ o: Options, _ w: inout some JSONOutput) {
        w.object { w in
            w.key("type"); w.string(e.type.rawValue)
            spanned(e.text, e.span, &w)
            w.key("rule"); w.string(e.provenance.rule)
            extras(e.attributes, e.provenance, o, &w)
        }
    }

    static func official(_ x: Official, _ w: inout some JSONOutput) {
        w.object { w in
            w.key("name"); w.string(x.name)
            w.key("positions")
            w.array { w in
                for p in x.positions {
                    w.object { w in
                        w.key("title"); w.string(p.title)
                        w.key("organization"); w.string(p.organization)
                        w.members(sortedFrom: p.attributes)
                    }
                }
            }
            if !x.mentions.isEmpty { w.key("mentions"); w.array { w in for m in x.mentions { span(m, &w) } } }
            if !x.references.isEmpty { w.key("references"); w.array { w in for m in x.references { span(m, &w) } } }
            w.members(sortedFrom: x.attributes)
        }
    }

    static func statistic(_ s: Statistic, _ o: Options, _ w: inout some JSONOutput) {
        w.object { w in
            w.key("metric"); w.string(s.metric.rawValue)
            w.key("value"); w.number(s.value)
            spanned(s.text, s.span, &w)
            w.key("place"); w.string(s.place)
            w.key("date"); w.string(s.date)
            w.key("rule"); w.string(s.provenance.rule)
            extras(s.attributes, s.provenance, o, &w)
        }
    }

    static func event(_ e: Event, _ w: inout some JSONOutput) {
        w.object { w in
            w.key("kind"); w.string(e.kind)
            w.key("date"); w.string(e.date)
            w.key("place"); w.string(e.place)
            w.key("participants")
            w.array { w in for p in e.participants { w.object { w in w.key("name"); w.string(p.name); w.key("role"); w.string(p.role.rawValue) } } }
            w.key("organizations"); w.array { w in for o in e.organizations { w.string(o) } }
            if let span = e.span { w.key("start"); w.number(span.start); w.key("end"); w.number(span.end) }
            if let p = e.provenance { w.key("rule"); w.string(p.rule) }
            w.members(sortedFrom: e.attributes)
        }
    }
}
