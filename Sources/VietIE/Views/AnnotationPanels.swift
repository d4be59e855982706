import VietIECore

/// The side panels of one document on the annotation page: officials (name, then each position's title
/// and organization), events (kind, date, place, participants with their roles, organizations) and
/// statistics (metric, value, place, date). Names and figures link to their marks in the text.
struct AnnotationPanels {
    let annotation: Annotation
    /// Prefix of the document's element ids (``EntityMarkup/anchor``).
    let anchor: String
    private let marks: [MarkKey: Int]

    struct MarkKey: Hashable {
        var type: EntityType
        var span: Span
    }

    init(annotation: Annotation, anchor: String) {
        self.annotation = annotation
        self.anchor = anchor
        var marks: [MarkKey: Int] = [:]
        for (i, e) in annotation.entities.enumerated() where marks[MarkKey(type: e.type, span: e.span)] == nil {
            marks[MarkKey(type: e.type, span: e.span)] = i
        }
        self.marks = marks
    }

    /// The three panels, HTML.
    ///
    /// - Complexity: O(size of the facts).
    func render() -> String {
        var out = "<aside class=\"panels\">\n"
        out += officials()
        out += events()
        out += statistics()
        out += "</aside>\n"
        return out
    }

    /// `text` as a link to the mark of an entity of this type and span, or as plain text when the text
    /// has no such mark.
    func link(_ text: String, _ type: EntityType, _ span: Span?, cssClass: String) -> String {
        let escaped = HTMLEscaping.text(text)
        guard let span, let i = marks[MarkKey(type: type, span: span)] else { return "<span class=\"\(cssClass)\">\(escaped)</span>" }
        return "<a class=\"\(cssClass)\" href=\"#\(EntityMarkup.id(anchor, i))\">\(escaped)</a>"
    }

    func heading(_ title: String, _ count: Int) -> String {
        "<h3>\(title) <span class=\"count\">\(count)</span></h3>\n"
    }

    /// One panel: its section and heading with the count, then `body()`, or "none found" when the
    /// count is 0.
    func panel(_ name: String, _ title: String, count: Int, _ body: () -> String) -> String {
        "<section class=\"panel \(name)\">\n" + heading(title, count)
            + (count == 0 ? "<p class=\"none\">none found</p>\n" : body()) + "</section>\n"
    }

    func officials() -> String {
        let list = annotation.officials
        return panel("officials", "Officials", count: list.count) {
            var out = "<ul>\n"
            for o in list {
                out += "<li>" + link(o.name, .person, o.mentions.first, cssClass: "name")
                if o.mentions.count > 1 { out += " <span class=\"muted\">×\(o.mentions.count)</span>" }
                out += "\n<ul class=\"positions\">"
                for p in o.positions {
                    out += "<li><span class=\"title\">\(HTMLEscaping.text(p.title))</span>"
                    if let canonical = p.attributes["canonical"]?.stringValue, canonical.lowercased() != p.title.lowercased() {
                        out += " <span class=\"muted\">(\(HTMLEscaping.text(canonical)))</span>"
                    }
                    if let org = p.organization { out += ", <span class=\"org\">\(HTMLEscaping.text(org))</span>" }
                    out += "</li>"
                }
                out += "</ul></li>\n"
            }
            return out + "</ul>\n"
        }
    }

    func events() -> String {
        let list = annotation.events
        return panel("events", "Events", count: list.count) {
            var out = ""
            for e in list {
                var tip = e.span.map { "\($0.start)–\($0.end)" } ?? "no span"
                if let rule = e.provenance?.rule { tip += " · rule: \(rule)" }
                out += "<div class=\"event\" title=\"\(HTMLEscaping.attribute(tip))\">"
                out += "<div class=\"kind\">\(HTMLEscaping.text(e.kind.replacingOccurrences(of: "_", with: " ")))</div>\n<dl>"
                out += "<dt>date</dt><dd>\(HTMLEscaping.text(e.date ?? "—"))</dd>"
                out += "<dt>place</dt><dd>\(HTMLEscaping.text(e.place ?? "—"))</dd>"
                out += "<dt>participants</dt><dd>"
                out += e.participants.isEmpty ? "—" : "<ul>" + e.participants.map { p in
                    "<li>\(HTMLEscaping.text(p.name)) <span class=\"role\">\(HTMLEscaping.text(p.role.rawValue.replacingOccurrences(of: "_", with: " ")))</span></li>"
                }.joined() + "</ul>"
                out += "</dd><dt>organizations</dt><dd>"
                out += e.organizations.isEmpty ? "—" : "<ul>" + e.organizations.map { "<li>\(HTMLEscaping.text($0))</li>" }.joined() + "</ul>"
                out += "</dd></dl></div>\n"
            }
            return out
        }
    }

    func statistics() -> String {
        let list = annotation.statistics
        return panel("statistics", "Statistics", count: list.count) {
            var out = "<table><thead><tr><th>metric</th><th>value</th><th>place</th><th>date</th></tr></thead><tbody>\n"
            for s in list {
                let tip = "“\(s.text)” · \(s.span.start)–\(s.span.end) · rule: \(s.provenance.rule)"
                out += "<tr title=\"\(HTMLEscaping.attribute(tip))\"><td>" + link(s.metric.rawValue, .statistic, s.span, cssClass: "metric")
                out += "</td><td class=\"num\">\(EntityTooltip.number(s.value))</td>"
                out += "<td>\(HTMLEscaping.text(s.place ?? "—"))</td><td>\(HTMLEscaping.text(s.date ?? "—"))</td></tr>\n"
            }
            return out + "</tbody></table>\n"
        }
    }
}
