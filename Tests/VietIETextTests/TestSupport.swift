import Foundation
import VietIECore
@testable import VietIEText

enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The analyzer with the shipped abbreviation list.
    static let analyzer: TextAnalyzer = {
        let url = repository.appendingPathComponent("Gazetteers/text/abbreviations.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return TextAnalyzer(abbreviations: AbbreviationLexicon(tsv: text))
    }()

    /// The texts of the development gold files, when ../shared is beside the repository.
    static func devTexts() -> [(id: String, text: String)] {
        let dev = repository.deletingLastPathComponent().appendingPathComponent("shared/dev")
        var out: [(String, String)] = []
        for name in ["seeds.gold.jsonl", "news.gold.jsonl"] {
            guard let data = try? Data(contentsOf: dev.appendingPathComponent(name)) else { continue }
            for line in data.split(separator: 0x0A) {
                if let v = try? JSONValue(parsing: line), let id = v["id"]?.stringValue, let text = v["text"]?.stringValue {
                    out.append((id, text))
                }
            }
        }
        return out
    }
}
