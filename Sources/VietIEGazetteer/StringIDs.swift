import Foundation

/// Dense ids for a set of strings, compared by their UTF-8 bytes: an open-addressing table over one
/// byte buffer, for the tens of thousands of keys a gazetteer indexes (unit keys, folded names).
///
/// The keys of a gazetteer are NFC already, so byte equality is string equality; hashing the bytes
/// (FNV-1a) skips the canonical-equivalence work `String`'s own hashing does for every non-ASCII key,
/// which made loading the units several times slower.
///
///     var ids = StringIDs()
///     ids.insert("an lộc")   // 0
///     ids.insert("an lộc")   // 0 again
///     ids.id("an lộc")       // 0
///     ids.id("bình long")    // nil
public struct StringIDs: Sendable {
    private var bytes: [UInt8] = []
    /// `starts[i]..<starts[i + 1]` are the bytes of key `i`.
    private var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Key id + 1 per slot; 0 = empty. The count is a power of two, at most half full.
    private var slots: [Int32]

    /// Creates an empty table with room for `capacity` keys before it grows.
    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        hashes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
    }

    /// Number of distinct keys.
    public var count: Int { hashes.count }

    /// The id of `key`, or nil when it was never inserted.
    ///
    /// - Complexity: O(k) in the length of the key, expected.
    public func id(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { id(utf8: $0) }
    }

    /// The id of the key with these UTF-8 bytes, or nil.
    public func id(utf8: UnsafeBufferPointer<UInt8>) -> Int? { find(utf8, Self.hash(utf8)).id }

    /// The id of `key`, inserting it first when new (ids count from 0 in insertion order).
    ///
    /// - Complexity: O(k) in the length of the key, amortized.
    @discardableResult
    public mutating func insert(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { insert(utf8: $0) }
    }

    /// The id of the key with these UTF-8 bytes, inserting it first when new.
    @discardableResult
    public mutating func insert(utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let h = Self.hash(utf8)
        let (found, slot) = find(utf8, h)
        if let found { return found }
        let id = hashes.count
        bytes.append(contentsOf: utf8)
        starts.append(Int32(bytes.count))
        hashes.append(h)
        slots[slot] = Int32(id + 1)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The key with id `id`.
    public func key(_ id: Int) -> String {
        String(decoding: bytes[Int(starts[id])..<Int(starts[id + 1])], as: UTF8.self)
    }

    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The id of the key with these bytes, or nil and the empty slot where it would go.
    private func find(_ utf8: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> (id: Int?, slot: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let entry = Int(slots[s])
            if entry == 0 { return (nil, s) }
            let id = entry - 1
            if hashes[id] == h {
                let start = Int(starts[id]), end = Int(starts[id + 1])
                if end - start == utf8.count && bytes.withUnsafeBufferPointer({ b in
                    utf8.isEmpty || memcmp(b.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0
                }) { return (id, s) }
            }
            s = (s + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (id, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while bigger[s] != 0 { s = (s + 1) & mask }
            bigger[s] = Int32(id + 1)
        }
        slots = bigger
    }
}

/// Lists of unit indexes by string key (folded names, host-name keys), over ``StringIDs``.
///
///     var index = KeyedIndexes()
///     index.append(3, to: "an lộc")
///     index["an lộc"]   // [3]
public struct KeyedIndexes: Sendable {
    private var ids: StringIDs
    private var lists: [[Int]] = []

    /// Creates an empty index with room for `capacity` keys.
    public init(capacity: Int = 16) { ids = StringIDs(capacity: capacity) }

    /// The indexes filed under `key`, in the order they were appended, or nil.
    public subscript(key: String) -> [Int]? { ids.id(key).map { lists[$0] } }

    /// Files `index` under `key`.
    public mutating func append(_ index: Int, to key: String) { append(index, toKey: id(key)) }

    /// The id of `key` (added when new), for ``append(_:toKey:)``: a caller that files many indexes under
    /// one key looks it up once.
    public mutating func id(_ key: String) -> Int {
        let id = ids.insert(key)
        if id == lists.count { lists.append([]) }
        return id
    }

    /// Files `index` under the key with id `id` (from ``id(_:)``).
    public mutating func append(_ index: Int, toKey id: Int) { lists[id].append(index) }
}
