import VietIECore

/// A sentence or layout block: a run of tokens.
///
///     for sentence in analyzed.sentences {
///         print(sentence.tokens, analyzed.document.text(of: sentence.span))
///     }
public struct Sentence: Hashable, Sendable {
    /// Indexes into the token array.
    public var tokens: Range<Int>
    /// Original span from the first token's start to the last token's end.
    public var span: Span
}

/// Groups tokens into sentences.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets) when the next token
/// starts a new sentence (a capital, a digit, an opening quote or bracket); at every line break;
/// and at the "|" separators of scraped page layouts, which belong to no sentence. Abbreviations
/// ("TP.", "TS.") and numbers ("6.360") are single tokens, so their dots never end a sentence.
///
///     // "Sáng 14/8, đoàn đến TP. Huế. Đoàn làm việc với UBND."
///     SentenceSplitter.split(tokens, text: normalized).count   // 2
public enum SentenceSplitter {
    /// The sentences of a token array, in text order; empty runs are skipped.
    ///
    /// - Parameters:
    ///   - tokens: the tokens of `text`, as ``Tokenizer/tokenize(_:)`` returns them.
    ///   - text: the normalized text they were cut from.
    /// - Complexity: O(n) in the number of tokens.
    public static func split(_ tokens: [Token], text: NormalizedText) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        func close(_ end: Int) {
            if end > start {
                sentences.append(Sentence(tokens: start..<end,
                                          span: Span(start: tokens[start].span.start, end: tokens[end - 1].span.end)))
            }
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.newlineBefore && i > start { close(i); start = i }
            if t.kind == .punctuation && text.cased[t.range.lowerBound] == 0x7C {  // "|"
                close(i)
                start = i + 1
                i += 1
                continue
            }
            if t.kind == .punctuation && isTerminal(text.cased[t.range.lowerBound]) {
                var j = i + 1
                // Closing marks follow at once; a quote after a space opens the next sentence.
                while j < tokens.count, tokens[j].kind == .punctuation, !tokens[j].newlineBefore, !tokens[j].spaceBefore,
                      isTerminal(text.cased[tokens[j].range.lowerBound]) || isClosing(text.cased[tokens[j].range.lowerBound]) {
                    j += 1
                }
                if j < tokens.count, !tokens[j].newlineBefore, tokens[j].spaceBefore, startsSentence(tokens[j], text) {
                    close(j)
                    start = j
                }
                i = j
                continue
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    static func isTerminal(_ c: UInt32) -> Bool { c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 }
    static func isClosing(_ c: UInt32) -> Bool { c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0xBB }

    static func startsSentence(_ t: Token, _ text: NormalizedText) -> Bool {
        let c = text.cased[t.range.lowerBound]
        if t.kind == .number || t.kind == .code || t.kind == .url { return true }
        if c == 0x22 || c == 0x28 || c == 0x5B || c == 0x27 || c == 0x2D { return true }
        return ScalarTables.shared.isUpper(c)
    }
}
