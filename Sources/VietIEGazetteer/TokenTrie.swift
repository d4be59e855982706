/// A reference to one row of one list.
public struct EntryRef: Hashable, Sendable {
    /// Index of the list in ``Gazetteer/lists``.
    public var list: Int32
    /// Index of the row in that list's ``ListFile/rows``.
    public var row: Int32
}

/// Longest-and-all matching of token sequences: a trie whose edges are token keys, stored as one
/// hash table from (node, key) to child. Built once; immutable and `Sendable`.
struct TokenTrie: Sendable {
    struct Edge: Hashable, Sendable {
        var node: Int32
        var key: UInt64
    }

    private(set) var edges: [Edge: Int32] = [:]
    private(set) var terminals: [Int32: [EntryRef]] = [:]
    private(set) var nodeCount: Int32 = 1
    /// Keys that start some entry: a quick filter before walking.
    private(set) var firstKeys: Set<UInt64> = []

    mutating func insert(_ keys: [UInt64], _ ref: EntryRef) {
        guard let first = keys.first else { return }
        firstKeys.insert(first)
        var node: Int32 = 0
        for k in keys {
            let e = Edge(node: node, key: k)
            if let child = edges[e] { node = child } else {
                edges[e] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        if terminals[node]?.contains(ref) != true { terminals[node, default: []].append(ref) }
    }

    /// Every entry sequence that starts at token `start`: (end token, entries), shortest first.
    func matches(_ keys: [UInt64], from start: Int, limit: Int = 16) -> [(end: Int, entries: [EntryRef])] {
        guard start < keys.count, firstKeys.contains(keys[start]) else { return [] }
        var out: [(Int, [EntryRef])] = []
        var node: Int32 = 0
        var j = start
        while j < keys.count && j - start < limit {
            guard let child = edges[Edge(node: node, key: keys[j])] else { break }
            node = child
            j += 1
            if let t = terminals[node] { out.append((j, t)) }
        }
        return out
    }
}
