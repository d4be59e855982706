import Foundation
import Testing
import VietIE
import VietIECore
import VietIEGazetteer

/// Loading the gazetteers fast must not change what is loaded: list rows read on demand, byte-keyed id
/// tables, units that read their fields from their row, and the parallel loader.
struct LoadingTests {
    // MARK: List files

    @Test func listRows_readTheirFieldsOnDemand() {
        let file = ListFile(path: "x.tsv", text: "# source: hand-written\n# licence : MIT \n# a plain comment\nname\tkind\tnote\nAn Lộc\tphường\t\n# between rows\n\nHà Nội\tthành phố\tthủ đô\r\nX\n")
        #expect(file.header == ["source": "hand-written", "licence": "MIT"])
        #expect(file.columns == ["name", "kind", "note"])
        #expect(file.rows.map(\.line) == [5, 8, 9])
        #expect(Array(file.rows[0].fields) == ["An Lộc", "phường", ""])
        #expect(Array(file.rows[1].fields) == ["Hà Nội", "thành phố", "thủ đô"])   // CRLF line end dropped
        #expect(Array(file.rows[2].fields) == ["X"])
        #expect(file.value(file.rows[2], "kind") == "")
        #expect(file.value(file.rows[1], "note") == "thủ đô")
        #expect(file.rows[0].fields.withUTF8(1) { Array($0) } == Array("phường".utf8))
        #expect(file.rows[0].fields.withUTF8(7) { $0.count } == 0)
    }

    @Test func emptyAndHeaderOnlyLists_haveNoRows() {
        #expect(ListFile(path: "e.tsv", text: "").rows.isEmpty)
        let header = ListFile(path: "h.tsv", text: "word\tclass")
        #expect(header.columns == ["word", "class"] && header.rows.isEmpty)
    }

    // MARK: Id tables

    @Test func stringIDs_areDenseAndStable() {
        var ids = StringIDs(capacity: 2)
        let keys = (0..<5000).map { "xã \($0) Đắk" } + ["", "a", "ab", "b"]
        for (k, key) in keys.enumerated() { #expect(ids.insert(key) == k) }
        #expect(ids.count == keys.count)
        for (k, key) in keys.enumerated() {
            #expect(ids.id(key) == k)
            #expect(ids.insert(key) == k)
            #expect(ids.key(k) == key)
        }
        #expect(ids.id("xã 5000 Đắk") == nil)
        #expect(ids.id("abc") == nil)
    }

    @Test func keyedIndexes_keepTheOrderOfAppends() {
        var index = KeyedIndexes()
        index.append(3, to: "an lộc")
        index.append(1, to: "bình long")
        index.append(7, to: "an lộc")
        #expect(index["an lộc"] == [3, 7])
        #expect(index["bình long"] == [1])
        #expect(index["lộc ninh"] == nil)
    }

    // MARK: Parallel work

    @Test func concurrentMap_returnsResultsInIndexOrder() throws {
        let squares = try concurrentMap(1000) { $0 * $0 }
        #expect(squares == (0..<1000).map { $0 * $0 })
    }

    @Test func concurrentWork_rethrowsTheError() {
        struct Failure: Error {}
        #expect(throws: Failure.self) { try concurrentMap(10) { i -> Int in if i == 7 { throw Failure() }; return i } }
        #expect(throws: Failure.self) { try concurrently({ 1 }, { () throws -> Int in throw Failure() }) }
        #expect((try? concurrently({ "a" }, { 2 })).map { "\($0.0)\($0.1)" } == "a2")
    }

    // MARK: Units

    static let extractor: Extractor = {
        do { return try Extractor(gazetteers: .locate()) } catch { fatalError("gazetteers: \(error)") }
    }()

    @Test func everyUnit_readsTheFieldsOfItsRow() throws {
        let g = Self.extractor.gazetteer
        let file = try #require(g.listIndex("places/units.tsv").map { g.lists[$0] })
        let units = Self.extractor.places.units
        #expect(units.count == file.rows.count)
        func v(_ row: ListFile.Row, _ c: String) -> String { file.value(row, c) }
        for (u, row) in zip(units, file.rows) {
            #expect(u.key == v(row, "key") && u.code == v(row, "code") && u.level.rawValue == v(row, "level"))
            #expect(u.type == v(row, "type") && u.name == v(row, "name") && u.fullName == v(row, "full_name"))
            #expect(u.validFrom == (v(row, "valid_from").isEmpty ? nil : v(row, "valid_from")))
            #expect(u.validTo == (v(row, "valid_to").isEmpty ? nil : v(row, "valid_to")))
            #expect(u.latitude == Double(v(row, "lat")) && u.longitude == Double(v(row, "lon")))
            #expect((u.parent < 0 ? "" : units[u.parent].key) == v(row, "parent"))
            for date in ["2019-12-31", "2021-09-23", "2025-06-30", "2025-07-01", "2026-12-01"] {
                let byStrings = (u.validFrom.map { date >= $0 } ?? true) && (u.validTo.map { date <= $0 } ?? true)
                #expect(u.isValid(on: date) == byStrings)
            }
        }
    }

    @Test func loadingTwice_givesTheSameGazetteer() throws {
        let again = try Extractor(gazetteers: .locate())
        let first = Self.extractor
        #expect(again.gazetteer.specs.map(\.file) == first.gazetteer.specs.map(\.file))
        #expect(again.gazetteer.lists.map(\.path) == first.gazetteer.specs.map(\.file))
        #expect(again.gazetteer.entryCount == first.gazetteer.entryCount)
        #expect(again.places.units.map(\.key) == first.places.units.map(\.key))
        let text = "Chủ tịch UBND tỉnh Bình Phước Trần Tuệ Hiền làm việc tại thị xã Bình Long sáng 21/9."
        #expect(AnnotationJSON.record(again.annotate(Document(id: "a", text: text))).serialized
                == AnnotationJSON.record(first.annotate(Document(id: "a", text: text))).serialized)
    }

    @Test func recordBytes_equalTheRecordValue() throws {
        // `annotate` writes a record's bytes straight from the annotation; the library's value must say the same.
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/sample-article.txt")
        let texts = [try String(contentsOf: sample, encoding: .utf8),
                     "Sáng 21/9, đồng chí Trần Tuệ Hiền, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước chủ trì cuộc họp trực tuyến "
                        + "với 3 điểm cầu. Tỉnh ghi nhận thêm 6.360 trường hợp nhiễm COVID-19, \"đang điều trị\" 2.487 trường hợp.\n\u{2028}"]
        for (k, text) in texts.enumerated() {
            let a = Self.extractor.annotate(Document(id: "d\(k)", text: text, url: "https://example.vn/a", published: "2021-09-22"))
            #expect(!a.entities.isEmpty)
            for options in [AnnotationJSON.Options(), AnnotationJSON.Options(includeText: true, explain: true)] {
                #expect(String(decoding: AnnotationJSON.line(a, options: options), as: UTF8.self) == AnnotationJSON.record(a, options: options).serialized)
            }
        }
    }
}
