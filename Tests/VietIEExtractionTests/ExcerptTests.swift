import Testing
import VietIECore
@testable import VietIEExtraction

/// Excerpts cut inside their last word: no name ends in the cut word; a whole last word still ends one.
struct ExcerptTests {
    static func entities(_ text: String) -> [String] {
        CorpusHarness.extractor.annotate(Document(id: "t", text: text)).entities
            .filter { [.person, .organization, .location, .title].contains($0.type) }.map { "\($0.type.rawValue) \($0.text)" }
    }

    @Test func nameInTheCutWord_isDropped() {
        #expect(Self.entities("Sáng 10/7, đoàn công tác làm việc tại tỉnh. Tiếp đoàn có ông Võ V") == [])
        #expect(Self.entities("Tham dự có Phó Chủ tịch Trịnh Xuân Trườ") == ["TITLE Phó Chủ tịch"])
    }

    @Test func wholeLastWord_stillEndsAName() {
        #expect(Self.entities("Tham dự có Phó Chủ tịch UBND tỉnh Trịnh Xuân Trường")
            == ["TITLE Phó Chủ tịch", "ORGANIZATION UBND tỉnh", "PERSON Trịnh Xuân Trường"])
        // "ở" needs a final consonant only after "ư" ("trườ" is cut), not after "u" ("thuở" is a word).
        #expect(Recognizers.pairNeedingFinal[0x1EDF] == [0x01B0])
    }
}
