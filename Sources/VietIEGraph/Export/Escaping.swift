import VietIECore

/// Quoting rules of the export formats.
enum Escaping {
    /// XML character data and attribute values: `& < > " '` as entities; characters XML 1.0 cannot
    /// carry (controls other than tab, newline and carriage return; U+FFFE, U+FFFF) become U+FFFD.
    /// The HTML pages' rules in their XML form (``HTMLEscaping/Dialect/xml``).
    static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        HTMLEscaping.append(s.unicodeScalars, to: &out, dialect: .xml)
        return out
    }

    /// A CSV field (RFC 4180 as Neo4j reads it): quoted with `"`, inner quotes doubled; line breaks
    /// become spaces so that every record stays on one line.
    static func csv(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\"\""
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`.
    static func dot(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
