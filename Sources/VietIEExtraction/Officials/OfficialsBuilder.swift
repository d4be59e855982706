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

    func build(_ c: ExtractionContext, _ decided: [Candidate]) -> [Official] {
        let persons = decided.filter { $0.type == .person }
        let chainable = decided.filter { $0.type == .title || $0.type == .organization || $0.type == .location }
        // Person clusters: key = folded full name.
        var clusterOf: [Int: String] = [:]
        var fullNames: [String: String] = [:]
        var order: [String] = []
        for (k, p) in persons.enumerated() {
            let key = p.tokens.map { c.folded[$0] }.joined(separator: " ")
            if p.tokens.count >= 2 {
                clusterOf[k] = key
                if fullNames[key] == nil { fullNames[key] = c.text(p.tokens); order.append(key) }
            } else {
                // A given name alone: the one earlier full name ending with it, if exactly one.
                let matches = order.filter { $0.split(separator: " ").last.map(String.init) == key }
                if matches.count == 1 { clusterOf[k] = matches[0] }
            }
        }
        var positions: [String: [Position]] = [:]
        var mentions: [String: [Span]] = [:]
        for (k, p) in persons.enumerated() {
            guard let key = clusterOf[k] else { continue }
            mentions[key, default: []].append(c.span(p.tokens))
            var groups = chainBefore(c, p.tokens.lowerBound, chainable)
            groups += chainAfter(c, p.tokens.upperBound, chainable, persons)
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
    func chainBefore(_ c: ExtractionContext, _ start: Int, _ items: [Candidate]) -> [Group] {
        var k = start
        // "Chủ tịch UBND tỉnh Thái Bình - Đặng Trọng Thăng"
        if c.isPunct(k - 1, "-") { k -= 1 }
        var chain: [Candidate] = []
        while k > 0 {
            // Of the items ending here, the outermost (a place nested in an organization belongs to it).
            if let prev = items.filter({ $0.tokens.upperBound == k && c.sameSentence($0.tokens.lowerBound, start) })
                .min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                chain.insert(prev, at: 0)
                // The Ban rule: an organization may start inside the title before it.
                if prev.type == .organization, let t = items.last(where: { $0.type == .title && $0.tokens.contains(prev.tokens.lowerBound) }) {
                    chain.insert(t, at: 0)
                    k = t.tokens.lowerBound
                } else {
                    k = prev.tokens.lowerBound
                }
                continue
            }
            // "Trưởng đoàn đại biểu Quốc hội tỉnh Nguyễn Văn Lợi": a bare type word after a title.
            if chain.isEmpty, let tw = typeWordEnding(c, at: k), items.contains(where: { $0.type == .title && $0.tokens.upperBound == tw }) {
                k = tw
                continue
            }
            if c.isPunct(k - 1, ","), !chain.isEmpty, chain.first?.type != .location || chain.count > 1,
               items.contains(where: { $0.tokens.upperBound == k - 1 && $0.type != .location || $0.type == .organization && $0.tokens.upperBound == k - 1 }) {
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
    func chainAfter(_ c: ExtractionContext, _ end: Int, _ items: [Candidate], _ persons: [Candidate]) -> [Group] {
        var k = end
        guard c.isPunct(k, "-") || c.isPunct(k, ",") || c.isPunct(k, "(") else { return [] }
        k += 1
        var chain: [Candidate] = []
        while k < c.count, c.sameSentence(k, end - 1) {
            if let next = items.first(where: { $0.tokens.lowerBound == k }) {
                chain.append(next)
                k = items.filter { $0.tokens.lowerBound == k }.map(\.tokens.upperBound).max() ?? next.tokens.upperBound
                // Ban rule: an organization starting inside this title.
                if next.type == .title, let org = items.first(where: { $0.type == .organization && next.tokens.contains($0.tokens.lowerBound) && $0.tokens.lowerBound > next.tokens.lowerBound }) {
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
        if persons.contains(where: { $0.tokens.lowerBound == k }) {
            var cut = chain.count
            while cut > 0 && chain[cut - 1].type != .title { cut -= 1 }
            // Drop the last title group only when more than one group would remain for this person.
            if cut > 1 { chain = Array(chain[..<(cut - 1)]) } else { return [] }
        }
        return group(chain)
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
