import Testing
import VietIE

struct HTMLEscapingTests {
    @Test func text_escapesMarkupAndReplacesForbiddenControls() {
        #expect(HTMLEscaping.text("a < b & \"c\" 'd' > e") == "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e")
        #expect(HTMLEscaping.text("x\u{0}y\u{7F}z\t\n\r") == "x\u{FFFD}y\u{FFFD}z\t\n\r")
        #expect(HTMLEscaping.text("Hoa\u{300} 😀") == "Hoa\u{300} 😀")
    }

    @Test func xmlDialect_writesTheApostropheAsAposAndKeepsDelete() {
        var out = ""
        HTMLEscaping.append("'a' <\u{7F}\u{0}".unicodeScalars, to: &out, dialect: .xml)
        #expect(out == "&apos;a&apos; &lt;\u{7F}\u{FFFD}")
    }

    @Test func attribute_keepsLineBreaksAsReferences() {
        #expect(HTMLEscaping.attribute("a\r\nb \"c\"") == "a&#10;b &quot;c&quot;")
    }

    @Test func scriptJSON_neverClosesItsElement() throws {
        let value = JSONValue.object([("label", .string("</script><!-- a & b > c \u{2028}"))])
        let text = HTMLEscaping.scriptJSON(value)
        #expect(text == "{\"label\":\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e c \\u2028\"}")
        #expect(try JSONValue(parsing: text) == value)
    }
}
