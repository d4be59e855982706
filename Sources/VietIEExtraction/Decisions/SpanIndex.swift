/// The decided candidates of a document by the token they start and end at, so that the builders
/// find a chain's next item or a name's neighbours in constant time instead of scanning every span.
struct SpanIndex {
    let items: [Candidate]
    private let startingAt: [[Int32]]
    private let endingAt: [[Int32]]

    /// - Complexity: O(n + tokens).
    init(_ items: [Candidate], tokenCount: Int) {
        self.items = items
        var starting = [[Int32]](repeating: [], count: tokenCount + 1)
        var ending = [[Int32]](repeating: [], count: tokenCount + 1)
        for (k, item) in items.enumerated() {
            starting[item.tokens.lowerBound].append(Int32(k))
            ending[item.tokens.upperBound].append(Int32(k))
        }
        startingAt = starting
        endingAt = ending
    }

    /// The items that start at token `k`, in decision order.
    func starting(at k: Int) -> [Candidate] {
        guard k >= 0 && k < startingAt.count else { return [] }
        return startingAt[k].map { items[Int($0)] }
    }

    /// The items that end right before token `k` (their upper bound is `k`), in decision order.
    func ending(at k: Int) -> [Candidate] {
        guard k >= 0 && k < endingAt.count else { return [] }
        return endingAt[k].map { items[Int($0)] }
    }

    /// The items that start inside `range`, read where they are (no array is made for them).
    func starting(in range: Range<Int>) -> some Sequence<Candidate> {
        let lo = max(range.lowerBound, 0), hi = max(lo, min(range.upperBound, startingAt.count))
        return (lo..<hi).lazy.flatMap { startingAt[$0] }.map { items[Int($0)] }
    }

    /// True when an item of type `type` starts at token `k`.
    func hasItem(ofType type: EntityType, startingAt k: Int) -> Bool {
        guard k >= 0 && k < startingAt.count else { return false }
        return startingAt[k].contains { items[Int($0)].type == type }
    }
}

import VietIECore
