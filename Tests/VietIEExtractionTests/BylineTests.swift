import Testing
import VietIECore
@testable import VietIEExtraction

/// Bylines: an author's name on a line of its own between the article's paragraphs and the page around them.
struct BylineTests {
    static func persons(_ text: String) -> [String] {
        CorpusHarness.extractor.annotate(Document(id: "t", text: text)).entities.filter { $0.type == .person }.map(\.text)
    }

    @Test func nameOnItsOwnLineAfterTheLastParagraph_isTheAuthor() {
        // Followed by the page's furniture, not by the end of the text.
        #expect(Self.persons("Trong ngày có 3 ca tử vong.\n\nThu Trang\n\ncomment Bình luận\n") == ["Thu Trang"])
        // With the outlet or "t/h" after a slash.
        #expect(Self.persons("Trong ngày có 3 ca tử vong.\n\nThu Thảo/THĐT\n\nCác tin khác\n") == ["Thu Thảo"])
        #expect(Self.persons("Công dân đã về qua biên giới tỉnh Cao Bằng.\nĐức Giang t/h\n") == ["Đức Giang"])
        #expect(Self.persons("Người dân phải tự cách ly tại nhà./.\nThiên Lý/VOV-TP HCM\n") == ["Thiên Lý"])
        // With its source in parentheses.
        #expect(Self.persons("Tỉ lệ tiêm đạt 63,1%.\n\nAn Nhiên (Báo Lâm Đồng, 13/3/2022)\n") == ["An Nhiên"])
        #expect(Self.persons("Tỉ lệ tiêm đạt 63,1%.\nMinh Anh (Theo VTV)\nTin khác") == ["Minh Anh"])
        // In capitals, before the lead tag.
        #expect(Self.persons("Thăm, tặng quà gia đình chính sách tiêu biểu\n\nNGỌC TỐNG\n(GLO)- Sáng 27-8, tỉnh tổ chức lễ.") == ["NGỌC TỐNG"])
    }

    @Test func sectionNamesAndPlaces_areNoBylines() {
        #expect(Self.persons("Tỉnh tổ chức hội nghị tổng kết.\n\nKinh Tế\n\nThời Sự\n").isEmpty)
        #expect(Self.persons("Tỉnh tổ chức hội nghị tổng kết.\n\nQuảng Ninh\n\nCác đại biểu thảo luận.").isEmpty)
        #expect(Self.persons("Tỉnh tổ chức hội nghị tổng kết.\nQuảng Ninh (Theo Báo Nhân dân)\nCác đại biểu thảo luận.").isEmpty)
        // A title line is no byline: "Tin Liên Quan".
        #expect(Self.persons("Tỉnh tổ chức hội nghị tổng kết.\nTin Liên Quan\nCác đại biểu thảo luận.").isEmpty)
    }
}
