import Testing
import VietIECore
@testable import VietIEExtraction

/// Datelines whose layout the corpus markers cannot hold ("|" separates a marker's values there).
struct DatelineTests {
    static func dates(_ text: String, published: String? = nil) -> [String] {
        CorpusHarness.extractor.annotate(Document(id: "t", text: text, published: published)).entities
            .filter { $0.type == .date }.map(\.text)
    }

    @Test func timeBeforeALayoutBarAndTheDate_isOneDate() {
        #expect(Self.dates("Gia Lai vừa ghi nhận 95 ca dương tính\n\n11:16 | 19/10/2021\n\nDNTH: Tỉnh đã lấy mẫu") == ["11:16 | 19/10/2021"])
        // A bar before anything but a date joins nothing: "11:16 | Xã hội".
        #expect(Self.dates("Cập nhật 11:16 | Xã hội | 19/10/2021") == ["19/10/2021"])
    }

    @Test func headlineEndingInARelativeDay_andTheDatedNextLine_areTwoDates() {
        #expect(Self.dates("Quảng Trị cách ly xã hội TP Đông Hà từ 19h hôm nay\nNgày 10/8, UBND tỉnh họp khẩn.", published: "2021-08-10")
                == ["từ 19h hôm nay", "Ngày 10/8"])
    }
}
