import Foundation
import PropertyBased
import Testing
import VietIECore
@testable import VietIEText

/// For any input, every token's and sentence's text is its slice of the original, ranges are
/// ordered and inside the text, and normalization is idempotent.
struct OffsetPropertyTests {
    /// Pieces that stress the text layer: NFD marks, old tone marks, emoji, CRLF, zero-width and
    /// non-breaking spaces, abbreviations, numbers, codes, stray combining marks.
    static let pieces: [String] = [
        "Nguyễn", "Hoà", "uỷ", "Khoẻ", "quý", "Tỉnh", "UBND", "TP.", "TP.HCM", "Đ/c", "6.360", "21/9", "05-NQ/TU",
        "Covid 19", "COVID-19", "F0", " ", "  ", "\n", "\r\n", "\t", ".", ",", "–", "“", "”", "|", "’", "\u{00A0}",
        "\u{200B}", "\u{FEFF}", "\u{00AD}", "😀", "👨‍👩‍👧", "e\u{301}", "a\u{323}\u{302}", "\u{301}", "\u{323}",
        "o\u{300}a", "HOÀ", "x", "7", "h", "http://a.vn/x", "2021-09-23T11:09:08+07:00", "Q.", "P.6", "(", ")", "?", "!",
        "…", "ngày", "đ", "Ư", "\u{1E4D}", "ǅ", "ß", "İ", "\u{0}",
    ]

    static let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }

    @Test func tokensAndSentences_sliceTheOriginal() async {
        await propertyCheck(count: 400, input: Self.generator) { text in
            let document = Document(id: "p", text: text)
            let analyzed = TestSupport.analyzer.analyze(document)
            var last = 0
            for (i, t) in analyzed.tokens.enumerated() {
                #expect(t.span.start >= last && t.span.start < t.span.end && t.span.end <= document.length, "token \(i) \(t.span) in \(text.debugDescription)")
                last = t.span.end
                #expect(t.range.lowerBound < t.range.upperBound && t.range.upperBound <= analyzed.normalized.count)
                #expect(analyzed.normalized.originalSpan(t.range) == t.span)
            }
            for s in analyzed.sentences {
                #expect(s.span.start >= 0 && s.span.end <= document.length && s.span.start < s.span.end)
                #expect(s.span.start == analyzed.tokens[s.tokens.lowerBound].span.start)
                #expect(s.span.end == analyzed.tokens[s.tokens.upperBound - 1].span.end)
            }
            // The map is monotone and covers the text in order.
            let n = analyzed.normalized
            for i in 0..<n.count {
                #expect(n.originStart(i) < n.originEnd(i) && n.originEnd(i) <= document.length)
                if i > 0 { #expect(n.originStart(i) >= n.originStart(i - 1)) }
            }
        }
    }

    @Test func normalization_isIdempotent() async {
        await propertyCheck(count: 400, input: Self.generator) { text in
            let once = Normalizer.normalize(text)
            let onceText = once.casedString(0..<once.count)
            let twice = Normalizer.normalize(onceText)
            #expect(twice.casedString(0..<twice.count).unicodeScalars.elementsEqual(onceText.unicodeScalars), "\(text.debugDescription)")
            #expect(Normalizer.key(onceText) == Normalizer.key(text))
        }
    }

    @Test func foldedKey_equalsTheNormalizedTextsFoldedView() async {
        // The one-pass key either declines or gives exactly what the whole normalization folds to.
        await propertyCheck(count: 400, input: Self.generator) { text in
            let n = Normalizer.normalize(text)
            let folded = n.foldedString(0..<n.count)
            if let key = Normalizer.foldedKey(text) { #expect(key.unicodeScalars.elementsEqual(folded.unicodeScalars), "\(text.debugDescription)") }
            #expect(Normalizer.key(text).unicodeScalars.elementsEqual(folded.unicodeScalars))
        }
    }

    /// Syllables whose tone may move, in every case and both placements, among letters, marks and punctuation.
    static let syllables: [String] = [
        "hoà", "hòa", "Hoà", "HOÀ", "hoàn", "khoẻ", "Khỏe", "thuỷ", "thủy", "quý", "quỳ", "uỷ", "ủy", "oà", "Oạ", "uý",
        "toé", "xoè", "nguyễn", "Ðảng", "ðã", "`", "’", "–", " ", "\u{00A0}", "\n", ".", "7", "x", "😀", "\u{1E4D}",
    ]
    static let syllableText = Gen.int(in: 0...(syllables.count - 1)).array(of: 0...30).map { $0.map { syllables[$0] }.joined() }

    @Test func onePassNormalization_equalsTheGeneralPath() async {
        // The one-pass normalization of NFC text either declines or gives exactly what every step in turn gives.
        for generator in [Self.generator, Self.syllableText] {
            await propertyCheck(count: 400, input: generator) { text in
                let scalars = text.unicodeScalars.map(\.value)
                scalars.withUnsafeBufferPointer { source in
                    let tables = ScalarTables.shared
                    guard let fast = Normalizer.normalizeNFC(source, tables) else { return }
                    let general = Normalizer.normalizeGeneral(source, tables)
                    #expect(fast.cased == general.cased, "\(text.debugDescription)")
                    #expect(fast.folded == general.folded, "\(text.debugDescription)")
                    #expect(general.isIdentityMap && fast.isIdentityMap)
                }
            }
        }
    }

    @Test func documentScalars_equalTheStringsScalars() async {
        // The word-at-a-time decoder, at every alignment of ASCII runs and multi-byte sequences (1 to 4 bytes).
        let pieces = Self.pieces + ["abcdefgh", "abcdefg", "ab", "ế", "𝔸", "中", "\u{10FFFF}"]
        let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...60).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 400, input: generator) { text in
            #expect(Document(id: "p", text: text).scalars == text.unicodeScalars.map(\.value), "\(text.debugDescription)")
        }
    }

    @Test func prefixByBytes_agreesWithPrefixByCharacters() async {
        // On NFC text (the keys and token texts it is used on), with marks, joiners and letters of every range after the
        // prefix: the byte test gives String's answer.
        let pieces = ["ủy", " ", "ban", "Đ", "đồng", "QL", "\u{300}", "\u{323}", "\u{200D}", "e", "é", "ệ", "1", "😀", "ǅ", "ß", "한", "\u{1161}", "🇻🇳"]
        let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 400, input: generator, generator) { a, b in
            let text = (a + b).precomposedStringWithCanonicalMapping
            for prefix in [a.precomposedStringWithCanonicalMapping, b.precomposedStringWithCanonicalMapping] {
                #expect(text.hasPrefixBytes(prefix) == text.hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
            }
        }
    }

    @Test func shortPhrasesOfWords_areCutAsTheScannerCutsThem() async {
        // A phrase of letters and spaces takes the short way; followed by " ," it is read by the scanner.
        let pieces = ["Ủy", "ban", "nhân", "dân", "tỉnh", "Hoà", "TP", "Đ", "c", "HCM", "Nguyễn", "q", "uỷ", " ", "  ", "ǅ", "Tuệ"]
        let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 1...12).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 300, input: generator) { text in
            let tokenizer = TestSupport.analyzer.tokenizer
            let alone = tokenizer.tokenize(Normalizer.normalize(text))
            let scanned = tokenizer.tokenize(Normalizer.normalize(text + " ,")).dropLast()
            #expect(Array(scanned) == alone, "\(text.debugDescription)")
        }
    }

    @Test func entitiesBuiltFromTokens_passTheInvariantCheck() async {
        await propertyCheck(count: 200, input: Self.generator) { text in
            let document = Document(id: "p", text: text)
            let analyzed = TestSupport.analyzer.analyze(document)
            let entities = analyzed.tokens.map {
                Entity(type: .person, span: $0.span, text: document.text(of: $0.span), provenance: Provenance(rule: "test"))
            }
            #expect(throws: Never.self) { try Annotation(document: document, entities: entities).checkInvariants() }
        }
    }
}

struct CharacterClassTests {
    @Test func asciiPunctuation_isTheListedMarks() {
        let marks = Set("!\"#%&'()*,-./:;?@[\\]_{}|".unicodeScalars.map(\.value))
        for c in UInt32(0)..<0x80 { #expect(Characters.isPunctuation(c) == marks.contains(c), "U+\(String(c, radix: 16))") }
        // Beyond ASCII, by general category: dashes and quotes are, symbols and letters are not.
        #expect(Characters.isPunctuation(0x2013) && Characters.isPunctuation(0x201C) && !Characters.isPunctuation(0x20AB) && !Characters.isPunctuation(0x1EC7))
    }
}
