import VietIEText

/// 64-bit keys of tokens under each match mode, so that a list entry and a text token compare by
/// one integer. Numbers made only of digits drop their leading zeros ("Phường 06" = "Phường 6").
///
///     let keys = TokenKeys(analyzer.analyze(Document(id: "a1", text: "Phường 06")))
///     keys.folded[1] == TokenKeys(analyzer.analyze(Document(id: "b", text: "phường 6"))).folded[1]   // true
public struct TokenKeys: Sendable {
    /// The key of each token under ``ListSpec/Mode/cased``: `cased[i]` is token `i`'s.
    public let cased: [UInt64]
    /// The key of each token under ``ListSpec/Mode/folded``.
    public let folded: [UInt64]
    /// The key of each token under ``ListSpec/Mode/plain``.
    public let plain: [UInt64]

    /// Computes the keys of every token of a document.
    ///
    /// - Complexity: O(n) in the length of the text.
    public init(_ analyzed: AnalyzedText) {
        let n = analyzed.normalized
        var c = [UInt64](), f = [UInt64](), p = [UInt64]()
        c.reserveCapacity(analyzed.tokens.count)
        f.reserveCapacity(analyzed.tokens.count)
        p.reserveCapacity(analyzed.tokens.count)
        for t in analyzed.tokens {
            let h = n.hashes(Self.keyRange(t, n))
            c.append(h.cased); f.append(h.folded); p.append(h.plain)
        }
        cased = c
        folded = f
        plain = p
    }

    /// The slot of `key` in an open-addressing table of `mask + 1` slots (a power of two): the keys are FNV-1a
    /// hashes already, so their bits are mixed once and masked.
    @inlinable @inline(__always)
    public static func slot(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The keys of a phrase's tokens under one mode, exactly as ``init(_:)`` keys a document's tokens.
    ///
    /// - Complexity: O(n) in the length of the phrase.
    public static func keys(of text: NormalizedText, tokens: [Token], mode: ListSpec.Mode) -> [UInt64] {
        tokens.map { t in
            let h = text.hashes(keyRange(t, text))
            switch mode {
            case .cased: return h.cased
            case .folded: return h.folded
            case .plain: return h.plain
            }
        }
    }

    /// The scalars a token's key is made of: the token, without the leading zeros of a number ("05" = "5").
    @inline(__always)
    static func keyRange(_ t: Token, _ n: NormalizedText) -> Range<Int> {
        var range = t.range
        if t.kind == .number {
            while range.count > 1, n.cased[range.lowerBound] == 0x30, Self.allDigits(n.cased, range) {
                range = (range.lowerBound + 1)..<range.upperBound
            }
        }
        return range
    }

    static func allDigits(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.allSatisfy { s[$0] >= 0x30 && s[$0] <= 0x39 }
    }

    /// The keys under `mode`: ``cased``, ``folded`` or ``plain``.
    public func keys(_ mode: ListSpec.Mode) -> [UInt64] {
        switch mode {
        case .cased: cased
        case .folded: folded
        case .plain: plain
        }
    }
}
