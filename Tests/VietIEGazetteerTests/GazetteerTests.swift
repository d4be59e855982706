import Foundation
import Testing
import VietIE
import VietIEGazetteer
import VietIEText

/// The administrative-unit gazetteer: hierarchy, validity, aliases, and the lists' own check.
struct GazetteerTests {
    static let extractor: Extractor = {
        do { return try Extractor(gazetteers: .locate()) } catch { fatalError("gazetteers: \(error)") }
    }()
    var places: AdminUnits { Self.extractor.places }

    func describe(_ found: [Int]) -> [String] { found.map { places.describe($0) } }

    @Test func entryLocations_nameTheFileAndLine() throws {
        let g = Self.extractor.gazetteer
        let list = try #require(g.listIndex("titles/titles.tsv"))
        // Lines of one to three digits and more: each row's location is its file and its own line number.
        for row in [0, 8, 9, 98, 99, g.lists[list].rows.count - 1] where row >= 0 && row < g.lists[list].rows.count {
            let ref = EntryRef(list: Int32(list), row: Int32(row))
            #expect(g.location(ref) == "titles/titles.tsv:\(g.lists[list].rows[row].line)")
        }
    }

    @Test func anLocIn2021_isTheWardOfBinhLong() {
        let found = describe(places.lookup("phường An Lộc", on: "2021-09-23"))
        #expect(found.contains("Phường An Lộc, Thị xã Bình Long, Tỉnh Bình Phước"))
        // Another ward of the same name exists: a bare lookup stays ambiguous.
        #expect(found.count == 2)
    }

    @Test func anLocInABinhLongArticle_resolvesFromTheHostName() throws {
        let d = Document(id: "a", text: "Đoàn công tác làm việc tại phường An Lộc.", url: "https://binhlong.binhphuoc.gov.vn/vi/news/a.html",
                         published: "2021-09-23")
        let a = Self.extractor.annotate(d)
        let loc = try #require(a.entities.first { $0.type == .location })
        #expect(loc.text == "phường An Lộc")
        #expect(loc.attributes["place"]?.stringValue == "Phường An Lộc, Thị xã Bình Long, Tỉnh Bình Phước")
    }

    @Test func reform_mapsOldUnitsToNewOnes() throws {
        let anLoc = try #require(places.lookup("phường An Lộc", on: "2021-09-23").first { places.describe($0).contains("Bình Long") })
        let next = places.successors(of: anLoc)
        #expect(next.count == 1 && next[0].kind == "full")
        #expect(places.units[next[0].unit].isValid(on: "2025-07-01"))
        #expect(places.describe(next[0].unit).hasSuffix("Tỉnh Đồng Nai"))
    }

    @Test func thuDucCity_existsFrom2021UntilTheReform() {
        #expect(places.lookup("Thành phố Thủ Đức", on: "2020-12-31").isEmpty)
        #expect(describe(places.lookup("Quận Thủ Đức", on: "2020-12-31")) == ["Quận Thủ Đức, Thành phố Hồ Chí Minh"])
        #expect(describe(places.lookup("Thành phố Thủ Đức", on: "2021-01-01")) == ["Thành phố Thủ Đức, Thành phố Hồ Chí Minh"])
        #expect(!places.lookup("Thành phố Thủ Đức", on: "2022-06-01").isEmpty)
        #expect(places.lookup("Thành phố Thủ Đức", on: "2025-08-01").isEmpty)
        #expect(describe(places.lookup("phường Thủ Đức", on: "2025-08-01")) == ["Phường Thủ Đức, Thành phố Hồ Chí Minh"])
    }

    @Test func baDinhWard_existsOnlyAfterTheReform() {
        // Hà Nội's ward (other provinces had a ward of that name before the reform).
        #expect(!describe(places.lookup("Phường Ba Đình", on: "2024-01-01")).contains { $0.hasSuffix("Thành phố Hà Nội") })
        #expect(describe(places.lookup("Phường Ba Đình", on: "2025-07-01")) == ["Phường Ba Đình, Thành phố Hà Nội"])
        #expect(describe(places.lookup("Quận Ba Đình", on: "2024-01-01")) == ["Quận Ba Đình, Thành phố Hà Nội"])
        #expect(places.lookup("Quận Ba Đình", on: "2025-07-01").isEmpty)
    }

    @Test func hoChiMinhCity_underAllItsNames() {
        for name in ["TP.HCM", "Tp. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP HCM", "Sài Gòn"] {
            let codes = Set(places.lookup(name, on: "2021-09-23").map { places.units[$0].code })
            #expect(codes == ["79"], "\(name)")
        }
    }

    @Test func toneMarkPlacement_doesNotMatter() {
        let a = places.lookup("tỉnh Hoà Bình", on: "2021-01-01"), b = places.lookup("tỉnh Hòa Bình", on: "2021-01-01")
        #expect(!a.isEmpty && a == b)
        #expect(places.units[a[0]].level == .province)
    }

    @Test func countsPerState_matchTheSources() {
        func counts(_ d: String) -> [Int] {
            let c = places.counts(on: d)
            return [c[.province] ?? 0, c[.district] ?? 0, c[.commune] ?? 0]
        }
        #expect(counts("2020-02-25") == [63, 707, 10_767])
        #expect(counts("2021-01-01") == [63, 705, 10_603])
        #expect(counts("2021-11-01") == [63, 705, 10_599])
        #expect(counts("2025-03-01") == [63, 696, 10_035])
        #expect(counts("2025-07-01") == [34, 0, 3_321])
    }

    @Test func shippedLists_passTheCheck() {
        let problems = GazetteerCheck.run(Self.extractor.gazetteer, analyzer: Self.extractor.analyzer)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test func check_reportsFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-gaz-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bad = "# source: test\n# licence: MIT\n# generator: hand-written\n# date: 2026-13-01\nword\tnote\nHoa\u{300}\tNFD\nhòa\t\nhòa\tduplicate\n"
        try Data(bad.utf8).write(to: dir.appendingPathComponent("extra.tsv"))
        let index = "# source: test\n# licence: MIT\n# generator: hand-written\n# date: 2026-11-22\nfile\ttype\tsubtype\tcolumn\tcase\ttones\tdiacritics\twhole_tokens\tpriority\nextra.tsv\tCUE\ttest\tword\tinsensitive\tinsensitive\tsensitive\tyes\t1\n"
        try Data(index.utf8).write(to: dir.appendingPathComponent("index.tsv"))
        let extractor = try Extractor(gazetteers: .locate(overlay: dir.path))
        let problems = GazetteerCheck.run(extractor.gazetteer, analyzer: extractor.analyzer).filter { $0.hasPrefix("extra.tsv") }
        #expect(problems.contains("extra.tsv:1: header date \"2026-13-01\" is not an ISO date"))
        #expect(problems.contains("extra.tsv:6: field 1 is not NFC"))
        #expect(problems.contains { $0.hasPrefix("extra.tsv:8: duplicate of line") })
    }
    @Test func typeWordClasses_holdPastTheSixtyThirdKindOfUnit() throws {
        // A user's units of 70 kinds, one type word each: the kinds past the 63rd share one class, whose
        // units are told apart by their type.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vietie-kinds-\(getpid())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("places"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let kinds = (1...70).map { String(format: "kiểu %02d", $0) }
        var units = "key\tcode\tlevel\ttype\tname\tfull_name\tparent\tprovince\tvalid_from\tvalid_to\tlat\tlon\n"
        var words = "word\ttype\tlevel\tnot_after\tnote\n"
        for (k, kind) in kinds.enumerated() {
            units += "\(k + 1)@\t\(k + 1)\tprovince\t\(kind)\tMiền \(k + 1)\t\(kind) Miền \(k + 1)\t\t\t\t\t\t\n"
            words += "\(kind)\t\(kind)\tprovince\t\t\n"
        }
        try Data(units.utf8).write(to: dir.appendingPathComponent("places/units.tsv"))
        try Data(words.utf8).write(to: dir.appendingPathComponent("places/type_words.tsv"))
        let custom = try AdminUnits(lists: GazetteerLists(directory: .locate(overlay: dir.path)))
        #expect(custom.units.count == 70)
        for (k, kind) in kinds.enumerated() {
            let classes = custom.classes(typeKey: Normalizer.key(kind))
            let fitting = custom.units.indices.filter { custom.isCompatible($0, classes: classes) }
            #expect(fitting == [k], "\(kind)")
        }
        #expect(!custom.units.indices.contains { custom.isCompatible($0, classes: custom.classes(typeKey: "không")) })
    }
}
