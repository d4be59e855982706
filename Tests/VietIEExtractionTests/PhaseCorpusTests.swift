import Foundation
import Testing
import VietIE

/// Each recognition phase against its corpus: exact spans (and resolved values) for the positive
/// sentences, nothing at all for the negative ones; and every rule of the phase fires somewhere.
struct PhaseCorpusTests {
    static let files = ["date.corpus", "statistic.corpus", "location.corpus", "organization.corpus", "title.corpus", "person.corpus"]
    static func allCases() -> [CorpusCase] { files.flatMap(CorpusHarness.load) }

    @Test(arguments: allCases())
    func corpusSentence(_ c: CorpusCase) throws {
        let annotation = CorpusHarness.annotate(c)
        try annotation.checkInvariants()
        let types = CorpusHarness.types(of: c.file)
        let found = annotation.entities.filter { types.contains($0.type.rawValue) }
        let got = Set(found.map { "\($0.type.rawValue) \(annotation.document.text(of: $0.span)) @\($0.span.start)" })
        let want = Set(c.expected.filter { types.contains($0.type) }.map {
            "\($0.type) \(annotation.document.text(of: Span(start: $0.start, end: $0.end))) @\($0.start)"
        })
        if c.negative {
            #expect(got.isEmpty, "expected nothing in: \(c.text)")
            return
        }
        #expect(got == want, "in: \(c.text)")
        // Resolved values.
        for e in c.expected where types.contains(e.type) {
            guard let value = e.value, let entity = found.first(where: { $0.span.start == e.start && $0.span.end == e.end }) else { continue }
            switch e.type {
            case "DATE":
                let parts = value.split(separator: " ").map(String.init)
                if parts[0] != "?" {
                    let range = parts[0].components(separatedBy: "..")
                    #expect(entity.attributes["value"]?.stringValue == range[0], "date value of \(entity.text)")
                    if range.count == 2 { #expect(entity.attributes["value_end"]?.stringValue == range[1]) }
                }
                if parts.count > 1 { #expect(entity.attributes["part_of_day"]?.stringValue == parts[1], "part of day of \(entity.text)") }
            case "STATISTIC":
                let kv = value.split(separator: "=").map(String.init)
                let stat = annotation.statistics.first { $0.span == entity.span }
                #expect(stat?.metric.rawValue == kv[0], "metric of \(entity.text)")
                #expect(stat?.value == Double(kv[1]), "value of \(entity.text)")
            default:
                break
            }
        }
    }

    @Test func everyRuleFiresInItsCorpus() {
        var fired = Set<String>()
        for c in Self.allCases() where !c.negative {
            let annotation = CorpusHarness.annotate(c)
            let types = CorpusHarness.types(of: c.file)
            for e in annotation.entities where types.contains(e.type.rawValue) { fired.insert(e.provenance.rule) }
        }
        let missing = Recognizers.rules.flatMap { phase, rules in rules.filter { !fired.contains($0) }.map { "\(phase): \($0)" } }
        #expect(missing.isEmpty, "rules that never fire in their corpus: \(missing.sorted())")
    }
}
