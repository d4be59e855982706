import Testing
import VietIECore
import VietIEGazetteer
@testable import VietIEExtraction

/// Candidates share their rule, entries and attributes with their copies until one changes: each stays a value.
struct CandidateTests {
    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Candidate(type: .location, tokens: 2..<4, rule: "location.typed", attributes: ["level": "province"])
        var copy = original
        copy.attributes["unit"] = "bp"
        copy.rule = "location.bare-province"
        copy.entries.append(EntryRef(list: 1, row: 2))
        copy.tokens = 1..<4
        #expect(original.attributes.count == 1 && original.attributes["unit"] == nil)
        #expect(original.rule == "location.typed" && original.entries.isEmpty && original.tokens == 2..<4)
        #expect(copy.attributes["unit"] == "bp" && copy.attributes["level"] == "province")
        #expect(copy.rule == "location.bare-province" && copy.entries.count == 1 && copy.tokens == 1..<4)
    }

    @Test func aCandidateOfItsOwnChangesInPlace() {
        var c = Candidate(type: .date, tokens: 0..<1, rule: "date.day")
        c.attributes["value"] = "2021-09-21"
        c.attributes["part"] = "morning"
        #expect(c.attributes.count == 2)
        #expect(c.rule == "date.day")
    }
}
