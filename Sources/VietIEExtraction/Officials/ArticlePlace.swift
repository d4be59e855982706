import VietIECore
import VietIEGazetteer
import VietIEText

/// The administrative unit an article is about: from the publisher's host name
/// (binhlong.binhphuoc.gov.vn -> thị xã Bình Long, tỉnh Bình Phước; baoquangnam.vn -> Quảng Nam),
/// else from the places the article names most. Used to complete short organizations
/// ("UBND tỉnh" -> "UBND tỉnh Bình Phước").
struct ArticlePlace {
    /// The most specific unit found (a district when the host names one), and its province.
    var unit: Int?
    var province: Int?
    /// The commune (ward, commune, town) the article names most, at least twice and more than any other,
    /// inside its province: what a bare "UBND phường" or "Đảng ủy xã" of the article refers to.
    var commune: Int?

    /// - Parameter locations: the places the article names, each with its unit, or with all its candidate units when
    ///   they lie in several provinces, and its weight.
    /// - Parameter hostNoise: host labels that name no place (``Lexicon/hostLabels``).
    init(document host: String?, locations: [(units: [Int], count: Int)], places: AdminUnits, date: String?, hostNoise: Set<String>) {
        var unit: Int? = nil
        var province: Int? = nil
        var hostCommune: Int? = nil
        if let host {
            let labels = host.lowercased().split(ascii: ".").map(String.init).filter { !hostNoise.contains($0) }
            // The province first, from any label; then a district's portal, inside that province ("chauthanh.soctrang.gov.vn":
            // the Châu Thành of Sóc Trăng, not another).
            var districtKeys: [String] = []
            for label in labels {
                let keys = [label] + (label.hasPrefix("bao") ? [String(label.dropFirst(3))] : [])
                    + (label.hasSuffix("tv") ? [String(label.dropLast(2))] : [])
                    + (label.hasSuffix("city") ? [String(label.dropLast(4))] : [])   // "danangcity.gov.vn"
                for key in keys where key.count >= 4 {
                    if let p = places.byPlainCompactName(key, on: date).first(where: { places.units[$0].level == .province }) {
                        province = province ?? p
                    } else {
                        districtKeys.append(key)
                    }
                }
            }
            // (A province's paper, "baolaocai.vn", is about the province, not its same-named city.)
            // (A district's portal names it; a commune's name in a host is mostly a coincidence, unless the host names its
            // province too: since the 2025 reform communes have portals of their own, "xuanque.dongnai.gov.vn".)
            for key in districtKeys where unit == nil {
                let named = places.byPlainCompactName(key, on: date)
                let districts = named.filter { places.units[$0].level == .district }
                if let p = province {
                    unit = districts.last { places.isInside($0, sameNamedAs: p) }
                    let communes = named.filter { places.units[$0].level == .commune && places.isInside($0, sameNamedAs: p) }
                    if unit == nil, Set(communes.map { places.units[$0].code }).count == 1 { hostCommune = communes.last }
                } else {
                    unit = districts.first
                }
            }
            // (A district's portal of a later label is no commune's.)
            if unit != nil { hostCommune = nil }
            // A department's portal: "tnmttuyenquang.gov.vn", "sytbinhduong.gov.vn" end with the province's name.
            if province == nil && unit == nil {
                for label in labels where label.count > 6 {
                    if let p = places.provinceSuffix(of: label, on: date) { province = p; break }
                }
            }
            if let u = unit, province == nil { province = places.provinceIndex(of: u) }
        }
        if province == nil {
            var votes: [Int: Int] = [:]
            for (units, count) in locations where units.count == 1 {
                if let p = places.provinceIndex(of: units[0]) { votes[p, default: 0] += count }
            }
            // (A national report names many provinces alike: with no province ahead of the others, the article has none.)
            let ranked = votes.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            if let best = ranked.first, ranked.count < 4 || best.value > ranked[1].value { province = best.key }
        }
        // Without a host, a district-level unit the article names at least twice, inside its province.
        if unit == nil, let p = province {
            var districtVotes: [Int: Int] = [:]
            for (units, count) in locations where units.count == 1 && places.units[units[0]].level == .district {
                if places.chain(units[0]).contains(where: { $0.key == places.units[p].key }) { districtVotes[units[0], default: 0] += count }
            }
            if let best = districtVotes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }), best.value >= 2 {
                unit = best.key
            }
        }
        self.unit = unit ?? province
        self.province = province
        var communeVotes: [Int: Int] = [:]
        for (units, count) in locations where places.units[units[0]].level == .commune {
            // (By the province's name: an undated article's province may be the one before or after a merger that kept it.)
            // (A ward of several provinces is the one inside the article's.)
            let inside = province.map { p in units.filter { places.isInside($0, sameNamedAs: p) } } ?? (units.count == 1 ? units : [])
            guard inside.count == 1 else { continue }
            communeVotes[inside[0], default: 0] += count
        }
        let ranked = communeVotes.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        if let best = ranked.first, best.value >= 2, ranked.count == 1 || ranked[1].value < best.value { commune = best.key }
        if let c = hostCommune { commune = c }
    }
}

extension AdminUnits {
    /// True when unit `u` lies inside a province of the same name as `province` (the province before and after a merger
    /// that kept its name are one here: a district's parent is the state of the province it was in).
    func isInside(_ u: Int, sameNamedAs province: Int) -> Bool {
        let name = units[province].name
        return chain(u).contains { $0.level == .province && $0.name == name }
    }

    /// Units whose bare name, without diacritics and spaces, is `key` ("binhphuoc").
    func byPlainCompactName(_ key: String, on date: String?) -> [Int] {
        (byCompactPlainName[key] ?? []).filter { date == nil || units[$0].isValid(on: date!) }
    }

    /// The province whose bare name, without diacritics and spaces, ends `label` (at least 6 letters of it).
    func provinceSuffix(of label: String, on date: String?) -> Int? {
        for length in stride(from: min(label.count - 1, 14), through: 6, by: -1) {
            let key = String(label.suffix(length))
            if let p = byPlainCompactName(key, on: date).first(where: { units[$0].level == .province }) { return p }
        }
        return nil
    }

    /// The province a unit belongs to.
    func provinceIndex(of i: Int) -> Int? {
        var k = i
        while k >= 0 {
            if units[k].level == .province { return k }
            k = units[k].parent
        }
        return nil
    }
}

import Foundation
