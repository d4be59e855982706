/// A broken invariant: a span whose text is not its slice of the input, or that lies outside it.
///
///     do { try annotation.checkInvariants() } catch let violation as InvariantViolation {
///         print(violation)   // a1: PERSON text "Hoà" != input slice "Hòa" at 7..<10
///     }
public struct InvariantViolation: Error, CustomStringConvertible, Sendable {
    /// What is broken: the document id, the kind of span, the span and the two texts.
    public var description: String
}

extension Annotation {
    /// Checks that every entity's and statistic's span lies inside the document and that its text
    /// equals the input slice, code point for code point.
    ///
    /// Tests call it on every output; it is cheap enough to call in debug runs of the CLI.
    ///
    ///     let annotation = extractor.annotate(document)
    ///     try annotation.checkInvariants()
    ///
    /// - Throws: ``InvariantViolation`` naming the first span that breaks it.
    /// - Complexity: O(total span length).
    public func checkInvariants() throws {
        let n = document.length
        func check(_ span: Span, _ text: String, _ what: String) throws {
            guard span.start >= 0, span.end <= n, span.start <= span.end else {
                throw InvariantViolation(description: "\(document.id): \(what) span \(span) outside 0..<\(n)")
            }
            let slice = document.text(of: span)
            // Swift's == is canonical equivalence; offsets need the very same code points.
            guard slice.unicodeScalars.elementsEqual(text.unicodeScalars) else {
                throw InvariantViolation(description: "\(document.id): \(what) text \"\(text)\" != input slice \"\(slice)\" at \(span)")
            }
        }
        for e in entities { try check(e.span, e.text, e.type.rawValue) }
        for s in statistics { try check(s.span, s.text, "statistic") }
    }
}
