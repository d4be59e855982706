/// Quoting for HTML pages: character data, attribute values, and JSON embedded in a `<script>` element.
///
/// Every page VietIE writes is built from these, so text from an article can never open a tag, end an
/// attribute or close a script.
///
///     HTMLEscaping.text("a < b & \"c\"")          // "a &lt; b &amp; &quot;c&quot;"
///     HTMLEscaping.scriptJSON(.string("</script>"))  // "\"\\u003c/script\\u003e\""
///
/// The same rules, in their XML 1.0 form (``Dialect/xml``), quote the GraphML export.
public enum HTMLEscaping {
    /// The markup language whose quoting rules apply; the two differ in two characters only.
    public enum Dialect: Sendable {
        /// HTML: `'` as `&#39;` (HTML 4 has no `&apos;`), and DEL, which HTML does not allow, as U+FFFD.
        case html
        /// XML 1.0: `'` as `&apos;`, and DEL, which XML allows, kept.
        case xml
    }

    /// Text for element content or a double- or single-quoted attribute value.
    ///
    /// `& < > " '` become character references; a line break inside an attribute is kept as `&#10;`
    /// (browsers show it in tooltips). Control characters HTML does not allow (C0 other than tab, line
    /// feed and carriage return; DEL) and noncharacters U+FFFE/U+FFFF become U+FFFD.
    ///
    /// - Parameter s: any text.
    /// - Returns: the text, safe between tags and inside quotes.
    /// - Complexity: O(n) in the length of `s`.
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        append(s.unicodeScalars, to: &out)
        return out
    }

    /// The same as ``text(_:)`` for a run of code points, appended to `out` (no intermediate string).
    ///
    /// - Parameters:
    ///   - scalars: any text.
    ///   - out: where the quoted text goes.
    ///   - dialect: HTML (the default), or XML 1.0 for XML documents such as GraphML.
    /// - Complexity: O(n) in the number of code points.
    public static func append(_ scalars: some Sequence<Unicode.Scalar>, to out: inout String, dialect: Dialect = .html) {
        for c in scalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += dialect == .html ? "&#39;" : "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || (c.value == 0x7F && dialect == .html) || c.value == 0xFFFE || c.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
    }

    /// An attribute value whose line breaks must survive attribute-value normalization (`title`):
    /// as ``text(_:)``, with line feeds written `&#10;` and carriage returns dropped.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func attribute(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "\n": out += "&#10;"
            case "\r": break
            default: append(CollectionOfOne(c), to: &out)
            }
        }
        return out
    }

    /// JSON text that can sit inside `<script type="application/json">` and be read back with
    /// `JSON.parse(element.textContent)`.
    ///
    /// `<`, `>` and `&` only ever occur inside JSON strings, where `\u003c`, `\u003e` and `\u0026` mean
    /// the same characters, so the element can never be closed or commented out by the data
    /// (`</script>`, `<!--`). U+2028 and U+2029 are already escaped by ``JSONValue/serialized``.
    ///
    /// - Complexity: O(n) in the size of the JSON text.
    public static func scriptJSON(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        value.write(to: &bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for b in bytes {
            switch b {
            case 0x3C: out.append(contentsOf: "\\u003c".utf8)
            case 0x3E: out.append(contentsOf: "\\u003e".utf8)
            case 0x26: out.append(contentsOf: "\\u0026".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
