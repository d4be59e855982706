import Foundation
import Testing
import VietIECore
@testable import VietIEText

/// The tokenizer and sentence corpora: real lines with their expected tokens and sentence ends.
struct CorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpora")

    static func analyzer() -> TextAnalyzer { TestSupport.analyzer }

    struct TokenCase: CustomTestStringConvertible, Sendable {
        var line: Int
        var input: String
        var expected: [(text: String, kind: String?)]
        var testDescription: String { "tokens.corpus:\(line): \(input)" }
    }

    static func tokenCases() throws -> [TokenCase] {
        let text = try String(contentsOf: directory.appendingPathComponent("tokens.corpus"), encoding: .utf8)
        var cases: [TokenCase] = []
        var pending: (Int, String)? = nil
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("=> "), let (at, input) = pending {
                let expected = line.dropFirst(3).components(separatedBy: " · ").map { token -> (String, String?) in
                    if let hash = token.lastIndex(of: "#"), token.index(after: hash) < token.endIndex, hash != token.startIndex {
                        return (String(token[..<hash]), String(token[token.index(after: hash)...]))
                    }
                    return (token, nil)
                }
                cases.append(TokenCase(line: at, input: input, expected: expected))
                pending = nil
            } else {
                pending = (n + 1, String(line))
            }
        }
        return cases
    }

    @Test(arguments: try tokenCases())
    func tokens(_ c: TokenCase) {
        let analyzed = Self.analyzer().analyze(Document(id: "t", text: c.input))
        let got = analyzed.tokens.indices.map { analyzed.text(ofToken: $0) }
        #expect(got == c.expected.map(\.text), "input: \(c.input)")
        guard got.count == c.expected.count else { return }
        for (i, e) in c.expected.enumerated() {
            if let kind = e.kind { #expect(analyzed.tokens[i].kind.description == kind, "token \(e.text) in: \(c.input)") }
        }
    }

    struct SentenceCase: CustomTestStringConvertible, Sendable {
        var line: Int
        var raw: String
        var testDescription: String { "sentences.corpus:\(line): \(raw)" }
    }

    static func sentenceCases() throws -> [SentenceCase] {
        let text = try String(contentsOf: directory.appendingPathComponent("sentences.corpus"), encoding: .utf8)
        return text.split(separator: "\n").enumerated().compactMap { n, line in
            line.hasPrefix("#") ? nil : SentenceCase(line: n + 1, raw: String(line).replacingOccurrences(of: "\\n", with: "\n"))
        }
    }

    @Test(arguments: try sentenceCases())
    func sentences(_ c: SentenceCase) {
        let input = c.raw.replacingOccurrences(of: " ‖", with: "")
        let expected = c.raw.components(separatedBy: "‖").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && $0 != "|" }
        let analyzed = Self.analyzer().analyze(Document(id: "s", text: input))
        let got = analyzed.sentences.map { analyzed.document.text(of: $0.span) }
        #expect(got == expected, "input: \(input)")
    }
}
