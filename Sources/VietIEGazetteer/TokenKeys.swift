import VietIEText

/// 64-bit keys of tokens under each match mode, so that a list entry and a text token compare by
/// one integer. Numbers made only of digits drop their leading zeros ("Phường 06" = "Phường 6").
public struct TokenKeys: Sendable {
    /// `keys[mode][i]` is the key of token `i` under `mode`.
    public let cased: [UInt64]
    public let folded: [UInt64]
    public let plain: [UInt64]

    public init(_ analyzed: AnalyzedText) {
        let n = analyzed.normalized
        var c = [UInt64](), f = [UInt64](), p = [UInt64]()
        c.reserveCapacity(analyzed.tokens.count)
        f.reserveCapacity(analyzed.tokens.count)
        p.reserveCapacity(analyzed.tokens.count)
        for t in analyzed.tokens {
            var range = t.range
            if t.kind == .number {
                while range.count > 1, n.cased[range.lowerBound] == 0x30, Self.allDigits(n.cased, range) {
                    range = (range.lowerBound + 1)..<range.upperBound
                }
            }
            let h = n.hashes(range)
            c.append(h.cased); f.append(h.folded); p.append(h.plain)
        }
        cased = c
        folded = f
        plain = p
    }

    static func allDigits(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.allSatisfy { s[$0] >= 0x30 && s[$0] <= 0x39 }
    }

    public func keys(_ mode: ListSpec.Mode) -> [UInt64] {
        switch mode {
        case .cased: cased
        case .folded: folded
        case .plain: plain
        }
    }
}
