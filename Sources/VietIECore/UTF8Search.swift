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
    ///
    /// - Complexity: O(m) in the length of the prefix.
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        var s = self, p = prefix
        return s.withUTF8 { a in
            p.withUTF8 { b in b.count <= a.count && UnsafeBufferPointer(rebasing: a[0..<b.count]).elementsEqual(b) }
        }
    }
}
