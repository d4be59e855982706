import Foundation
import VietIECore

/// Reads one JSON Lines input record: `{"id", "text", "published"?, "url"?, "title"?}`.
///
/// `source_url` (the gold files' name) is accepted for `url`. A wrong type or a missing field
/// is an error for that line only.
///
///     let line = #"{"id": "a1", "text": "Chiều 21/9, ...", "published": "2021-10-08"}"#
///     switch JSONLRecord.parse(line: Array(line.utf8), lineNumber: 1) {
///     case .success(let document): print(document.id, document.published ?? "-")   // a1 2021-10-08
///     case .failure(let failure): print(failure.id, failure.message)
///     }
public enum JSONLRecord {
    /// The id of a line if it can be found, even when the line is otherwise unusable: a string `id`,
    /// or a numeric one written as JSON writes it (`7`, not `7.0`); nil otherwise.
    public static func bestEffortID(_ value: JSONValue?) -> String? {
        guard let id = value?["id"] else { return nil }
        switch id {
        case .string(let s): return s
        case .number(let d): return JSONValue.number(d).serialized
        default: return nil
        }
    }

    /// Reads one line into a document, completed with what its first lines and URL say (``HeaderMetadata``).
    ///
    /// - Parameters:
    ///   - line: the line's bytes, without its line break.
    ///   - lineNumber: its 1-based number, named in error messages.
    /// - Returns: the document, or a failure whose message starts `line N:` and names what is wrong
    ///   (invalid UTF-8 with its byte offset, invalid JSON, not an object, a missing or mistyped field, a
    ///   `published` that is not an ISO date). Its id is the record's id when one can be read, else `line-N`.
    /// - Complexity: O(n) in the length of the line.
    public static func parse(line: some Collection<UInt8>, lineNumber: Int) -> Result<Document, DocumentFailure> {
        let fallbackID = "line-\(lineNumber)"
        let bytes = Array(line)
        if let bad = InputDecoder.firstInvalidUTF8(bytes) {
            return .failure(DocumentFailure(id: fallbackID, message: "line \(lineNumber): invalid UTF-8 at byte \(bad)"))
        }
        let value: JSONValue
        // The fields a record has, decoded as such (several times faster than any JSON value); the general reader
        // when the line is no object, or to name what is wrong with it.
        // (A control character makes the line invalid JSON inside a string and is rare outside one: such lines, and
        // CRLF ones, go to the general reader, which is strict about them.)
        // The commonest shape, string or null members only, is read straight from the bytes (``FlatRecordReader``).
        let hasControl = bytes.withUnsafeBufferPointer { $0.contains(where: { $0 < 0x20 }) }
        if !hasControl, let members = FlatRecordReader.read(bytes, wanted: RecordFields.names) {
            value = .object(members)
        } else if !hasControl, let fields = try? JSONDecoder().decode(RecordFields.self, from: Data(bytes)) {
            value = fields.object
        } else {
            do { value = try JSONValue(parsing: bytes) } catch {
                return .failure(DocumentFailure(id: fallbackID, message: "line \(lineNumber): \(error)"))
            }
        }
        guard case .object = value else {
            return .failure(DocumentFailure(id: fallbackID, message: "line \(lineNumber): expected a JSON object"))
        }
        guard let id = bestEffortID(value) else {
            let what = value["id"] == nil ? "missing \"id\"" : "\"id\" must be a string"
            return .failure(DocumentFailure(id: fallbackID, message: "line \(lineNumber): \(what)"))
        }
        guard let textValue = value["text"] else {
            return .failure(DocumentFailure(id: id, message: "line \(lineNumber): missing \"text\""))
        }
        guard case .string(let text) = textValue else {
            return .failure(DocumentFailure(id: id, message: "line \(lineNumber): \"text\" must be a string"))
        }
        var sources: [String: String] = [:]
        func optionalString(_ key: String) -> Result<String?, DocumentFailure> {
            switch value[key] {
            case nil, .null?: return .success(nil)
            case .string(let s)?: return .success(s.isEmpty ? nil : s)
            default: return .failure(DocumentFailure(id: id, message: "line \(lineNumber): \"\(key)\" must be a string or null"))
            }
        }
        let published, url, sourceURL, title: String?
        switch optionalString("published") { case .success(let v): published = v; case .failure(let f): return .failure(f) }
        switch optionalString("url") { case .success(let v): url = v; case .failure(let f): return .failure(f) }
        switch optionalString("source_url") { case .success(let v): sourceURL = v; case .failure(let f): return .failure(f) }
        switch optionalString("title") { case .success(let v): title = v; case .failure(let f): return .failure(f) }
        if let published {
            guard PublicationDate.isoDatePrefix(published) != nil else {
                return .failure(DocumentFailure(id: id, message: "line \(lineNumber): \"published\" is not an ISO date: \(published)"))
            }
            sources["published"] = "input"
        }
        if url ?? sourceURL != nil { sources["url"] = "input" }
        let document = Document(id: id, text: text, url: url ?? sourceURL, title: title, published: published,
                                metadataSources: sources)
        return .success(HeaderMetadata.complete(document))
    }
}

/// A document that could not be processed: becomes `{"id": ..., "error": ...}`.
///
///     DocumentFailure(id: "line-3", message: "line 3: missing \"text\"")
public struct DocumentFailure: Error, Sendable, Equatable {
    /// The document's id, or `line-N` when a JSON Lines record's id cannot be read.
    public var id: String
    /// What went wrong, for the `error` field.
    public var message: String
    /// Creates a failure of document `id`.
    public init(id: String, message: String) {
        self.id = id
        self.message = message
    }
}

/// The members of a record that a document is made from, each decoded as the JSON value it is.
struct RecordFields: Decodable {
    var object: JSONValue

    enum Key: String, CodingKey, CaseIterable {
        case id, text, published, url, title
        case sourceURL = "source_url"
    }

    /// The members' names.
    static let names = Key.allCases.map(\.stringValue)

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var members: [(String, JSONValue)] = []
        for key in Key.allCases.sorted(by: { $0.stringValue < $1.stringValue }) where container.contains(key) {
            members.append((key.stringValue, try container.decode(JSONValue.self, forKey: key)))
        }
        object = .object(members)
    }
}
