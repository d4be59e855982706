import Foundation
import PropertyBased
import Testing
import VietIE
@testable import VietIEExtraction
import VietIEGazetteer

/// The whole pipeline on arbitrary text made of the pieces real articles are made of (and some they
/// should not be): it never crashes, and every span of every output slices the input exactly.
struct PipelinePropertyTests {
    static let pieces: [String] = [
        "Chủ tịch", "UBND", "tỉnh", "Bình Phước", "Trần Tuệ Hiền", "đồng chí", "Đ/c", "–", " - ", ", ", ". ", "\n", "|",
        "Tỉnh uỷ", "Phó Bí thư", "UVBTV", "phường An Lộc", "thị xã", "Sáng ngày 21/9", "đến sáng 8-10", "ngày 05/8/2021",
        "6.360 trường hợp nhiễm COVID-19", "đang điều trị", "2.487", "ca", "mẫu", "F0", "F1", "trong đó", "(", ")", ":",
        "TP.HCM", "Hàn Quốc", "Ban Chỉ đạo phòng, chống dịch", "Sở Y tế", "chủ trì", "hội nghị", "dự", "Nguyễn", "Văn",
        "H’ Yim", "Hoa\u{300}", "a\u{301}", "\u{200B}", "\u{00A0}", "😀", "2021-09-23T11:09:08+07:00", "Thứ năm - ",
        "QL1A", "hôm qua", "Ảnh: ", "Bác Hồ", "cách ly tập trung", "90,4%", "1,2 triệu", "các", "Quận 13", "xã", "\u{FFFD}",
        "được điều động, bổ nhiệm giữ chức", "nguyên", "Marcos A. Bednarski", "tại Việt Nam", "Vinhlong.gov.vn", "các đồng chí",
        "Thủ tướng", "được phát hiện tại cộng đồng", "đủ 2 mũi", "từ 18 tuổi trở lên", "Đến dự", "thành phố", "ra viện", "A.",
    ]
    static let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...60).map { $0.map { pieces[$0] }.joined() }

    @Test func anyText_annotatesWithExactSpans() async {
        let extractor = CorpusHarness.extractor
        await propertyCheck(count: 300, input: Self.generator) { text in
            let document = Document(id: "p", text: text, url: "https://binhlong.binhphuoc.gov.vn/a", published: "2021-09-23")
            let annotation = extractor.annotate(document)
            #expect(throws: Never.self) { try annotation.checkInvariants() }
            for o in annotation.officials {
                for m in o.mentions { #expect(m.start >= 0 && m.end <= document.length) }
            }
            // The record is valid JSON that reads back.
            #expect(throws: Never.self) { _ = try JSONValue(parsing: AnnotationJSON.record(annotation).serialized) }
        }
    }
}

/// A token's character count, read from its scalars where each is a character, equals the grapheme count of its text.
struct CharacterCountPropertyTests {
    static let pieces: [String] = PipelinePropertyTests.pieces + [
        "e\u{301}\u{323}", "👩‍⚕️", "🇻🇳", "\r\n", "\r", "x\u{200D}y", "Ð", "ǅ", "ʼ", "ω\u{301}", "ﬁ", "Ⅻ", "1\u{20E3}", "\u{1E00}\u{301}",
    ]
    static let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }

    @Test func characterCount_equalsTheGraphemeCount() async {
        let extractor = CorpusHarness.extractor
        await propertyCheck(count: 300, input: Self.generator) { text in
            let analyzed = extractor.analyzer.analyze(Document(id: "p", text: text))
            let context = ExtractionContext(analyzed: analyzed, lexicon: extractor.recognizers.lexicon, keys: TokenKeys(analyzed))
            for i in 0..<context.count {
                #expect(context.characterCount(i) == context.cased[i].count, "token \(i) of \(text.debugDescription)")
            }
        }
    }
}
