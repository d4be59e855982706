import VietIECore

/// A document with its normalized view, tokens and sentences: what every extraction phase reads.
public struct AnalyzedText: Sendable {
    public let document: Document
    public let normalized: NormalizedText
    public let tokens: [Token]
    public let sentences: [Sentence]

    /// The original text of token `i`.
    public func text(ofToken i: Int) -> String { document.text(of: tokens[i].span) }
    /// The folded (lowercased, canonical tones) normalized text of token `i`, for lookups.
    public func folded(ofToken i: Int) -> String { normalized.foldedString(tokens[i].range) }
    /// The cased normalized text of token `i`.
    public func cased(ofToken i: Int) -> String { normalized.casedString(tokens[i].range) }
}

/// Normalizes, tokenizes and splits documents. Immutable and `Sendable`: build once, share across threads.
public struct TextAnalyzer: Sendable {
    public let tokenizer: Tokenizer

    public init(abbreviations: AbbreviationLexicon) {
        tokenizer = Tokenizer(abbreviations: abbreviations)
    }

    public func analyze(_ document: Document) -> AnalyzedText {
        let normalized = Normalizer.normalize(document)
        let tokens = tokenizer.tokenize(normalized)
        let sentences = SentenceSplitter.split(tokens, text: normalized)
        return AnalyzedText(document: document, normalized: normalized, tokens: tokens, sentences: sentences)
    }
}
