import VietIECore

/// The parts of a gold or predicted record that the benchmark compares.
///
///     let record = try JSONValue(parsing: line)
///     let document = try ScoredDocument(json: record, line: 1)
///     document.entities.first?.type   // "DATE"
public struct ScoredDocument: Sendable {
    /// One entity: its type and code-point span.
    public struct SpanItem: Hashable, Sendable {
        /// The entity type (`PERSON`, `TITLE`...).
        public var type: String
        /// The span's first code point.
        public var start: Int
        /// One past the span's last code point.
        public var end: Int
        /// The span's text, as the record gives it ("" when absent).
        public var text: String
    }
    /// One official: a name and its (title, organization) positions.
    public struct OfficialItem: Sendable {
        /// The official's name.
        public var name: String
        /// The official's positions; the organization is nil when the record gives none.
        public var positions: [(title: String, organization: String?)]
    }

    /// The record's id, which pairs gold and prediction.
    public var id: String
    /// The document text, when the record has it (gold files do).
    public var text: String?
    /// The publication date (`published`, or `document.published` in `vietie annotate` output).
    public var published: String?
    /// The article's URL (`source_url` or `url`).
    public var url: String?
    /// The entities.
    public var entities: [SpanItem] = []
    /// The officials.
    public var officials: [OfficialItem] = []
    /// The figures: metric, value and text.
    public var statistics: [(metric: String, value: Double, text: String)] = []
    /// The participants' names of each event.
    public var events: [[String]] = []
    /// An error record (`{"id", "error"}`) scores as an empty prediction.
    public var error: String?

    /// Reads a record in the gold format (GOLD_FORMAT.md) or the `vietie annotate` output format.
    ///
    /// Officials without a name, positions without a title and figures without a metric or value are
    /// skipped.
    ///
    /// - Parameters:
    ///   - v: the record.
    ///   - line: its line number, named in errors.
    /// - Throws: ``ScoringError`` for a record without a string `id` or an entity without type, start or end.
    /// - Complexity: O(n) in the size of the record.
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

    /// Reads a JSON Lines file's records; blank lines are skipped.
    ///
    /// - Throws: ``ScoringError`` naming the line of invalid JSON or a malformed record.
    /// - Complexity: O(n) in the size of the file.
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

/// A gold or prediction file that cannot be scored; the message names the line.
public struct ScoringError: Error, CustomStringConvertible, Sendable {
    /// The message, `line N: what is wrong`.
    public var description: String
    /// Creates an error with its message.
    public init(_ d: String) { description = d }
}
