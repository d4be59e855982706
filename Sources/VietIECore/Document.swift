/// One input article: its text exactly as given, plus what is known about it.
///
/// The text is kept verbatim; ``scalars`` indexes it by code point, which is the unit of every
/// ``Span``. A document is a value: build it once, share it across threads.
public struct Document: Sendable {
    /// Identifier echoed in every output record (a JSONL `id`, or a file name).
    public var id: String
    /// The text as given (for HTML input: the text extracted from the page).
    public let text: String
    /// The text as an array of code points; `scalars[i]` is code point `i` of ``text``.
    public let scalars: [Unicode.Scalar]
    /// The article's URL, when known.
    public var url: String?
    /// The article's title, when known.
    public var title: String?
    /// Publication date (`YYYY-MM-DD`) or date-time, when known.
    public var published: String?
    /// Year and month of publication (`YYYY-MM`) when only those are known (a crawler stamp, a URL).
    public var publishedMonth: String?
    /// Where the metadata came from, e.g. `"published": "jsonl"`, `"url": "header-line"`.
    public var metadataSources: [String: String]
    /// What the reader found about the input (e.g. "html", "utf8-bom", "crlf").
    public var inputNotes: [String]

    public init(id: String, text: String, url: String? = nil, title: String? = nil,
                published: String? = nil, publishedMonth: String? = nil,
                metadataSources: [String: String] = [:], inputNotes: [String] = []) {
        self.id = id
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.url = url
        self.title = title
        self.published = published
        self.publishedMonth = publishedMonth
        self.metadataSources = metadataSources
        self.inputNotes = inputNotes
    }

    /// Number of code points in the text.
    public var length: Int { scalars.count }

    /// The original text covered by `span`.
    ///
    /// - Complexity: O(`span.length`).
    public func text(of span: Span) -> String {
        precondition(span.start >= 0 && span.end <= scalars.count, "Span \(span) outside document of \(scalars.count) code points")
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }
}
