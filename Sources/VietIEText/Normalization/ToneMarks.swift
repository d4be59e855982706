/// One canonical tone-mark placement: in an open syllable whose vowels are exactly "oa", "oe" or
/// "uy" (not after "q"), the tone sits on the first vowel ("hoà" -> "hòa", "uỷ" -> "ủy",
/// "Khoẻ" -> "Khỏe"). Closed syllables ("hoàn", "thuyền") and "quý" are left alone.
/// The rule works on the vowel cluster for any case; it never changes the number of scalars.
enum ToneMarks {
    static let o: UInt32 = 0x6F, a: UInt32 = 0x61, e: UInt32 = 0x65, u: UInt32 = 0x75, y: UInt32 = 0x79, q: UInt32 = 0x71

    static func canonicalize(_ s: inout [UInt32], tables: ScalarTables) {
        let n = s.count
        guard n >= 2 else { return }
        let limit = ScalarTables.limit
        // Only a toned vowel that ends a syllable can need moving: look for those directly (ASCII has none).
        var candidates: [Int] = []
        tables.tone.withUnsafeBufferPointer { tone in
            s.withUnsafeBufferPointer { p in
                for i in 1..<n {
                    let c = p[i]
                    guard c >= 0xC0, c < limit, tone[Int(c)] != 0 else { continue }
                    if i + 1 < n && tables.isLetter(p[i + 1]) { continue }
                    guard tables.isLetter(p[i - 1]) else { continue }
                    candidates.append(i)
                }
            }
        }
        for i in candidates {
            var start = i - 1
            if start > 0 && tables.isLetter(s[start - 1]) { start -= 1 }
            fix(&s, start, i + 1, tables)
        }
    }

    @inline(__always)
    static func fix(_ s: inout [UInt32], _ start: Int, _ end: Int, _ t: ScalarTables) {
        let second = s[end - 1], first = s[end - 2]
        guard second < ScalarTables.limit, first < ScalarTables.limit else { return }
        let tone = t.tone[Int(second)]
        guard tone != 0, t.tone[Int(first)] == 0 else { return }
        let v1 = t.lowercase(t.toneless[Int(first)]), v2 = t.lowercase(t.toneless[Int(second)])
        let pair = (v1 == o && (v2 == a || v2 == e)) || (v1 == u && v2 == y)
        guard pair else { return }
        if end - 3 >= start {
            let before = s[end - 3]
            if t.isVowel.indices.contains(Int(before)) && t.isVowel[Int(before)] { return }
            if v1 == u && t.lowercase(before) == q { return }
        }
        guard let toned = t.withTone[(first << 3) | UInt32(tone)] else { return }
        s[end - 2] = toned
        s[end - 1] = t.toneless[Int(second)]
    }
}
