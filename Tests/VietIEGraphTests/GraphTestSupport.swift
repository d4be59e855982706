import Foundation
import Testing
import VietIE
import VietIETestSupport

/// The extractor, the development texts and graph helpers shared by the graph tests.
enum GraphFixtures {
    static let repository = TestProcess.repository
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let extractor: Extractor? = try? Extractor(gazetteers: .locate())

    /// The documents of a gold file, read as `vietie graph --jsonl` reads them (`source_url` is the URL).
    static func documents(_ name: String) throws -> [Document] {
        let data = try Data(contentsOf: shared.appendingPathComponent("dev/\(name)"))
        var documents: [Document] = []
        for (i, line) in data.split(separator: 0x0A).enumerated() {
            documents.append(try JSONLRecord.parse(line: Array(line)[...], lineNumber: i + 1).get())
        }
        return documents
    }

    /// The annotations of a gold file's texts by the real extractor.
    static func annotations(_ name: String) throws -> [Annotation] {
        let extractor = try #require(extractor, "the gazetteers do not load")
        return try documents(name).map { extractor.annotate($0) }
    }

    /// The graph of some annotations, built as the CLI builds it.
    static func graph(_ annotations: [Annotation]) throws -> KnowledgeGraph {
        let extractor = try #require(extractor, "the gazetteers do not load")
        var builder = GraphBuilder(extractor: extractor)
        for a in annotations { builder.add(a) }
        return builder.build()
    }

    /// The documents that mention a node.
    static func documents(of node: String, in graph: KnowledgeGraph) -> [String] {
        graph.edges(.mentionedIn, from: node).map { String($0.target.dropFirst("document:".count)) }.sorted()
    }

    /// The JSON Graph Format text of a graph.
    static func json(_ graph: KnowledgeGraph) -> String {
        var exporter = JSONGraphExporter(output: String())
        graph.accept(&exporter)
        return exporter.output
    }

    /// The path of an executable on PATH.
    static func executable(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    typealias Run = TestProcess.Run

    /// Runs a program and collects its output.
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> Run {
        try TestProcess.run(URL(fileURLWithPath: executable), arguments, stdin: stdin)
    }

    /// The `vietie` binary built beside the test bundle.
    static var vietie: String { TestProcess.vietie.path }
}
