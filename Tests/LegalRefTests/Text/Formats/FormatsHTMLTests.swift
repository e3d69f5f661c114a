import Foundation
import Testing

@testable import LegalRef

/// Web pages: tags stripped, block elements as lines, entities decoded, scripts and styles
/// dropped, a windows-1258 charset honoured.
@Suite("Formats: .html")
struct FormatsHTMLTests {
  private func read(_ html: String) throws -> SourceText {
    try read(Array(html.utf8))
  }

  private func read(_ bytes: [UInt8]) throws -> SourceText {
    try DocumentReader.decode(bytes, format: .html, path: "page.html")
  }

  private func text(_ source: SourceText) -> String {
    String(decoding: source.bytes, as: UTF8.self)
  }

  static let page = """
    <!DOCTYPE html>
    <html lang="vi"><head><meta charset="utf-8">
    <title>Nghị quyết 99-NQ/TW năm 2020</title>
    <style>p { color: red } /* Nghị quyết số 98-NQ/TW */</style>
    <script>var s = "<p>Chỉ thị số 97-CT/TW</p>"; if (a < b && c > d) {}</script>
    </head>
    <body>
    <!-- Kết luận số 96-KL/TW -->
    <div class="header"><h1>KẾ HOẠCH</h1><h2>Thực hiện Nghị quyết số 29-NQ/TW</h2></div>
    <p>Căn cứ   Nghị định
       số 80/2017/N&#272;-CP ngày 17/7/2017 của Ch&iacute;nh phủ;<br>Căn cứ Chỉ thị
    số 666/CT-BGD&amp;ĐT&nbsp;ngày&nbsp;12/4/2019;</p>
    <ul><li>Công văn số 3954/UBND-VX &ndash; &#x201C;khẩn&#x201D;</li><li>Mục &lt;2&gt; &copy; &unknown; &amp</li></ul>
    <table><tr><th>Số</th><th>Ngày</th></tr>
    <tr><td>Kế hoạch số 97-KH/TU</td><td>21/6/2022</td></tr></table>
    <pre>  dòng   một
    dòng hai</pre>
    </body></html>
    """

  @Test func textOfAPage() throws {
    let source = try read(Self.page)
    #expect(
      text(source) == """
        KẾ HOẠCH
        Thực hiện Nghị quyết số 29-NQ/TW
        Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ;
        Căn cứ Chỉ thị số 666/CT-BGD&ĐT ngày 12/4/2019;
        Công văn số 3954/UBND-VX – “khẩn”
        Mục <2> © &unknown; &
        Số | Ngày
        Kế hoạch số 97-KH/TU | 21/6/2022
          dòng   một
        dòng hai

        """)
    #expect(source.diagnostics.isEmpty)
    let rows = FormatFixtures.rows(source, lines: true)
    #expect(
      Set(rows.map(\.id)) == [
        "29-NQ/TW", "80/2017/NĐ-CP", "666/CT-BGDĐT", "3954/UBND-VX", "97-KH/TU",
      ])
    #expect(rows.first { $0.id == "80/2017/NĐ-CP" }?.line == 3)
    #expect(rows.first { $0.id == "80/2017/NĐ-CP" }?.date == "2017-07-17")
  }

  @Test func numericReferences() throws {
    let source = try read("<p>&#7883; &#x1EC7; &#150; &#0; &#xD800; &#1114112; &#65 &#x41;</p>")
    #expect(text(source) == "ị ệ – \u{FFFD} \u{FFFD} \u{FFFD} A A\n")
  }

  @Test func windows1258CharsetIsHonoured() throws {
    let body = "<p>Thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng</p>"
    let head =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>"
    let bytes = Array(head.utf8) + LegacyEncoders.windows1258(body) + Array("</body></html>".utf8)
    let source = try read(bytes)
    #expect(text(source) == "Thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng\n")
    #expect(source.diagnostics.map(\.kind) == [.convertedLegacy(encoding: "Windows-1258")])
    let short = try read(
      Array("<meta charset=\"WINDOWS-1258\"><p>".utf8) + LegacyEncoders.windows1258("Việt Nam"))
    #expect(text(short) == "Việt Nam")
  }

  @Test func utf8IsReadWhateverThePageDeclares() throws {
    let source = try read("<meta charset=\"windows-1258\"><p>Nghị quyết số 29-NQ/TW</p>")
    #expect(text(source) == "Nghị quyết số 29-NQ/TW\n")
    #expect(source.diagnostics.isEmpty)
  }

  @Test func aPageTypedInAVnTimeFontIsConverted() throws {
    // Old pages: <font face=".VnTime"> with a Windows-1252 charset.
    let typed = LegacyEncoders.tcvn3("Thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản")
    let bytes =
      Array("<meta charset=\"iso-8859-1\"><p><font face=\".VnTime\">".utf8) + typed
      + Array("</font></p>".utf8)
    let source = try read(bytes)
    #expect(text(source) == "Thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản\n")
    #expect(source.diagnostics.map(\.kind) == [.convertedLegacy(encoding: "TCVN3")])
  }

  @Test func brokenMarkupNeverStopsTheReader() throws {
    let pieces = [
      "<", "<p", "<p class=\"a>b", "<!--", "<script>x", "&", "&#", "&#x", "<!DOCTYPE", "</",
    ]
    for piece in pieces {
      let source = try read("Nghị quyết số 29-NQ/TW " + piece)
      #expect(text(source).hasPrefix("Nghị quyết số 29-NQ/TW"))
    }
  }
}
