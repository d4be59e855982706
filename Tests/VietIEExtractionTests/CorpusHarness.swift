import Foundation
import Testing
import VietIE

/// Reads the phase corpora: sentences with inline markers `⟦TYPE text|value⟧` (nesting allowed),
/// `=> TYPE text` lines for overlapping spans, `⏎` for a line break inside a text, `@published` / `@url` directives, and a
/// `## negative` section whose sentences must yield no span of the file's types.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    struct Expected: Hashable, Sendable {
        var type: String
        var start: Int
        var end: Int
        var value: String?
    }
    var file: String
    var line: Int
    var text: String
    var published: String?
    var url: String?
    var negative: Bool
    var expected: [Expected]
    var testDescription: String { "\(file):\(line): \(text)" }
}

enum CorpusHarness {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpora")

    static let extractor: Extractor = {
        do { return try Extractor(gazetteers: .locate()) } catch { fatalError("gazetteers: \(error)") }
    }()

    /// The entity types a corpus file is about.
    static func types(of file: String) -> Set<String> {
        switch file {
        case "date.corpus": ["DATE"]
        case "statistic.corpus": ["STATISTIC"]
        case "location.corpus": ["LOCATION"]
        case "organization.corpus": ["ORGANIZATION"]
        case "title.corpus": ["TITLE"]
        case "person.corpus": ["PERSON"]
        default: []
        }
    }

    static func load(_ file: String) -> [CorpusCase] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else { return [] }
        var cases: [CorpusCase] = []
        var published: String? = nil, url: String? = nil, negative = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.isEmpty || (line.hasPrefix("#") && !line.hasPrefix("##")) { continue }
            if line.hasPrefix("## ") { negative = line.contains("negative"); continue }
            if line.hasPrefix("@published ") {
                // "@published none": the lines after it come without a publication date.
                let value = String(line.dropFirst(11)).trimmingCharacters(in: .whitespaces)
                published = value == "none" ? nil : value
                continue
            }
            if line.hasPrefix("@url ") { url = String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces); continue }
            if line.hasPrefix("=> "), !cases.isEmpty {
                let body = line.dropFirst(3)
                guard let space = body.firstIndex(of: " ") else { continue }
                let type = String(body[..<space]), phrase = String(body[body.index(after: space)...])
                let scalars = Array(cases[cases.count - 1].text.unicodeScalars), target = Array(phrase.unicodeScalars)
                if let at = (0...max(0, scalars.count - target.count)).first(where: { Array(scalars[$0..<min(scalars.count, $0 + target.count)]) == target }) {
                    cases[cases.count - 1].expected.append(.init(type: type, start: at, end: at + target.count, value: nil))
                }
                continue
            }
            // "⏎" stands for a line break inside one text.
            let body = (line.components(separatedBy: "  # ").first ?? line).replacingOccurrences(of: "⏎", with: "\n")
            let (plain, expected) = parseMarkers(body)
            cases.append(CorpusCase(file: file, line: n + 1, text: plain, published: published, url: url, negative: negative, expected: expected))
        }
        return cases
    }

    /// Removes the markers, returning the plain sentence and the marked spans (code-point offsets).
    static func parseMarkers(_ s: String) -> (String, [CorpusCase.Expected]) {
        var out: [Unicode.Scalar] = []
        var stack: [(type: String, start: Int, valueStart: Int?)] = []
        var expected: [CorpusCase.Expected] = []
        var scalars = Array(s.unicodeScalars)[...]
        var value: [Int: [Unicode.Scalar]] = [:]
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            if c == "⟦" {
                var type = ""
                while let t = scalars.first, t != " " { type.unicodeScalars.append(t); scalars = scalars.dropFirst() }
                scalars = scalars.dropFirst()
                stack.append((type, out.count, nil))
            } else if c == "|", !stack.isEmpty, stack[stack.count - 1].valueStart == nil {
                stack[stack.count - 1].valueStart = out.count
                // The value runs to the closing bracket and is not part of the text.
                var v: [Unicode.Scalar] = []
                while let t = scalars.first, t != "⟧" { v.append(t); scalars = scalars.dropFirst() }
                value[stack.count - 1] = v
            } else if c == "⟧", let top = stack.popLast() {
                let v = value.removeValue(forKey: stack.count).map { String(String.UnicodeScalarView($0)) }
                expected.append(.init(type: top.type, start: top.start, end: top.valueStart ?? out.count, value: v))
            } else {
                out.append(c)
            }
        }
        return (String(String.UnicodeScalarView(out)), expected)
    }

    static func annotate(_ c: CorpusCase) -> Annotation {
        extractor.annotate(HeaderMetadata.complete(Document(id: "corpus", text: c.text, url: c.url, published: c.published)))
    }
}
