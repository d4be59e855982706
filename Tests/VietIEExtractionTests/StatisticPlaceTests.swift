import Testing
import VietIECore

/// The place of a figure: the last place its sentence names before it, the whole country where the sentence speaks of it
/// after that place, else the article's province.
struct StatisticPlaceTests {
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
}
