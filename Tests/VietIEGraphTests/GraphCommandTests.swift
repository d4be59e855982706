import Foundation
import Testing
import VietIE

/// `vietie graph`, run as users run it.
struct GraphCommandTests {
    static func scratch(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-graph-cli-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static var seeds: String { GraphFixtures.shared.appendingPathComponent("dev/seeds.gold.jsonl").path }

    @Test func graphJSON_ofTheSeeds_isTheLibrarysGraph() throws {
        let dir = try Self.scratch("json")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("seeds.json")
        let r = try GraphFixtures.run(GraphFixtures.vietie, ["graph", "--jsonl", Self.seeds, "--format", "json", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let graph = try GraphFixtures.graph(GraphFixtures.annotations("seeds.gold.jsonl"))
        #expect(try String(contentsOf: out, encoding: .utf8) == GraphFixtures.json(graph))
        #expect(r.stderr.contains("vietie graph: 5 documents, \(graph.nodes.count) nodes"))
        // Written atomically: no temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["seeds.json"])
    }

    @Test func graphCSV_writesNodesAndRelationshipsIntoADirectoryOrWithAPrefix() throws {
        let dir = try Self.scratch("csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try GraphFixtures.run(GraphFixtures.vietie, ["graph", "--jsonl", Self.seeds, "--format", "csv", "--out", dir.path + "/neo4j/"])
        #expect(r.status == 0, "\(r.stderr)")
        let nodes = try String(contentsOf: dir.appendingPathComponent("neo4j/nodes.csv"), encoding: .utf8)
        let relationships = try String(contentsOf: dir.appendingPathComponent("neo4j/relationships.csv"), encoding: .utf8)
        #expect(nodes.split(separator: "\n").first.map(String.init) == Neo4jCSV.nodeHeader)
        #expect(relationships.split(separator: "\n").first.map(String.init) == Neo4jCSV.relationshipHeader)
        #expect(nodes.contains("\n\"place:690@\",Place,\"Thị xã Bình Long\",\"Bình Long\","))
        let prefixed = try GraphFixtures.run(GraphFixtures.vietie, ["graph", "--jsonl", Self.seeds, "--format", "csv", "--out", dir.path + "/seeds"])
        #expect(prefixed.status == 0, "\(prefixed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["neo4j", "seeds-nodes.csv", "seeds-relationships.csv"])
        #expect(try String(contentsOf: dir.appendingPathComponent("seeds-nodes.csv"), encoding: .utf8) == nodes)
        // Two files need --out.
        let usage = try GraphFixtures.run(GraphFixtures.vietie, ["graph", "--jsonl", Self.seeds, "--format", "csv"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--format csv writes two files"))
    }

    @Test func graph_reportsBadRecordsAndStillWritesTheOthers() throws {
        let input = """
        {"id": "a1", "text": "Chiều 8/10, đồng chí Trần Tuệ Hiền - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước chủ trì hội nghị.", "published": "2021-10-08"}
        {"id": "bad"}
        not json

        """
        let r = try GraphFixtures.run(GraphFixtures.vietie, ["graph", "--jsonl", "--format", "dot", "--kinds", "Person,Organization"],
                                      stdin: Data(input.utf8))
        #expect(r.status == 1)
        #expect(r.stderr.contains("vietie: bad: line 2: missing \"text\""))
        #expect(r.stderr.contains("line 3"))
        #expect(r.stderr.contains("vietie graph: 1 documents"))
        #expect(r.stdout.contains("\"person:trần tuệ hiền#org:tỉnh ủy bình phước#70@\" -> \"organization:ủy ban nhân dân tỉnh bình phước#70@\" [label=\"Chủ tịch\"];"))
        #expect(!r.stdout.contains("document:a1"))
        let unknown = try GraphFixtures.run(GraphFixtures.vietie, ["graph", "--kinds", "Person,Planet"], stdin: Data())
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown kind \"Planet\""))
    }
}
