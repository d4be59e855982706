import Foundation
import Testing
import VietIE

/// The four export formats, each a visitor over the same graph.
struct ExportTests {
    static let conference = "001_3c5e263b584c7281"

    /// The graph of the seed article about Bình Phước's online conference.
    static func conferenceGraph() throws -> KnowledgeGraph {
        try GraphFixtures.graph(GraphFixtures.annotations("seeds.gold.jsonl").filter { $0.document.id == conference })
    }

    /// A graph with awkward text: quotes, commas, semicolons, a line break, markup characters.
    static let awkward = KnowledgeGraph(
        nodes: [GraphNode(id: "organization:a", kind: .organization, label: "Ban \"A\", B\nC <&>",
                          properties: ["name": .string("Ban \"A\", B\nC <&>"), "documents": .int(2)]),
                GraphNode(id: "person:b#doc:x", kind: .person, label: "Lê B", properties: ["titles": .strings(["Giám đốc; Trưởng", "Ủy viên"])])],
        edges: [GraphEdge(type: .holdsPosition, source: "person:b#doc:x", target: "organization:a",
                          properties: ["title": .string("Giám đốc"), "as_of": .string("2021-05-28")],
                          evidence: [EdgeEvidence(document: "x", start: 3, end: 11, rule: GraphRules.officialPosition)])])

    @Test func neo4jCSVHeaders_followTheImportConvention() {
        #expect(Neo4jCSV.nodeHeader == "id:ID,:LABEL,label,name:string,name_key:string,titles:string[],documents:int,mentions:int,"
            + "unit:string,place_name:string,full_name:string,code:string,level:string,unit_type:string,description:string,"
            + "valid_from:date,valid_to:date,latitude:double,longitude:double,resolved:boolean,event_kind:string,date:date,"
            + "place_text:string,organizations:string[],document:string,start:int,end:int,metric:string,value:double,text:string,"
            + "url:string,title:string,published:string")
        #expect(Neo4jCSV.relationshipHeader == ":START_ID,:END_ID,:TYPE,title:string,canonical_title:string,title_kind:string,"
            + "as_of:date,role:string,date:date,events:string[],count:int,metric:string,value:double,mentions:int,"
            + "evidence_documents:string[],evidence_starts:int[],evidence_ends:int[],evidence_rules:string[]")
    }

    @Test func neo4jCSV_quotesTextAndKeepsOneRecordPerLine() {
        var csv = Neo4jCSVExporter(nodes: String(), relationships: String())
        Self.awkward.accept(&csv)
        let nodeLines = csv.nodes.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(nodeLines.count == 4)   // header, two nodes (people first), the final line break
        #expect(nodeLines[2] == "\"organization:a\",Organization,\"Ban \"\"A\"\", B C <&>\",\"Ban \"\"A\"\", B C <&>\",,,2" + String(repeating: ",", count: 26))   // 33 columns
        #expect(nodeLines[1] == "\"person:b#doc:x\",Person,\"Lê B\",,,\"Giám đốc, Trưởng;Ủy viên\"" + String(repeating: ",", count: 27))
        #expect(csv.relationships.split(separator: "\n")[1]
            == "\"person:b#doc:x\",\"organization:a\",HOLDS_POSITION,\"Giám đốc\",,,\"2021-05-28\",,,,,,,,\"x\",3,11,\"graph.official-position\"")
    }

    @Test func neo4jCSV_ofTheConference_namesEveryColumnOnEveryRow() throws {
        let graph = try Self.conferenceGraph()
        var csv = Neo4jCSVExporter(nodes: String(), relationships: String())
        graph.accept(&csv)
        let nodes = csv.nodes.split(separator: "\n").map { Self.fields($0) }
        let relationships = csv.relationships.split(separator: "\n").map { Self.fields($0) }
        #expect(nodes.allSatisfy { $0.count == nodes[0].count })
        #expect(relationships.allSatisfy { $0.count == relationships[0].count })
        let hien = try #require(nodes.first { $0[0] == "person:trần tuệ hiền#org:tỉnh ủy bình phước#70@" })
        #expect(Array(hien[0..<8]) == ["person:trần tuệ hiền#org:tỉnh ủy bình phước#70@", "Person", "Trần Tuệ Hiền", "Trần Tuệ Hiền",
                                       "trần tuệ hiền", "", "1", "2"])
        let chair = relationships.filter { $0[0] == hien[0] && $0[2] == "HOLDS_POSITION" }.map { [$0[1], $0[3]] + $0.suffix(4) }
        #expect(chair == [["organization:tỉnh ủy bình phước#70@", "Phó Bí thư", Self.conference, "448", "458", "graph.official-position"],
                          ["organization:ủy ban nhân dân tỉnh bình phước#70@", "Chủ tịch", Self.conference, "468", "476", "graph.official-position"]])
    }

    @Test func jsonGraphFormat_hasNodesByIdAndEdgesWithProvenance() throws {
        let graph = try Self.conferenceGraph()
        let json = try JSONValue(parsing: GraphFixtures.json(graph))
        let g = try #require(json["graph"])
        #expect(g["directed"] == .bool(true))
        let hien = try #require(g["nodes"]?["person:trần tuệ hiền#org:tỉnh ủy bình phước#70@"])
        #expect(hien["label"] == .string("Trần Tuệ Hiền"))
        #expect(hien["metadata"]?["type"] == .string("Person"))
        let edges = try #require(g["edges"]?.arrayValue)
        #expect(edges.count == graph.edges.count)
        let met = try #require(edges.first { $0["relation"] == .string("MET_WITH")
            && $0["source"] == .string("person:nguyễn văn lợi#org:tỉnh ủy bình phước#70@")
            && $0["target"] == .string("person:trần tuệ hiền#org:tỉnh ủy bình phước#70@") })
        #expect(met["directed"] == .bool(false))
        #expect(met["metadata"]?["events"] == .array(["event:001_3c5e263b584c7281@58"]))
        #expect(met["metadata"]?["provenance"] == .array([.object([("document", .string(Self.conference)), ("end", 148),
                                                                   ("rule", "graph.shared-event"), ("start", 58)])]))
    }

    @Test func dot_drawsKindsAndSymmetricMeetings() throws {
        let graph = try Self.conferenceGraph()
        var dot = KindFilter(kinds: [.person, .organization, .event], dropIsolated: true, base: DOTExporter(output: String()))
        graph.accept(&dot)
        let text = dot.base.output
        let lines = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(text.hasPrefix("digraph vietie {\n"))
        #expect(lines.contains("\"person:trần tuệ hiền#org:tỉnh ủy bình phước#70@\" [label=\"Trần Tuệ Hiền\", shape=ellipse, fillcolor=\"#f9e79f\"];"))
        #expect(lines.contains("\"person:nguyễn văn lợi#org:tỉnh ủy bình phước#70@\" -> \"person:trần tuệ hiền#org:tỉnh ủy bình phước#70@\" [label=\"met with\", dir=none, style=dashed, color=\"#c0392b\"];"))
        #expect(lines.contains("\"person:trần tuệ hiền#org:tỉnh ủy bình phước#70@\" -> \"organization:ủy ban nhân dân tỉnh bình phước#70@\" [label=\"Chủ tịch\"];"))
        #expect(!text.contains("place:"))
        #expect(!text.contains("document:"))
        if let graphviz = GraphFixtures.executable("dot") {
            let rendered = try GraphFixtures.run(graphviz, ["-Tsvg"], stdin: Data(text.utf8))
            #expect(rendered.status == 0, "\(rendered.stderr)")
            #expect(rendered.stdout.contains("Trần Tuệ Hiền"))
        }
    }

    @Test(.enabled(if: GraphFixtures.executable("python3") != nil, "python3 is not installed: the networkx check needs it"))
    func graphML_loadsInNetworkx() throws {
        let graph = try Self.conferenceGraph()
        var graphml = GraphMLExporter(output: String())
        graph.accept(&graphml)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-graph-\(ProcessInfo.processInfo.processIdentifier).graphml")
        try Data(graphml.output.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let script = """
        import json, sys
        import networkx as nx
        G = nx.read_graphml(sys.argv[1])
        hien = "person:trần tuệ hiền#org:tỉnh ủy bình phước#70@"
        loi = "person:nguyễn văn lợi#org:tỉnh ủy bình phước#70@"
        ubnd = "organization:ủy ban nhân dân tỉnh bình phước#70@"
        edge = G.edges[hien, ubnd]
        met = G.edges[loi, hien]
        print(json.dumps({
            "directed": G.is_directed(), "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "hien": [G.nodes[hien]["label"], G.nodes[hien]["kind"], G.nodes[hien]["mentions"]],
            "position": [edge["type"], edge["title"], edge["document"], edge["start"], edge["end"], edge["rule"]],
            "met": [met["type"], met["symmetric"], met["events"], json.loads(met["provenance"])[0]["start"]],
            "place": [G.nodes["place:690@"]["label"], G.nodes["place:690@"]["level"], G.edges["place:690@", "place:70@"]["type"]],
        }, ensure_ascii=False))
        """
        let python = try #require(GraphFixtures.executable("python3"))
        let r = try GraphFixtures.run(python, ["-c", script, path.path])
        #expect(r.status == 0, "networkx could not load the GraphML: \(r.stderr)")
        let result = try JSONValue(parsing: r.stdout)
        #expect(result["directed"] == .bool(true))
        #expect(result["nodes"] == .number(Double(graph.nodes.count)))
        #expect(result["edges"] == .number(Double(graph.edges.count)))
        #expect(result["hien"] == .array(["Trần Tuệ Hiền", "Person", 2]))
        #expect(result["position"] == .array(["HOLDS_POSITION", "Chủ tịch", .string(Self.conference), 468, 476, "graph.official-position"]))
        #expect(result["met"] == .array(["MET_WITH", true, "event:001_3c5e263b584c7281@58", 58]))
        #expect(result["place"] == .array(["Thị xã Bình Long", "district", "LOCATED_IN"]))
    }

    /// The fields of one CSV line (quotes as Neo4j reads them).
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var chars = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}
