/// A small reader of the HTML pages VietIE writes, for tests: it checks that tags balance and builds a
/// tree of elements whose text content can be compared with the document text.
struct HTMLCheck {
    final class Element {
        let name: String
        let attributes: [String: String]
        weak var parent: Element?
        var children: [Node] = []
        init(name: String, attributes: [String: String], parent: Element?) {
            self.name = name
            self.attributes = attributes
            self.parent = parent
        }

        /// All text below this element, character references decoded.
        var text: String {
            children.map { node in
                switch node {
                case .text(let t): return t
                case .element(let e): return e.text
                }
            }.joined()
        }

        /// This element and every element below it, in document order.
        var all: [Element] {
            [self] + children.flatMap { node -> [Element] in
                if case .element(let e) = node { return e.all }
                return []
            }
        }

        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

        /// The nearest enclosing element that satisfies `test`.
        func ancestor(where test: (Element) -> Bool) -> Element? {
            var p = parent
            while let e = p {
                if test(e) { return e }
                p = e.parent
            }
            return nil
        }
    }

    enum Node {
        case text(String)
        case element(Element)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let void: Set<String> = ["meta", "br", "input", "img", "link", "hr", "wbr", "source", "col", "area", "base"]
    static let raw: Set<String> = ["script", "style"]

    /// The root of the page, or a failure naming the first tag that does not balance.
    static func parse(_ html: String) throws -> Element {
        let root = Element(name: "#root", attributes: [:], parent: nil)
        var current = root
        let s = Array(html.unicodeScalars)
        var i = 0
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty { current.children.append(.text(decode(String(text)))); text = String.UnicodeScalarView() }
        }
        while i < s.count {
            guard s[i] == "<" else { text.append(s[i]); i += 1; continue }
            flush()
            if s[i...].starts(with: "<!".unicodeScalars) {
                while i < s.count && s[i] != ">" { i += 1 }
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count && s[j] != ">" {
                if s[j] == "\"" { j += 1; while j < s.count && s[j] != "\"" { j += 1 } }
                j += 1
            }
            guard j < s.count else { throw Failure(description: "unterminated tag at \(i)") }
            let tag = String(String.UnicodeScalarView(s[(i + 1)..<j]))
            i = j + 1
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).lowercased()
                guard current.name == name else { throw Failure(description: "</\(name)> closes <\(current.name)>") }
                guard let parent = current.parent else { throw Failure(description: "</\(name)> at the top") }
                current = parent
                continue
            }
            let (name, attributes) = try parseTag(tag)
            let element = Element(name: name, attributes: attributes, parent: current)
            current.children.append(.element(element))
            if void.contains(name) || tag.hasSuffix("/") { continue }
            if raw.contains(name) {
                let close = "</\(name)>"
                var k = i
                while k < s.count && !s[k...].starts(with: close.unicodeScalars) { k += 1 }
                guard k < s.count else { throw Failure(description: "<\(name)> is not closed") }
                element.children.append(.text(String(String.UnicodeScalarView(s[i..<k]))))
                i = k + close.unicodeScalars.count
                continue
            }
            current = element
        }
        flush()
        guard current === root else { throw Failure(description: "<\(current.name)> is not closed") }
        return root
    }

    static func parseTag(_ tag: String) throws -> (String, [String: String]) {
        let s = Array(tag.unicodeScalars)
        var i = 0
        func word() -> String {
            var w = String.UnicodeScalarView()
            while i < s.count, !" \t\n=/".unicodeScalars.contains(s[i]) { w.append(s[i]); i += 1 }
            return String(w)
        }
        let name = word().lowercased()
        var attributes: [String: String] = [:]
        while i < s.count {
            while i < s.count, " \t\n/".unicodeScalars.contains(s[i]) { i += 1 }
            guard i < s.count else { break }
            let key = word().lowercased()
            guard !key.isEmpty else { throw Failure(description: "bad attribute in <\(tag)>") }
            if i < s.count, s[i] == "=" {
                i += 1
                guard i < s.count, s[i] == "\"" else { throw Failure(description: "unquoted value in <\(tag)>") }
                i += 1
                var v = String.UnicodeScalarView()
                while i < s.count, s[i] != "\"" {
                    if s[i] == "<" { throw Failure(description: "raw < in an attribute of <\(tag)>") }
                    v.append(s[i]); i += 1
                }
                i += 1
                attributes[key] = decode(String(v))
            } else {
                attributes[key] = ""
            }
        }
        return (name, attributes)
    }

    /// The character references VietIE writes, decoded; any other `&` is a failure of escaping and is kept
    /// as `&` followed by a marker so that comparisons fail.
    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        let references = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#10;": "\n"]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            if let (ref, value) = references.first(where: { rest.hasPrefix($0.key) }) {
                out += value
                rest = rest.dropFirst(ref.count)
            } else {
                out += "&<unescaped>"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }
}
