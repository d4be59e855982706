import Foundation
import VietIECore
import VietIEText

/// A gazetteer match: tokens `tokens` of a document equal the entries `entries`.
///
///     for m in gazetteer.matches(in: analyzed) {
///         print(m.tokens, m.entries.map(gazetteer.location))   // 0..<1 ["cues/dates.tsv:12"]
///     }
public struct GazetteerMatch: Sendable {
    /// The matched tokens, as indexes into ``VietIEText/AnalyzedText/tokens``.
    public var tokens: Range<Int>
    /// The list rows whose text equals those tokens under their list's match mode.
    public var entries: [EntryRef]
}

/// All lists named by `index.tsv`, loaded and compiled into token tries: immutable and `Sendable`,
/// built once and shared by all threads.
///
///     let g = try Gazetteer(directory: .locate(), analyzer: analyzer)
///     for m in g.matches(in: analyzed) where g.spec(m.entries[0]).type == "TITLE" { ... }
public struct Gazetteer: Sendable {
    /// The lists `index.tsv` names, in its order (with a user index's additions after them).
    public let specs: [ListSpec]
    /// The loaded list files; `lists[i]` is the file of `specs[i]`.
    public let lists: [ListFile]
    /// The problems found in `index.tsv` (`file:line: message`), for `vietie gazetteer check`.
    public let indexProblems: [String]
    let tries: [ListSpec.Mode: TokenTrie]
    /// Number of entry texts compiled into the tries.
    public let entryCount: Int

    /// Loads every list `index.tsv` names (``GazetteerLists``) and compiles its entries into token tries.
    ///
    /// A user directory's own `index.tsv` adds the lists it names; its files override built-in files of
    /// the same relative path. Each entry is tokenized by `analyzer` exactly as a document is, so `|`-separated
    /// alternatives in a field become separate entries.
    ///
    /// - Parameters:
    ///   - directory: where the lists are.
    ///   - analyzer: the analyzer documents will be read with.
    /// - Throws: ``GazetteerError`` naming the file (and `index.tsv` line) of a list that is missing or
    ///   lacks its key column.
    /// - Complexity: O(n) in the total size of the lists.
    public init(directory: GazetteerDirectory, analyzer: TextAnalyzer) throws {
        try self.init(lists: GazetteerLists(directory: directory), analyzer: analyzer)
    }

    /// Compiles lists already loaded (see ``GazetteerLists``) into token tries.
    ///
    /// - Throws: ``GazetteerError`` naming the list whose key column is missing.
    /// - Complexity: O(n) in the total size of the lists.
    public init(lists loaded: GazetteerLists, analyzer: TextAnalyzer) throws {
        let lists = loaded.lists
        self.specs = loaded.specs
        self.lists = lists
        self.indexProblems = loaded.indexProblems
        var tries: [ListSpec.Mode: TokenTrie] = [:]
        var count = 0
        // Abbreviations that are one token only when a letter follows ("H.Thới Bình", "P.6"): an entry
        // written so ("H.") also matches that one token.
        let attached = Set(analyzer.tokenizer.abbreviations.attachedEntries)
        var cache = KeyCache()
        // One trie per match mode, filled in place; only the modes some list uses are kept.
        var byMode = [TokenTrie](repeating: TokenTrie(), count: ListSpec.Mode.allCases.count)
        var used = [Bool](repeating: false, count: ListSpec.Mode.allCases.count)
        for (l, spec) in loaded.specs.enumerated() where spec.wholeTokens {
            let file = lists[l]
            let columns = spec.column.split(separator: "|").compactMap { file.column(String($0)) }
            guard !columns.isEmpty else {
                throw GazetteerError("\(spec.file): no column \"\(spec.column)\" (named in index.tsv:\(spec.line))")
            }
            let m = Int(spec.mode.rawValue)
            for (r, row) in file.rows.enumerated() {
                let ref = EntryRef(list: Int32(l), row: Int32(r))
                func add(_ text: String) {
                    let keys = cache.keys(of: text, mode: spec.mode, analyzer: analyzer)
                    guard !keys.isEmpty else { return }
                    byMode[m].insert(keys, ref)
                    used[m] = true
                    count += 1
                    // (Attached abbreviations are short and end with their dot: test those only.)
                    if keys.count > 1, text.utf8.count <= 8, text.utf8.last == 0x2E,
                       case let n = Normalizer.normalize(text), attached.contains(n.casedString(0..<n.count)) {
                        byMode[m].insert(Self.oneTokenKey(of: text, mode: spec.mode), ref)
                    }
                }
                for c in columns where c < row.fields.count {
                    Self.forEachVariant(row.fields[c], add)
                }
            }
        }
        for mode in ListSpec.Mode.allCases where used[Int(mode.rawValue)] { tries[mode] = byMode[Int(mode.rawValue)] }
        self.tries = tries
        self.entryCount = count
    }

    /// Calls `body` with each text a field stands for: `|`-separated alternatives, trimmed (most fields hold
    /// one text, passed as it is).
    static func forEachVariant(_ field: String, _ body: (String) -> Void) {
        // (The bytes are searched where they are: most fields have no `|`, and a generic search of a
        // string's UTF-8 view costs more than the entry it guards.)
        var field = field
        let hasBar = field.withUTF8 { !$0.isEmpty && memchr($0.baseAddress!, 0x7C, $0.count) != nil }
        guard hasBar else { if !field.isEmpty { body(field) }; return }
        for v in field.split(separator: "|") {
            let text = v.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { body(text) }
        }
    }

    /// The token keys of the entry texts compiled so far, by mode: a text that recurs (a unit name in
    /// each dated state of the country) is analyzed once.
    struct KeyCache {
        private var ids = [StringIDs](repeating: StringIDs(capacity: 1024), count: ListSpec.Mode.allCases.count)
        private var keys = [[[UInt64]]](repeating: [], count: ListSpec.Mode.allCases.count)

        mutating func keys(of text: String, mode: ListSpec.Mode, analyzer: TextAnalyzer) -> [UInt64] {
            let m = Int(mode.rawValue)
            let id = ids[m].insert(text)
            if id < keys[m].count { return keys[m][id] }
            let k = Gazetteer.keys(of: text, analyzer: analyzer, mode: mode)
            keys[m].append(k)
            return k
        }
    }

    /// The token keys of a phrase under a mode, exactly as a document's tokens are keyed.
    ///
    /// - Complexity: O(n) in the length of the phrase.
    public static func keys(of text: String, analyzer: TextAnalyzer, mode: ListSpec.Mode) -> [UInt64] {
        // Normalization and tokens are all a key needs (no document, no sentences).
        let normalized = Normalizer.normalize(text)
        return TokenKeys.keys(of: normalized, tokens: analyzer.tokenizer.tokenize(normalized), mode: mode)
    }

    /// The key of a phrase read as one token (an attached abbreviation such as "H.").
    static func oneTokenKey(of text: String, mode: ListSpec.Mode) -> [UInt64] {
        let n = Normalizer.normalize(text)
        let h = n.hashes(0..<n.count)
        switch mode {
        case .cased: return [h.cased]
        case .folded: return [h.folded]
        case .plain: return [h.plain]
        }
    }

    /// Every list entry found in the text (overlapping matches included), by start token.
    ///
    /// Matches are sorted by first token, longer ones first among those that start together.
    ///
    /// - Parameters:
    ///   - analyzed: the document.
    ///   - keys: its token keys, when the caller has them already.
    /// - Complexity: O(n × d) in the number of tokens and the token length of the longest entry, plus
    ///   O(m log m) to sort the m matches.
    public func matches(in analyzed: AnalyzedText, keys: TokenKeys? = nil) -> [GazetteerMatch] {
        let keys = keys ?? TokenKeys(analyzed)
        var out: [GazetteerMatch] = []
        out.reserveCapacity(keys.folded.count)
        for mode in ListSpec.Mode.allCases {
            guard let trie = tries[mode] else { continue }
            let k = keys.keys(mode)
            for start in 0..<k.count { trie.collect(k, from: start, into: &out) }
        }
        out.sort { $0.tokens.lowerBound != $1.tokens.lowerBound ? $0.tokens.lowerBound < $1.tokens.lowerBound : $0.tokens.upperBound > $1.tokens.upperBound }
        return out
    }

    /// The list an entry belongs to.
    public func spec(_ ref: EntryRef) -> ListSpec { specs[Int(ref.list)] }
    /// The row of an entry.
    public func row(_ ref: EntryRef) -> ListFile.Row { lists[Int(ref.list)].rows[Int(ref.row)] }
    /// A field of an entry's row by column name ("" when absent).
    public func value(_ ref: EntryRef, _ column: String) -> String { lists[Int(ref.list)].value(row(ref), column) }
    /// `file:line` of an entry, for provenance.
    ///
    /// (Made for the provenance of every span: written into a string of its exact length, not by interpolation.)
    public func location(_ ref: EntryRef) -> String {
        var file = spec(ref).file
        let line = max(0, row(ref).line)
        var digits = 1, rest = line
        while rest >= 10 { rest /= 10; digits += 1 }
        return file.withUTF8 { path in
            String(unsafeUninitializedCapacity: path.count + 1 + digits) { out in
                _ = out.initialize(from: path)
                out[path.count] = 0x3A
                var n = line, k = path.count + digits
                repeat { out[k] = UInt8(0x30 + n % 10); n /= 10; k -= 1 } while k > path.count
                return path.count + 1 + digits
            }
        }
    }
    /// Index of a list by its file path.
    ///
    /// - Complexity: O(n) in the number of lists.
    public func listIndex(_ file: String) -> Int? { specs.firstIndex { $0.file == file } }
}
