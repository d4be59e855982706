import Foundation
import VietIE

/// The benchmark corpus: the development texts cycled until it reaches the requested size, written as
/// JSON Lines (`{id, text, published?, url?}`, ids `<dev id>#<cycle>`) so that every measurement, in process
/// or through the CLI, reads the same bytes.
struct Corpus {
    let path: String
    /// Bytes of the JSON Lines file.
    let fileBytes: Int
    /// UTF-8 bytes of the texts alone.
    let textBytes: Int
    let documents: Int
    /// How many development texts were cycled.
    let sourceTexts: Int

    /// The development records (`id`, `text`, `published`, `url`) of `seeds.gold.jsonl` and `news.gold.jsonl`.
    static func devRecords(_ dir: String) -> [[(String, JSONValue)]] {
        var records: [[(String, JSONValue)]] = []
        for name in ["seeds.gold.jsonl", "news.gold.jsonl"] {
            guard let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
            for line in data.split(separator: 0x0A) {
                guard let v = try? JSONValue(parsing: line), let id = v["id"]?.stringValue, let text = v["text"] else { continue }
                var members: [(String, JSONValue)] = [("id", .string(id)), ("text", text)]
                if let p = v["published"], !p.isNull { members.append(("published", p)) }
                if let u = v["url"] ?? v["source_url"], !u.isNull { members.append(("url", u)) }
                records.append(members)
            }
        }
        return records
    }

    /// Writes the cycled corpus of at least `megabytes` MB to `path`, one line at a time.
    static func write(from records: [[(String, JSONValue)]], megabytes: Double, to path: String) throws -> Corpus {
        guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        defer { try? out.close() }
        let target = Int(megabytes * 1e6)
        var fileBytes = 0, textBytes = 0, documents = 0, cycle = 0
        var buffer: [UInt8] = []
        while fileBytes < target {
            for record in records where fileBytes < target {
                var members = record
                members[0].1 = .string("\(record[0].1.stringValue ?? "")#\(cycle)")
                let start = buffer.count
                JSONValue.object(members).write(to: &buffer)
                buffer.append(0x0A)
                fileBytes += buffer.count - start
                textBytes += record[1].1.stringValue?.utf8.count ?? 0
                documents += 1
                if buffer.count >= 1 << 20 { out.write(Data(buffer)); buffer.removeAll(keepingCapacity: true) }
            }
            cycle += 1
        }
        out.write(Data(buffer))
        return Corpus(path: path, fileBytes: fileBytes, textBytes: textBytes, documents: documents, sourceTexts: records.count)
    }

    /// One document of about `megabytes` MB: the development texts joined by blank lines, cycled (how an article's
    /// length weighs: every rule that looks over the whole document shows here, not on articles of 1.3 KB).
    static func writeLong(from records: [[(String, JSONValue)]], megabytes: Double, to path: String) throws -> Corpus {
        let texts = records.compactMap { $0.first(where: { $0.0 == "text" })?.1.stringValue }
        var text = "", k = 0
        while text.utf8.count < Int(megabytes * 1e6), !texts.isEmpty {
            text += (text.isEmpty ? "" : "\n\n") + texts[k % texts.count]
            k += 1
        }
        var bytes: [UInt8] = []
        JSONValue.object([("id", "long"), ("text", .string(text)), ("published", "2021-10-08")]).write(to: &bytes)
        bytes.append(0x0A)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw BenchError("cannot write \(path)") }
        return Corpus(path: path, fileBytes: bytes.count, textBytes: text.utf8.count, documents: 1, sourceTexts: texts.count)
    }

    /// Reads the corpus back in batches of documents (texts as UTF-8 bytes), holding one batch at a time.
    static func forEachBatch(_ path: String, size: Int = 1024, _ body: ([(id: String, bytes: [UInt8])]) -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BenchError("cannot read \(path)") }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var batch: [(id: String, bytes: [UInt8])] = []
        func take(_ line: ArraySlice<UInt8>) {
            guard let v = try? JSONValue(parsing: line), let id = v["id"]?.stringValue, let text = v["text"]?.stringValue else { return }
            batch.append((id, Array(text.utf8)))
            if batch.count == size { body(batch); batch.removeAll(keepingCapacity: true) }
        }
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
            pending.append(contentsOf: data)
            var start = 0
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                take(pending[start..<nl])
                start = nl + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { take(pending[...]) }
        if !batch.isEmpty { body(batch) }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
