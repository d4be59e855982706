import Foundation
import Testing
import VietIECore
@testable import VietIEEvaluation

/// The scorer against hand-made perturbations of one gold record.
struct ScorerTests {
    static let gold = #"""
    {"id":"d1","text":"Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì, ông Lợi dự. Có 6.360 ca.","entities":[
    {"type":"TITLE","text":"Chủ tịch","start":0,"end":8},{"type":"ORGANIZATION","text":"UBND tỉnh","start":9,"end":18},
    {"type":"PERSON","text":"Trần Tuệ Hiền","start":19,"end":32},{"type":"PERSON","text":"Lợi","start":46,"end":49},
    {"type":"STATISTIC","text":"6.360 ca","start":57,"end":65}],
    "officials":[{"name":"Trần Tuệ Hiền","positions":[{"title":"Chủ tịch","organization":"UBND tỉnh Bình Phước"}]}],
    "statistics":[{"metric":"cases_confirmed","value":6360,"text":"6.360 ca","start":57,"end":65,"place":null,"date":null}],
    "events":[{"kind":"meeting","date":null,"place":null,"participants":[{"name":"Trần Tuệ Hiền","role":"chair"},{"name":"Lợi","role":"attendee"}],"organizations":[]}]}
    """#.replacingOccurrences(of: "\n", with: "")

    static func docs(_ text: String) throws -> [ScoredDocument] { try ScoredDocument.load(jsonl: Array(text.utf8)) }

    @Test func goldAgainstItself_isPerfect() throws {
        let g = try Self.docs(Self.gold)
        let r = Scorer.score(gold: g, predicted: g)
        for t in Scorer.entityTypes { #expect(r.strict[t]!.f1 == 1 && r.lenient[t]!.f1 == 1) }
        #expect(r.microStrict.f1 == 1)
        #expect([r.officialNames, r.officialTitles, r.officialOrganizations, r.statistics, r.meetings].allSatisfy { $0.f1 == 1 })
    }

    @Test func shiftedSpan_losesStrictButNotLenient() throws {
        let shifted = Self.gold.replacingOccurrences(of: #""start":19,"end":32"#, with: #""start":19,"end":28"#)
        let r = Scorer.score(gold: try Self.docs(Self.gold), predicted: try Self.docs(shifted))
        #expect(r.strict["PERSON"]!.truePositives == 1 && r.strict["PERSON"]!.precision == 0.5 && r.strict["PERSON"]!.recall == 0.5)
        #expect(r.lenient["PERSON"]!.f1 == 1)
        #expect(r.misses.count == 1 && r.misses[0].overlapsOther)
    }

    @Test func wrongType_countsAsMissAndFalseAlarm() throws {
        let wrong = Self.gold.replacingOccurrences(of: #"{"type":"ORGANIZATION","text":"UBND tỉnh""#, with: #"{"type":"LOCATION","text":"UBND tỉnh""#)
        let r = Scorer.score(gold: try Self.docs(Self.gold), predicted: try Self.docs(wrong))
        #expect(r.strict["ORGANIZATION"]!.recall == 0 && r.strict["LOCATION"]!.precision == 0)
        #expect(abs(r.microStrict.f1 - 0.8) < 1e-9)
    }

    @Test func missingOfficial_andAbbreviationsCompareExpanded() throws {
        let none = Self.gold.replacingOccurrences(of: #"[{"name":"Trần Tuệ Hiền","positions":[{"title":"Chủ tịch","organization":"UBND tỉnh Bình Phước"}]}]"#, with: "[]")
        let r = Scorer.score(gold: try Self.docs(Self.gold), predicted: try Self.docs(none))
        #expect(r.officialNames.recall == 0 && r.officialOrganizations.gold == 1)
        let expanded = Self.gold.replacingOccurrences(of: #""organization":"UBND tỉnh Bình Phước""#, with: #""organization":"Ủy ban nhân dân tỉnh Bình Phước""#)
            .replacingOccurrences(of: #""name":"Trần Tuệ Hiền","positions""#, with: #""name":"trần  tuệ hiền","positions""#)
        let r2 = Scorer.score(gold: try Self.docs(Self.gold), predicted: try Self.docs(expanded))
        #expect(r2.officialOrganizations.f1 == 1)
    }

    @Test func statisticsAreAMultiset_andMeetingsArePairs() throws {
        let twice = Self.gold.replacingOccurrences(of: #""statistics":[{"#, with: #""statistics":[{"metric":"deaths","value":6360},{"#)
            .replacingOccurrences(of: #"{"name":"Lợi","role":"attendee"}"#, with: #"{"name":"Lợi","role":"attendee"},{"name":"Bảo","role":"attendee"}"#)
        let r = Scorer.score(gold: try Self.docs(Self.gold), predicted: try Self.docs(twice))
        #expect(r.statistics.predicted == 2 && r.statistics.truePositives == 1)
        #expect(r.meetings.predicted == 3 && r.meetings.truePositives == 1)
    }

    @Test func comparisonKeys() {
        #expect(Comparison.phraseKey("UBND TP. Hạ Long") == Comparison.phraseKey("Ủy ban nhân dân thành phố Hạ Long"))
        #expect(Comparison.phraseKey("Tỉnh uỷ Khánh Hoà") == Comparison.phraseKey("tỉnh ủy khánh hòa"))
        #expect(Comparison.nameKey("Nguyễn Anh Đức") != Comparison.nameKey("Nguyễn Anh Dức"))
    }
}
