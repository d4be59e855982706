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
        let d = a.document
        var members: [(String, JSONValue)] = [("id", .string(d.id))]
        var meta: [(String, JSONValue)] = []
        if let url = d.url { meta.append(("url", .string(url))) }
        if let title = d.title { meta.append(("title", .string(title))) }
        if let p = d.published { meta.append(("published", .string(p))) }
        if let m = d.publishedMonth { meta.append(("published_month", .string(m))) }
        if !d.metadataSources.isEmpty {
            meta.append(("sources", .object(d.metadataSources.keys.sorted().map { ($0, .string(d.metadataSources[$0]!)) })))
        }
        if !d.inputNotes.isEmpty { meta.append(("input", .array(d.inputNotes.map(JSONValue.string)))) }
        if let e = d.encoding { meta.append(("encoding", .string(e))) }
        meta.append(("length", .number(Double(d.length))))
        members.append(("document", .object(meta)))
        // HTML and legacy encodings: offsets refer to the extracted or decoded text, so it is written.
        let transformed = d.inputNotes.contains("html") || (d.encoding.map { $0 != "utf8" } ?? false)
        if options.includeText || transformed { members.append(("text", .string(d.text))) }
        members.append(("entities", .array(a.entities.map { entity($0, options) })))
        members.append(("officials", .array(a.officials.map(official))))
        members.append(("statistics", .array(a.statistics.map { statistic($0, options) })))
        members.append(("events", .array(a.events.map(event))))
        return .object(members)
    }

    /// The record of a document that could not be processed: `{"id": ..., "error": ...}`.
    public static func failure(_ f: DocumentFailure) -> JSONValue {
        .object([("id", .string(f.id)), ("error", .string(f.message))])
    }

    static func provenance(_ p: Provenance) -> JSONValue {
        var m: [(String, JSONValue)] = [("rule", .string(p.rule))]
        if !p.entries.isEmpty { m.append(("entries", .array(p.entries.map(JSONValue.string)))) }
        if !p.evidence.isEmpty {
            m.append(("evidence", .array(p.evidence.map { .array([.number(Double($0.start)), .number(Double($0.end))]) })))
        }
        return .object(m)
    }

    static func sorted(_ attributes: [String: JSONValue]) -> [(String, JSONValue)] {
        attributes.keys.sorted().map { ($0, attributes[$0]!) }
    }

    static func entity(_ e: Entity, _ o: Options) -> JSONValue {
        var m: [(String, JSONValue)] = [("type", .string(e.type.rawValue)), ("text", .string(e.text)),
                                        ("start", .number(Double(e.span.start))), ("end", .number(Double(e.span.end))),
                                        ("rule", .string(e.provenance.rule))]
        m += sorted(e.attributes)
        if o.explain { m.append(("provenance", provenance(e.provenance))) }
        return .object(m)
    }

    static func official(_ x: Official) -> JSONValue {
        var m: [(String, JSONValue)] = [("name", .string(x.name))]
        m.append(("positions", .array(x.positions.map { p in
            .object([("title", .string(p.title)), ("organization", .string(p.organization))] + sorted(p.attributes))
        })))
        if !x.mentions.isEmpty {
            m.append(("mentions", .array(x.mentions.map { .array([.number(Double($0.start)), .number(Double($0.end))]) })))
        }
        return .object(m + sorted(x.attributes))
    }

    static func statistic(_ s: Statistic, _ o: Options) -> JSONValue {
        var m: [(String, JSONValue)] = [("metric", .string(s.metric.rawValue)), ("value", .number(s.value)),
                                        ("text", .string(s.text)), ("start", .number(Double(s.span.start))),
                                        ("end", .number(Double(s.span.end))), ("place", .string(s.place)),
                                        ("date", .string(s.date)), ("rule", .string(s.provenance.rule))]
        m += sorted(s.attributes)
        if o.explain { m.append(("provenance", provenance(s.provenance))) }
        return .object(m)
    }

    static func event(_ e: Event) -> JSONValue {
        var m: [(String, JSONValue)] = [("kind", .string(e.kind)), ("date", .string(e.date)), ("place", .string(e.place))]
        m.append(("participants", .array(e.participants.map { .object([("name", .string($0.name)), ("role", .string($0.role.rawValue))]) })))
        m.append(("organizations", .array(e.organizations.map(JSONValue.string))))
        if let span = e.span { m.append(("start", .number(Double(span.start)))); m.append(("end", .number(Double(span.end)))) }
        if let p = e.provenance { m.append(("rule", .string(p.rule))) }
        return .object(m + sorted(e.attributes))
    }
}
