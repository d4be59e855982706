import Testing
import VietIE

/// When two mentions of a name become one person, on small hand-made annotations.
struct MergeRuleTests {
    /// Two units of a province and its district.
    struct Units: PlaceDirectory {
        let records = [
            "70@": PlaceRecord(key: "70@", code: "70", name: "Bình Phước", fullName: "Tỉnh Bình Phước", level: "province", type: "tỉnh", parentKey: nil),
            "690@": PlaceRecord(key: "690@", code: "690", name: "Bình Long", fullName: "Thị xã Bình Long", level: "district", type: "thị xã", parentKey: "70@"),
        ]
        func place(key: String) -> PlaceRecord? { records[key] }
        func candidates(_ phrase: String, on date: String?) -> PlaceCandidates {
            switch MergePolicy.fold(phrase) {
            case "bình phước": return PlaceCandidates(keys: ["70@"], typed: false)
            case "tỉnh bình phước": return PlaceCandidates(keys: ["70@"], typed: true)
            case "thị xã bình long": return PlaceCandidates(keys: ["690@"], typed: true)
            default: return PlaceCandidates(keys: [], typed: false)
            }
        }
        func isTypeWord(_ phrase: String) -> Bool { ["tỉnh", "thị xã", "xã"].contains(MergePolicy.fold(phrase)) }
    }

    static let policy = MergePolicy(nameKey: { Comparison.nameKey($0) }, phraseKey: { Comparison.phraseKey($0) },
                                    selfContainedTitles: ["Tổng Bí thư"])

    /// An article naming each person once, with their positions (title, organization).
    static func article(_ id: String, _ people: [(name: String, positions: [(String, String?)])], date: String = "2021-05-28") -> Annotation {
        var text = ""
        var officials: [Official] = []
        var entities: [Entity] = []
        for person in people {
            if !text.isEmpty { text += ". " }
            let start = text.unicodeScalars.count
            text += person.name
            let span = Span(start: start, end: text.unicodeScalars.count)
            entities.append(Entity(type: .person, span: span, text: person.name, provenance: Provenance(rule: "person.after-title")))
            if !person.positions.isEmpty {
                officials.append(Official(name: person.name, positions: person.positions.map { Position(title: $0.0, organization: $0.1) },
                                          mentions: [span]))
            }
        }
        return Annotation(document: Document(id: id, text: text, published: date), entities: entities, officials: officials)
    }

    static func people(_ annotations: [Annotation]) -> [String: [String]] {
        var builder = GraphBuilder(policy: policy, places: Units())
        for a in annotations { builder.add(a) }
        let graph = builder.build()
        var out: [String: [String]] = [:]
        for p in graph.nodes(.person) { out[p.id] = GraphFixtures.documents(of: p.id, in: graph) }
        return out
    }

    @Test func sameNameAndOrganization_isOnePerson() {
        let found = Self.people([
            Self.article("a", [("Nguyễn Văn An", [("Chủ tịch", "UBND tỉnh Bình Phước")])]),
            Self.article("b", [("Nguyễn Văn An", [("Chủ tịch", "Ủy ban nhân dân tỉnh Bình Phước")])]),
        ])
        #expect(found == ["person:nguyễn văn an#org:ủy ban nhân dân tỉnh bình phước#70@": ["a", "b"]])
    }

    @Test func bareName_neverMergesTwoArticles() {
        let found = Self.people([Self.article("a", [("Nguyễn Văn An", [])]), Self.article("b", [("Nguyễn Văn An", [])])])
        #expect(found == ["person:nguyễn văn an#doc:a": ["a"], "person:nguyễn văn an#doc:b": ["b"]])
    }

    @Test func sameNameInOfficesOfDifferentPlaces_staysTwoPeople() {
        let found = Self.people([
            Self.article("a", [("Nguyễn Văn An", [("Chủ tịch", "UBND tỉnh Bình Phước")])]),
            Self.article("b", [("Nguyễn Văn An", [("Giám đốc", "Sở Y tế An Giang")])]),
        ])
        #expect(found == ["person:nguyễn văn an#org:ủy ban nhân dân tỉnh bình phước#70@": ["a"],
                          "person:nguyễn văn an#org:sở y tế an giang": ["b"]])
    }

    @Test func twoOfficesOfOneProvince_mergeByTheirPlace() {
        let found = Self.people([
            Self.article("a", [("Trần Tuệ Hiền", [("Chủ tịch", "UBND tỉnh Bình Phước")])]),
            Self.article("b", [("Trần Tuệ Hiền", [("Phó Bí thư", "Tỉnh ủy Bình Phước")])]),
        ])
        #expect(found == ["person:trần tuệ hiền#org:tỉnh ủy bình phước#70@": ["a", "b"]])
    }

    @Test func officesLinkedThroughAThirdArticle_mergeInEveryOrder() {
        let a = Self.article("a", [("Bùi Quốc Bảo", [("Bí thư", "Thị ủy Bình Long")])])
        let b = Self.article("b", [("Bùi Quốc Bảo", [("Bí thư", "Thị ủy Bình Long"), ("Giám đốc", "Công ty Cao su")])])
        let c = Self.article("c", [("Bùi Quốc Bảo", [("Giám đốc", "Công ty Cao su")])])
        let expected = ["person:bùi quốc bảo#org:công ty cao su": ["a", "b", "c"]]
        for order in [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] {
            #expect(Self.people(order) == expected, "order \(order.map(\.document.id))")
        }
    }

    @Test func selfContainedTitleMerges_aTitleWithoutItsBodyDoesNot() {
        let found = Self.people([
            Self.article("a", [("Nguyễn Phú Trọng", [("Tổng Bí thư", nil)]), ("Lê Văn Ba", [("Giám đốc", nil)])]),
            Self.article("b", [("Nguyễn Phú Trọng", [("Tổng Bí thư", nil)]), ("Lê Văn Ba", [("Giám đốc", nil)])]),
        ])
        #expect(found == ["person:nguyễn phú trọng#title:tổng bí thư": ["a", "b"],
                          "person:lê văn ba#doc:a": ["a"], "person:lê văn ba#doc:b": ["b"]])
    }

    @Test func organizations_mergeByNameAndPlace_placesByUnitKey() {
        var builder = GraphBuilder(policy: Self.policy, places: Units())
        builder.add(Self.article("a", [("Nguyễn Văn An", [("Chủ tịch", "UBND thị xã Bình Long")])]))
        builder.add(Self.article("b", [("Lê Văn Ba", [("Phó Chủ tịch", "UBND thị xã Bình Long")])]))
        builder.add(Self.article("c", [("Lê Văn Ba", [("Phó Chủ tịch", "UBND thị xã")])]))
        let graph = builder.build()
        #expect(graph.nodes(.organization).map(\.id) == ["organization:ủy ban nhân dân thị xã bình long#690@",
                                                          "organization:ủy ban nhân dân thị xã#doc:c"])
        #expect(graph.nodes(.place).map(\.id) == ["place:690@", "place:70@"])
        #expect(graph.edges(.locatedIn).map { "\($0.source) -> \($0.target)" } == [
            "organization:ủy ban nhân dân thị xã bình long#690@ -> place:690@", "place:690@ -> place:70@",
        ])
        #expect(graph.edges(.holdsPosition, to: "organization:ủy ban nhân dân thị xã bình long#690@").map(\.source) == [
            "person:lê văn ba#org:ủy ban nhân dân thị xã bình long#690@", "person:nguyễn văn an#org:ủy ban nhân dân thị xã bình long#690@",
        ])
        // "UBND thị xã" without its place is some town's committee, article c's only: Lê Văn Ba of article c
        // is not merged through it.
        #expect(graph.nodes(.person).map(\.id) == ["person:lê văn ba#org:ủy ban nhân dân thị xã bình long#690@",
                                                    "person:lê văn ba#org:ủy ban nhân dân thị xã#doc:c",
                                                    "person:nguyễn văn an#org:ủy ban nhân dân thị xã bình long#690@"])
    }
}
