import Foundation
import Testing

@testable import LegalRef

/// .docx files built by the tests: a zip with a stored and a deflated member, the text of
/// word/document.xml, and corrupt archives that give a clear error.
@Suite("Formats: .docx")
struct FormatsDocxTests {
  private func read(_ bytes: [UInt8]) throws -> SourceText {
    try DocumentReader.decode(bytes, format: .docx, path: "test.docx")
  }

  private func text(_ source: SourceText) -> String {
    String(decoding: source.bytes, as: UTF8.self)
  }

  @Test(arguments: [true, false])
  func paragraphsAreLines(deflate: Bool) throws {
    let body = FormatFixtures.paragraphs(
      "Căn cứ Nghị quyết số 29-NQ/TW,\tngày 04/11/2013;\n\nThực hiện Chỉ thị số 05-CT/TW")
    let source = try read(FormatFixtures.docx(body: body, deflate: deflate))
    #expect(
      text(source)
        == "Căn cứ Nghị quyết số 29-NQ/TW, ngày 04/11/2013;\n\nThực hiện Chỉ thị số 05-CT/TW\n")
    #expect(source.diagnostics.isEmpty)
    let rows = FormatFixtures.rows(source, lines: true)
    #expect(rows.map(\.id) == ["29-NQ/TW", "05-CT/TW"])
    #expect(rows.map(\.line) == [1, 3])
  }

  @Test func runsTabsBreaksAndReferences() throws {
    let body = """
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>\
      <w:r><w:t>Ngh</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ị quyết</w:t></w:r>\
      <w:r><w:tab/><w:t xml:space="preserve">số 29&#8209;NQ/TW &amp; &#x110;ảng &lt;trích&gt;</w:t></w:r>\
      <w:r><w:br/><w:t>dòng sau</w:t><w:noBreakHyphen/><w:t>x</w:t><w:softHyphen/></w:r></w:p>
      """
    let source = try read(FormatFixtures.docx(body: body))
    #expect(text(source) == "Nghị quyết số 29\u{2011}NQ/TW & Đảng <trích>\ndòng sau-x\n")
  }

  @Test func deletionsFieldCodesAndFallbacksAreLeftOut() throws {
    let body = """
      <w:p><w:del w:id="1"><w:r><w:delText>Nghị quyết số 1-NQ/TW</w:delText><w:tab/></w:r></w:del>\
      <w:moveFrom w:id="2"><w:r><w:t>Chỉ thị số 2-CT/TW</w:t></w:r></w:moveFrom>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Kết luận số 01-KL/TW</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r>\
      <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
      <w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
      <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent>\
      </w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
      """
    let source = try read(FormatFixtures.docx(body: body))
    #expect(text(source) == "Kết luận số 01-KL/TW\nhộp\n\n")
  }

  /// A table row is one line, cells separated by " | ", paragraphs inside a cell joined by a
  /// space.
  @Test func tableRowsAreLines() throws {
    func cell(_ paragraphs: String...) -> String {
      "<w:tc><w:tcPr><w:tcW w:w=\"4500\"/></w:tcPr>"
        + paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
    }
    let body =
      "<w:tbl><w:tblPr><w:tblW w:w=\"0\"/></w:tblPr>"
      + "<w:tr>\(cell("TỈNH ỦY BẾN TRE", "*"))\(cell("ĐẢNG CỘNG SẢN VIỆT NAM"))</w:tr>"
      + "<w:tr>\(cell("Số 01-TT/TU"))\(cell("Bến Tre, ngày 09 tháng 8 năm 2021"))</w:tr>"
      + "<w:tr>\(cell("1"))\(cell())\(cell("Nghị quyết số 29-NQ/TW", "ngày 04/11/2013"))</w:tr>"
      + "</w:tbl>" + FormatFixtures.paragraphs("THÔNG TRI")
    let source = try read(FormatFixtures.docx(body: body))
    #expect(
      text(source) == """
        TỈNH ỦY BẾN TRE * | ĐẢNG CỘNG SẢN VIỆT NAM
        Số 01-TT/TU | Bến Tre, ngày 09 tháng 8 năm 2021
        1 |  | Nghị quyết số 29-NQ/TW ngày 04/11/2013
        THÔNG TRI

        """)
    let scan = CitationScanner.scan(source)
    #expect(scan.ownNumbers.map(\.number.description) == ["01-TT/TU"])
    #expect(scan.citations.map(\.number.description) == ["29-NQ/TW"])
    #expect(scan.citations.first?.date?.description == "2013-11-04")
    #expect(scan.citations.first?.position == SourcePosition(line: 3, column: 22))
  }

  @Test func mainPartNamedByTheRelationships() throws {
    let rels = FormatFixtures.packageRelationships.replacingOccurrences(
      of: "word/document.xml", with: "/word/main.xml")
    let bytes = FormatFixtures.zip([
      .init(
        name: "[Content_Types].xml", data: Array(FormatFixtures.contentTypes.utf8), deflate: true),
      .init(name: "_rels/.rels", data: Array(rels.utf8), deflate: true),
      .init(
        name: "word/main.xml",
        data: Array(
          FormatFixtures.documentXML(FormatFixtures.paragraphs("Chỉ thị số 05-CT/TW")).utf8),
        deflate: true),
    ])
    #expect(text(try read(bytes)) == "Chỉ thị số 05-CT/TW\n")
  }

  @Test func textTypedInATCVN3FontIsConverted() throws {
    let typed = LegacyEncoders.asWindows1252Text(
      LegacyEncoders.tcvn3("Thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương"))
    let source = try read(FormatFixtures.docx(body: FormatFixtures.paragraphs(typed)))
    #expect(text(source) == "Thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương\n")
    #expect(source.diagnostics.map(\.kind) == [.convertedLegacy(encoding: "TCVN3")])
  }

  // MARK: Corrupt archives

  static let good = FormatFixtures.docx(body: FormatFixtures.paragraphs("Nghị quyết số 29-NQ/TW"))

  /// Where the data of word/document.xml starts in ``good``.
  static var documentDataOffset: Int {
    let archive = try! ZipArchive(good)
    let entry = archive.entry(named: "word/document.xml")!
    return entry.localHeaderOffset + 30 + entry.name.utf8.count
  }

  /// A zip whose one stored member has a damaged byte.
  static var badCRC: [UInt8] {
    var bytes = FormatFixtures.zip([
      .init(name: "word/document.xml", data: Array("<w:document/>".utf8), deflate: false)
    ])
    bytes[30 + "word/document.xml".utf8.count + 3] ^= 0x20
    return bytes
  }

  /// ``good`` with the central directory claiming 900 MB for word/document.xml.
  static var sizeLie: [UInt8] {
    var bytes = good
    let name = Array("word/document.xml".utf8)
    // The central directory's copy of the name is the last one.
    var at = bytes.count - name.count
    while at > 0 && !bytes[at..<(at + name.count)].elementsEqual(name) { at -= 1 }
    let size: UInt32 = 900_000_000
    for k in 0..<4 { bytes[at - 46 + 24 + k] = UInt8(size >> (8 * UInt32(k)) & 0xFF) }
    return bytes
  }

  static let corruptions: [(String, [UInt8], String)] = [
    ("empty", [], "too short to be a zip file (0 bytes)"),
    (
      "text", Array("Nghị quyết số 29-NQ/TW, not a zip at all".utf8),
      "not a zip file (no zip signature)"
    ),
    (
      "truncated", Array(good.prefix(good.count / 2)),
      "no zip central directory (the file is truncated)"
    ),
    (
      "ole", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600),
      "an OLE2 compound file, not a zip: a password-protected document or an old .doc renamed"
    ),
    (
      "no document",
      FormatFixtures.zip([
        .init(name: "[Content_Types].xml", data: Array("<Types/>".utf8), deflate: true)
      ]),
      "no word/document.xml in the archive (a zip file, but not a Word document)"
    ),
    (
      "bad data",
      {
        var bytes = good
        for k in 0..<8 { bytes[documentDataOffset + k] = 0xFF }
        return bytes
      }(),
      "the compressed data of 'word/document.xml' is invalid"
    ),
    ("bad crc", badCRC, "'word/document.xml' is damaged (CRC-32 mismatch)"),
    ("size lie", sizeLie, "'word/document.xml' declares 900000000 bytes from "),
  ]

  @Test(arguments: corruptions.map(\.0))
  func corruptArchivesGiveAClearError(_ name: String) throws {
    let (_, bytes, reason) = Self.corruptions.first { $0.0 == name }!
    do {
      _ = try DocumentReader.decode(bytes, format: .docx, path: "test.docx")
      Issue.record("\(name): read without an error")
    } catch {
      guard case .corruptDocument(let path, let format, let got) = error else {
        Issue.record("\(name): \(error)")
        return
      }
      #expect(path == "test.docx")
      #expect(format == "docx")
      #expect(got.hasPrefix(reason), "\(name): \(got)")
      #expect(error.description.hasPrefix("cannot read 'test.docx': not a valid .docx file: "))
    }
  }

  @Test func everyTruncationFailsCleanly() {
    // Every prefix and a few byte flips: an error or a text, never a crash.
    let bytes = Self.good
    for length in stride(from: 0, to: bytes.count, by: 7) {
      _ = try? read(Array(bytes.prefix(length)))
    }
    for offset in stride(from: 0, to: bytes.count, by: 5) {
      var damaged = bytes
      damaged[offset] ^= 0xA5
      _ = try? read(damaged)
    }
  }

  @Test func corruptFileIsSkippedWithAWarning() throws {
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try FormatFixtures.write(Array(Self.good.prefix(100)), "hỏng.docx", in: folder)
    let scan = CorpusScan.scanOne(path)
    #expect(scan.text == nil)
    #expect(scan.warnings.count == 1)
    #expect(
      scan.warnings.first?.hasPrefix("cannot read '\(path)': not a valid .docx file: ") == true)
  }
}
