import Foundation
import Testing
import VietIECore
@testable import VietIEText

struct InputTests {
    @Test func bom_isDroppedAndNoted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Tỉnh ủy".utf8)
        let d = try DocumentReader.read(bytes: bytes, id: "a").get()
        #expect(d.text == "Tỉnh ủy")
        #expect(d.inputNotes.contains("utf8-bom"))
    }

    @Test func crlf_isKeptVerbatim() throws {
        let d = try DocumentReader.read(bytes: Array("a\r\nb".utf8), id: "a").get()
        #expect(d.scalars.count == 4)
        #expect(d.inputNotes.contains("crlf"))
    }

    @Test func invalidUTF8_isAClearErrorWithItsOffset() {
        let r = DocumentReader.read(bytes: Array("Tỉnh".utf8) + [0xC3, 0x28], id: "bad")
        guard case .failure(let f) = r else { Issue.record("expected a failure"); return }
        #expect(f == DocumentFailure(id: "bad", message: "invalid UTF-8 at byte 6"))
        #expect(InputDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)          // a surrogate
        #expect(InputDecoder.firstInvalidUTF8([0xF0, 0x9F, 0x98, 0x80]) == nil)  // 😀
        #expect(InputDecoder.firstInvalidUTF8([0xE1, 0xBB]) == 0)                // truncated
    }

    @Test func binaryAndEmptyInput_areErrors() {
        guard case .failure(let f) = DocumentReader.read(bytes: [0x41, 0x00, 0x42], id: "bin") else { Issue.record(); return }
        #expect(f.message.contains("binary"))
        guard case .failure(let e) = DocumentReader.read(bytes: [UInt8](), id: "empty") else { Issue.record(); return }
        #expect(e.message == "empty input")
    }

    @Test func jsonlRecords_reportWrongTypesPerLine() {
        func message(_ line: String) -> String? {
            if case .failure(let f) = JSONLRecord.parse(line: Array(line.utf8), lineNumber: 3) { return f.message }
            return nil
        }
        #expect(message(#"{"id":"a","text":"x"}"#) == nil)
        #expect(message(#"{"id":"a"}"#) == "line 3: missing \"text\"")
        #expect(message(#"{"id":"a","text":5}"#) == "line 3: \"text\" must be a string")
        #expect(message(#"{"text":"x"}"#) == "line 3: missing \"id\"")
        #expect(message(#"{"id":"a","text":"x","published":"hôm qua"}"#)?.contains("not an ISO date") == true)
        #expect(message(#"[1,2]"#) == "line 3: expected a JSON object")
        #expect(message(#"{"id":"a","text":"x""#)?.hasPrefix("line 3: invalid JSON") == true)
        if case .success(let d) = JSONLRecord.parse(line: Array(#"{"id":7,"text":"x","source_url":"https://a.vn/2021/10/19/b"}"#.utf8), lineNumber: 1) {
            #expect(d.id == "7")
            #expect(d.published == "2021-10-19")
        } else { Issue.record("numeric id should be accepted") }
    }

    @Test func scrapedHeader_givesTitleURLAndPublication() {
        let text = """
        An Lộc sẵn sàng ứng phó với dịch bệnh Covid-19
        Bình Long
        2021-09-23T11:09:08+07:00
        https://binhlong.binhphuoc.gov.vn/vi/news/an-loc-7548.html
        https://binhlong.binhphuoc.gov.vn/uploads/image_136.png
        Thứ năm - 23/09/2021 11:06
        Sáng ngày 21/9, đồng chí Nguyễn Anh Đức làm việc.
        """
        let d = HeaderMetadata.complete(Document(id: "x", text: text))
        #expect(d.published == "2021-09-23")
        #expect(d.url == "https://binhlong.binhphuoc.gov.vn/vi/news/an-loc-7548.html")
        #expect(d.title == "An Lộc sẵn sàng ứng phó với dịch bệnh Covid-19")
    }

    @Test func datelines_andURLDates() {
        func published(_ text: String, url: String? = nil) -> String? {
            HeaderMetadata.complete(Document(id: "x", text: text, url: url)).published
        }
        #expect(published("Thanh Xuân hưởng ứng Lời kêu gọi về chiến thắng đại dịch Covid-19, một lời kêu gọi dài (18:20 07/04/2020)\n\nHNP - Ngày 4/4") == "2020-04-07")
        #expect(published("Skip\n\nXây dựng Đảng\nThứ 6, Ngày 08/10/2021, 19:00\nPhó Trưởng Ban") == "2021-10-08")
        #expect(published("Kết luận\n\nĐăng ngày 29/07/2021\n\nBan chỉ đạo") == "2021-07-29")
        #expect(published(" date 2025-09-28 Thay mặt Ban Chấp hành") == "2025-09-28")
        #expect(published("Các trường hợp", url: "https://vtv8.vtv.vn/xa-hoi/da-nang-20211220140413685.htm") == "2021-12-20")
        #expect(published("Tại buổi", url: "http://cuuchienbinh.vn/thuong-truc-lanh-dao-tp-can-tho-14-07-2010/") == "2010-07-14")
        #expect(published("Tại buổi", url: "https://x.vn/2021/10/19/bai-viet") == "2021-10-19")
        // A date deep in the body is not a publication date.
        #expect(published("Sáng ngày 21/9, đồng chí Đức làm việc với phường theo Nghị quyết 05-NQ/TU ngày 05/8/2021 của Ban Chấp hành Đảng bộ tỉnh về công tác phòng chống dịch.") == nil)
        let stamped = HeaderMetadata.complete(Document(id: "x", text: " date 2021-06 Số ca dương tính"))
        #expect(stamped.published == nil && stamped.publishedMonth == "2021-06")
        #expect(HeaderMetadata.monthInURL("https://baodanang.vn/infographics/202109/192000-nguoi/") == "2021-09")
        #expect(HeaderMetadata.monthInURL("https://newz.vn/2021/06/ban-o.html") == "2021-06")
    }

    @Test func html_mainTextWithoutBoilerplate() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Bình Phước &amp; dịch</title>
        <meta property="article:published_time" content="2021-09-23T11:09:08+07:00">
        <link rel="canonical" href="https://binhphuoc.gov.vn/a.html"><script>var x = "<p>không</p>";</script>
        <style>p { color: red }</style></head>
        <body><nav><ul><li>Trang chủ</li><li>Tin tức</li></ul></nav>
        <div class="main-menu">Menu</div>
        <article><h1>Hội nghị trực tuyến</h1><p>Sáng ngày 28/5, BCĐ tỉnh tổ chức hội nghị.<br>Chủ tịch UBND tỉnh Trần&nbsp;Tuệ Hiền chủ trì.</p>
        <p>Kết luận &#7885; &#x1EA1; buổi   làm
        việc.</p><div id="comments"><form>Bình luận</form></div></article>
        <footer>Bản quyền</footer><!-- <p>ẩn</p> --></body></html>
        """
        let d = try DocumentReader.read(bytes: Array(html.utf8), id: "p.html").get()
        #expect(d.text == "Hội nghị trực tuyến\nSáng ngày 28/5, BCĐ tỉnh tổ chức hội nghị.\nChủ tịch UBND tỉnh Trần\u{A0}Tuệ Hiền chủ trì.\nKết luận ọ ạ buổi làm việc.")
        #expect(d.title == "Bình Phước & dịch")
        #expect(d.published == "2021-09-23")
        #expect(d.url == "https://binhphuoc.gov.vn/a.html")
        #expect(d.inputNotes.contains("html"))
    }

    @Test func brokenHTML_neverCrashes() throws {
        let cases = ["<div><p>Không đóng thẻ <b>đậm", "<<<>>><p", "<p>a</q></div></body>", "<script>never closed",
                     String(repeating: "<div>", count: 20000) + "sâu" + String(repeating: "</div>", count: 3),
                     "<p title=\"unterminated>x</p>", "&#xFFFFFFFF; &#0; &bogus; &", "<!-- unclosed comment"]
        for html in cases {
            let r = HTMLTextExtractor.extract(html)
            #expect(r.text.unicodeScalars.count >= 0)
        }
        #expect(HTMLTextExtractor.extract(String(repeating: "<div>", count: 20000) + "sâu").text == "sâu")
    }
}
