import VietIECore

/// Splits a normalized text into tokens with original offsets.
///
/// Syllables are letter runs; digits joined by Vietnamese separators form one number ("6.360",
/// "6,5", "05/8/2021", "21/9", "8-10", "11:06"); letters and digits joined by "-" or "/" form one
/// code ("05-NQ/TU", "16/CT-TTg", "COVID-19", "SARS-CoV-2", "F0"); listed abbreviations keep their
/// dots and slashes ("TP.", "Đ/c", "TP.HCM"). Everything else is punctuation, one mark a token.
///
///     let tokenizer = Tokenizer(abbreviations: AbbreviationLexicon(entries: ["TP."]))
///     let tokens = tokenizer.tokenize(Normalizer.normalize("TP. Huế: 6.360 ca COVID-19"))
///     tokens.map(\.kind)   // [.abbreviation, .word, .punctuation, .number, .word, .code]
///
/// - Complexity: O(n) in the length of the text.
public struct Tokenizer: Sendable {
    /// The abbreviations that keep their dots and slashes.
    public let abbreviations: AbbreviationLexicon

    /// Creates a tokenizer that keeps `abbreviations` whole.
    public init(abbreviations: AbbreviationLexicon) {
        self.abbreviations = abbreviations
    }

    /// Splits the normalized text into tokens, each with its normalized range and original span;
    /// "Covid 19" written with a space is one code token.
    ///
    /// - Complexity: O(n) in the length of the text.
    public func tokenize(_ text: NormalizedText) -> [Token] {
        if text.count <= Self.shortPhrase, let words = Self.words(text) { return words }
        var scanner = Scanner(s: text.cased, text: text, abbreviations: abbreviations)
        scanner.run()
        // Hard-wrapped text ("... Ủy viên\nTrung ương Đảng, Bí thư Tỉnh ủy"): a single line break inside a
        // sentence, after a long line, is a space. Only in a text with several of them, so that short lines
        // (menus, headings, datelines) keep their breaks.
        if scanner.softBreaks.count >= Self.minimumSoftBreaks {
            for k in scanner.softBreaks { scanner.tokens[k].newlineBefore = false }
        }
        // Most texts have no "Covid 19" (the scanner notes "covid" before a number): keep the tokens.
        // (Taken out of the scanner, so that the merge below changes the array in place, not a copy.)
        var tokens = scanner.tokens
        scanner.tokens = []
        if scanner.mayHaveSpacedCode { Self.mergeSpacedCodes(&tokens, text) }
        return tokens
    }

    /// Phrases up to this many code points (gazetteer entries, names) are first tried as words and spaces alone.
    static let shortPhrase = 64

    /// The tokens of a text of letters and single spaces alone ("Ủy ban nhân dân tỉnh", most gazetteer entries): its
    /// words, as the scanner cuts them; nil for any other text, which the scanner reads.
    static func words(_ text: NormalizedText) -> [Token]? {
        guard text.isIdentityMap, text.count > 0 else { return nil }
        let tables = ScalarTables.shared
        var tokens: [Token] = []
        var start = 0
        for i in 0...text.count {
            if i < text.count {
                let c = text.cased[i]
                if c != 0x20 {
                    guard tables.isLetter(c) else { return nil }
                    continue
                }
            }
            // (Two spaces in a row, or one at either end, are for the scanner.)
            guard i > start else { return nil }
            tokens.append(Token(kind: .word, range: start..<i, span: Span(start: start, end: i), spaceBefore: true, newlineBefore: false))
            start = i + 1
        }
        return tokens
    }

    /// Lines of at least this many code points, ending inside a sentence, are taken as wrapped.
    static let wrappedLineLength = 40
    /// How many wrapped lines make a text hard-wrapped.
    static let minimumSoftBreaks = 3

    /// True when token `t` is `word` (folded code points) in any case; compared code point by code point, so that
    /// no string is made for the tokens passed over.
    static func isWord(_ t: Token, _ word: [UInt32], in text: NormalizedText) -> Bool {
        t.range.count == word.count && text.folded[t.range].elementsEqual(word)
    }

    static let covid = Array("covid".unicodeScalars.map(\.value)), nineteen = Array("19".unicodeScalars.map(\.value))

    /// "Covid 19" written with a space, and "Covid - 19", "Covid -19" with a spaced dash, stay one code token.
    static func mergeSpacedCodes(_ tokens: inout [Token], _ text: NormalizedText) {
        // Most texts have no "Covid 19": keep the array as it is.
        func startsCovid(_ t: Token) -> Bool {
            t.kind == .word && t.range.count == 5 && (text.folded[t.range.lowerBound] == 0x63)
        }
        func isWord(_ t: Token, _ word: [UInt32]) -> Bool { Self.isWord(t, word, in: text) }
        // The tokens of "19" after "Covid" at `i`: 1 ("Covid 19"), 2 ("Covid - 19", "Covid -19", "Covid- 19"), or nil.
        func spacedCode(at i: Int) -> Int? {
            let t = tokens[i]
            guard t.kind == .word, i + 1 < tokens.count, isWord(t, Self.covid) else { return nil }
            let next = tokens[i + 1]
            if next.kind == .number, !next.newlineBefore, next.range.lowerBound == t.range.upperBound + 1, isWord(next, Self.nineteen) {
                return 1
            }
            guard next.kind == .punctuation, text.folded[next.range.lowerBound] == 0x2D, next.range.count == 1, i + 2 < tokens.count,
                  !next.newlineBefore, !tokens[i + 2].newlineBefore, tokens[i + 2].kind == .number,
                  isWord(tokens[i + 2], Self.nineteen) else { return nil }
            let gapBefore = next.range.lowerBound - t.range.upperBound, gapAfter = tokens[i + 2].range.lowerBound - next.range.upperBound
            // (With no space on either side it is one code already: "Covid-19".)
            guard gapBefore <= 1, gapAfter <= 1, gapBefore + gapAfter >= 1 else { return nil }
            return 2
        }
        // The first "Covid" that starts a spaced code; the tokens before it stay as they are.
        guard var i = tokens.indices.first(where: { startsCovid(tokens[$0]) && $0 + 1 < tokens.count && tokens[$0 + 1].kind != .word
                                                    && spacedCode(at: $0) != nil })
        else { return }
        // Compacted in place: each merged code takes the slot of its first token (slots behind the one read).
        var w = i
        while i < tokens.count {
            let t = tokens[i]
            if startsCovid(t), let last = spacedCode(at: i) {
                let range = t.range.lowerBound..<tokens[i + last].range.upperBound
                tokens[w] = Token(kind: .code, range: range, span: text.originalSpan(range), spaceBefore: t.spaceBefore, newlineBefore: t.newlineBefore)
                i += last + 1
            } else {
                tokens[w] = t
                i += 1
            }
            w += 1
        }
        tokens.removeLast(tokens.count - w)
    }
}

/// What the scanner's helpers read: the code points and their classes. (A value of two references, so that the
/// scanning loop, which holds the scanner `inout`, calls them without copying the scanner.)
private struct ScalarReader {
    let s: [UInt32]
    let tables: ScalarTables

    @inline(__always) func isAlnum(_ c: UInt32) -> Bool { tables.isLetter(c) || tables.isDigit(c) }

    /// True when the last token cannot end a sentence or a layout block (a word, a number, a comma...).
    func endsInsideSentence(after last: Token?) -> Bool {
        guard let last else { return false }
        guard last.kind == .punctuation || last.kind == .symbol else { return true }
        let mark = s[last.range.lowerBound]
        // . ! ? : ; | and closing quotes or brackets end a line that was meant to end there.
        return !(mark == 0x2E || mark == 0x21 || mark == 0x3F || mark == 0x3A || mark == 0x3B || mark == 0x7C
                 || mark == 0x22 || mark == 0x27 || mark == 0x29 || mark == 0x5D)
    }

    /// End of a web address starting at `i`, if one starts there.
    func urlEnd(at i: Int) -> Int? {
        guard s[i] == 0x68 || s[i] == 0x77 || s[i] == 0x48 || s[i] == 0x57 else { return nil }
        // Words starting with h or w are common ("huyện", "họp"): "ht" or "ww" must follow for an address.
        guard i + 1 < s.count, case let second = s[i + 1] | 0x20, second == 0x74 || second == 0x77 else { return nil }
        guard Self.urlPrefixes.contains(where: { p in
            i + p.count < s.count && (0..<p.count).allSatisfy { tables.lowercase(s[i + $0]) == p[$0] }
        }) else { return nil }
        var j = i
        while j < s.count && !Characters.isSpace(s[j]) && !Characters.isLineBreak(s[j]) && s[j] != 0x7C { j += 1 }
        while j > i + 1, let last = Unicode.Scalar(s[j - 1]), ").,;:!?\"']".unicodeScalars.contains(last) { j -= 1 }
        return j
    }

    /// End of an ISO date or date-time starting at `i` ("2021-09-23", "2021-09-23T11:09:08+07:00").
    func isoTimestampEnd(at i: Int) -> Int? {
        func digits(_ at: Int, _ count: Int) -> Bool {
            at + count <= s.count && (at..<(at + count)).allSatisfy { s[$0] >= 0x30 && s[$0] <= 0x39 }
        }
        guard digits(i, 4), i + 10 <= s.count, s[i + 4] == 0x2D, digits(i + 5, 2), s[i + 7] == 0x2D, digits(i + 8, 2) else { return nil }
        var j = i + 10
        if j < s.count && isAlnum(s[j]) && s[j] != 0x54 { return nil }
        guard j + 6 <= s.count, s[j] == 0x54, digits(j + 1, 2), s[j + 3] == 0x3A, digits(j + 4, 2) else {
            return (j < s.count && isAlnum(s[j])) ? nil : j
        }
        j += 6
        if j + 3 <= s.count, s[j] == 0x3A, digits(j + 1, 2) { j += 3 }
        if j + 2 <= s.count, s[j] == 0x2E, digits(j + 1, 1) { j += 1; while j < s.count && s[j] >= 0x30 && s[j] <= 0x39 { j += 1 } }
        if j < s.count, s[j] == 0x5A { j += 1 }
        else if j + 3 <= s.count, s[j] == 0x2B || s[j] == 0x2D, digits(j + 1, 2) {
            j += 3
            if j + 3 <= s.count, s[j] == 0x3A, digits(j + 1, 2) { j += 3 } else if digits(j, 2) { j += 2 }
        }
        return j
    }

    static let urlPrefixes: [[UInt32]] = ["http://", "https://", "www."].map { Array($0.unicodeScalars.map(\.value)) }

    /// Where a word starts after leading digits: "2Thủ" -> 1 (digits, then an upper-case letter and only
    /// lower-case letters after it, two at least); nil otherwise.
    func gluedWordStart(_ r: Range<Int>) -> Int? {
        var p = r.lowerBound
        while p < r.upperBound && tables.isDigit(s[p]) { p += 1 }
        guard p > r.lowerBound, r.upperBound - p >= 3, tables.isUpper(s[p]) else { return nil }
        for k in (p + 1)..<r.upperBound where !(tables.isLetter(s[k]) && !tables.isUpper(s[k])) { return nil }
        return p
    }

    /// "19h", "7h30", "07g15": an hour written with h or g ("19H" in a headline in capitals; never "5G", a network).
    func isClockTime(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound, d = 0
        while i < r.upperBound && tables.isDigit(s[i]) { i += 1; d += 1 }
        guard (1...2).contains(d), i < r.upperBound, s[i] == 0x68 || s[i] == 0x67 || s[i] == 0x48 else { return false }
        i += 1
        var m = 0
        while i < r.upperBound && tables.isDigit(s[i]) { i += 1; m += 1 }
        return i == r.upperBound && (m == 0 || m == 2)
    }

    /// "A.N", "T.H": single capital letters joined by dots (photo and author credits).
    /// True for a lower-case word with a letter beyond ASCII: a Vietnamese syllable ("người"), never a code's letters
    /// ("CT", "TTg", "NQ", "F").
    func isLowerSyllable(_ r: Range<Int>) -> Bool {
        var beyondASCII = false
        for k in r {
            if tables.isUpper(s[k]) || tables.isDigit(s[k]) { return false }
            if s[k] > 0x7F { beyondASCII = true }
        }
        return beyondASCII
    }

    func isInitials(_ segments: [Scanner.Segment], _ joiners: [UInt32]) -> Bool {
        joiners.allSatisfy { $0 == 0x2E } && segments.allSatisfy { $0.range.count == 1 && tables.isUpper(s[$0.range.lowerBound]) }
    }
}

private struct Scanner {
    let s: [UInt32]
    let text: NormalizedText
    let abbreviations: AbbreviationLexicon
    let tables = ScalarTables.shared
    let reader: ScalarReader
    var tokens: [Token] = []
    var spaceBefore = true
    var newlineBefore = false
    /// Where the current line started, and whether the break before the next token may be a wrap.
    var lineStart = 0
    var pendingSoftBreak = false
    /// Tokens after a single line break that ends a long line inside a sentence (``Tokenizer/tokenize(_:)``).
    var softBreaks: [Int] = []
    /// True once a number follows the word "covid", or a dash after it: the text may write "Covid 19" or "Covid - 19".
    var mayHaveSpacedCode = false

    /// True when normalization moved no code point: a token's span is its range.
    let identity: Bool

    init(s: [UInt32], text: NormalizedText, abbreviations: AbbreviationLexicon) {
        self.s = s
        self.text = text
        self.abbreviations = abbreviations
        reader = ScalarReader(s: s, tables: tables)
        identity = text.isIdentityMap
        tokens.reserveCapacity(s.count / 4)
    }

    /// ``append(_:_:)`` out of line, for every token but the plain runs of the scanning loop.
    @inline(never)
    mutating func emit(_ kind: Token.Kind, _ range: Range<Int>) { append(kind, range) }

    /// Adds the token that `range` makes, or joins it to the last one when both come from one normalization segment.
    @inline(__always)
    mutating func append(_ kind: Token.Kind, _ range: Range<Int>) {
        let span = identity ? Span(start: range.lowerBound, end: range.upperBound) : text.originalSpan(range)
        // Two tokens never share a code point: a split inside one normalization segment of the
        // original (a combining mark after punctuation, say) joins the pieces.
        if !identity, let last = tokens.last, span.start < last.span.end {
            tokens[tokens.count - 1].range = last.range.lowerBound..<range.upperBound
            tokens[tokens.count - 1].span = Span(start: last.span.start, end: max(last.span.end, span.end))
            return
        }
        if pendingSoftBreak && newlineBefore { softBreaks.append(tokens.count) }
        if kind == .number && !mayHaveSpacedCode { mayHaveSpacedCode = Self.followsCovid(tokens, text) }
        tokens.append(Token(kind: kind, range: range, span: span,
                            spaceBefore: spaceBefore, newlineBefore: newlineBefore))
        spaceBefore = false
        newlineBefore = false
        pendingSoftBreak = false
    }

    /// True when the last token is the word "covid" in any case, or a mark after it: a number emitted now may
    /// be the "19" of "Covid 19" or "Covid - 19".
    @inline(never)
    static func followsCovid(_ tokens: [Token], _ text: NormalizedText) -> Bool {
        func isCovid(_ t: Token) -> Bool { t.kind == .word && Tokenizer.isWord(t, Tokenizer.covid, in: text) }
        guard let last = tokens.last else { return false }
        return isCovid(last) || last.kind == .punctuation && tokens.count >= 2 && isCovid(tokens[tokens.count - 2])
    }

    mutating func run() {
        // The text and the letter classes are read through raw pointers: this loop sees every code point.
        let source = s, classes = tables.letterClass, tables = self.tables
        let n = source.count
        source.withUnsafeBufferPointer { s in
        classes.withUnsafeBufferPointer { classes in
            let limit = UInt32(classes.count)
            /// 1 for letters, 2 for digits, 0 otherwise.
            @inline(__always) func kind(_ c: UInt32) -> UInt8 {
                c < limit ? classes[Int(c)] : (tables.isLetter(c) ? 1 : tables.isDigit(c) ? 2 : 0)
            }
            var i = 0
            while i < n {
                let c = s[i]
                let k = kind(c)
                if k == 0 {
                    if c == 0x20 || c == 0x09 { spaceBefore = true; i += 1; continue }
                    if Characters.isLineBreak(c) {
                        // A wrap: the first break after a long line that ends inside a sentence; a second break ends it.
                        let single = !newlineBefore
                        pendingSoftBreak = single && i - lineStart >= Tokenizer.wrappedLineLength
                            && reader.endsInsideSentence(after: tokens.last)
                            && !(c == 0x0D && i + 1 < n && s[i + 1] != 0x0A && Characters.isLineBreak(s[i + 1]))
                        if c == 0x0D && i + 1 < n && s[i + 1] == 0x0A { i += 1 }
                        newlineBefore = true
                        spaceBefore = true
                        lineStart = i + 1
                        i += 1
                        continue
                    }
                    emit(Characters.isPunctuation(c) ? .punctuation : .symbol, i..<(i + 1))
                    i += 1
                    continue
                }
                // Most tokens are a plain run of letters or digits: no compound machinery needed.
                var j = i &+ 1, letters = k == 1, digits = k == 2
                while j < n {
                    let x = kind(s[j])
                    if x == 1 { letters = true } else if x == 2 { digits = true } else { break }
                    j &+= 1
                }
                // The common case: a run of letters or of digits that no joiner follows. Web addresses, listed
                // abbreviations, ISO dates and compounds all need one of . , : / - right after the run.
                if j == n || !Characters.isJoiner(s[j]), !(letters && digits) {
                    append(letters ? .word : .number, i..<j)
                    // (Most runs end at one space: the next token's start follows it.)
                    if j < n && s[j] == 0x20 { spaceBefore = true; i = j + 1 } else { i = j }
                    continue
                }
                if i == 0 || kind(s[i - 1]) == 0 {
                    // Web addresses start with h or w; every listed abbreviation has "." or "/" right after its
                    // first run of letters ("TP.", "Đ/c", "GS.TS"); ISO dates start with four digits and "-".
                    if c == 0x68 || c == 0x77 || c == 0x48 || c == 0x57, i + 1 < n, case let second = s[i + 1] | 0x20,
                       second == 0x74 || second == 0x77, let end = reader.urlEnd(at: i) { emit(.url, i..<end); i = end; continue }
                    if j < n && (s[j] == 0x2E || s[j] == 0x2F) {
                        let k = abbreviations.match(source, at: i, tables: tables)
                        if k > 0 { emit(.abbreviation, i..<(i + k)); i += k; continue }
                    }
                    if j - i == 4 && !letters && j < n && s[j] == 0x2D, let end = reader.isoTimestampEnd(at: i) {
                        emit(.number, i..<end); i = end; continue
                    }
                }
                // A web address glued to the word before it, as scraped pages leave them ("phường Trấn Biênhttps://..."):
                // the word, then the address.
                var glued: (start: Int, end: Int)? = nil
                if letters, j < n, s[j] == 0x3A, j - i > 5 {
                    for p in [j - 5, j - 4] where p > i { if let e = reader.urlEnd(at: p), e > j + 2 { glued = (p, e); break } }
                }
                if let (p, end) = glued {
                    emit(.word, i..<p)
                    emit(.url, p..<end)
                    i = end
                    continue
                }
                if j + 1 >= n || !Characters.isJoiner(s[j]) || kind(s[j + 1]) == 0 {
                    // A caption number glued to the next word ("ảnh 2Thủ tướng"): digits, then a capital and lower-case
                    // letters, are two tokens; codes keep their capitals ("5G", "3A", "F0").
                    if letters && digits, let split = reader.gluedWordStart(i..<j) {
                        emit(.number, i..<split)
                        emit(.word, split..<j)
                        i = j
                        continue
                    }
                    emit(letters ? (digits ? (reader.isClockTime(i..<j) ? .number : .code) : .word) : .number, i..<j)
                    i = j
                    continue
                }
                i = compound(at: i)
            }
        }}
    }

    struct Segment { var range: Range<Int>; var letters: Bool; var digits: Bool }
    /// Reused between compounds to avoid an allocation per token.
    var segments: [Segment] = []
    var joiners: [UInt32] = []

    /// Scans alphanumeric segments joined by . , : / - and emits the tokens they form.
    mutating func compound(at start: Int) -> Int {
        segments.removeAll(keepingCapacity: true)
        joiners.removeAll(keepingCapacity: true)
        var i = start
        while true {
            var j = i, letters = false, digits = false
            while j < s.count && reader.isAlnum(s[j]) {
                if tables.isDigit(s[j]) { digits = true } else { letters = true }
                j += 1
            }
            segments.append(Segment(range: i..<j, letters: letters, digits: digits))
            guard j + 1 < s.count, Characters.isJoiner(s[j]), reader.isAlnum(s[j + 1]) else { i = j; break }
            joiners.append(s[j])
            i = j + 1
        }
        // A clock time or number glued to the next word ("09:34Đồng Nai"): the compound, then the word.
        var gluedWord: Range<Int>? = nil
        if segments.count > 1, let last = segments.last, last.letters, last.digits, let p = reader.gluedWordStart(last.range) {
            segments[segments.count - 1] = Segment(range: last.range.lowerBound..<p, letters: false, digits: true)
            gluedWord = p..<last.range.upperBound
        }
        defer { if let w = gluedWord { emit(.word, w) } }
        if segments.count == 1 {
            let only = segments[0]
            emit(only.letters ? (only.digits ? (reader.isClockTime(only.range) ? .number : .code) : .word) : .number, only.range)
            return i
        }
        if reader.isInitials(segments, joiners) {
            emit(.abbreviation, segments[0].range.lowerBound..<segments[segments.count - 1].range.upperBound)
            return i
        }
        // A joiner is kept when digits stand on both sides, or for "-" and "/" inside a compound
        // that mixes letters and digits (05-NQ/TU, COVID-19, 16/CT-TTg, SARS-CoV-2).
        let mixed = segments.contains { $0.digits } && segments.contains { $0.letters }
        var groupStart = 0
        for k in 0...joiners.count {
            let keep: Bool
            if k == joiners.count { keep = false } else {
                let l = segments[k], r = segments[k + 1], joiner = joiners[k]
                let pureDigits = l.digits && !l.letters && r.digits && !r.letters
                // (Not a slash between a syllable and a number: "9.400 người/8.200 người" is a count against a target.)
                let syllableAndNumber = joiner == 0x2F && (l.letters && !l.digits && r.digits && !r.letters && reader.isLowerSyllable(l.range)
                    || r.letters && !r.digits && l.digits && !l.letters && reader.isLowerSyllable(r.range))
                keep = pureDigits || ((joiner == 0x2D || joiner == 0x2F) && mixed && !syllableAndNumber)
            }
            if !keep {
                emitGroup(groupStart...k)
                if k < joiners.count {
                    emit(.punctuation, segments[k].range.upperBound..<segments[k + 1].range.lowerBound)
                }
                groupStart = k + 1
            }
        }
        return i
    }

    mutating func emitGroup(_ indices: ClosedRange<Int>) {
        let group = segments[indices]
        let range = group.first!.range.lowerBound..<group.last!.range.upperBound
        let digits = group.contains { $0.digits }, letters = group.contains { $0.letters }
        let kind: Token.Kind
        if !letters { kind = .number }
        else if !digits { kind = .word }
        else if group.count == 1 && reader.isClockTime(range) { kind = .number }
        else { kind = .code }
        emit(kind, range)
    }

}

/// Character classes the text layer shares.
enum Characters {
    @inline(__always) static func isLineBreak(_ c: UInt32) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029
    }
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 }
    @inline(__always) static func isJoiner(_ c: UInt32) -> Bool {
        c == 0x2E || c == 0x2C || c == 0x3A || c == 0x2F || c == 0x2D
    }
    @inline(__always) static func isPunctuation(_ c: UInt32) -> Bool {
        // ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { } |, one bit each (the rest of ASCII are symbols, letters, digits
        // and spaces).
        if c < 0x80 { return (c < 0x40 ? 0x8C00_F7EE_0000_0000 as UInt64 : 0x3800_0000_B800_0001) &>> UInt64(c & 63) & 1 != 0 }
        return isNonASCIIPunctuation(c)
    }
    static func isNonASCIIPunctuation(_ c: UInt32) -> Bool {
        guard let u = Unicode.Scalar(c) else { return false }
        switch u.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
