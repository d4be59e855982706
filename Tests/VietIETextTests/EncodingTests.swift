import Foundation
import Testing
import VietIETestSupport
import VietIECore
@testable import VietIEText

/// Legacy Vietnamese encodings: the tables, decoding, NFC, and auto-detection.
struct EncodingTests {
    static let tables: LegacyEncodingTables? = try? LegacyEncodingTables { path in
        try String(contentsOf: TestSupport.repository.appendingPathComponent("Gazetteers/\(path)"), encoding: .utf8)
    }
    static let fixtures = TestSupport.repository.appendingPathComponent("Tests/Fixtures/encodings")

    static func auto() throws -> TextDecoder {
        let loaded = try #require(tables, "Gazetteers/encodings/*.tsv")
        return TextDecoder(choice: .auto, tables: loaded)
    }

    /// The 134 Vietnamese letters with diacritics or tones (both cases), and đ Đ, in NFC.
    static let letters: [String] = {
        var out: [String] = []
        for base in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] {
            for tone in ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"] {
                let letter = (base + tone).precomposedStringWithCanonicalMapping
                if letter.unicodeScalars.first!.value >= 0x80 { out += [letter, letter.uppercased()] }
            }
        }
        return out + ["đ", "Đ"]
    }()

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test func tables_writeEveryVietnameseLetterAndReadItBack() throws {
        let tables = try #require(Self.tables, "Gazetteers/encodings/*.tsv")
        #expect(Self.letters.count == 134)
        for table in [tables.tcvn3, tables.vni] {
            for letter in Self.letters {
                let scalars = letter.unicodeScalars.map(\.value)
                let bytes = try #require(table.encode(scalars), "\(letter)")
                #expect(table.decode(bytes) == scalars, "\(letter)")
            }
        }
        // Spot checks against the published layouts.
        #expect(tables.tcvn3.decode([0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69]) == "Hà Nội".unicodeScalars.map(\.value))
        #expect(tables.vni.decode([0x56, 0x69, 0x65, 0xE4, 0x74, 0x20, 0x4E, 0x61, 0x6D]) == "Việt Nam".unicodeScalars.map(\.value))
        #expect(tables.vni.decode([0xD1, 0x61, 0xF9, 0x20, 0x6E, 0xF6, 0xF4, 0xF9, 0x63]) == "Đá nước".unicodeScalars.map(\.value))
    }

    @Test func tableFile_errorsNameTheLine() {
        func message(_ text: String) -> String? {
            do { _ = try ByteTable(parsing: text, file: "t.tsv"); return nil } catch { return "\(error)" }
        }
        #expect(message("# c\nbytes\tcode_points\n61\tU+0061\n61\tU+0062\n") == "t.tsv:4: byte 61 is listed twice")
        #expect(message("bytes\tcode_points\nZZ\tU+0061\n") == "t.tsv:2: \"bytes\" must be one or two hex bytes, e.g. 61 F9")
        #expect(message("bytes\tcode_points\n61\t0061\n") == "t.tsv:2: \"code_points\" must be U+XXXX values, e.g. U+00E1")
        #expect(message("# only comments\n") == "t.tsv:1: no column header line")
        #expect(message("bytes\tcode_points\n61 62\tU+0061\n61 62\tU+0062\n") == "t.tsv:3: bytes 61 62 are listed twice")
    }

    @Test func windows1258_combiningTonesComeBackNFC() throws {
        // "Hà Nội" as Windows writes it: a, then U+0300 (0xCC); ô (0xF4), then U+0323 (0xF2).
        let decoded = try TextDecoder(choice: .fixed(.cp1258), tables: nil).decode([0x48, 0x61, 0xCC, 0x20, 0x4E, 0xF4, 0xF2, 0x69]).get()
        #expect(decoded.text.unicodeScalars.map(\.value) == "Hà Nội".unicodeScalars.map(\.value))
        #expect(decoded.encoding == .cp1258 && !decoded.detected)
        // Windows punctuation and the đồng sign.
        #expect(try TextDecoder(choice: .fixed(.cp1258), tables: nil).decode([0x93, 0x31, 0xFE, 0x94, 0x96]).get().text == "“1₫”–")
    }

    @Test func fixtures_areDetectedAndDecodeToTheOriginal() throws {
        let original = try #require(String(validating: try Self.fixture("seed.utf8.txt"), as: UTF8.self))
        for encoding in TextEncoding.legacy {
            let decoded = try Self.auto().decode(try Self.fixture("seed.\(encoding.rawValue).txt")).get()
            #expect(decoded.encoding == encoding)
            #expect(decoded.detected)
            #expect(decoded.text.unicodeScalars.elementsEqual(original.unicodeScalars), "\(encoding)")
            let forced = try TextDecoder(choice: .fixed(encoding), tables: Self.tables).decode(try Self.fixture("seed.\(encoding.rawValue).txt")).get()
            #expect(forced.text == decoded.text && !forced.detected)
        }
        let utf8 = try Self.auto().decode(try Self.fixture("seed.utf8.txt")).get()
        #expect(utf8.encoding == .utf8 && utf8.text == original)
    }

    @Test func devTexts_roundTripThroughEachTableEncoding() throws {
        let tables = try #require(Self.tables)
        let texts = TestSupport.devTexts().prefix(20)
        try #require(!texts.isEmpty, "../shared/dev is not beside the repository")
        for (id, text) in texts {
            // Characters a table cannot write (typography) become "?" first.
            for encoding in [TextEncoding.tcvn3, .vni] {
                let table = try #require(tables.table(for: encoding))
                let writable = text.precomposedStringWithCanonicalMapping.unicodeScalars.map { s -> UInt32 in
                    table.encode([s.value]) != nil ? s.value : 0x3F
                }
                let bytes = try #require(table.encode(writable))
                let decoded = try Self.auto().decode(bytes).get()
                #expect(decoded.encoding == encoding, "\(id) \(encoding)")
                #expect(decoded.text.unicodeScalars.map(\.value) == writable, "\(id) \(encoding)")
            }
        }
    }

    @Test func damagedUTF8_isNotGuessedAt() throws {
        let text = Array("Sáng ngày 21/9, đồng chí Nguyễn Anh Đức làm việc với phường An Lộc.".utf8)
        let damaged = Array(text[0..<20]) + [0xFF] + Array(text[20...])
        let r = try Self.auto().decode(damaged)
        guard case .failure(let e) = r else { Issue.record("damaged UTF-8 was decoded as \(r)"); return }
        #expect(e.description == "invalid UTF-8 at byte 20")
    }

    @Test func foreignAndRandomBytes_areRefused() throws {
        let french = Array("Le café est très bon à Paris, où l'été est chaud.".data(using: .isoLatin1)!)
        guard case .failure(let f) = try Self.auto().decode(french) else { Issue.record("French decoded as Vietnamese"); return }
        #expect(f.description.hasPrefix("invalid UTF-8 at byte 6, and no legacy encoding reads as Vietnamese ("))
        // Seeded, so that every run tries the same bytes (a few random bytes may well spell Vietnamese in
        // TCVN3: the sizes here are those a real file has).
        var generator = SeededGenerator(seed: 0x5EED)
        for size in [256, 4096, 65536] {
            for _ in 0..<8 {
                let bytes = (0..<size).map { _ in UInt8.random(in: 1...255, using: &generator) }
                if case .success(let d) = try Self.auto().decode(bytes) { Issue.record("random bytes decoded as \(d.encoding)") }
            }
        }
        guard case .failure(let nul) = try Self.auto().decode([0x61, 0xB5, 0x00]) else { Issue.record(); return }
        #expect(nul.description == "binary input: NUL byte at offset 2")
        guard case .failure(let utf16) = try Self.auto().decode([0xFF, 0xFE] + Array("Hà".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) else { Issue.record(); return }
        #expect(utf16.description.hasPrefix("UTF-16 input"))
    }

    @Test func byteOrderMark_settlesUTF8AndForcedEncodingsAreObeyed() throws {
        let bom = try Self.auto().decode([0xEF, 0xBB, 0xBF] + Array("Tỉnh ủy".utf8)).get()
        #expect(bom.text == "Tỉnh ủy" && bom.encoding == .utf8 && bom.notes == ["utf8-bom"])
        // Forced TCVN3 reads UTF-8 bytes as TCVN3, as asked.
        let forced = try TextDecoder(choice: .fixed(.tcvn3), tables: Self.tables).decode(Array("ủ".utf8)).get()
        #expect(forced.encoding == .tcvn3 && forced.text != "ủ")
        // Without tables, TCVN3 cannot be read, and auto-detection only tries Windows-1258.
        guard case .failure(let e) = TextDecoder(choice: .fixed(.vni), tables: nil).decode([0x61, 0xF9]) else { Issue.record(); return }
        #expect(e.description == "no VNI-Windows table is loaded")
        #expect(EncodingDetector.scores([0x61, 0xF9], decoder: TextDecoder(choice: .auto, tables: nil)).map(\.encoding) == [.cp1258])
        // CRLF is noted and kept.
        let crlf = try Self.auto().decode([0x48, 0xB5, 0x0D, 0x0A, 0x48, 0xB5]).get()
        #expect(crlf.text == "Hà\r\nHà" && crlf.notes == ["crlf"])
    }

    @Test func documentReader_recordsTheEncoding() throws {
        let d = try DocumentReader.read(bytes: try Self.fixture("seed.vni.txt"), id: "v", decoder: try Self.auto()).get()
        #expect(d.encoding == "vni")
        #expect(d.metadataSources["encoding"] == "detected")
        #expect(d.published == "2021-09-23")
        let html = Array("<html><body><p>Ch".utf8) + [0xF1, 0x20, 0x74, 0xDE, 0x63, 0x68] + Array(" UBND</p></body></html>".utf8)
        let page = try DocumentReader.read(bytes: html, id: "p.html", decoder: try Self.auto()).get()
        #expect(page.encoding == "tcvn3" && page.text == "Chủ tịch UBND" && page.inputNotes == ["html"])
        #expect(try DocumentReader.read(bytes: Array("Tỉnh".utf8), id: "u").get().encoding == "utf8")
    }

    @Test func syllables_wellFormedAndNot() {
        func ok(_ w: String) -> Bool {
            VietnameseSyllable.isWellFormed(NFCText.nfd(w.unicodeScalars.map(\.value))[...])
        }
        for w in ["Nguyễn", "người", "Việt", "quốc", "giữa", "gìn", "khuỷu", "hòa", "hoà", "thủy", "thuỷ", "Đức", "ướp",
                  "nghiêng", "tuyến", "xoáy", "ĐỒNG", "hoặc", "rượu", "yêu", "thuở", "kìa", "bệnh", "huynh"] {
            #expect(ok(w), "\(w)")
        }
        for w in ["Vieät", "ViƯt", "thiũ", "xaị", "soỏ", "maộc", "tổnh", "laứ", "mat", "Hµ", "café", "naïve", "toồng", "ăn̂"] {
            #expect(!ok(w), "\(w)")
        }
    }
}
