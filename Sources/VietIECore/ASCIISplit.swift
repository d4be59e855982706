extension StringProtocol where SubSequence == Substring {
    /// The pieces of the text between occurrences of an ASCII separator, found byte by byte.
    ///
    /// The same pieces as `split(separator:)` with a `Character`, without its grapheme-by-grapheme walk (several
    /// times slower on Vietnamese text). Empty pieces are left out unless `omittingEmpty` is false.
    ///
    ///     "ủy ban nhân dân".split(ascii: " ")   // ["ủy", "ban", "nhân", "dân"]
    ///     "a||b".split(ascii: "|", omittingEmpty: false)   // ["a", "", "b"]
    ///
    /// - Complexity: O(n) in the length of the text in UTF-8.
    @inlinable
    public func split(ascii separator: Unicode.Scalar, omittingEmpty: Bool = true) -> [Substring] {
        precondition(separator.isASCII, "split(ascii:) takes an ASCII separator")
        let byte = UInt8(separator.value)
        let bytes = utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == byte {
                if !omittingEmpty || start != i { pieces.append(self[start..<i]) }
                start = bytes.index(after: i)
            }
            bytes.formIndex(after: &i)
        }
        if !omittingEmpty || start != bytes.endIndex { pieces.append(self[start..<bytes.endIndex]) }
        return pieces
    }
}
