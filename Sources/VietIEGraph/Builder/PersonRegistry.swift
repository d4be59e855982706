/// The people of the corpus as clusters of observations (one per person per document), merged when a
/// name key and an anchor agree. An anchor is an office or a place: `org:<organization key>`,
/// `place:<unit key>`, `title:<self-contained title>`; a person with none gets `doc:<document id>`,
/// so a bare name never merges across documents.
///
/// Merging is a union-find over clusters keyed by (name, anchor): the result, and so every id, is the
/// same whatever order the documents come in.
struct PersonRegistry: Sendable {
    private var parent: [Int] = []
    private var anchors: [Set<String>] = []
    private var nameKeys: [String] = []
    private(set) var nodes: [NodeAccumulator] = []
    /// "name key \u{0} anchor" -> a cluster (not necessarily its root).
    private var index: [String: Int] = [:]

    /// Adds one observation and returns its cluster.
    ///
    /// - Complexity: amortized nearly O(anchors).
    mutating func observe(nameKey: String, anchors observed: Set<String>, node: NodeAccumulator) -> Int {
        var roots = Set<Int>()
        for a in observed { if let c = index[nameKey + "\u{0}" + a] { roots.insert(find(c)) } }
        let cluster: Int
        if let first = roots.min() {
            cluster = first
            for other in roots where other != first { union(other, into: first) }
            nodes[cluster].merge(node)
            anchors[cluster].formUnion(observed)
        } else {
            cluster = parent.count
            parent.append(cluster)
            anchors.append(observed)
            nameKeys.append(nameKey)
            nodes.append(node)
        }
        for a in observed { index[nameKey + "\u{0}" + a] = cluster }
        return cluster
    }

    /// Adds to the node of a cluster (another mention in the same document).
    mutating func update(_ cluster: Int, _ body: (inout NodeAccumulator) -> Void) {
        let root = find(cluster)
        body(&nodes[root])
    }

    mutating func find(_ i: Int) -> Int {
        var root = i
        while parent[root] != root { root = parent[root] }
        var k = i
        while parent[k] != root { let next = parent[k]; parent[k] = root; k = next }
        return root
    }

    private mutating func union(_ child: Int, into root: Int) {
        parent[child] = root
        nodes[root].merge(nodes[child])
        nodes[child] = NodeAccumulator(kind: .person)
        anchors[root].formUnion(anchors[child])
        anchors[child] = []
    }

    /// The root clusters.
    mutating func roots() -> [Int] { parent.indices.filter { find($0) == $0 } }

    /// The stable id of a root cluster: `person:<name key>#<smallest anchor>`.
    func id(ofRoot root: Int) -> String {
        let anchor = anchors[root].min(by: precedes) ?? ""
        return NodeKind.person.idPrefix + nameKeys[root] + "#" + anchor
    }

    func nameKey(ofRoot root: Int) -> String { nameKeys[root] }
}
