import Testing
import VietIE

/// GraphML text is XML 1.0: its quoting differs from that of the HTML pages (``HTMLEscaping``) in the
/// apostrophe, written `&apos;`, and in DEL, which XML allows and keeps.
struct GraphMLEscapingTests {
    @Test func graphMLText_usesXMLReferencesAndKeepsDelete() {
        let label = "Lê 'B' <&> \"C\"\u{0}\u{7F}\t\u{FFFE}"
        let graph = KnowledgeGraph(nodes: [GraphNode(id: "person:'a'", kind: .person, label: label)], edges: [])
        var exporter = GraphMLExporter(output: String())
        graph.accept(&exporter)
        #expect(exporter.output.contains("<node id=\"person:&apos;a&apos;\">"))
        #expect(exporter.output.contains("<data key=\"n_label\">Lê &apos;B&apos; &lt;&amp;&gt; &quot;C&quot;\u{FFFD}\u{7F}\t\u{FFFD}</data>"))
    }
}
