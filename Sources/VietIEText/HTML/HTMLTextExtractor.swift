/// Extracts an article's readable text and metadata from an HTML page.
///
/// Scripts, styles, navigation, headers and footers of the site, asides, forms (comment boxes) and
/// elements whose class or id names them as menus, sidebars, comments or share bars are dropped;
/// character references are decoded; block elements become line breaks; runs of spaces collapse.
/// When the page has an `<article>` (or `<main>`), its text is taken; otherwise the `<body>`.
/// Offsets of an HTML input refer to this extracted text, which `vietie annotate` writes out as `text`.
public enum HTMLTextExtractor {
    public struct Result: Sendable {
        public var text: String
        public var title: String?
        public var url: String?
        public var published: String?
    }

    /// True when the bytes look like an HTML page rather than plain text.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(2048).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || (head.contains("<p>") && head.contains("</p>")) || head.contains("<div")
    }

    public static func extract(_ html: String) -> Result {
        let nodes = HTMLTree.parse(html)
        var result = Result(text: "", title: nil, url: nil, published: nil)
        HTMLTree.collectMetadata(nodes, into: &result)
        let root = HTMLTree.mainContentRoot(nodes)
        var writer = TextWriter()
        HTMLTree.render(nodes, from: root, into: &writer)
        result.text = writer.finish()
        return result
    }
}

/// Accumulates text with HTML whitespace rules: spaces collapse, block boundaries give one line
/// break, at most one empty line in a row.
struct TextWriter {
    var out = ""
    var pendingSpace = false
    var pendingBreaks = 0

    mutating func text(_ s: String, preformatted: Bool) {
        for ch in s {
            if preformatted {
                flushBreaks()
                out.append(ch)
                continue
            }
            if ch.isWhitespace && ch != "\u{A0}" {
                pendingSpace = true
            } else {
                flushBreaks()
                if pendingSpace && !out.isEmpty && out.last != "\n" { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
    }

    mutating func blockBreak(_ count: Int = 1) {
        pendingBreaks = max(pendingBreaks, count)
        pendingSpace = false
    }

    mutating func flushBreaks() {
        if pendingBreaks > 0 && !out.isEmpty {
            out += String(repeating: "\n", count: pendingBreaks)
        }
        pendingBreaks = 0
    }

    mutating func finish() -> String { out }
}
