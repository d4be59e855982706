import VietIECore
import VietIEGazetteer
import VietIEText

/// Officials: each named person with the titles attached to them, before the name ("Phó Bí thư Tỉnh
/// ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền") or after it ("Nguyễn Anh Đức – UVBTV, Phó Chủ tịch UBND thị
/// xã"), each title with its organization completed from context (``OrganizationCompleter``).
/// Mentions of one person are merged: repeated full names, and a given name used alone after an
/// honorific ("đồng chí Đức"); two people who only share a given name are never merged.
struct OfficialsBuilder {
    let completer: OrganizationCompleter

    struct Chain {
        var items: [Candidate]
    }

    func build(_ c: ExtractionContext, _ index: SpanIndex) -> [Official] {
        let persons = index.items.filter { $0.type == .person }
        // Person clusters: key = folded full name.
        var clusterOf: [Int: String] = [:]
        var fullNames: [String: String] = [:]
        var order: [String] = []
        // Full names by their last syllable (the given name).
        var byGivenName: [String: [String]] = [:]
        for (k, p) in persons.enumerated() {
            let key = p.tokens.map { c.folded[$0] }.joined(separator: " ")
            if p.tokens.count >= 2 {
                clusterOf[k] = key
                if fullNames[key] == nil {
                    fullNames[key] = c.text(p.tokens)
                    order.append(key)
                    byGivenName[c.folded[p.tokens.upperBound - 1], default: []].append(key)
                }
            } else if let matches = byGivenName[key], matches.count == 1 {
                // A given name alone: the one earlier full name ending with it, if exactly one.
                clusterOf[k] = matches[0]
            }
        }
        var positions: [String: [Position]] = [:]
        var mentions: [String: [Span]] = [:]
        for (k, p) in persons.enumerated() {
            guard let key = clusterOf[k] else { continue }
            mentions[key, default: []].append(c.span(p.tokens))
            var groups = chainBefore(c, p.tokens.lowerBound, index)
            groups += chainAfter(c, p.tokens.upperBound, index)
            // "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh": a title with no body of its own
            // shares the body of the next title of the same kind.
            for gi in groups.indices.reversed() where groups[gi].organization == nil && gi + 1 < groups.count {
                if let next = groups[gi + 1].organization, completer.sharesBody(c, groups[gi].title, groups[gi + 1].title) {
                    groups[gi].organization = next
                }
            }
            for g in groups {
                let position = completer.position(c, title: g.title, organization: g.organization, chain: groups)
                if !(positions[key] ?? []).contains(where: { same($0, position) }) { positions[key, default: []].append(position) }
            }
        }
        return order.compactMap { key in
            guard let ps = positions[key], !ps.isEmpty else { return nil }
            return Official(name: fullNames[key]!, positions: ps, mentions: mentions[key] ?? [])
        }
    }

    func same(_ a: Position, _ b: Position) -> Bool {
        Normalizer.key(a.title) == Normalizer.key(b.title) && a.organization.map { Normalizer.key($0) } == b.organization.map { Normalizer.key($0) }
    }

    struct Group { var title: Candidate; var organization: Candidate? }

    /// Titles with their organizations in a chain ending right before token `start`.
    static func isChainable(_ c: Candidate) -> Bool { c.type == .title || c.type == .organization || c.type == .location }

    func chainBefore(_ c: ExtractionContext, _ start: Int, _ index: SpanIndex) -> [Group] {
        var k = start
        // "Chủ tịch UBND tỉnh Thái Bình - Đặng Trọng Thăng"
        if c.isPunct(k - 1, "-") { k -= 1 }
        var chain: [Candidate] = []
        while k > 0 {
            // Of the items ending here, the outermost (a place nested in an organization belongs to it).
            if let prev = index.ending(at: k).filter({ Self.isChainable($0) && c.sameSentence($0.tokens.lowerBound, start) })
                .min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                chain.insert(prev, at: 0)
                // The Ban rule: an organization may start inside the title before it.
                if prev.type == .organization, let t = titleCovering(prev.tokens.lowerBound, index) {
                    chain.insert(t, at: 0)
                    k = t.tokens.lowerBound
                } else {
                    k = prev.tokens.lowerBound
                }
                continue
            }
            // "Trưởng đoàn đại biểu Quốc hội tỉnh Nguyễn Văn Lợi": a bare type word after a title.
            if chain.isEmpty, let tw = typeWordEnding(c, at: k), index.ending(at: tw).contains(where: { $0.type == .title }) {
                k = tw
                continue
            }
            if c.isPunct(k - 1, ","), !chain.isEmpty, chain.first?.type != .location || chain.count > 1,
               index.ending(at: k - 1).contains(where: { Self.isChainable($0) && $0.type != .location || $0.type == .organization }) {
                k -= 1
                continue
            }
            break
        }
        guard chain.contains(where: { $0.type == .title }) else { return [] }
        return group(chain)
    }

    /// Titles after a name: "Nguyễn Anh Đức – UVBTV, Phó Chủ tịch UBND thị xã", stopping before
    /// titles that belong to the next person.
    func chainAfter(_ c: ExtractionContext, _ end: Int, _ index: SpanIndex) -> [Group] {
        var k = end
        guard c.isPunct(k, "-") || c.isPunct(k, ",") || c.isPunct(k, "(") else { return [] }
        k += 1
        var chain: [Candidate] = []
        while k < c.count, c.sameSentence(k, end - 1) {
            let here = index.starting(at: k).filter(Self.isChainable)
            if let next = here.first {
                chain.append(next)
                k = here.map(\.tokens.upperBound).max() ?? next.tokens.upperBound
                // Ban rule: an organization starting inside this title.
                if next.type == .title, let org = index.starting(in: (next.tokens.lowerBound + 1)..<next.tokens.upperBound).first(where: { $0.type == .organization }) {
                    chain.append(org)
                    k = org.tokens.upperBound
                }
                continue
            }
            if c.isPunct(k, ","), !chain.isEmpty { k += 1; continue }
            break
        }
        guard chain.first?.type == .title else { return [] }
        // Titles right before another person's name are that person's.
        if index.hasItem(ofType: .person, startingAt: k) {
            var cut = chain.count
            while cut > 0 && chain[cut - 1].type != .title { cut -= 1 }
            // Drop the last title group only when more than one group would remain for this person.
            if cut > 1 { chain = Array(chain[..<(cut - 1)]) } else { return [] }
        }
        return group(chain)
    }

    /// The title that contains token `k`, the last one when several do (titles are a few tokens long).
    func titleCovering(_ k: Int, _ index: SpanIndex) -> Candidate? {
        for start in stride(from: k, through: max(0, k - 12), by: -1) {
            if let t = index.starting(at: start).last(where: { $0.type == .title && $0.tokens.contains(k) }) { return t }
        }
        return nil
    }

    /// The start of a type word ("tỉnh", "thành phố") that ends right before token `k`.
    func typeWordEnding(_ c: ExtractionContext, at k: Int) -> Int? {
        for start in stride(from: k - 1, through: max(0, k - 2), by: -1) {
            if let m = c.match(Lexicon.List.typeWords, at: start), m.end == k { return start }
        }
        return nil
    }

    func group(_ chain: [Candidate]) -> [Group] {
        var groups: [Group] = []
        for item in chain {
            if item.type == .title { groups.append(Group(title: item, organization: nil)); continue }
            guard !groups.isEmpty, groups[groups.count - 1].organization == nil else { continue }
            groups[groups.count - 1].organization = item
        }
        return groups
    }
}
