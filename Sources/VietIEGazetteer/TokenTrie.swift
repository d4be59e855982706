/// A reference to one row of one list.
///
///     let ref = match.entries[0]
///     gazetteer.spec(ref).file        // "titles/titles.tsv"
///     gazetteer.value(ref, "title")   // the row's `title` field
///     gazetteer.location(ref)         // "titles/titles.tsv:42", for provenance
public struct EntryRef: Hashable, Sendable {
    /// Index of the list in ``Gazetteer/lists``.
    public var list: Int32
    /// Index of the row in that list's ``ListFile/rows``.
    public var row: Int32

    /// Creates a reference to row `row` of list `list`.
    public init(list: Int32, row: Int32) {
        self.list = list
        self.row = row
    }
}

/// Longest-and-all matching of token sequences: a trie whose edges are token keys, stored in one
/// open-addressing table from (node, key) to child (token keys are hashes already, so a lookup is a
/// multiply and a probe). Built once; immutable and `Sendable`.
struct TokenTrie: Sendable {
    private var edgeNodes: [Int32] = Array(repeating: -1, count: 1024)   // -1 = empty slot
    private var edgeKeys: [UInt64] = Array(repeating: 0, count: 1024)
    private var edgeChildren: [Int32] = Array(repeating: 0, count: 1024)
    private var edgeCount = 0
    /// Entries that end at each node (empty for inner nodes).
    private var terminals: [[EntryRef]] = [[]]
    /// Bit `n` is set when entries end at node `n`: a match is looked for in ``terminals`` only there.
    private var terminalBits: [UInt64] = [0]
    /// Bit `key & firstKeyMask` is set for the key of every entry's first token: most tokens of a text start no
    /// entry, and are passed over by one bit test in a table that stays in the cache, with no probe of the edges.
    private var firstKeyBits = [UInt64](repeating: 0, count: (Self.firstKeyMask + 1) / 64)
    private static let firstKeyMask = (1 << 17) - 1

    var nodeCount: Int { terminals.count }

    @inline(__always)
    private static func slot(_ node: Int32, _ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) >> 17) & mask
    }

    @inline(__always)
    func child(_ node: Int32, _ key: UInt64) -> Int32? {
        let mask = edgeNodes.count - 1
        var h = Self.slot(node, key, mask)
        while true {
            let n = edgeNodes[h]
            if n == -1 { return nil }
            if n == node && edgeKeys[h] == key { return edgeChildren[h] }
            h = (h + 1) & mask
        }
    }

    private mutating func addEdge(_ node: Int32, _ key: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > edgeNodes.count { grow() }
        let mask = edgeNodes.count - 1
        var h = Self.slot(node, key, mask)
        while edgeNodes[h] != -1 { h = (h + 1) & mask }
        edgeNodes[h] = node
        edgeKeys[h] = key
        edgeChildren[h] = child
        edgeCount += 1
    }

    private mutating func grow() {
        let (nodes, keys, children) = (edgeNodes, edgeKeys, edgeChildren)
        let size = nodes.count * 2
        edgeNodes = Array(repeating: -1, count: size)
        edgeKeys = Array(repeating: 0, count: size)
        edgeChildren = Array(repeating: 0, count: size)
        edgeCount = 0
        for i in nodes.indices where nodes[i] != -1 { addEdge(nodes[i], keys[i], children[i]) }
    }

    mutating func insert(_ keys: [UInt64], _ ref: EntryRef) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        let first = Int(truncatingIfNeeded: keys[0]) & Self.firstKeyMask
        firstKeyBits[first >> 6] |= 1 << UInt64(first & 63)
        for k in keys {
            if let c = child(node, k) { node = c; continue }
            let new = Int32(terminals.count)
            terminals.append([])
            if terminals.count > terminalBits.count * 64 { terminalBits.append(0) }
            addEdge(node, k, new)
            node = new
        }
        if !terminals[Int(node)].contains(ref) { terminals[Int(node)].append(ref) }
        terminalBits[Int(node) >> 6] |= 1 << UInt64(node & 63)
    }

    /// Appends every entry sequence that starts at token `start` (shortest first) to `out`.
    func collect(_ keys: [UInt64], from start: Int, limit: Int = 16, into out: inout [GazetteerMatch]) {
        guard start < keys.count, case let first = Int(truncatingIfNeeded: keys[start]) & Self.firstKeyMask,
              firstKeyBits[first >> 6] & (1 << UInt64(first & 63)) != 0 else { return }
        var node: Int32 = 0
        var j = start
        while j < keys.count && j - start < limit {
            guard let c = child(node, keys[j]) else { return }
            node = c
            j += 1
            if terminalBits[Int(node) >> 6] & (1 << UInt64(node & 63)) != 0 {
                out.append(GazetteerMatch(tokens: start..<j, entries: terminals[Int(node)]))
            }
        }
    }
}
