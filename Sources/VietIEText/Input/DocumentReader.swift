import VietIECore

/// Reads whole files (plain text or HTML) into documents.
public enum DocumentReader {
    /// Reads one file's bytes: UTF-8 text, or an HTML page whose main text is extracted.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - id: the document id (usually the file name).
    ///   - format: `nil` to detect HTML by its markup, or force `.plain` / `.html`.
    public static func read(bytes: some Collection<UInt8>, id: String, format: InputFormat? = nil,
                            maximumSize: Int = InputDecoder.defaultMaximumSize) -> Result<Document, DocumentFailure> {
        if bytes.isEmpty { return .failure(DocumentFailure(id: id, message: "empty input")) }
        switch InputDecoder.decode(bytes, maximumSize: maximumSize) {
        case .failure(let e):
            return .failure(DocumentFailure(id: id, message: e.description))
        case .success(let (text, notes)):
            let isHTML = format == .html || (format == nil && HTMLTextExtractor.looksLikeHTML(text))
            if isHTML {
                let page = HTMLTextExtractor.extract(text)
                var sources: [String: String] = [:]
                if page.url != nil { sources["url"] = "html-meta" }
                if page.published != nil { sources["published"] = "html-meta" }
                if page.title != nil { sources["title"] = "html-meta" }
                let document = Document(id: id, text: page.text, url: page.url, title: page.title,
                                        published: page.published, metadataSources: sources,
                                        inputNotes: notes + ["html"])
                return .success(HeaderMetadata.complete(document))
            }
            return .success(HeaderMetadata.complete(Document(id: id, text: text, inputNotes: notes)))
        }
    }
}

/// How to read a file.
public enum InputFormat: String, Sendable, CaseIterable {
    case plain, html, jsonl
}
