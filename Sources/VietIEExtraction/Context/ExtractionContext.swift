import VietIECore
import VietIEGazetteer
import VietIEText

/// What the phases of one document share: the analyzed text, token strings, the cue lists and the
/// candidates found so far.
///
/// A rule reads tokens by index and proposes candidates:
///
///     if context.isWord(i, "chủ") && context.isWord(i + 1, "tịch") {
///         context.propose(Candidate(type: .title, tokens: i..<(i + 2), rule: "title.list"))
///     }
public final class ExtractionContext {
    /// The document with its normalized view, tokens and sentences.
    public let analyzed: AnalyzedText
    /// The cue lists' rows.
    public let lexicon: Lexicon
    /// Folded (lowercase, canonical tones) text of each token.
    public let folded: [String]
    /// Cased normalized text of each token, made when read (most rules read ``folded``).
    public let cased: CasedTokenTexts
    /// Sentence index of each token.
    public let sentenceOf: [Int]
    /// Letter-case features of each token (``CaseFlags``), computed once.
    let caseFlags: [CaseFlags]
    /// Folded key of each token (``TokenKeys/folded``): words compare by one integer.
    let foldedKeys: [UInt64]
    /// The word classes of each token (`cues/words.tsv`).
    let wordClasses: [Lexicon.WordClasses]
    /// The candidates proposed so far, in the order proposed.
    public var candidates: [Candidate] = []
    /// Gazetteer matches by start token: (end token, entries), longest first.
    public let matchesAt: MatchesByStart
    /// Bit `l` of `listsAt[i]` is set when some entry of gazetteer list `l` (< 64) starts at token `i`.
    public let listsAt: [UInt64]
    /// The names of photo and author credits ("Ảnh: Thống Nhất/TTXVN"), found once the matches are in: places
    /// skip them and persons take them.
    public var creditNames: [Range<Int>] = []
    /// The article's date for resolving relative dates, when known.
    public let referenceDate: (year: Int, month: Int, day: Int?)?

    /// Prepares the shared state of one document: token strings, case flags, word classes, sentence
    /// indexes and the reference date (the publication date, else its month).
    ///
    /// - Parameters:
    ///   - analyzed: the document.
    ///   - lexicon: the cue lists.
    ///   - keys: the document's token keys.
    ///   - matches: the gazetteer's matches in the document (from ``VietIEGazetteer/Gazetteer``).
    /// - Complexity: O(n) in the length of the text.
    public init(analyzed: AnalyzedText, lexicon: Lexicon, keys: TokenKeys, matches: [GazetteerMatch] = []) {
        self.analyzed = analyzed
        self.lexicon = lexicon
        let tokens = analyzed.tokens
        folded = Self.foldedTexts(analyzed, keys: keys.folded)
        cased = CasedTokenTexts(analyzed: analyzed)
        caseFlags = zip(analyzed.normalized.letterCases(of: tokens.map(\.range)), tokens).map { CaseFlags($0, length: $1.range.count) }
        foldedKeys = keys.folded
        wordClasses = keys.folded.map { lexicon.classes(ofKey: $0) }
        var sentenceOf = [Int](repeating: -1, count: tokens.count)
        for (k, s) in analyzed.sentences.enumerated() { for t in s.tokens { sentenceOf[t] = k } }
        self.sentenceOf = sentenceOf
        var listsAt = [UInt64](repeating: 0, count: tokens.count)
        for m in matches {
            for e in m.entries where e.list < 64 { listsAt[m.tokens.lowerBound] |= 1 << UInt64(e.list) }
        }
        self.matchesAt = MatchesByStart(matches, tokenCount: tokens.count)
        self.listsAt = listsAt
        let d = analyzed.document
        if let p = d.published, let iso = PublicationDate.isoDatePrefix(p) {
            let parts = iso.split(ascii: "-").compactMap { Int($0) }
            referenceDate = (parts[0], parts[1], parts[2])
        } else if let m = d.publishedMonth {
            let parts = m.split(ascii: "-").compactMap { Int($0) }
            referenceDate = parts.count == 2 ? (parts[0], parts[1], nil) : nil
        } else {
            referenceDate = nil
        }
    }

    /// The folded text of each token. A word comes back many times in an article: each distinct text is made
    /// once and shared, found again by its folded key (an open-addressing table) and checked scalar by scalar.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func foldedTexts(_ analyzed: AnalyzedText, keys: [UInt64]) -> [String] {
        let tokens = analyzed.tokens, text = analyzed.normalized.folded
        var size = 16
        while size < 2 * tokens.count { size <<= 1 }
        let mask = size - 1
        var slots = [Int](repeating: -1, count: size)    // the first token of each distinct text
        var out: [String] = []
        out.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() {
            var h = TokenKeys.slot(keys[i], mask: mask)
            var shared: String? = nil
            while slots[h] >= 0 {
                let j = slots[h]
                if keys[j] == keys[i], text[tokens[j].range].elementsEqual(text[t.range]) { shared = out[j]; break }
                h = (h + 1) & mask
            }
            if let shared {
                out.append(shared)
            } else {
                slots[h] = i
                out.append(analyzed.normalized.foldedString(t.range))
            }
        }
        return out
    }

    /// Number of tokens.
    public var count: Int { folded.count }
    /// Token `i`; `i` must be a valid index.
    public func token(_ i: Int) -> Token { analyzed.tokens[i] }
    /// The kind of token `i`; past either end of the text, `.symbol` (which no rule reads as a word or number).
    public func kind(_ i: Int) -> Token.Kind { i >= 0 && i < count ? analyzed.tokens[i].kind : .symbol }

    /// True when token `i` starts with a capital letter.
    @inline(__always) public func isCapitalized(_ i: Int) -> Bool {
        i >= 0 && i < count && caseFlags[i].contains(.capitalized)
    }

    /// True when token `i` is all capitals (two letters or more).
    @inline(__always) public func isAllCaps(_ i: Int) -> Bool { i >= 0 && i < count && caseFlags[i].contains(.allCaps) }

    /// True when token `i` is an ordinal or a term's number: digits or a Roman numeral ("XV", "I") — "lần thứ I",
    /// "khóa XV".
    public func isOrdinal(_ i: Int) -> Bool {
        guard i >= 0 && i < count else { return false }
        return kind(i) == .number || cased[i].utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C }
    }

    /// True when a capital letter follows the first letter of token `i` that also has lower-case letters ("HồD", "nCoV").
    @inline(__always) public func isCamelCase(_ i: Int) -> Bool { i >= 0 && i < count && caseFlags[i].contains(.camelCase) }

    /// The first token of the sentence token `i` is in (`i` itself outside every sentence).
    public func sentenceStart(_ i: Int) -> Int {
        i >= 0 && i < count && sentenceOf[i] >= 0 ? analyzed.sentences[sentenceOf[i]].tokens.lowerBound : i
    }

    /// True when tokens `a` and `b` are in the same sentence.
    /// (False for a position outside the text: the end of the text is in no sentence.)
    public func sameSentence(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < sentenceOf.count && b < sentenceOf.count && sentenceOf[a] == sentenceOf[b] && sentenceOf[a] >= 0
    }

    /// The original span of a token range.
    public func span(_ r: Range<Int>) -> Span {
        Span(start: analyzed.tokens[r.lowerBound].span.start, end: analyzed.tokens[r.upperBound - 1].span.end)
    }

    /// The original text of a token range.
    ///
    /// - Complexity: O(n) in the length of the span.
    public func text(_ r: Range<Int>) -> String { analyzed.document.text(of: span(r)) }

    /// The first token of an honorific ("ông", "đồng chí", "Samdech") that ends right before token `k`, at most three
    /// tokens back; nil when none does.
    public func honorificStart(endingAt k: Int) -> Int? {
        (max(0, k - 3)..<max(0, k)).first { match(Lexicon.List.honorifics, at: $0)?.end == k }
    }

    /// The longest entry of list `file` that starts at token `i`: its end token and rows. Reads the
    /// gazetteer matches computed once for the document, with the list's own match options.
    /// A phrase never runs across a line break.
    ///
    /// - Complexity: O(m) in the number of matches starting at `i`.
    /// (Most tokens start no entry of the list asked for: that test is made inline, the search for the entry is not.)
    @inline(__always) public func match(_ file: Lexicon.List, at i: Int) -> (end: Int, rows: MatchedRows)? {
        guard startsEntry(of: file, at: i) else { return nil }
        return longestMatch(lexicon.id(file), at: i)
    }

    /// False when no entry of list `file` starts at token `i` (true when one may: ``match(_:at:)`` tells which, if
    /// any, runs across no line break). One bit test.
    @inline(__always) public func startsEntry(of file: Lexicon.List, at i: Int) -> Bool {
        guard i >= 0, i < listsAt.count else { return false }
        let list = lexicon.id(file)
        return list >= 0 && (list >= 64 || listsAt[i] & (1 << UInt64(list)) != 0)
    }

    /// True when one of `phrases` (a list's "after" column: words or phrases in lower case, '|' between them) ends right
    /// before token `i`: "của" before "Trung ương", "chủ tịch" before "Hồ Chí Minh".
    func follows(oneOf phrases: String, at i: Int) -> Bool {
        phrases.split(ascii: "|").contains { phrase in
            let words = phrase.split(separator: " ")
            return i >= words.count && words.enumerated().allSatisfy { k, w in isWord(i - words.count + k, String(w)) }
        }
    }

    /// The longest entry of list `list` (by its gazetteer id) that starts at token `i` and runs across no line break.
    @inline(never) func longestMatch(_ list: Int32, at i: Int) -> (end: Int, rows: MatchedRows)? {
        for (end, entries) in matchesAt[i] where entries.contains(where: { $0.list == list }) {
            // A phrase never runs across a line break.
            if (i + 1..<end).contains(where: { analyzed.tokens[$0].newlineBefore }) { continue }
            return (end, MatchedRows(entries: entries, list: list, rows: lexicon.rows(ofList: list)))
        }
        return nil
    }

    /// Every entry of list `file` that starts at token `i`, longest first (``match(_:at:)`` gives the first).
    ///
    /// - Complexity: O(m) in the number of matches starting at `i`.
    public func matches(_ file: Lexicon.List, at i: Int) -> [(end: Int, rows: [Lexicon.Row])] {
        guard i >= 0, i < count else { return [] }
        let list = lexicon.id(file)
        guard list >= 0, list >= 64 || listsAt[i] & (1 << UInt64(list)) != 0 else { return [] }
        return matchesAt[i].compactMap { (end, entries) in
            guard entries.contains(where: { $0.list == list }),
                  !(i + 1..<end).contains(where: { analyzed.tokens[$0].newlineBefore }) else { return nil }
            return (end, entries.compactMap { $0.list == list ? lexicon.row($0) : nil })
        }
    }

    /// The entries of list `file` found inside `range`, left to right, longest at each place (for provenance).
    ///
    /// - Complexity: O(n) in the length of the range, times the matches at each token.
    public func entries(of file: Lexicon.List, in range: Range<Int>) -> [EntryRef] {
        var out: [EntryRef] = []
        var k = range.lowerBound
        while k < range.upperBound {
            if let m = match(file, at: k), m.end <= range.upperBound, let ref = m.rows.first?.ref {
                out.append(ref)
                k = m.end
            } else {
                k += 1
            }
        }
        return out
    }

    /// True when token `i` alone is an entry of list `file`.
    ///
    /// - Complexity: O(m) in the number of matches starting at `i`.
    public func isIn(_ file: Lexicon.List, _ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        let list = lexicon.id(file)
        guard list >= 0, list >= 64 || listsAt[i] & (1 << UInt64(list)) != 0 else { return false }
        return matchesAt[i].contains { $0.end == i + 1 && $0.entries.contains { $0.list == list } }
    }

    /// The number of characters of token `i`'s cased text (`cased[i].count`), counted as scalars when each scalar is a
    /// character of its own (Latin letters below U+0300, the precomposed Vietnamese ones, digits, marks, no CR):
    /// the grapheme count of String only for the rest.
    public func characterCount(_ i: Int) -> Int {
        let r = analyzed.tokens[i].range
        for k in r {
            let v = analyzed.normalized.cased[k]
            guard v < 0x300 && v != 0x0D || v >= 0x1E00 && v <= 0x1EFF else { return cased[i].count }
        }
        return r.count
    }

    /// True when token `i` is the single punctuation mark `mark`.
    /// (Most tokens asked about are words: that test is made inline, the comparison of the mark is not.)
    @inline(__always) public func isPunct(_ i: Int, _ mark: String) -> Bool {
        i >= 0 && i < count && analyzed.tokens[i].kind == .punctuation && isMark(analyzed.tokens[i], mark)
    }

    /// True when punctuation token `t` is the mark `mark`.
    @inline(never) func isMark(_ t: Token, _ mark: String) -> Bool {
        var k = t.range.lowerBound
        for u in mark.unicodeScalars {
            guard k < t.range.upperBound, analyzed.normalized.cased[k] == u.value else { return false }
            k += 1
        }
        return k == t.range.upperBound
    }

    /// True when token `i` is the folded word `w` (lower case, NFC, "ủy/hòa" tone placement, as the
    /// literals of the rules are written): compared by length first, then byte by byte. (Both sides are NFC, so
    /// equal bytes are equal words; String's `==` would also test canonical equivalence of unequal words.)
    @inline(__always) public func isWord(_ i: Int, _ w: String) -> Bool {
        i >= 0 && i < count && folded[i].utf8.count == w.utf8.count && folded[i].utf8.elementsEqual(w.utf8)
    }

    /// True when token `i`'s folded text starts with `prefix` (compared as UTF-8 bytes).
    @inline(__always) public func hasPrefix(_ i: Int, _ prefix: String) -> Bool {
        i >= 0 && i < count && folded[i].utf8.starts(with: prefix.utf8)
    }

    /// True when token `i` is a word of class `wordClass` (`cues/words.tsv`).
    @inline(__always) public func isWord(_ i: Int, of wordClass: Lexicon.WordClasses) -> Bool {
        i >= 0 && i < count && wordClasses[i].contains(wordClass)
    }

    /// True when a line break comes before token `i`.
    public func breakBefore(_ i: Int) -> Bool { i >= 0 && i < count && analyzed.tokens[i].newlineBefore }

    /// Adds a candidate for the decision policy.
    public func propose(_ c: Candidate) { candidates.append(c) }
}

/// A document's gazetteer matches grouped by their first token, in one array: `matchesAt[i]` is the (end token,
/// entries) of each match that starts at token `i`, longest first.
///
///     context.matchesAt[3].first?.end   // 5: the longest entry at token 3 covers tokens 3 and 4
public struct MatchesByStart: Sendable {
    /// The matches, by start token, then longest first.
    let items: [(end: Int, entries: [EntryRef])]
    /// `items[starts[i]..<starts[i + 1]]` start at token `i`.
    let starts: [Int]

    /// Groups `matches` by start token (each of them below `tokenCount`).
    ///
    /// - Complexity: O(n + m) in the number of tokens and matches (O(m log m) for matches in another order).
    init(_ matches: [GazetteerMatch], tokenCount: Int) {
        var starts = [Int](repeating: 0, count: tokenCount + 1)
        for m in matches { starts[m.tokens.lowerBound + 1] += 1 }
        for k in 0..<tokenCount { starts[k + 1] += starts[k] }
        self.starts = starts
        // The gazetteer gives its matches in this order (by start, longest first): they are taken as they come, other
        // input is sorted into it.
        func precedes(_ a: GazetteerMatch, _ b: GazetteerMatch) -> Bool {
            a.tokens.lowerBound < b.tokens.lowerBound || a.tokens.lowerBound == b.tokens.lowerBound && a.tokens.upperBound > b.tokens.upperBound
        }
        let ordered = zip(matches, matches.dropFirst()).allSatisfy { !precedes($1, $0) }
        items = (ordered ? matches : matches.sorted(by: precedes)).map { ($0.tokens.upperBound, $0.entries) }
    }

    /// The matches that start at token `i`, longest first; `i` must be a valid token index.
    @inline(__always) public subscript(_ i: Int) -> ArraySlice<(end: Int, entries: [EntryRef])> { items[starts[i]..<starts[i + 1]] }
}

/// The rows of one list among the entries of a match, read where they are: most rules look at the first row or
/// test one, and no array is made for them.
///
///     if let m = context.match(.titles, at: i), let row = m.rows.first { ... row["canonical"] ... }
public struct MatchedRows: Collection {
    let entries: [EntryRef]
    let list: Int32
    /// The rows of that list, in the lexicon.
    let rows: [Lexicon.Row]
    public let startIndex: Int

    /// (The list's rows are passed, not the lexicon: a lexicon passed by value is copied, a reference count per field.)
    init(entries: [EntryRef], list: Int32, rows: [Lexicon.Row]) {
        self.entries = entries
        self.list = list
        self.rows = rows
        startIndex = entries.firstIndex { $0.list == list } ?? entries.count
    }

    public var endIndex: Int { entries.count }
    public func index(after i: Int) -> Int {
        var k = i + 1
        while k < entries.count && entries[k].list != list { k += 1 }
        return k
    }
    public subscript(_ i: Int) -> Lexicon.Row {
        let r = Int(entries[i].row)
        return r < rows.count ? rows[r] : Lexicon.empty
    }
}

/// The cased normalized text of a document's tokens, each made when it is read.
///
///     context.cased[3]   // "UBND"
public struct CasedTokenTexts {
    let analyzed: AnalyzedText
    /// The cased normalized text of token `i`.
    ///
    /// - Complexity: O(n) in the token's length.
    public subscript(_ i: Int) -> String { analyzed.cased(ofToken: i) }
    /// Number of tokens.
    public var count: Int { analyzed.tokens.count }
}

import Foundation

/// The letter case of one token, read once from its normalized scalars.
struct CaseFlags: OptionSet {
    let rawValue: UInt8
    /// The first scalar is upper case.
    static let capitalized = CaseFlags(rawValue: 1)
    /// Two scalars or more, some upper case, none lower case.
    static let allCaps = CaseFlags(rawValue: 2)
    /// After the first scalar, both upper- and lower-case scalars.
    static let camelCase = CaseFlags(rawValue: 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The flags of a token of `length` scalars with these letter-case counts.
    init(_ cases: NormalizedText.LetterCases, length: Int) {
        var flags: CaseFlags = []
        if cases.firstIsUpper { flags.insert(.capitalized) }
        if length >= 2 && cases.upper > 0 && cases.lower == 0 { flags.insert(.allCaps) }
        if cases.upperAfterFirst > 0 && cases.lowerAfterFirst > 0 { flags.insert(.camelCase) }
        self = flags
    }
}
