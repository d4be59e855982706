import Testing
import VietIETestSupport
import VietIE

/// The graph of the development articles, run through the real extractor.
struct SeedGraphTests {
    /// Every person of the five seed articles with the one article that names them. No person is named
    /// in two seed articles (their gold annotations agree), so no person node spans two documents.
    static let seedPeople: [String: String] = [
        "Bùi Quốc Bảo": "001_3c5e263b584c7281", "Lê Tâm": "002_8a76879260b90c1b", "Lê Văn Nưng": "004_25668b85931aa538",
        "Lê Văn Phước": "004_25668b85931aa538", "Nguyễn Anh Đức": "000_ca0587dfd67ea0cd", "Nguyễn Phú Trọng": "002_8a76879260b90c1b",
        "Nguyễn Phước Lộc": "004_25668b85931aa538", "Nguyễn Văn Lợi": "001_3c5e263b584c7281", "Phạm Hữu Nhân": "000_ca0587dfd67ea0cd",
        "Thu Thảo": "004_25668b85931aa538", "Trần Tuyết Minh": "001_3c5e263b584c7281", "Trần Tuệ Hiền": "001_3c5e263b584c7281",
        "Văn Dũng": "000_ca0587dfd67ea0cd", "Văn Tâm": "001_3c5e263b584c7281", "Vũ Bích": "003_157875ec6bcc72c4",
        "Vũ Hồng Sơn": "003_157875ec6bcc72c4", "Vũ Văn Diện": "003_157875ec6bcc72c4",
    ]

    @Test func seedGraph_mergesNobodyAcrossTheFiveArticles() throws {
        let graph = try GraphFixtures.graph(GraphFixtures.annotations("seeds.gold.jsonl"))
        let people = graph.nodes(.person)
        var found: [String: String] = [:]
        for p in people {
            let documents = GraphFixtures.documents(of: p.id, in: graph)
            #expect(documents.count == 1, "\(p.label) is in \(documents)")
            found[p.label] = documents.first
        }
        #expect(found == Self.seedPeople)
        #expect(people.count == Self.seedPeople.count)
    }

    @Test func seedGraph_officeWrittenWithoutAName_isAMentionOfItsHolder() throws {
        let annotations = try GraphFixtures.annotations("seeds.gold.jsonl")
        let graph = try GraphFixtures.graph(annotations)
        let dien = try #require(graph.nodes(.person).first { $0.label == "Vũ Văn Diện" })
        let text = try #require(annotations.first { $0.document.id == "003_157875ec6bcc72c4" }).document
        let references = graph.edges(.mentionedIn, from: dien.id).flatMap(\.evidence).filter { $0.rule == GraphRules.officeReference }
            .map { text.text(of: Span(start: $0.start, end: $0.end)) }
        #expect(references == ["Bí thư Thành uỷ", "Bí thư Thành ủy"])
    }

    @Test func seedGraph_mergesTheOrganizationsAndPlacesTwoArticlesShare() throws {
        let graph = try GraphFixtures.graph(GraphFixtures.annotations("seeds.gold.jsonl"))
        let shared = graph.nodes.filter { $0.kind != .document && GraphFixtures.documents(of: $0.id, in: graph).count > 1 }
        let found = Dictionary(uniqueKeysWithValues: shared.map { ($0.id, GraphFixtures.documents(of: $0.id, in: graph)) })
        #expect(found == [
            "organization:quốc hội": ["001_3c5e263b584c7281", "003_157875ec6bcc72c4"],
            "organization:thị ủy bình long#690@": ["000_ca0587dfd67ea0cd", "001_3c5e263b584c7281"],
            "organization:ủy ban nhân dân thị xã bình long#690@": ["000_ca0587dfd67ea0cd", "001_3c5e263b584c7281"],
            "place:690@": ["000_ca0587dfd67ea0cd", "001_3c5e263b584c7281"],
        ])
        // The party committee of Bình Long holds officials of both articles.
        let holders = graph.edges(.holdsPosition, to: "organization:thị ủy bình long#690@").map { "\($0.source) \($0.properties["title"]?.text ?? "")" }
        #expect(holders == [
            "person:bùi quốc bảo#org:thị ủy bình long#690@ Bí thư",
            "person:nguyễn anh đức#org:thị ủy bình long#690@ UVBTV",
            "person:phạm hữu nhân#org:thị ủy bình long#690@ UVBTV",
        ])
    }

    @Test func seedGraph_positionsMeetingsAndPlacesOfTheOnlineConference() throws {
        let annotations = try GraphFixtures.annotations("seeds.gold.jsonl")
        let graph = try GraphFixtures.graph(annotations)
        let hien = "person:trần tuệ hiền#org:tỉnh ủy bình phước#70@"
        let loi = "person:nguyễn văn lợi#org:tỉnh ủy bình phước#70@"
        #expect(graph.node(hien)?.label == "Trần Tuệ Hiền")
        let positions = graph.edges(.holdsPosition, from: hien)
        #expect(positions.map(\.target) == ["organization:tỉnh ủy bình phước#70@", "organization:ủy ban nhân dân tỉnh bình phước#70@"])
        #expect(positions.map { $0.properties["title"] } == [.string("Phó Bí thư"), .string("Chủ tịch")])
        // Provenance: the title's mention in article 001.
        let text = try #require(annotations.first { $0.document.id == "001_3c5e263b584c7281" }).document
        let chair = try #require(positions.last?.evidence.first)
        #expect(chair == EdgeEvidence(document: "001_3c5e263b584c7281", start: 468, end: 476, rule: GraphRules.officialPosition))
        #expect(text.text(of: Span(start: chair.start, end: chair.end)) == "Chủ tịch")
        // Met with: one edge per pair, the conference as evidence.
        let met = graph.edges(.metWith, from: loi, to: hien)
        #expect(met.count == 1)
        #expect(met.first?.properties["events"] == .strings(["event:001_3c5e263b584c7281@58"]))
        #expect(met.first?.isDirected == false)
        #expect(graph.edges(.participatedIn, from: hien).map { $0.properties["role"] } == [.string("chair")])
        #expect(graph.edges(.heldAt, from: "event:001_3c5e263b584c7281@58").map(\.target) == ["place:690@"])
        // The administrative hierarchy: phường An Lộc -> thị xã Bình Long -> tỉnh Bình Phước.
        #expect(graph.edges(.locatedIn, from: "place:25324@").map(\.target) == ["place:690@"])
        #expect(graph.edges(.locatedIn, from: "place:690@").map(\.target) == ["place:70@"])
        #expect(graph.node("place:70@")?.label == "Tỉnh Bình Phước")
        #expect(graph.edges(.partOf, from: "organization:ban dân vận tỉnh ủy an giang#89@").map(\.target) == ["organization:tỉnh ủy an giang#89@"])
        // A figure of An Giang with its metric, value and date.
        let report = graph.edges(.reported, from: "statistic:cases_confirmed|89@|2021-10-08|6360")
        #expect(report.map(\.target) == ["place:89@"])
        #expect(report.first?.properties == ["metric": .string("cases_confirmed"), "value": .double(6360), "date": .string("2021-10-08")])
    }

    @Test func newsGraph_mergesExactlyTheOfficialsOfSeveralArticles() throws {
        let graph = try GraphFixtures.graph(GraphFixtures.annotations("news.gold.jsonl"))
        var merged: [String: [String]] = [:]
        for p in graph.nodes(.person) {
            let documents = GraphFixtures.documents(of: p.id, in: graph)
            if documents.count > 1 { merged[p.label] = documents }
        }
        // The gold officials named in more than one article ("H’ Yim Kđoh" is also written "H’Yim Kđoh").
        #expect(merged == [
            "H’ Yim Kđoh": ["d032", "d034"],
            "Lê Trí Thanh": ["d020", "d021"],
            "Lò Minh Hùng": ["d047", "d048"],
            "Nguyễn Tấn Quyên": ["d016", "d017"],
            "Nguyễn Văn Hiếu": ["d014", "d019"],
            "Trần Văn Tân": ["d020", "d021", "d022"],
        ])
        // d018 names Nguyễn Văn Hiếu with no title: a bare name, so a person of d018 only.
        let hieu = graph.nodes(.person).filter { $0.label == "Nguyễn Văn Hiếu" }.map(\.id)
        #expect(hieu == ["person:nguyễn văn hiếu#doc:d018", "person:nguyễn văn hiếu#org:thành ủy cần thơ#92@"])
    }

    @Test func graphIDs_areTheSameInAnyDocumentOrder() throws {
        let annotations = try GraphFixtures.annotations("seeds.gold.jsonl") + GraphFixtures.annotations("news.gold.jsonl")
        let forward = try GraphFixtures.graph(annotations)
        let backward = try GraphFixtures.graph(annotations.reversed())
        var shuffled = annotations
        var generator = SeededGenerator(seed: 7)
        shuffled.shuffle(using: &generator)
        let mixed = try GraphFixtures.graph(shuffled)
        #expect(forward.nodes.map(\.id) == backward.nodes.map(\.id))
        #expect(GraphFixtures.json(forward) == GraphFixtures.json(backward))
        #expect(GraphFixtures.json(forward) == GraphFixtures.json(mixed))
        // A second run gives the same bytes, and adding an article twice changes nothing.
        #expect(GraphFixtures.json(forward) == GraphFixtures.json(try GraphFixtures.graph(annotations)))
        #expect(GraphFixtures.json(forward) == GraphFixtures.json(try GraphFixtures.graph(annotations + annotations.prefix(3))))
    }
}
