/// A forgiving HTML parser: enough structure to drop boilerplate and find the article, never a crash
/// on broken, unclosed or deeply nested markup.
enum HTMLTree {
    struct Node {
        var name: String            // lowercased tag name; "#text" for text
        var attributes: [(String, String)] = []
        var text: String = ""
        var parent: Int
        var children: [Int] = []
        var textLength = 0
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                            "meta", "param", "source", "track", "wbr", "!doctype"]
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "noscript", "template"]
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "object", "canvas",
                                       "head", "nav", "footer", "aside", "form", "button", "select", "textarea",
                                       "menu", "dialog", "title"]
    static let blocks: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                      "table", "section", "article", "blockquote", "figure", "figcaption", "pre",
                                      "hr", "dd", "dt", "dl", "main", "header", "address", "center", "tbody", "thead"]
    static let boilerplateWords = ["menu", "nav", "footer", "sidebar", "comment", "breadcrumb", "share", "social",
                                   "banner", "advert", "cookie", "toolbar", "login", "search", "popup", "widget-tags"]
    static let maximumDepth = 400

    /// Parses into a node array whose element 0 is a synthetic root.
    static func parse(_ html: String) -> [Node] {
        let b = Array(html.utf8)
        var nodes = [Node(name: "#root", parent: -1)]
        var stack = [0]
        var i = 0
        var textStart = 0
        func appendText(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            let raw = String(decoding: b[r], as: UTF8.self)
            let node = Node(name: "#text", text: HTMLEntities.decode(raw[...]), parent: stack.last!)
            nodes.append(node)
            nodes[stack.last!].children.append(nodes.count - 1)
        }
        func lower(_ r: Range<Int>) -> String {
            String(decoding: b[r].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        func find(_ needle: [UInt8], from: Int, caseInsensitive: Bool = false) -> Int? {
            guard needle.count > 0, b.count >= needle.count else { return nil }
            var k = from
            while k + needle.count <= b.count {
                var ok = true
                for m in 0..<needle.count {
                    var x = b[k + m]
                    if caseInsensitive && x >= 0x41 && x <= 0x5A { x += 32 }
                    if x != needle[m] { ok = false; break }
                }
                if ok { return k }
                k += 1
            }
            return nil
        }
        func isNameByte(_ x: UInt8) -> Bool {
            (x >= 0x61 && x <= 0x7A) || (x >= 0x41 && x <= 0x5A) || (x >= 0x30 && x <= 0x39) || x == 0x2D || x == 0x3A || x == 0x21
        }
        while i < b.count {
            guard b[i] == 0x3C, i + 1 < b.count else { i += 1; continue }
            let next = b[i + 1]
            if next == 0x21, i + 3 < b.count, b[i + 2] == 0x2D, b[i + 3] == 0x2D {   // <!--
                appendText(textStart..<i)
                let end = find(Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? b.count
                i = end; textStart = end
                continue
            }
            if next == 0x21 || next == 0x3F {                                   // <!DOCTYPE ...>, <?xml ?>
                appendText(textStart..<i)
                let end = find([0x3E], from: i).map { $0 + 1 } ?? b.count
                i = end; textStart = end
                continue
            }
            let closing = next == 0x2F
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < b.count, (b[nameStart] >= 0x61 && b[nameStart] <= 0x7A) || (b[nameStart] >= 0x41 && b[nameStart] <= 0x5A) else {
                i += 1; continue
            }
            appendText(textStart..<i)
            var j = nameStart
            while j < b.count && isNameByte(b[j]) { j += 1 }
            let name = lower(nameStart..<j)
            // Attributes up to the closing ">", quotes respected.
            var attributes: [(String, String)] = []
            var k = j
            var selfClosing = false
            while k < b.count && b[k] != 0x3E {
                if b[k] == 0x2F { selfClosing = true; k += 1; continue }
                if b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x09 || b[k] == 0x0D { k += 1; continue }
                let a0 = k
                while k < b.count && b[k] != 0x3D && b[k] != 0x3E && b[k] != 0x20 && b[k] != 0x2F && b[k] != 0x0A { k += 1 }
                let attrName = lower(a0..<k)
                var value = ""
                if k < b.count && b[k] == 0x3D {
                    k += 1
                    if k < b.count && (b[k] == 0x22 || b[k] == 0x27) {
                        let q = b[k]
                        let v0 = k + 1
                        var v1 = v0
                        while v1 < b.count && b[v1] != q { v1 += 1 }
                        value = HTMLEntities.decode(String(decoding: b[v0..<min(v1, b.count)], as: UTF8.self)[...])
                        k = min(v1 + 1, b.count)
                    } else {
                        let v0 = k
                        while k < b.count && b[k] != 0x20 && b[k] != 0x3E && b[k] != 0x0A { k += 1 }
                        value = HTMLEntities.decode(String(decoding: b[v0..<k], as: UTF8.self)[...])
                    }
                }
                selfClosing = false
                if !attrName.isEmpty { attributes.append((attrName, value)) }
            }
            i = min(k + 1, b.count)
            textStart = i
            if closing {
                if let at = stack.lastIndex(where: { nodes[$0].name == name }), at > 0 {
                    stack.removeSubrange(at...)
                }
                continue
            }
            // Implied ends: a new block closes an open <p>; a new <li>, <tr>, <td> closes its open sibling.
            if let top = stack.last, top > 0 {
                let open = nodes[top].name
                if open == "p" && blocks.contains(name) && name != "br" { stack.removeLast() }
                else if open == name && ["li", "tr", "td", "th", "dt", "dd", "option"].contains(name) { stack.removeLast() }
            }
            let parent = stack.last!
            nodes.append(Node(name: name, attributes: attributes, parent: parent))
            let index = nodes.count - 1
            nodes[parent].children.append(index)
            if rawTextElements.contains(name) && !selfClosing {
                let end = find(Array("</\(name)".utf8), from: i, caseInsensitive: true) ?? b.count
                if end > i {
                    let raw = String(decoding: b[i..<end], as: UTF8.self)
                    nodes.append(Node(name: "#text", text: name == "title" ? HTMLEntities.decode(raw[...]) : raw, parent: index))
                    nodes[index].children.append(nodes.count - 1)
                }
                i = find([0x3E], from: end).map { $0 + 1 } ?? b.count
                textStart = i
                continue
            }
            if !selfClosing && !voidElements.contains(name) && stack.count < maximumDepth { stack.append(index) }
        }
        appendText(textStart..<b.count)
        // Text lengths bottom-up: children always come after their parents.
        for n in stride(from: nodes.count - 1, through: 1, by: -1) {
            if nodes[n].name == "#text" { nodes[n].textLength = nodes[n].text.utf8.count }
            if isDropped(nodes[n]) { nodes[n].textLength = 0 }
            nodes[nodes[n].parent].textLength += nodes[n].textLength
        }
        return nodes
    }

    static func attribute(_ node: Node, _ name: String) -> String? {
        node.attributes.first { $0.0 == name }?.1
    }

    static func isDropped(_ node: Node) -> Bool {
        if dropped.contains(node.name) { return true }
        let marker = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "")).lowercased()
        if marker.count > 1 && boilerplateWords.contains(where: { marker.contains($0) }) { return true }
        return attribute(node, "hidden") != nil || (attribute(node, "style")?.replacingOccurrences(" ", "").contains("display:none") ?? false)
    }

    /// The `<article>` with the most text, else `<main>`, else `<body>`, else the root.
    static func mainContentRoot(_ nodes: [Node]) -> Int {
        var best: Int? = nil
        for (i, n) in nodes.enumerated() where n.name == "article" && n.textLength > 200 {
            if best == nil || n.textLength > nodes[best!].textLength { best = i }
        }
        if let best { return best }
        if let main = nodes.indices.first(where: { nodes[$0].name == "main" && nodes[$0].textLength > 200 }) { return main }
        return nodes.indices.first(where: { nodes[$0].name == "body" }) ?? 0
    }

    static func render(_ nodes: [Node], from root: Int, into w: inout TextWriter) {
        // Iterative walk: (node, entering).
        var work: [(Int, Bool)] = [(root, true)]
        var preDepth = 0
        while let (n, entering) = work.popLast() {
            let node = nodes[n]
            if node.name == "#text" {
                w.text(node.text, preformatted: preDepth > 0)
                continue
            }
            if entering {
                if n != root && isDropped(node) { continue }
                if node.name == "header" && nodes[node.parent].name != "article" && root == 0 { continue }
                if blocks.contains(node.name) { w.blockBreak() }
                if node.name == "td" || node.name == "th" { w.text(" ", preformatted: false) }
                if node.name == "pre" { preDepth += 1 }
                work.append((n, false))
                for c in node.children.reversed() { work.append((c, true)) }
            } else {
                if node.name == "pre" { preDepth -= 1 }
                if blocks.contains(node.name) { w.blockBreak() }
            }
        }
    }

    static func collectMetadata(_ nodes: [Node], into r: inout HTMLTextExtractor.Result) {
        for n in nodes {
            switch n.name {
            case "title" where r.title == nil:
                let t = n.children.map { nodes[$0].text }.joined().trimmingWhitespace()
                if !t.isEmpty { r.title = t }
            case "meta":
                let key = (attribute(n, "property") ?? attribute(n, "name") ?? attribute(n, "itemprop") ?? "").lowercased()
                guard let content = attribute(n, "content"), !content.isEmpty else { continue }
                if key == "og:title" && r.title == nil { r.title = content }
                if key == "og:url" && r.url == nil { r.url = content }
                if ["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued"].contains(key),
                   r.published == nil, let d = PublicationDate.isoDatePrefix(content) { r.published = d }
            case "link":
                if attribute(n, "rel")?.lowercased() == "canonical", let href = attribute(n, "href"), r.url == nil { r.url = href }
            case "time":
                if r.published == nil, let dt = attribute(n, "datetime"), let d = PublicationDate.isoDatePrefix(dt) { r.published = d }
            default: continue
            }
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
