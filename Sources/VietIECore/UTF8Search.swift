extension String {
    /// True when `other` occurs in this string, compared as UTF-8 bytes: for texts in one normal form (the
    /// normalizer's keys, NFC) the same answer as a search by characters, without its Unicode machinery.
    ///
    ///     "ban dân vận trung ương".containsBytes("trung ương")   // true
    ///
    /// (The standard library's `utf8.firstRange(of:)` gives the same answer, but generic and unspecialized it cost
    /// about 64,000 instructions a call on short keys, against a few hundred here.)
    ///
    /// - Complexity: O(n·m) in the two lengths (short texts: names and keys).
    public func containsBytes(_ other: String) -> Bool {
        let needle = Array(other.utf8)
        guard let first = needle.first else { return true }
        let hay = Array(utf8)
        guard hay.count >= needle.count else { return false }
        var k = 0
        while k <= hay.count - needle.count {
            if hay[k] == first, hay[k..<(k + needle.count)].elementsEqual(needle) { return true }
            k += 1
        }
        return false
    }
}

extension String {
    /// True when this string starts with `prefix`, compared as UTF-8 bytes: for keys and names in one normal form
    /// (NFC), and for ASCII prefixes, the answer of `hasPrefix(_:)` without its comparison by characters (a few
    /// thousand instructions a call on Vietnamese text).
    ///
    ///     "ủy ban nhân dân tỉnh".hasPrefixBytes("ủy ban ")   // true
    ///     "QL\u{300}1A".hasPrefixBytes("QL")                // false: "L" and the mark after it are one character
    ///
    /// (When the bytes match, the match ends between two characters if the prefix ends the string or is followed by
    /// ASCII or a Latin letter (U+00C0–U+027F, U+1E00–U+1EFF: every Vietnamese letter) after ASCII or a Latin letter;
    /// anything else may be a mark that makes the prefix's last character another one, and `hasPrefix(_:)` decides.)
    ///
    /// - Complexity: O(m) in the length of the prefix.
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        var s = self, p = prefix
        let bytes = s.withUTF8 { a -> Bool? in
            p.withUTF8 { b in
                guard b.count <= a.count, UnsafeBufferPointer(rebasing: a[0..<b.count]).elementsEqual(b) else { return false }
                guard b.count < a.count, a[b.count] >= 0x80 else { return true }
                // The last scalar of the prefix starts at its last byte that is no continuation byte.
                var last = b.count - 1
                while last > 0 && b[last] & 0xC0 == 0x80 { last -= 1 }
                let afterLatin = b.isEmpty || b[last] < 0x80 || Self.startsLatinLetter(b, at: last)
                return afterLatin && Self.startsLatinLetter(a, at: b.count) ? true : nil
            }
        }
        return bytes ?? hasPrefix(prefix)
    }

    /// True when a scalar of U+00C0–U+027F or U+1E00–U+1EFF (Latin letters, which start a character of their own
    /// after another letter) starts at byte `i`.
    @inline(__always) static func startsLatinLetter(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = u[i]
        if b >= 0xC3 && b <= 0xC9 { return true }
        return b == 0xE1 && i + 1 < u.count && u[i + 1] >= 0xB8 && u[i + 1] <= 0xBB
    }
}
