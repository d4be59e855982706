/// One input article: its text exactly as given, plus what is known about it.
///
/// The text is kept verbatim; ``scalars`` indexes it by code point, which is the unit of every
/// ``Span``. A document is a value: build it once, share it across threads.
///
///     let document = Document(id: "a1", text: "Chiều 21/9, đồng chí Trần Tuệ Hiền ...", published: "2021-10-08")
///     document.length                              // code points
///     document.text(of: Span(start: 21, end: 34))  // "Trần Tuệ Hiền"
public struct Document: Sendable {
    /// Identifier echoed in every output record (a JSONL `id`, or a file name).
    public var id: String
    /// The text as given (for HTML input: the text extracted from the page).
    public let text: String
    /// The text as an array of code point values; `scalars[i]` is code point `i` of ``text``.
    public let scalars: [UInt32]
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
    /// The character encoding a file's bytes were read in ("utf8", "tcvn3", "vni", "cp1258"); nil for
    /// text that was given as text (a JSON Lines record). The text of a legacy encoding is its NFC decoding.
    public var encoding: String?

    /// Creates a document from its text and what is known about it.
    ///
    /// - Parameters:
    ///   - id: the identifier echoed in its output record.
    ///   - text: the text, kept exactly as given.
    ///   - url: the article's URL, when known.
    ///   - title: the article's title, when known.
    ///   - published: the publication date (`YYYY-MM-DD`) or date-time; relative dates resolve against it.
    ///   - publishedMonth: the year and month (`YYYY-MM`) when only those are known.
    ///   - metadataSources: where each metadata field came from.
    ///   - inputNotes: what the reader found about the input.
    ///   - encoding: the character encoding the bytes were read in, or nil for text given as text.
    /// - Complexity: O(n) in the length of `text` (it is decoded into ``scalars``).
    public init(id: String, text: String, url: String? = nil, title: String? = nil,
                published: String? = nil, publishedMonth: String? = nil,
                metadataSources: [String: String] = [:], inputNotes: [String] = [], encoding: String? = nil) {
        self.id = id
        self.text = text
        self.scalars = Document.decodeScalars(text)
        self.url = url
        self.title = title
        self.published = published
        self.publishedMonth = publishedMonth
        self.metadataSources = metadataSources
        self.inputNotes = inputNotes
        self.encoding = encoding
    }

    /// The code points of a string, decoded straight from its UTF-8 storage.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func decodeScalars(_ text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { u -> [UInt32] in
            [UInt32](unsafeUninitializedCapacity: u.count) { out, count in count = UTF8Decoding.decode(u, into: out) }
        }
    }

    /// Number of code points in the text.
    public var length: Int { scalars.count }

    /// The original text covered by `span`.
    ///
    /// - Complexity: O(`span.length`).
    public func text(of span: Span) -> String {
        precondition(span.start >= 0 && span.end <= scalars.count, "Span \(span) outside document of \(scalars.count) code points")
        return ScalarString.make(scalars[span.start..<span.end])
    }
}

/// Decoding of valid UTF-8 (a Swift string's storage) into code points.
public enum UTF8Decoding {
    /// Writes the code points of `u` into `out` (room for `u.count` at least) and returns how many.
    ///
    /// Eight bytes are read at a time: the ASCII bytes before the first multi-byte sequence of the word are
    /// widened in one go (a word of ASCII letters costs one load and eight stores), then that sequence is
    /// decoded alone. Stores past the last code point written stay within `out`: code point `k` never comes
    /// after byte `k`.
    ///
    /// - Precondition: `u` is valid UTF-8, as every Swift string's storage is.
    /// - Complexity: O(n) in the number of bytes.
    @inline(__always)
    public static func decode(_ u: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt32>) -> Int {
        let n = u.count
        guard let base = u.baseAddress, let target = out.baseAddress else { return 0 }
        var i = 0, k = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let widened = SIMD8<UInt32>(truncatingIfNeeded: UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt8>.self))
            UnsafeMutableRawPointer(target + k).storeBytes(of: widened, as: SIMD8<UInt32>.self)
            let high = word & 0x8080_8080_8080_8080
            if high == 0 { i += 8; k += 8; continue }
            let ascii = high.trailingZeroBitCount >> 3
            i += ascii
            k += ascii
            i += decodeSequence(base, at: i, into: target + k)
            k += 1
        }
        while i < n {
            if base[i] < 0x80 { target[k] = UInt32(base[i]); i += 1 } else { i += decodeSequence(base, at: i, into: target + k) }
            k += 1
        }
        return k
    }

    /// Decodes the multi-byte sequence at `i` into `out.pointee`; returns its length in bytes.
    @inline(__always)
    static func decodeSequence(_ u: UnsafePointer<UInt8>, at i: Int, into out: UnsafeMutablePointer<UInt32>) -> Int {
        let b0 = UInt32(u[i])
        if b0 < 0xE0 { out.pointee = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); return 2 }
        if b0 < 0xF0 { out.pointee = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); return 3 }
        out.pointee = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F)
        return 4
    }
}
