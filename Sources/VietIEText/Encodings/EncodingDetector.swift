/// Finds the legacy encoding of bytes that are not UTF-8, conservatively and deterministically.
///
/// 1. A sample is taken: from a little before the first non-ASCII byte, ``sampleSize`` bytes, ending at
///    an ASCII byte.
/// 2. Damaged UTF-8 is not guessed at: when most non-ASCII bytes of the sample form well-formed UTF-8
///    sequences, the input is UTF-8 with errors and gets the invalid-UTF-8 error.
/// 3. The sample is decoded in TCVN3, VNI and Windows-1258 and each decoding is scored
///    (``VietnameseScore``); bytes from 0x80 up that a table does not cover count against its encoding.
/// 4. The best ratio wins (ties: more plausible characters, then the order of ``TextEncoding/legacy``)
///    if it is at least ``minimumRatio``; otherwise the input is refused.
///
///     EncodingDetector.detect(bytes, decoder: decoder)   // .success(.vni)
///
/// - Complexity: O(n) to find the first invalid byte, O(sampleSize) for the rest.
public enum EncodingDetector {
    /// Bytes of the sample that is scored.
    public static let sampleSize = 64 << 10
    /// The lowest share of plausible characters that is accepted.
    public static let minimumRatio = 0.6

    /// The chosen encoding, or an error that says why none was.
    ///
    /// - Complexity: O(n) to find the first invalid byte, O(``sampleSize``) for the rest.
    public static func detect(_ bytes: [UInt8], decoder: TextDecoder) -> Result<TextEncoding, InputError> {
        let invalidAt = InputDecoder.firstInvalidUTF8(bytes) ?? 0
        let sample = self.sample(bytes)
        let census = UTF8Scan.census(sample)
        if census.multiByte >= census.invalid {
            return .failure(InputError("invalid UTF-8 at byte \(invalidAt)"))
        }
        let ranked = scores(sample: sample, decoder: decoder)
        guard let best = ranked.first, best.score.ratio >= minimumRatio else {
            var control = 0
            for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D { control += 1 }
            if control * 100 > sample.count { return .failure(InputError("binary input: control bytes (\(control) in the first \(sample.count))")) }
            let tried = ranked.map { "\($0.encoding.rawValue) \(Int(($0.score.ratio * 100).rounded()))%" }.joined(separator: ", ")
            return .failure(InputError("invalid UTF-8 at byte \(invalidAt), and no legacy encoding reads as Vietnamese (\(tried))"))
        }
        return .success(best.encoding)
    }

    /// Each loaded legacy encoding with the score of its decoding of the sample, best first.
    ///
    /// - Complexity: O(``sampleSize``).
    public static func scores(_ bytes: [UInt8], decoder: TextDecoder) -> [(encoding: TextEncoding, score: VietnameseScore)] {
        scores(sample: sample(bytes), decoder: decoder)
    }

    static func scores(sample: [UInt8], decoder: TextDecoder) -> [(encoding: TextEncoding, score: VietnameseScore)] {
        var scored: [(encoding: TextEncoding, score: VietnameseScore, order: Int)] = []
        for (order, encoding) in TextEncoding.legacy.enumerated() {
            // A byte that a table does not cover counts against the table's encoding.
            var unmapped = 0
            let table = decoder.tables?.table(for: encoding)
            guard let scalars = table?.decode(sample, unmapped: &unmapped) ?? decoder.scalars(sample, as: encoding) else { continue }
            var score = VietnameseScore(decoded: scalars)
            score.counted += unmapped
            scored.append((encoding, score, order))
        }
        scored.sort { a, b in
            if a.score.ratio != b.score.ratio { return a.score.ratio > b.score.ratio }
            if a.score.plausible != b.score.plausible { return a.score.plausible > b.score.plausible }
            return a.order < b.order
        }
        return scored.map { ($0.encoding, $0.score) }
    }

    /// Up to ``sampleSize`` bytes from a little before the first non-ASCII byte, ending after an ASCII byte
    /// (so that no two-byte VNI letter is cut).
    static func sample(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = bytes.firstIndex(where: { $0 >= 0x80 }) else { return Array(bytes.prefix(sampleSize)) }
        let start = max(0, first - 256)
        var end = min(bytes.count, start + sampleSize)
        if end < bytes.count {
            while end > start + sampleSize / 2 && bytes[end - 1] >= 0x80 { end -= 1 }
        }
        return Array(bytes[start..<end])
    }
}
