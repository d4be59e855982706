/// How the normalized view unifies punctuation and spacing: dashes become "-", quotes '"',
/// apostrophes "'", unusual spaces " ", and zero-width characters disappear. The Icelandic eth that web text
/// writes for "đ" ("Ðảng", U+00D0) becomes "Đ".
enum Punctuation {
    /// The replacement for `c`, `0` to delete it, or nil to keep it.
    @inline(__always)
    static func unify(_ c: UInt32) -> UInt32? {
        if c < 0xA0 { return c == 0x60 ? 0x27 : nil }
        switch c {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return 0
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return 0x2D
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02: return 0x22
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x00B4, 0x2032, 0xFF07: return 0x27
        case 0x00D0: return 0x0110
        case 0x00F0: return 0x0111
        default: return nil
        }
    }
}
