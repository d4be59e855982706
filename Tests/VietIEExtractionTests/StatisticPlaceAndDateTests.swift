import Testing
import VietIECore

/// The place of a figure: the last place its sentence names before it, the whole country where the sentence speaks of it
/// after that place, else the article's province. Its date: the last date before it, a period's by its end, never a
/// period's start alone.
struct StatisticPlaceAndDateTests {
    static func places(_ text: String) -> [String] {
        CorpusHarness.extractor.annotate(Document(id: "t", text: text, url: "https://daklak.gov.vn/tin-tuc/a", published: "2020-03-25"))
            .statistics.map { "\(Int($0.value)) \($0.place ?? "-")" }
    }

    @Test func figureForTheWholeCountry_isVietNams() {
        #expect(Self.places("Theo ngành y tế, đến sáng ngày 25/3, cả nước có 134 trường hợp mắc Covid-19. "
                            + "Toàn quốc đã xét nghiệm 15.000 mẫu.") == ["134 Việt Nam", "15000 Việt Nam"])
    }

    @Test func placeNamedAfterTheCountry_orAComparison_keepsTheFigureLocal() {
        #expect(Self.places("Cả nước ghi nhận nhiều ca mắc, trong đó tỉnh Gia Lai có 42 trường hợp mắc Covid-19.") == ["42 Gia Lai"])
        #expect(Self.places("Đứng thứ 3 cả nước, tỉnh ghi nhận 42 trường hợp mắc Covid-19.") == ["42 Đắk Lắk"])
        #expect(Self.places("Đắk Lắk có 42 trường hợp mắc Covid-19.") == ["42 Đắk Lắk"])
    }

    @Test func ourCountry_isVietNam_andAPlaceOfAnotherClauseIsNone() {
        #expect(Self.places("Như vậy, trong ngày 12/8, nước ta có tổng cộng 9.667 ca nhiễm Covid-19 mới.") == ["9667 Việt Nam"])
        #expect(Self.places("Hôm nay, Đắk Lắk có 2 ca mắc COVID-19 tại huyện Lắk; 258 ca khác ghi nhận trong các khu cách ly.")
                == ["2 Đắk Lắk", "258 Đắk Lắk"])
    }

    @Test func nationalReportNamingProvincesAlike_placesItsOtherFiguresInTheCountry() {
        let text = """
            Trong ngày, nước ta có thêm 9.667 ca nhiễm Covid-19 mới, gồm 11 ca nhập cảnh và 5.014 ca ghi nhận trong nước tại \
            Bình Dương (2.117), TP. Hồ Chí Minh (1.523), Đồng Nai (646), Đồng Tháp (123), Cần Thơ (104).
            """
        let statistics = CorpusHarness.extractor.annotate(Document(id: "t", text: text, published: "2021-08-12")).statistics
        #expect(statistics.prefix(3).map { "\(Int($0.value)) \($0.place ?? "-")" } == ["9667 Việt Nam", "11 Việt Nam", "5014 Việt Nam"])
    }

    @Test func figureWithoutAPlaceBefore_takesThePlaceTaiNamesRightAfterIt() {
        #expect(Self.places("Trong đó, 2 ca nhập cảnh cách ly ngay tại tỉnh Kiên Giang; 258 ca mắc Covid-19 do lây nhiễm trong nước.")
                == ["2 Kiên Giang", "258 Đắk Lắk"])
    }

    static func dates(_ text: String) -> [String] {
        CorpusHarness.extractor.annotate(Document(id: "t", text: text, url: "https://soyte.hungyen.gov.vn/a", published: "2021-10-11"))
            .statistics.map { "\(Int($0.value)) \($0.date ?? "-")" }
    }

    @Test func periodsStartAlone_leavesTheReportsDate() {
        #expect(Self.dates("Tình hình dịch Covid-19 trên địa bàn tỉnh đến 18 giờ ngày 10/10/2021.\nTổng số ca mắc từ ngày 29/4/2021 là 297 ca.")
                == ["297 2021-10-10"])
        #expect(Self.dates("Từ ngày 25/7/2020 đến nay, tỉnh ghi nhận 297 ca mắc Covid-19.") == ["297 2021-10-11"])
    }

    @Test func periodWithAnEnd_datesItsFiguresByTheEnd() {
        #expect(Self.dates("Từ 18 giờ ngày 18/10/2021 đến 6 giờ ngày 19/10/2021, tỉnh ghi nhận thêm 06 ca mắc Covid-19 mới.")
                == ["6 2021-10-19"])
    }
}
