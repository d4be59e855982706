import VietIECore

/// Reads whole files (plain text or HTML, in UTF-8 or a legacy Vietnamese encoding) into documents.
///
///     switch DocumentReader.read(bytes: bytes, id: "page.html") {
///     case .success(let document): print(document.inputNotes, document.text)   // ["html"], the page's main text
///     case .failure(let failure): print(failure.message)                       // e.g. "empty input"
///     }
public enum DocumentReader {
    /// Reads one file's bytes: text, or an HTML page whose main text is extracted.
    ///
    ///     let document = try DocumentReader.read(bytes: bytes, id: "bai.txt", decoder: TextDecoder(choice: .auto, tables: tables)).get()
    ///     document.encoding   // "tcvn3"
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - id: the document id (usually the file name).
    ///   - format: `nil` to detect HTML by its markup, or force `.plain` / `.html`.
    ///   - decoder: how the bytes become text (``TextDecoder``); UTF-8 only by default.
    /// - Returns: the document, with ``Document/encoding`` set and, for a legacy encoding, the source of the
    ///   choice in `metadataSources["encoding"]` ("detected" or "given"); or the failure to read it.
    /// - Complexity: O(n).
    public static func read(bytes: some Collection<UInt8>, id: String, format: InputFormat? = nil,
                            decoder: TextDecoder = .utf8) -> Result<Document, DocumentFailure> {
        if bytes.isEmpty { return .failure(DocumentFailure(id: id, message: "empty input")) }
        switch decoder.decode(bytes) {
        case .failure(let e):
            return .failure(DocumentFailure(id: id, message: e.description))
        case .success(let decoded):
            var sources: [String: String] = [:]
            if decoded.encoding != .utf8 { sources["encoding"] = decoded.detected ? "detected" : "given" }
            let text = decoded.text
            let isHTML = format == .html || (format == nil && HTMLTextExtractor.looksLikeHTML(text))
            guard isHTML else {
                let document = Document(id: id, text: text, metadataSources: sources, inputNotes: decoded.notes,
                                        encoding: decoded.encoding.rawValue)
                return .success(HeaderMetadata.complete(document))
            }
            let page = HTMLTextExtractor.extract(text)
            if page.url != nil { sources["url"] = "html-meta" }
            if page.published != nil { sources["published"] = "html-meta" }
            if page.title != nil { sources["title"] = "html-meta" }
            let document = Document(id: id, text: page.text, url: page.url, title: page.title,
                                    published: page.published, metadataSources: sources,
                                    inputNotes: decoded.notes + ["html"], encoding: decoded.encoding.rawValue)
            return .success(HeaderMetadata.complete(document))
        }
    }
}

/// How to read a file.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text; HTML pages, read as their extracted text; JSON Lines, one record a line.
    case plain, html, jsonl
}
