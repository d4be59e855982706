/// A half-open range of Unicode code points in a document's original text.
///
/// `start` and `end` count Unicode scalar values (code points), exactly as Python's `str`
/// indexes do, into the text **as given** to VietIE; `end` is exclusive. Normalization never
/// shifts them: matching runs on a normalized view that maps back to these offsets.
///
///     let text = "Phường An Lộc"
///     let span = Span(start: 7, end: 13)   // "An Lộc"
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// First code point of the span.
    public var start: Int
    /// One past the last code point of the span.
    public var end: Int

    /// Creates a span; `start <= end` is required.
    public init(start: Int, end: Int) {
        precondition(start <= end, "Span start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of code points covered.
    public var length: Int { end - start }
    /// True when the span covers no code point.
    public var isEmpty: Bool { start == end }

    /// True when the two spans share at least one code point.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    /// True when `other` lies within this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Text order: the earlier start first; of two spans that start together, the longer first.
    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end > b.end
    }

    /// The span as `start..<end`, e.g. `7..<13`.
    public var description: String { "\(start)..<\(end)" }
}
