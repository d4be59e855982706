import Foundation
import Testing
import VietIECore
@testable import VietIEText

struct NormalizerTests {
    @Test func nfcInput_keepsIdentityMap() {
        let n = Normalizer.normalize("Phó Bí thư Tỉnh ủy Trần Tuệ Hiền")
        #expect(n.isIdentityMap)
        #expect(n.foldedString(0..<n.count) == "phó bí thư tỉnh ủy trần tuệ hiền")
    }

    @Test func nfdInput_mapsEveryScalarBackToItsOriginalRange() {
        let original = "Tỉnh uỷ Khánh Hoà".decomposedStringWithCanonicalMapping
        let scalars = Array(original.unicodeScalars)
        let n = Normalizer.normalize(original)
        #expect(n.casedString(0..<n.count) == "Tỉnh ủy Khánh Hòa")
        // "Khánh Hòa" in the normalized view maps back to the decomposed original slice.
        let start = 8
        let span = n.originalSpan(start..<n.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        #expect(String(view).unicodeScalars.elementsEqual("Khánh Hoà".decomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func zeroWidthCharacters_disappearButOffsetsSurvive() {
        let original = "UBND\u{200B} tỉnh\u{00A0}An\u{00AD}Giang"
        let n = Normalizer.normalize(original)
        #expect(n.casedString(0..<n.count) == "UBND tỉnh AnGiang")
        let giang = n.casedString(0..<n.count).unicodeScalars.count - 5
        #expect(n.originalSpan(giang..<n.count) == Span(start: 14, end: 19))
    }

    @Test func punctuation_isUnified() {
        let n = Normalizer.normalize("Nguyễn Anh Đức – UVBTV “chống dịch” H’Yim — x")
        #expect(n.casedString(0..<n.count) == "Nguyễn Anh Đức - UVBTV \"chống dịch\" H'Yim - x")
        #expect(n.isIdentityMap)
    }

    @Test func ethWrittenForD_becomesD() {
        let n = Normalizer.normalize("Ủy viên Trung ương \u{D0}ảng, \u{F0}ồng chí")
        #expect(n.casedString(0..<n.count) == "Ủy viên Trung ương Đảng, đồng chí")
        #expect(n.foldedString(0..<n.count) == "ủy viên trung ương đảng, đồng chí")
        #expect(n.isIdentityMap)
    }

    @Test func normalizingTwice_changesNothing() {
        for s in ["Hoà Bình", "TP.HCM", "Uỷ ban", "khoẻ", "a\u{301}\u{323}", "\u{FEFF}x"] {
            let once = Normalizer.normalize(s).casedString(0..<Normalizer.normalize(s).count)
            let twice = Normalizer.normalize(once)
            #expect(twice.casedString(0..<twice.count) == once)
        }
    }
}
