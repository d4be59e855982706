import Foundation
import Testing
import VietIE

/// The annotation page (`vietie annotate --format html`), read back as a tree of elements.
struct AnnotationHTMLTests {
    static let extractor: Extractor? = try? Extractor(gazetteers: .locate())

    /// A known article with markup characters in its text and a character outside the BMP before every
    /// entity (so slicing by UTF-16 units or bytes would shift every mark).
    static let text = "😀 Chiều 8/10, đồng chí Trần Tuệ Hiền - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước chủ trì hội nghị "
        + "\"<b>phòng, chống dịch</b> & 'an toàn'\" tại thị xã Bình Long. Toàn tỉnh ghi nhận 6.360 ca mắc COVID-19."

    static func annotation() throws -> Annotation {
        let extractor = try #require(extractor, "the gazetteers do not load")
        let document = Document(id: "k1 <&>", text: text, url: "https://binhphuoc.gov.vn/tin?a=1&b=2", published: "2021-10-08")
        return extractor.annotate(document)
    }

    static func page(_ items: [Result<Annotation, DocumentFailure>]) throws -> (html: String, root: HTMLCheck.Element) {
        let html = AnnotationHTML.page(items)
        return (html, try HTMLCheck.parse(html))
    }

    static func marks(_ root: HTMLCheck.Element) -> [HTMLCheck.Element] {
        root.all.filter { $0.name == "mark" && $0.classes.contains("e") }
    }

    @Test func everyEntity_isInAMarkOfItsType_andTheArticleReadsAsTheText() throws {
        let a = try Self.annotation()
        #expect(a.entities.map(\.type).sorted { $0.rawValue < $1.rawValue }
            == [.date, .location, .location, .organization, .organization, .person, .statistic, .title, .title])
        let (_, root) = try Self.page([.success(a)])
        let article = try #require(root.all.first { $0.name == "article" })
        // Labels come from the style sheet, so the article's text is the document's, code point for code point.
        #expect(article.text.unicodeScalars.elementsEqual(Self.text.unicodeScalars))
        let marks = Self.marks(root)
        for (i, e) in a.entities.enumerated() {
            let pieces = marks.filter { $0.attributes["data-i"] == String(i) }
            #expect(!pieces.isEmpty, "no mark for \(e.text)")
            #expect(pieces.allSatisfy { $0.attributes["data-type"] == e.type.rawValue && $0.classes.contains("t-\(e.type.rawValue)") })
            #expect(pieces.map(\.text).joined() == e.text)
            #expect(pieces.filter { $0.attributes["data-label"] != nil }.map { $0.attributes["data-label"] } == [EntityStyle.label(e.type)])
            #expect(pieces.first?.attributes["id"] == "d0-\(i)")
        }
        #expect(Set(marks.compactMap { $0.attributes["data-i"] }) == Set(a.entities.indices.map(String.init)))
    }

    @Test func tooltips_giveTheRuleAndEveryAttribute() throws {
        let (_, root) = try Self.page([.success(try Self.annotation())])
        let place = try #require(Self.marks(root).first { $0.text == "tỉnh Bình Phước" })
        #expect(place.attributes["title"] == "LOCATION · 73–88 · “tỉnh Bình Phước”\nrule: location.typed-unit\n"
            + "entries: places/units.tsv:56, places/units.tsv:10535, places/units.tsv:12649\nlevel: province\n"
            + "place: Tỉnh Bình Phước\nunit: 70@")
        let figure = try #require(Self.marks(root).first { $0.attributes["data-type"] == "STATISTIC" })
        #expect(figure.attributes["title"] == "STATISTIC · 186–207 · “6.360 ca mắc COVID-19”\nrule: statistic.counted-noun\n"
            + "entries: cues/metrics.tsv:31\nmetric: cases_confirmed\nvalue: 6360")
    }

    @Test func nestedSpans_nestTheirMarks() throws {
        let (_, root) = try Self.page([.success(try Self.annotation())])
        let place = try #require(Self.marks(root).first { $0.text == "tỉnh Bình Phước" })
        let outer = try #require(place.ancestor { $0.name == "mark" })
        #expect(outer.attributes["data-type"] == "ORGANIZATION")
        #expect(outer.text == "UBND tỉnh Bình Phước")
        #expect(Self.marks(root).filter { $0.text == "thị xã Bình Long" }.allSatisfy { $0.ancestor { $0.name == "mark" } == nil })
    }

    @Test func crossingSpans_closeAndReopenTheInnerMark() throws {
        // "Phó Trưởng Ban" (TITLE) and "Ban Dân vận Trung ương" (ORGANIZATION) share "Ban"; a LOCATION lies
        // inside the organization's second half and an identical DATE span sits on the same text as the STATISTIC.
        let text = "Phó Trưởng Ban Dân vận Trung ương 12 ca"
        let d = Document(id: "x", text: text)
        func entity(_ type: EntityType, _ s: Int, _ e: Int) -> Entity {
            Entity(type: type, span: Span(start: s, end: e), text: d.text(of: Span(start: s, end: e)), provenance: Provenance(rule: "test"))
        }
        let a = Annotation(document: d, entities: [entity(.title, 0, 14), entity(.organization, 11, 33), entity(.location, 22, 33),
                                                   entity(.statistic, 34, 39), entity(.date, 34, 39)])
        let (html, root) = try Self.page([.success(a)])
        let article = try #require(root.all.first { $0.name == "article" })
        #expect(article.text == text)
        let organization = Self.marks(root).filter { $0.attributes["data-i"] == "1" }
        #expect(organization.map(\.text) == ["Ban", " Dân vận Trung ương"])
        #expect(organization[0].ancestor { $0.name == "mark" }?.attributes["data-i"] == "0")
        #expect(organization[0].classes.contains("split") && organization[1].classes.contains("cont"))
        #expect(organization.map { $0.attributes["data-label"] } == [nil, "ORG"])
        #expect(organization[0].attributes["id"] == "d0-1" && organization[1].attributes["id"] == nil)
        let place = try #require(Self.marks(root).first { $0.attributes["data-i"] == "2" })
        #expect(place.parent === organization[1])
        // Same span: the type listed first in the contract is the outer mark.
        let figure = try #require(Self.marks(root).first { $0.attributes["data-i"] == "3" })
        #expect(figure.ancestor { $0.name == "mark" }?.attributes["data-type"] == "DATE")
        #expect(html.contains("<mark class=\"e t-TITLE\" data-type=\"TITLE\" data-i=\"0\" id=\"d0-0\" data-label=\"TITLE\""))
    }

    @Test func markupCharacters_areEscapedEverywhere() throws {
        let (html, root) = try Self.page([.success(try Self.annotation()),
                                          .failure(DocumentFailure(id: "<id>", message: "line 2: \"text\" must be a string <&>"))])
        #expect(!html.contains("<b>phòng") && !html.contains("</b>"))
        #expect(html.contains("&quot;&lt;b&gt;phòng, chống dịch&lt;/b&gt; &amp; &#39;an toàn&#39;&quot;"))
        #expect(root.all.first { $0.name == "h2" }?.text.hasSuffix("k1 <&>") == true)
        #expect(!root.all.contains { $0.name == "b" })
        let link = try #require(root.all.first { $0.name == "a" && $0.attributes["href"]?.hasPrefix("https://") == true })
        #expect(link.attributes["href"] == "https://binhphuoc.gov.vn/tin?a=1&b=2")
        #expect(html.contains("href=\"https://binhphuoc.gov.vn/tin?a=1&amp;b=2\""))
        let box = try #require(root.all.first { $0.classes.contains("errorbox") })
        #expect(box.text == "Not annotated: line 2: \"text\" must be a string <&>")
    }

    @Test func page_fetchesNothing() throws {
        var a = try Self.annotation()
        a.document.url = "javascript:alert(1)"
        let (html, root) = try Self.page([.success(try Self.annotation()), .success(a)])
        for tag in ["<link", "<img", "<iframe", "@import", "src=", "url("] { #expect(!html.contains(tag), "\(tag)") }
        // The only web addresses are the articles' own, as links in the text of the page.
        for e in root.all {
            for (key, value) in e.attributes where value.lowercased().contains("http://") || value.lowercased().contains("https://") {
                #expect(e.name == "a" && key == "href", "<\(e.name) \(key)=\"\(value)\">")
            }
        }
        let scriptLinks = root.all.filter { $0.name == "a" && $0.attributes["href"]?.hasPrefix("javascript:") == true }
        #expect(scriptLinks.isEmpty)
        let styles = root.all.filter { $0.name == "style" }.map(\.text).joined()
        #expect(!styles.contains("http") && !styles.contains("@font-face"))
        let scripts = root.all.filter { $0.name == "script" }
        #expect(scripts.count == 1 && scripts[0].attributes["src"] == nil && !scripts[0].text.contains("http"))
    }

    @Test func documents_keepTheirInputOrder_failuresIncluded_withAnIndex() throws {
        let a = try Self.annotation()
        var b = a
        b.document.id = "second"
        let (_, root) = try Self.page([.success(a), .failure(DocumentFailure(id: "line-2", message: "line 2: missing \"text\"")), .success(b)])
        let sections = root.all.filter { $0.name == "section" && $0.classes.contains("doc") }
        #expect(sections.map { $0.attributes["id"] } == ["d0", "d1", "d2"])
        #expect(sections.map { $0.classes.contains("failed") } == [false, true, false])
        #expect(sections.map { $0.all.first { $0.name == "h2" }?.text ?? "" } == ["1k1 <&>", "2line-2", "3second"])
        let index = try #require(root.all.first { $0.name == "nav" })
        #expect(index.all.filter { $0.name == "a" }.map { $0.attributes["href"] } == ["#d0", "#d1", "#d2"])
        #expect(index.all.filter { $0.name == "a" }.map(\.text) == ["k1 <&>", "line-2", "second"])
        let single = try HTMLCheck.parse(AnnotationHTML.page([.success(a)]))
        #expect(!single.all.contains { $0.name == "nav" })
    }

    @Test func panels_listOfficialsEventsAndStatistics() throws {
        let (_, root) = try Self.page([.success(try Self.annotation())])
        let officials = try #require(root.all.first { $0.name == "section" && $0.classes.contains("officials") })
        let name = try #require(officials.all.first { $0.classes.contains("name") })
        #expect(name.text == "Trần Tuệ Hiền" && name.attributes["href"] == "#d0-1")
        #expect(officials.all.filter { $0.parent?.classes.contains("positions") == true }.map(\.text)
            == ["Phó Bí thư, Tỉnh ủy Bình Phước", "Chủ tịch, UBND tỉnh Bình Phước"])
        let event = try #require(root.all.first { $0.classes.contains("event") })
        #expect(event.all.filter { $0.name == "dd" }.map(\.text)
            == ["2021-10-08", "thị xã Bình Long", "Trần Tuệ Hiền chair", "Tỉnh ủyUBND tỉnh Bình Phước"])
        let row = try #require(root.all.first { $0.name == "tbody" }?.all.first { $0.name == "tr" })
        #expect(row.all.filter { $0.name == "td" }.map(\.text) == ["cases_confirmed", "6360", "Bình Phước", "2021-10-08"])
        #expect(row.all.first { $0.name == "a" }?.attributes["href"] == "#d0-8")
    }

    @Test func legend_namesEveryType() throws {
        let (_, root) = try Self.page([.success(try Self.annotation())])
        let legend = try #require(root.all.first { $0.classes.contains("legend") })
        #expect(legend.all.filter { $0.name == "li" }.map(\.text)
            == ["PERPERSON", "TITLETITLE", "ORGORGANIZATION", "LOCLOCATION", "DATEDATE", "STATSTATISTIC"])
    }
}
