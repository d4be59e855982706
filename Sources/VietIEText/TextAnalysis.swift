import VietIECore

/// A document with its normalized view, tokens and sentences: what every extraction phase reads.
///
///     let analyzed = analyzer.analyze(Document(id: "a1", text: "Tỉnh uỷ Bình Phước họp."))
///     analyzed.text(ofToken: 1)     // "uỷ" (as written)
///     analyzed.folded(ofToken: 1)   // "ủy" (for lookups)
///     analyzed.sentences.count      // 1
public struct AnalyzedText: Sendable {
    /// The document, with its original text.
    public let document: Document
    /// The normalized view that matching runs on, with its map back to the original.
    public let normalized: NormalizedText
    /// The tokens, in text order.
    public let tokens: [Token]
    /// The sentences and layout blocks, in text order; together they cover every token but `|` separators.
    public let sentences: [Sentence]

    /// The original text of token `i`.
    ///
    /// - Complexity: O(n) in the token's length.
    public func text(ofToken i: Int) -> String { document.text(of: tokens[i].span) }
    /// The folded (lowercased, canonical tones) normalized text of token `i`, for lookups.
    ///
    /// - Complexity: O(n) in the token's length.
    public func folded(ofToken i: Int) -> String { normalized.foldedString(tokens[i].range) }
    /// The cased normalized text of token `i`.
    ///
    /// - Complexity: O(n) in the token's length.
    public func cased(ofToken i: Int) -> String { normalized.casedString(tokens[i].range) }
}

/// Normalizes, tokenizes and splits documents. Immutable and `Sendable`: build once, share across threads.
///
///     let analyzer = TextAnalyzer(abbreviations: AbbreviationLexicon(entries: ["TP.", "Đ/c"]))
///     let analyzed = analyzer.analyze(document)
///     for sentence in analyzed.sentences { print(analyzed.document.text(of: sentence.span)) }
public struct TextAnalyzer: Sendable {
    /// The tokenizer, with the abbreviations that keep their dots.
    public let tokenizer: Tokenizer

    /// Creates an analyzer whose tokenizer keeps `abbreviations` whole.
    public init(abbreviations: AbbreviationLexicon) {
        tokenizer = Tokenizer(abbreviations: abbreviations)
    }

    /// Normalizes the document's text, tokenizes it and splits it into sentences.
    ///
    /// - Complexity: O(n) in the length of the text for NFC input (see ``Normalizer``).
    public func analyze(_ document: Document) -> AnalyzedText {
        let normalized = Normalizer.normalize(document)
        let tokens = tokenizer.tokenize(normalized)
        let sentences = SentenceSplitter.split(tokens, text: normalized)
        return AnalyzedText(document: document, normalized: normalized, tokens: tokens, sentences: sentences)
    }
}
