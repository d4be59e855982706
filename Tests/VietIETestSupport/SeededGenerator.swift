/// A small seeded random number generator (SplitMix64), so that tests that shuffle or draw random
/// inputs try the same ones on every run.
///
///     var g = SeededGenerator(seed: 42)
///     let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &g) }
public struct SeededGenerator: RandomNumberGenerator {
    /// The generator's state; each call to ``next()`` advances it.
    public var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    ///
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
