import Foundation
import Testing
@testable import VietIEText

/// Every vowel pair x tone x case x NFC/NFD for the tone-placement rule.
struct ToneMarkSweepTests {
    static let tones: [String] = ["\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
    static let pairs: [(String, String)] = [("o", "a"), ("o", "e"), ("u", "y")]
    static let initials = ["", "h", "kh", "th", "ng", "t"]

    static func compose(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }
    static func decompose(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
    static func cased(_ s: String, _ mode: Int) -> String {
        switch mode {
        case 1: return s.uppercased()
        case 2: return s.prefix(1).uppercased() + s.dropFirst()
        default: return s
        }
    }

    @Test func openSyllables_moveToneToFirstVowel() {
        var checked = 0
        for (v1, v2) in Self.pairs {
            for tone in Self.tones {
                for initial in Self.initials where !(v1 == "u" && initial == "q") {
                    for mode in 0..<3 {
                        let newStyle = Self.cased(initial + v1 + v2 + tone, mode)   // "hoà"
                        let oldStyle = Self.cased(initial + v1 + tone + v2, mode)   // "hòa"
                        let expected = Self.compose(oldStyle)
                        for input in [Self.compose(newStyle), Self.decompose(newStyle), Self.compose(oldStyle), Self.decompose(oldStyle)] {
                            let n = Normalizer.normalize(input)
                            #expect(n.casedString(0..<n.count) == expected, "\(input.unicodeScalars.map { String($0.value, radix: 16) })")
                            #expect(n.casedString(0..<n.count).unicodeScalars.elementsEqual(expected.unicodeScalars))
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 3 * 5 * 6 * 3 * 4)
    }

    @Test func phraseKeys_meetOnOneForm() {
        // Keys of the swept syllables in phrases, in every style and case, are the folded new style.
        for (v1, v2) in Self.pairs {
            for tone in Self.tones {
                for initial in Self.initials where !(v1 == "u" && initial == "q") {
                    for mode in 0..<3 {
                        let expected = Self.compose(("tỉnh " + initial + v1 + tone + v2 + ".").lowercased())
                        for syllable in [initial + v1 + v2 + tone, initial + v1 + tone + v2] {
                            let phrase = Self.cased("tỉnh " + syllable + ".", mode)
                            for input in [Self.compose(phrase), Self.decompose(phrase)] {
                                #expect(Normalizer.key(input).unicodeScalars.elementsEqual(expected.unicodeScalars), "\(input)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func closedSyllables_areUnchanged() {
        for word in ["hoàn", "thuyền", "hoàng", "khoắng", "Hoàn", "HOÀNG", "toán", "quyết", "khuyến", "ngoài", "khuya"] {
            let n = Normalizer.normalize(word)
            #expect(n.casedString(0..<n.count) == word)
        }
    }

    @Test func afterQ_toneStaysOnY() {
        for word in ["quý", "Quý", "QUÝ", "quỳ", "quỷ", "quỹ", "quỵ"] {
            let n = Normalizer.normalize(word)
            #expect(n.casedString(0..<n.count).unicodeScalars.elementsEqual(word.unicodeScalars))
        }
    }

    @Test func knownPairs_meetOnOneForm() {
        let pairs = [("hoà", "hòa"), ("uỷ", "ủy"), ("Khoẻ", "Khỏe"), ("thuỷ", "thủy"), ("Thuỵ Điển", "Thụy Điển"),
                     ("tuỳ", "tùy"), ("Tỉnh uỷ", "Tỉnh ủy"), ("Khánh Hoà", "Khánh Hòa"), ("HOÀ", "HÒA"), ("nguỵ", "ngụy")]
        for (a, b) in pairs {
            #expect(Normalizer.key(a) == Normalizer.key(b), "\(a) vs \(b)")
            let n = Normalizer.normalize(a)
            #expect(n.casedString(0..<n.count) == b)
        }
    }

    @Test func everyPrecomposedVowel_foldsAndStripsDiacritics() {
        let groups: [(String, Character)] = [("aàáảãạăằắẳẵặâầấẩẫậ", "a"), ("eèéẻẽẹêềếểễệ", "e"), ("iìíỉĩị", "i"),
                                             ("oòóỏõọôồốổỗộơờớởỡợ", "o"), ("uùúủũụưừứửữự", "u"), ("yỳýỷỹỵ", "y")]
        let pairs = groups.flatMap { g in g.0.map { ($0, g.1) } }
        #expect(pairs.count == 72)
        for (v, b) in pairs {
            for input in [String(v), String(v).uppercased(), Self.decompose(String(v)), Self.decompose(String(v).uppercased())] {
                let n = Normalizer.normalize(input)
                #expect(n.count == 1)
                #expect(n.foldedString(0..<1) == String(v))
                #expect(n.plainString(0..<1) == String(b))
                #expect(n.originalSpan(0..<1).end == input.unicodeScalars.count)
            }
        }
        #expect(Normalizer.key("Đắk Lắk", plain: true) == "dak lak")
    }
}
