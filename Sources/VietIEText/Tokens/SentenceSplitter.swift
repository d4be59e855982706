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
        sentences.reserveCapacity(tokens.count / 16 + 1)
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
            // (Most tokens are words on the line of the token before: nothing to decide.)
            if t.kind != .punctuation && !t.newlineBefore { i += 1; continue }
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
                if j < tokens.count, !tokens[j].newlineBefore, tokens[j].spaceBefore, startsSentence(tokens[j], text),
                   !(j == i + 1 && isMiddleInitial(tokens, i, text)) {
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

    /// True when the dot at `dot` closes a middle initial inside a name: "Marcos A. Bednarski" (one capital letter
    /// after a capitalized word, a capitalized word in mixed case after it).
    static func isMiddleInitial(_ tokens: [Token], _ dot: Int, _ text: NormalizedText) -> Bool {
        guard dot >= 2, dot + 1 < tokens.count else { return false }
        let initial = tokens[dot - 1], before = tokens[dot - 2], after = tokens[dot + 1]
        let tables = ScalarTables.shared
        guard initial.kind == .word, initial.range.count == 1, tables.isUpper(text.cased[initial.range.lowerBound]),
              !tokens[dot].spaceBefore, initial.spaceBefore, !initial.newlineBefore,
              before.kind == .word, before.range.count >= 2, tables.isUpper(text.cased[before.range.lowerBound]),
              after.kind == .word, after.range.count >= 2 else { return false }
        // Mixed case on both sides ("Marcos", "Bednarski"), as names are written; not an all-caps heading.
        guard !tables.isUpper(text.cased[before.range.lowerBound + 1]), !tables.isUpper(text.cased[after.range.lowerBound + 1]) else { return false }
        // A foreign given name before the initial: a Vietnamese syllable can end a sentence with a one-letter name
        // ("ông Nguyễn Văn A. Sau đó ..."); one that no Vietnamese syllable spells (ending in s, l, r...) cannot.
        return isForeignWord(text.folded[before.range])
    }

    /// True when a lower-case word is spelled as no Vietnamese syllable is: f, j, w or z in it, or a last letter
    /// no syllable ends with (b, d, g but "ng", k, l, q, r, s, v, x).
    static func isForeignWord(_ w: ArraySlice<UInt32>) -> Bool {
        guard let last = w.last else { return false }
        if w.contains(where: { $0 == 0x66 || $0 == 0x6A || $0 == 0x77 || $0 == 0x7A }) { return true }
        let impossibleLast: Set<UInt32> = [0x62, 0x64, 0x6B, 0x6C, 0x71, 0x72, 0x73, 0x76, 0x78]
        if impossibleLast.contains(last) { return true }
        return last == 0x67 && w.dropLast().last != 0x6E
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
