import VietIECore

/// One token of a document: a syllable, a number, a code, an abbreviation, a URL or a punctuation mark.
///
/// A token has two ranges: ``range`` in the normalized view, for matching, and ``span`` in the
/// original text, for output.
///
///     let analyzed = analyzer.analyze(Document(id: "a1", text: "Ghi nhận 6.360 ca"))
///     analyzed.tokens[2].kind   // .number
///     analyzed.tokens[2].span   // 9..<14
public struct Token: Hashable, Sendable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable, CustomStringConvertible {
        /// A run of letters: one Vietnamese syllable or a foreign word ("Nguyễn", "UBND", "nCoV").
        case word
        /// Digits with Vietnamese separators: "6.360", "6,5", "05/8/2021", "21/9", "8-10", "11:06", "19h30".
        case number
        /// Letters and digits that stay whole: "05-NQ/TU", "16/CT-TTg", "COVID-19", "Covid 19", "SARS-CoV-2", "F0".
        case code
        /// A listed abbreviation with its dot or slash: "TP.", "Đ/c", "TP.HCM", "PGS.TS"; or initials "A.N".
        case abbreviation
        /// A web address.
        case url
        /// Punctuation: . , ; : ! ? - ( ) " ' | and the like.
        case punctuation
        /// Anything else (symbols, emoji).
        case symbol

        /// A short name for dumps and tests: `word`, `number`, `code`, `abbr`, `url`, `punct`, `symbol`.
        public var description: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .code: "code"
            case .abbreviation: "abbr"
            case .url: "url"
            case .punctuation: "punct"
            case .symbol: "symbol"
            }
        }
    }

    // (The one-byte fields come last: a token takes 40 bytes, not 48.)
    /// Range in the normalized view (``NormalizedText``).
    public var range: Range<Int>
    /// Range in the original text (code points), for output.
    public var span: Span
    /// What the token is made of.
    public var kind: Kind
    /// True when whitespace separates this token from the previous one (or it starts the text).
    public var spaceBefore: Bool
    /// True when a line break separates this token from the previous one.
    public var newlineBefore: Bool

    /// Creates a token.
    public init(kind: Kind, range: Range<Int>, span: Span, spaceBefore: Bool, newlineBefore: Bool) {
        self.kind = kind
        self.range = range
        self.span = span
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
    }
}
