/// Extracts an article's readable text and metadata from an HTML page.
///
/// Scripts, styles, navigation, headers and footers of the site, asides, forms (comment boxes) and
/// elements whose class or id names them as menus, sidebars, comments or share bars are dropped;
/// character references are decoded; block elements become line breaks; runs of spaces collapse.
/// When the page has an `<article>` (or `<main>`), its text is taken; otherwise the `<body>`.
/// Offsets of an HTML input refer to this extracted text, which `vietie annotate` writes out as `text`.
///
///     let page = HTMLTextExtractor.extract("<html><head><title>Tin</title></head><body><nav>Menu</nav><p>Chiều 21/9, ...</p></body></html>")
///     page.text    // "Chiều 21/9, ..."
///     page.title   // "Tin"
public enum HTMLTextExtractor {
    /// What a page gives: its readable text and the metadata found in its markup.
    public struct Result: Sendable {
        /// The readable text, one line per block element.
        public var text: String
        /// The page's title (the first of `<title>` and `og:title` in the page), when it has one.
        public var title: String?
        /// The page's URL (the first of `<link rel=canonical>` and `og:url`), when it has one.
        public var url: String?
        /// The publication date (`YYYY-MM-DD`) from a `<meta>` such as `article:published_time` or a
        /// `<time datetime>`, when the page has one.
        public var published: String?
    }

    /// True when the text looks like an HTML page rather than plain text: its first 2,048 characters
    /// hold `<html`, `<!doctype html`, `<body`, `<div`, or both `<p>` and `</p>` (case-insensitively).
    ///
    /// - Complexity: O(1): only the first 2,048 characters are read.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(2048).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || (head.contains("<p>") && head.contains("</p>")) || head.contains("<div")
    }

    /// Parses a page and extracts its main text and metadata.
    ///
    /// Parsing never fails: unclosed and stray tags are read leniently, and elements nested deeper than
    /// a fixed limit are read as siblings.
    ///
    /// - Complexity: O(n) in the length of the page.
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
