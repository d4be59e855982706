import VietIECore
import VietIEText

/// TITLE: office words as written, without the organization ("Phó Chủ tịch" + ORG "UBND tỉnh";
/// "Phó Trưởng Ban" + ORG "Ban Dân vận Trung ương", which share "Ban"), and whole titles whose body
/// is implicit ("Ủy viên Trung ương Đảng", "Tổng Bí thư", "Tỉnh ủy viên", "Trưởng đoàn đại biểu Quốc hội").
///
/// Rules: `title.list` (titles/titles.tsv, any case), `title.abbreviation` (titles/abbreviations.tsv,
/// exact case: UVBTV, "UV BTV", PCT), `title.modifier` (Phó/Quyền before, Thường trực/chuyên trách after).
/// Risky entries (a note with "risky" or "accept only") need a name or an organization right after.
struct TitleRecognizer {
    static let titles = Lexicon.List.titles
    static let abbreviations = Lexicon.List.titleAbbreviations
    static let modifiers = Lexicon.List.titleModifiers

    func run(_ c: inout ExtractionContext) {
        var i = 0
        while i < c.count {
            guard let (end, rule, row) = title(c, at: i) else { i += 1; continue }
            var stop = end
            // Modifiers after the head: "Thường trực", "chuyên trách".
            while let m = c.match(Self.modifiers, at: stop), m.rows.first?["position"] == "after" { stop = m.end }
            // (An honorific before the title names one person: "giới thiệu đến ngài Đại sứ những nét chính".)
            let addressed = c.honorificStart(endingAt: i).map { !c.isWord($0, "các") && !c.isWord($0, "những") } ?? false
            if !addressed && isGeneric(c, after: stop) || insideBody(c, i, stop) { i = stop; continue }
            // "Các bí thư, chủ tịch quận, huyện", "nhiều bí thư, chủ tịch UBND các quận": a lower-case title
            // after a quantifier names a group of offices, not one office.
            // A counted lower-case title is an office ("các phó bí thư gồm: ...", "bổ nhiệm 8 phó giám đốc", "4 thứ trưởng")
            // unless the offices are of generic bodies ("nhiều bí thư, chủ tịch UBND các quận, huyện") or members counted
            // ("Ban Thường vụ gồm 18 ủy viên").
            if !c.isCapitalized(i), quantifiedBefore(c, i), genericBodiesAhead(c, stop) || c.isWord(i, "ủy") && c.kind(i - 1) == .number {
                i = stop
                continue
            }
            // (Or a membership with its term in an appositive chain: "..., Đại biểu Quốc hội khóa XV".)
            if row.needsContext {
                let appositive = c.isCapitalized(i) && (c.isPunct(i - 1, ",") || c.isPunct(i - 1, "-") || c.isPunct(i - 1, ";"))
                    && c.isWord(stop, "khóa") && !c.breakBefore(stop)
                // (Or a plural heading before its holders: "các Đại biểu Quốc hội: Hoàng Văn Cường, Nguyễn Thị Hà".)
                let heading = (c.isWord(i - 1, "các") || c.isWord(i - 1, "những")) && c.isPunct(stop, ":") && followedByNameOrBody(c, stop + 1)
                // (Not the office an election fills: "bầu cử đại biểu Quốc hội tỉnh X", "ứng cử viên đại biểu Quốc hội Y".)
                let election = c.isWord(i - 1, "cử") || c.isWord(i - 2, "cử") && c.isWord(i - 1, "viên")
                guard !election, appositive || heading || followedByNameOrBody(c, stop) else { i += 1; continue }
            }
            // A title only before its body: "Thường trực" + "Ban Bí thư" (a note "only before: Ban Bí thư").
            if let alternatives = Self.onlyBefore(row), !alternatives.contains(where: { Self.follows(c, stop, $0) }) { i = stop; continue }
            var attributes = [String: JSONValue](minimumCapacity: 2)
            if let canonical = row["canonical"], !canonical.isEmpty {
                // A deputy's office made with "Phó" is the deputy's: "Phó CT UBND xã" -> "Phó Chủ tịch".
                let deputy = rule == "title.modifier" && c.isWord(i, "phó") && !canonical.hasPrefixBytes("Phó ")
                attributes["canonical"] = .string(deputy ? "Phó " + canonical : canonical)
            }
            if let kind = row["kind"], !kind.isEmpty { attributes["kind"] = .string(kind) }
            c.propose(Candidate(type: .title, tokens: i..<stop, rule: rule, priority: 20, entries: row.ref.map { [$0] } ?? [], attributes: attributes))
            i = stop
        }
    }

    /// A title starting at `i`: from the lists, or "Phó"/"Quyền" + a title.
    /// (A title starts with an entry of the title, abbreviation or modifier list: most tokens start none, and that test
    /// is made inline.)
    @inline(__always) func title(_ c: ExtractionContext, at i: Int) -> (Int, String, Lexicon.Row)? {
        guard c.startsEntry(of: Self.titles, at: i) || c.startsEntry(of: Self.abbreviations, at: i) || c.startsEntry(of: Self.modifiers, at: i)
        else { return nil }
        return titleStarting(c, at: i)
    }

    /// ``title(_:at:)`` at a token that may start one.
    @inline(never) func titleStarting(_ c: ExtractionContext, at i: Int) -> (Int, String, Lexicon.Row)? {
        // The longest title, unless its "not before:" words follow it (then the next shorter one).
        if let m = c.matches(Self.titles, at: i).first(where: { m in m.rows.first.map { !Self.precedes(c, m.end, $0) } ?? false }),
           let row = m.rows.first {
            guard c.isCapitalized(i) || m.end - i >= 2 || c.isWord(i, "chủ") else { return nil }
            // A lower-case word before a capitalized one starts no title: "nhiệm vụ Trưởng Ban Dân vận" is not "Vụ trưởng".
            // ("phó Chủ tịch" is: "phó" is a title's modifier.)
            // (Only when the capitalized word starts a title itself: "do trưởng Ban chỉ đạo tỉnh" is a title.)
            if !c.isCapitalized(i), c.match(Self.modifiers, at: i) == nil, !c.isWord(i, "phó"),
               ((i + 1)..<m.end).contains(where: { c.isCapitalized($0) && c.match(Self.titles, at: $0) != nil }) { return nil }
            return (m.end, "title.list", row)
        }
        if let m = c.match(Self.abbreviations, at: i), let row = m.rows.first {
            return (m.end, "title.abbreviation", row)
        }
        // (An acting office in lower case too, where "quyền" opens the office: "Phó Bí thư Huyện ủy, quyền Chủ tịch UBND huyện";
        // not a right of the office: "thẩm quyền Chủ tịch UBND tỉnh".)
        if let m = c.match(Self.modifiers, at: i), m.rows.first?["position"] == "before",
           c.isCapitalized(i) || c.isWord(i, "quyền") && c.isCapitalized(m.end) && opensOffice(c, i),
           let inner = title(c, at: m.end) {
            return (inner.0, "title.modifier", inner.2)
        }
        return nil
    }

    /// True when a lower-case word at `i` can open an office: after punctuation, at a sentence's or line's start, or after
    /// a word that introduces an office ("làm", "giữ", "chức"; not "là": "Đây là quyền Chủ tịch UBND tỉnh" is a right).
    func opensOffice(_ c: ExtractionContext, _ i: Int) -> Bool {
        i == 0 || c.breakBefore(i) || c.kind(i - 1) == .punctuation || c.isWord(i - 1, "làm")
            || c.isWord(i - 1, "giữ") || c.isWord(i - 1, "chức")
    }

    /// "Chủ tịch UBND các cấp", "Chủ tịch các xã", "bí thư phường, xã": generic titles with no holder.
    func isGeneric(_ c: ExtractionContext, after end: Int) -> Bool {
        // (Not a name that holds "các": "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam", "Phó Bí thư Đảng ủy các cơ quan
        // Đảng tỉnh".)
        let named = max(c.match(OrganizationRecognizer.closed, at: end)?.end ?? end, c.match(OrganizationRecognizer.heads, at: end)?.end ?? end)
        var k = end
        while k < c.count && k - end < 3 {
            // (The holders a list announces are no generic body: "các Phó Chủ tịch gồm các ông: A, B".)
            if c.isWord(k, "gồm") || c.isWord(k, "là") { return false }
            if k >= named, c.isWord(k, "các") || c.isWord(k, "những") { return true }
            // Two unit words in a row: "quận, huyện", "phường, xã".
            if let (tw, _) = PlaceParser.typeWordRow(c, at: k), c.isPunct(tw, ","), PlaceParser.typeWordRow(c, at: tw + 1) != nil,
               !c.isCapitalized(tw + 1) || c.isAllCaps(tw + 1) { return true }
            if c.isPunct(k, ",") || c.breakBefore(k) { return false }
            k += 1
        }
        return false
    }

    /// True when, before the clause ends, the offices' bodies are generic: "các"/"những" or two unit words in a row
    /// ("bí thư, chủ tịch UBND các quận, huyện", "bí thư, chủ tịch HĐND các phường, xã").
    func genericBodiesAhead(_ c: ExtractionContext, _ end: Int) -> Bool {
        var k = end
        // Up to the predicate: "4 thứ trưởng sẽ đi kiểm tra tại các địa phương" names no generic body, nor do the
        // holders a list announces ("Các phó bí thư Tỉnh ủy gồm các ông: ...").
        while k < c.count, k - end < 8, !c.breakBefore(k), !c.isPunct(k, "."), !c.isPunct(k, ";"), !c.isPunct(k, ":"),
              !(c.isWord(k, of: .functionWord) && !c.isWord(k, "các") && !c.isWord(k, "những")), !c.isWord(k, "sẽ"),
              !c.isWord(k, "gồm") {
            if c.isWord(k, "các") || c.isWord(k, "những") { return true }
            if let (tw, _) = PlaceParser.typeWordRow(c, at: k), c.isPunct(tw, ","), PlaceParser.typeWordRow(c, at: tw + 1) != nil { return true }
            k += 1
        }
        return false
    }

    /// True when a quantifier ("các", "những", "nhiều", a number) stands before the title, perhaps across
    /// other lower-case titles of the same list ("các bí thư, chủ tịch").
    func quantifiedBefore(_ c: ExtractionContext, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && i - k < 8 {
            if c.isWord(k, "các") || c.isWord(k, "những") || c.isWord(k, "nhiều") || c.kind(k) == .number { return true }
            if c.isPunct(k, ",") || c.isWord(k, "tân") || !c.isCapitalized(k) && c.kind(k) == .word && c.match(Self.titles, at: k) != nil {
                k -= 1
                continue
            }
            // Inside a lower-case title before this one: step over it.
            if c.kind(k) == .word && !c.isCapitalized(k) && k > 0 && c.match(Self.titles, at: k - 1) != nil { k -= 1; continue }
            return false
        }
        return false
    }

    /// True when the title is the end of an organization's name that starts just before it ("Đoàn Chủ tịch",
    /// the presidium of a congress; "Ban Bí thư"), or the start of a longer one ("Đại sứ quán").
    func insideBody(_ c: ExtractionContext, _ i: Int, _ end: Int) -> Bool {
        // The start of a longer organization's name: "Đại sứ quán", "Lãnh sự quán".
        if let m = c.match(OrganizationRecognizer.heads, at: i), m.end > end { return true }
        if let m = c.match(OrganizationRecognizer.closed, at: i), m.end > end { return true }
        for start in stride(from: i - 1, through: max(0, i - 2), by: -1) {
            if let m = c.match(OrganizationRecognizer.heads, at: start), m.end >= end { return true }
            if let m = c.match(OrganizationRecognizer.closed, at: start), m.end >= end { return true }
        }
        return false
    }

    /// The folded words of each phrase a row's note requires right after the title ("only before: Ban Bí thư", "only before:
    /// BCĐ|BQL"), or nil.
    static func onlyBefore(_ row: Lexicon.Row) -> [[String]]? {
        guard let note = row["note"], note.hasPrefix("only before: ") else { return nil }
        let phrases = note.dropFirst("only before: ".count).prefix { $0 != ";" }
        return phrases.split(ascii: "|").map { Normalizer.key(String($0)).split(separator: " ").map(String.init) }
    }

    /// True when a word the row's note names ("not before: Đoàn|Hội") stands at `k`: the row is no title there.
    static func precedes(_ c: ExtractionContext, _ k: Int, _ row: Lexicon.Row) -> Bool {
        guard let note = row["note"], note.hasPrefix("not before: ") else { return false }
        let words = note.dropFirst("not before: ".count).prefix { $0 != ";" }
        return words.split(ascii: "|").contains { follows(c, k, Normalizer.key(String($0)).split(ascii: " ").map(String.init)) }
    }

    /// True when tokens from `k` are `words` (folded).
    static func follows(_ c: ExtractionContext, _ k: Int, _ words: [String]) -> Bool {
        guard k + words.count <= c.count, !c.breakBefore(k) else { return false }
        return words.indices.allSatisfy { c.folded[k + $0] == words[$0] }
    }

    func followedByNameOrBody(_ c: ExtractionContext, _ k: Int) -> Bool {
        guard k < c.count, !c.breakBefore(k) else { return false }
        // (Past a dot that joins an abbreviation to its body: "CT.UBND xã".)
        if c.isPunct(k, "."), k + 1 < c.count, !c.token(k).spaceBefore, !c.token(k + 1).spaceBefore, c.isAllCaps(k + 1) {
            return followedByNameOrBody(c, k + 1)
        }
        // A deputy's constituency between the title and the name: "Đại biểu Quốc hội tỉnh Tuyên Quang Âu Thị Mai".
        if !c.isCapitalized(k), let place = c.candidates.first(where: { $0.type == .location && $0.tokens.lowerBound == k }) {
            let n = place.tokens.upperBound
            return n < c.count && !c.breakBefore(n) && c.kind(n) == .word && c.isCapitalized(n)
        }
        return c.isCapitalized(k) && c.kind(k) == .word && !c.isWord(k, "các")
    }
}
