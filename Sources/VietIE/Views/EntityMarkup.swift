import VietIECore

/// An article's text with its entities as nested `<mark>` elements, computed from code-point offsets.
///
/// Marks nest as the spans do: a LOCATION inside an ORGANIZATION is a `<mark>` inside the
/// organization's `<mark>`. Spans that cross (a TITLE "Phó Trưởng Ban" and an ORGANIZATION
/// "Ban Dân vận Trung ương" sharing "Ban") cannot nest, so the inner one is closed where the outer
/// one ends and reopened after it: every piece carries the entity's index in `data-i`, only the first
/// piece its `id` and only the last its `data-label`, so the elements stay well formed and each entity
/// keeps one label. Spans outside the text or empty are left out.
///
///     <mark class="e t-ORGANIZATION" data-type="ORGANIZATION" data-i="3" id="d0-3" data-label="ORG"
///           title="ORGANIZATION · 361–382&#10;rule: organization.head">UBND <mark class="e t-LOCATION" …>thị xã
///           Bình Long</mark></mark>
struct EntityMarkup {
    let annotation: Annotation
    /// Prefix of the element ids, unique per document on a page (`d0`).
    let anchor: String

    /// The id of an entity's first mark.
    static func id(_ anchor: String, _ entity: Int) -> String { "\(anchor)-\(entity)" }

    /// The marked-up text, HTML-escaped.
    ///
    /// - Complexity: O(n + e log e) for n code points and e entities (plus the depth of nesting at each
    ///   boundary, which is small).
    func render() -> String {
        let scalars = annotation.document.scalars
        let entities = annotation.entities
        let n = scalars.count
        let order = entities.indices
            .filter { entities[$0].span.start >= 0 && entities[$0].span.end <= n && !entities[$0].span.isEmpty }
            .sorted { a, b in
                let x = entities[a], y = entities[b]
                if x.span.start != y.span.start { return x.span.start < y.span.start }
                if x.span.end != y.span.end { return x.span.end > y.span.end }
                if x.type != y.type { return EntityStyle.rank(x.type) < EntityStyle.rank(y.type) }
                return a < b
            }
        var boundaries = Set<Int>()
        for i in order { boundaries.insert(entities[i].span.start); boundaries.insert(entities[i].span.end) }
        var out = ""
        out.reserveCapacity(n * 2 + order.count * 160)
        var stack: [Int] = []
        var opened = Set<Int>()
        var tooltips: [Int: String] = [:]
        var next = 0          // next entity of `order` to open
        var position = 0      // code points written so far

        func open(_ i: Int) {
            let e = entities[i]
            let final = stack.allSatisfy { entities[$0].span.end >= e.span.end }
            let first = opened.insert(i).inserted
            out += "<mark class=\"e t-\(e.type.rawValue)"
            if !first { out += " cont" }
            if !final { out += " split" }
            out += "\" data-type=\"\(e.type.rawValue)\" data-i=\"\(i)\""
            if first { out += " id=\"\(Self.id(anchor, i))\"" }
            if final { out += " data-label=\"\(EntityStyle.label(e.type))\"" }
            if tooltips[i] == nil { tooltips[i] = HTMLEscaping.attribute(EntityTooltip.text(e)) }
            out += " title=\"\(tooltips[i] ?? "")\">"
            stack.append(i)
        }

        for p in boundaries.sorted() {
            if p > position {
                HTMLEscaping.append(scalars[position..<p].lazy.compactMap(Unicode.Scalar.init), to: &out)
                position = p
            }
            // Close what ends here; reopen what was open above it and goes on.
            if let lowest = stack.firstIndex(where: { entities[$0].span.end == p }) {
                let popped = stack[lowest...]
                stack.removeSubrange(lowest...)
                for _ in popped { out += "</mark>" }
                for i in popped where entities[i].span.end > p { open(i) }
            }
            while next < order.count, entities[order[next]].span.start == p {
                open(order[next])
                next += 1
            }
        }
        if position < n { HTMLEscaping.append(scalars[position..<n].lazy.compactMap(Unicode.Scalar.init), to: &out) }
        for _ in stack { out += "</mark>" }
        return out
    }
}
