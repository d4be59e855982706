import VietIECore

/// The parts of a gold or predicted record that the benchmark compares.
public struct ScoredDocument: Sendable {
    public struct SpanItem: Hashable, Sendable {
        public var type: String
        public var start: Int
        public var end: Int
        public var text: String
    }
    public struct OfficialItem: Sendable {
        public var name: String
        public var positions: [(title: String, organization: String?)]
    }

    public var id: String
    public var text: String?
    public var published: String?
    public var url: String?
    public var entities: [SpanItem] = []
    public var officials: [OfficialItem] = []
    public var statistics: [(metric: String, value: Double, text: String)] = []
    public var events: [[String]] = []
    /// An error record (`{"id", "error"}`) scores as an empty prediction.
    public var error: String?

    /// Reads a record in the gold format (GOLD_FORMAT.md) or the `vietie annotate` output format.
    public init(json v: JSONValue, line: Int) throws {
        guard let id = v["id"]?.stringValue else { throw ScoringError("line \(line): record without a string \"id\"") }
        self.id = id
        text = v["text"]?.stringValue
        published = v["published"]?.stringValue ?? v["document"]?["published"]?.stringValue
        url = v["source_url"]?.stringValue ?? v["url"]?.stringValue
        error = v["error"]?.stringValue
        for e in v["entities"]?.arrayValue ?? [] {
            guard let type = e["type"]?.stringValue, let s = e["start"]?.doubleValue, let t = e["end"]?.doubleValue else {
                throw ScoringError("line \(line) (\(id)): entity without type/start/end")
            }
            entities.append(SpanItem(type: type, start: Int(s), end: Int(t), text: e["text"]?.stringValue ?? ""))
        }
        for o in v["officials"]?.arrayValue ?? [] {
            guard let name = o["name"]?.stringValue else { continue }
            let positions = (o["positions"]?.arrayValue ?? []).compactMap { p -> (String, String?)? in
                guard let title = p["title"]?.stringValue else { return nil }
                return (title, p["organization"]?.stringValue)
            }
            officials.append(OfficialItem(name: name, positions: positions))
        }
        for s in v["statistics"]?.arrayValue ?? [] {
            guard let metric = s["metric"]?.stringValue, let value = s["value"]?.doubleValue else { continue }
            statistics.append((metric, value, s["text"]?.stringValue ?? ""))
        }
        for e in v["events"]?.arrayValue ?? [] {
            events.append((e["participants"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
        }
    }

    /// Reads a JSON Lines file's records.
    public static func load(jsonl bytes: [UInt8]) throws -> [ScoredDocument] {
        var docs: [ScoredDocument] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let v: JSONValue
            do { v = try JSONValue(parsing: line) } catch { throw ScoringError("line \(lineNumber): \(error)") }
            docs.append(try ScoredDocument(json: v, line: lineNumber))
        }
        return docs
    }
}

public struct ScoringError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ d: String) { description = d }
}
