import Foundation
import Testing
import VietIE

/// The graph page (`vietie graph --format html`): another visitor over the knowledge graph.
struct GraphHTMLTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    static let conference = "001_3c5e263b584c7281"

    /// The graph of the seed article about Bình Phước's online conference, built as the CLI builds it.
    static func conferenceGraph() throws -> KnowledgeGraph {
        let extractor = try #require(AnnotationHTMLTests.extractor, "the gazetteers do not load")
        let data = try Data(contentsOf: shared.appendingPathComponent("dev/seeds.gold.jsonl"))
        var builder = GraphBuilder(extractor: extractor)
        for (i, line) in data.split(separator: 0x0A).enumerated() {
            let document = try JSONLRecord.parse(line: Array(line)[...], lineNumber: i + 1).get()
            if document.id == conference { builder.add(extractor.annotate(document)) }
        }
        return builder.build()
    }

    static func page<V: GraphVisitor>(_ graph: KnowledgeGraph, _ visitor: V, html: (V) -> String) throws -> (html: String, data: JSONValue) {
        var v = visitor
        graph.accept(&v)
        let text = html(v)
        let root = try HTMLCheck.parse(text)
        let script = try #require(root.all.first { $0.name == "script" && $0.attributes["id"] == "graph-data" })
        #expect(script.attributes["type"] == "application/json")
        return (text, try JSONValue(parsing: script.text))
    }

    @Test func page_embedsEveryNodeAndEdgeOfTheArticle() throws {
        let graph = try Self.conferenceGraph()
        let (_, data) = try Self.page(graph, HTMLGraphExporter(output: String())) { $0.output }
        let nodes = try #require(data["nodes"]?.arrayValue)
        #expect(nodes.map { $0["id"]?.stringValue ?? "" } == graph.nodes.map(\.id))
        #expect(nodes.map { $0["label"]?.stringValue ?? "" } == graph.nodes.map(\.label))
        #expect(nodes.map { $0["kind"]?.stringValue ?? "" } == graph.nodes.map(\.kind.rawValue))
        #expect(graph.nodes.contains { $0.id == "person:trần tuệ hiền#org:tỉnh ủy bình phước#70@" })
        let hien = try #require(nodes.first { $0["id"] == .string("person:trần tuệ hiền#org:tỉnh ủy bình phước#70@") })
        #expect(hien["properties"]?["name"] == .string("Trần Tuệ Hiền"))
        #expect(hien["provenance"] == .array([
            .object([("document", .string(Self.conference)), ("end", 500), ("rule", "person.after-title"), ("start", 487)]),
            .object([("document", .string(Self.conference)), ("end", 3437), ("rule", "person.after-title"), ("start", 3424)]),
        ]))
        let edges = try #require(data["edges"]?.arrayValue)
        #expect(edges.count == graph.edges.count)
        #expect(edges.contains { $0["type"] == "HOLDS_POSITION" && $0["source"] == hien["id"]
            && $0["target"] == "organization:ủy ban nhân dân tỉnh bình phước#70@" && $0["properties"]?["title"] == "Chủ tịch" })
        #expect(data["kinds"]?.arrayValue?.compactMap { $0["hidden"] == .bool(true) ? $0["kind"]?.stringValue : nil } == ["Statistic", "Document"])
        #expect(data["documents"]?[Self.conference]?["url"] == "http://binhlong.binhphuoc.gov.vn")
    }

    @Test func kindFilter_drawsOnlyItsKinds_andKeepsProvenance() throws {
        let graph = try Self.conferenceGraph()
        let filter = KindFilter(kinds: [.person, .organization], dropIsolated: true, base: HTMLGraphExporter(output: String()))
        let (_, data) = try Self.page(graph, filter) { $0.base.output }
        let nodes = try #require(data["nodes"]?.arrayValue)
        #expect(!nodes.isEmpty)
        #expect(nodes.allSatisfy { $0["kind"] == "Person" || $0["kind"] == "Organization" })
        #expect(nodes.allSatisfy { ($0["provenance"]?.arrayValue?.count ?? 0) > 0 })
        #expect(data["edges"]?.arrayValue?.allSatisfy { $0["type"] != "MENTIONED_IN" } == true)
    }

    @Test func dataCannotCloseItsScript_andThePageFetchesNothing() throws {
        let label = "Ban </script><script>alert(1)</script> <!-- & \u{2028}"
        let graph = KnowledgeGraph(
            nodes: [GraphNode(id: "organization:a", kind: .organization, label: label, properties: ["name": .string(label)]),
                    GraphNode(id: "person:b#doc:x", kind: .person, label: "Lê B")],
            edges: [GraphEdge(type: .holdsPosition, source: "person:b#doc:x", target: "organization:a",
                              properties: ["title": .string("Giám đốc")], evidence: [EdgeEvidence(document: "x", start: 3, end: 11, rule: "r")])])
        let (html, data) = try Self.page(graph, HTMLGraphExporter(output: String(), title: "<Đồ thị>")) { $0.output }
        #expect(data["nodes"]?.arrayValue?.first { $0["id"] == "organization:a" }?["label"] == .string(label))
        #expect(html.components(separatedBy: "</script>").count == 3)   // the data's and the layout's
        #expect(html.contains("<title>&lt;Đồ thị&gt;</title>"))
        for tag in ["<link", "<img", "<iframe", "@import", "src=", "http://", "https://"] { #expect(!html.contains(tag), "\(tag)") }
        #expect(html.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#arrow)") })
    }

    @Test func emptyGraph_isAPageWithNoNodes() throws {
        let (_, data) = try Self.page(KnowledgeGraph(nodes: [], edges: []), HTMLGraphExporter(output: String())) { $0.output }
        #expect(data["nodes"] == .array([]) && data["edges"] == .array([]))
    }
}
