import ArgumentParser
import Foundation
import VietIE

/// The export formats of `vietie graph`.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, graphml, dot, html
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the knowledge graph of the articles and export it (JSON Graph Format, Neo4j CSV, GraphML, DOT, HTML).",
        discussion: """
        Reads articles as `vietie annotate` does (files, or --jsonl records), merges the people, organizations and \
        places they share and writes one graph. --format csv writes nodes.csv and relationships.csv for \
        neo4j-admin into the directory --out names (or with --out as a file-name prefix); --format html writes one \
        self-contained page that draws the graph. Every output file is \
        written atomically. A document that cannot be read is reported on standard error and left out; the exit \
        status is then 1.
        """)

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Output format: json (JSON Graph Format v2), csv (Neo4j import), graphml, dot or html (a page that draws it).")
    var format: GraphFormat = .json

    @Option(name: [.short, .long], help: ArgumentHelp("Output file (for csv: a directory, or a file-name prefix); default: standard output.", valueName: "path"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Only nodes of these kinds and the edges between them, e.g. Person,Organization,Event.", valueName: "kinds"))
    var kinds: String?

    @Flag(name: .long, help: "Leave out the nodes that have no edge (after --kinds).")
    var connectedOnly = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        if format == .csv && (out == nil || out == "-") { throw ValidationError("--format csv writes two files: give --out DIR or --out PREFIX") }
        _ = try selectedKinds()
    }

    func selectedKinds() throws -> Set<NodeKind>? {
        guard let kinds else { return nil }
        var set = Set<NodeKind>()
        for name in kinds.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let kind = NodeKind.allCases.first(where: { $0.rawValue.lowercased() == trimmed.lowercased() }) else {
                throw ValidationError("--kinds: unknown kind \"\(trimmed)\" (kinds: \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            set.insert(kind)
        }
        return set
    }

    func run() throws {
        let extractor = try loadExtractor(gazetteerOptions)
        var builder = GraphBuilder(extractor: extractor)
        var failures = 0
        inputs.forEachDocument { result in
            switch result {
            case .success(let document): builder.add(extractor.annotate(document))
            case .failure(let failure):
                failures += 1
                printError("vietie: \(failure.id): \(failure.message)")
            }
        }
        let graph = builder.build()
        let kinds = try selectedKinds()
        switch format {
        case .json: try write(graph, kinds, to: out) { JSONGraphExporter(output: $0) }
        case .graphml: try write(graph, kinds, to: out) { GraphMLExporter(output: $0) }
        case .dot: try write(graph, kinds, to: out) { DOTExporter(output: $0) }
        case .html: try write(graph, kinds, to: out) { HTMLGraphExporter(output: $0) }
        case .csv:
            let paths = try Self.csvPaths(out ?? "")
            let nodes = try OutputSink(path: paths.nodes), relationships = try OutputSink(path: paths.relationships)
            let exporter = Neo4jCSVExporter(nodes: LineStream(sink: nodes), relationships: LineStream(sink: relationships))
            var done = walk(graph, kinds, exporter)
            done.nodes.flush()
            done.relationships.flush()
            try nodes.close()
            try relationships.close()
        }
        let counts = NodeKind.allCases.map { kind in "\(graph.nodes.lazy.filter { $0.kind == kind }.count) \(kind.rawValue)" }
        printError("vietie graph: \(builder.documentCount) documents, \(graph.nodes.count) nodes (\(counts.joined(separator: ", "))), \(graph.edges.count) edges")
        if failures > 0 { throw ExitCode(1) }
    }

    /// Walks the graph with one exporter writing to one (atomically written) file or standard output.
    func write<V: GraphVisitor>(_ graph: KnowledgeGraph, _ kinds: Set<NodeKind>?, to path: String?,
                                _ make: (LineStream) -> V) throws where V: OutputOwner {
        let sink = try OutputSink(path: path)
        var done = walk(graph, kinds, make(LineStream(sink: sink)))
        done.output.flush()
        try sink.close()
    }

    func walk<V: GraphVisitor>(_ graph: KnowledgeGraph, _ kinds: Set<NodeKind>?, _ visitor: V) -> V {
        if kinds != nil || connectedOnly {
            var filtered = KindFilter(kinds: kinds ?? Set(NodeKind.allCases), dropIsolated: connectedOnly, base: visitor)
            graph.accept(&filtered)
            return filtered.base
        }
        var v = visitor
        graph.accept(&v)
        return v
    }

    /// `DIR/nodes.csv` and `DIR/relationships.csv` when `out` is a directory (or ends with "/", and is then
    /// created); otherwise `out` is a prefix: `out-nodes.csv` (no "-" after a prefix ending in "-", "_" or ".").
    static func csvPaths(_ out: String) throws -> (nodes: String, relationships: String) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory)
        if out.hasSuffix("/") || exists && isDirectory.boolValue {
            if !exists { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
            let dir = out.hasSuffix("/") ? String(out.dropLast()) : out
            return (dir + "/nodes.csv", dir + "/relationships.csv")
        }
        let separator = ["-", "_", "."].contains(out.last.map(String.init) ?? "") ? "" : "-"
        return (out + separator + "nodes.csv", out + separator + "relationships.csv")
    }
}

/// An exporter with one output.
protocol OutputOwner { var output: LineStream { get set } }
extension JSONGraphExporter: OutputOwner where Output == LineStream {}
extension GraphMLExporter: OutputOwner where Output == LineStream {}
extension DOTExporter: OutputOwner where Output == LineStream {}
extension HTMLGraphExporter: OutputOwner where Output == LineStream {}

/// A text stream onto an ``OutputSink``, which takes whole lines.
struct LineStream: TextOutputStream {
    let sink: OutputSink
    private var partial: [UInt8] = []

    init(sink: OutputSink) { self.sink = sink }

    mutating func write(_ text: String) {
        for b in text.utf8 {
            if b == 0x0A {
                sink.write(partial)
                partial.removeAll(keepingCapacity: true)
            } else {
                partial.append(b)
            }
        }
    }

    /// Writes an unfinished last line (exporters end with a line break, so there is none).
    mutating func flush() {
        if !partial.isEmpty { sink.write(partial); partial.removeAll() }
    }
}
