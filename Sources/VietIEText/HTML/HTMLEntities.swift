/// Decodes HTML character references: `&amp;`, `&#7889;`, `&#x1EA1;` and the named ones
/// Vietnamese pages use. Unknown names are kept as written.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "hellip": "…", "bull": "•", "middot": "·", "copy": "©", "reg": "®", "deg": "°", "times": "×",
        "laquo": "«", "raquo": "»", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "euro": "€", "frac12": "½", "sect": "§", "para": "¶",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "Igrave": "Ì", "Iacute": "Í", "igrave": "ì", "iacute": "í",
        "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ",
        "Ugrave": "Ù", "Uacute": "Ú", "ugrave": "ù", "uacute": "ú", "Yacute": "Ý", "yacute": "ý",
        "Auml": "Ä", "auml": "ä", "Ouml": "Ö", "ouml": "ö", "Uuml": "Ü", "uuml": "ü", "ccedil": "ç", "Ccedil": "Ç",
    ]

    static func decode(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            guard c == "&", let semi = s[i...].prefix(34).firstIndex(of: ";") else {
                out.append(c)
                i = s.index(after: i)
                continue
            }
            let name = s[s.index(after: i)..<semi]
            if let decoded = decodeReference(name) {
                out += decoded
                i = s.index(after: semi)
            } else {
                out.append(c)
                i = s.index(after: i)
            }
        }
        return out
    }

    static func decodeReference(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let body = name.dropFirst()
            let value: UInt32?
            if body.hasPrefix("x") || body.hasPrefix("X") { value = UInt32(body.dropFirst(), radix: 16) } else { value = UInt32(body) }
            guard let v = value else { return nil }
            if v == 0 || (0xD800...0xDFFF).contains(v) || v > 0x10FFFF { return "\u{FFFD}" }
            return Unicode.Scalar(v).map { String(Character($0)) }
        }
        return named[String(name)]
    }
}
