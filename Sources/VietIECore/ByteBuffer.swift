/// Where JSON text is appended as UTF-8 bytes: an array, or a ``ByteBuffer``.
public protocol ByteSink {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends the bytes of `p`.
    mutating func append(bytes p: UnsafeBufferPointer<UInt8>)
}

extension ByteSink {
    /// Appends the bytes of a short literal (`"null"`).
    @inline(__always) mutating func append(literal s: StaticString) {
        append(bytes: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}

extension Array: ByteSink where Element == UInt8 {
    public mutating func append(bytes p: UnsafeBufferPointer<UInt8>) { append(contentsOf: p) }
}

/// A growable run of bytes appended by plain copies: what a JSON record is written into before it goes out whole.
/// (An array's append checks its storage's uniqueness and capacity through general code on every call, which is most
/// of the cost of writing a record of many short strings.)
///
///     var b = ByteBuffer()
///     b.append(0x7B); b.append(0x7D)
///     b.array   // [0x7B, 0x7D]
public struct ByteBuffer: ByteSink {
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        func copy() -> Storage {
            let s = Storage(capacity: capacity)
            s.base.initialize(from: base, count: count)
            s.count = count
            return s
        }

        func grow(toHold n: Int) {
            let newCapacity = Swift.max(n, capacity * 2)
            let b = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            b.initialize(from: base, count: count)
            base.deallocate()
            base = b
            capacity = newCapacity
        }

        deinit { base.deallocate() }
    }

    private var storage: Storage

    /// Creates an empty buffer that holds `capacity` bytes before it grows.
    public init(capacity: Int = 4096) { storage = Storage(capacity: capacity) }

    /// Storage this value alone holds, with room for `n` more bytes.
    @inline(__always) private mutating func room(_ n: Int) -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let s = storage
        if s.count + n > s.capacity { s.grow(toHold: s.count + n) }
        return s
    }

    /// Number of bytes written.
    public var count: Int { storage.count }

    @inline(__always) public mutating func append(_ byte: UInt8) {
        let s = room(1)
        s.base[s.count] = byte
        s.count += 1
    }

    @inline(__always) public mutating func append(bytes p: UnsafeBufferPointer<UInt8>) {
        guard let from = p.baseAddress, p.count > 0 else { return }
        let s = room(p.count)
        (s.base + s.count).initialize(from: from, count: p.count)
        s.count += p.count
    }

    /// The bytes written, as an array.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }
}
