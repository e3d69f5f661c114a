import Foundation
import Testing

@testable import LegalRef

/// PDF files through `pdftotext` (Debian: poppler-utils), made by the tests with headless
/// Chromium (Debian: chromium) from UTF-8 HTML.
@Suite("Formats: .pdf")
struct FormatsPDFTests {
  @Test(
    .enabled(
      if: FormatFixtures.chromium != nil && FormatFixtures.pdftotext != nil,
      "needs chromium (Debian package chromium) to make the PDF and pdftotext (poppler-utils)"))
  func textOfAPDF() throws {
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = """
      KẾ HOẠCH
      Thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khoá XI
      Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ;
      """
    let pdf = try FormatFixtures.pdf(of: text, in: folder, name: "kh.pdf")
    let source = try DocumentReader.read(path: pdf)
    let lines = String(decoding: source.bytes, as: UTF8.self).split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    #expect(lines == text.split(separator: "\n").map(String.init))
    let rows = FormatFixtures.rows(source, lines: false)
    #expect(
      rows.map(\.description) == [
        "-\t29-NQ/TW\tNghị quyết\t2013-11-04", "-\t80/2017/NĐ-CP\tNghị định\t2017-07-17",
      ])
    // The same through decode(_:format:path:), which hands pdftotext a temporary copy.
    let copy = try DocumentReader.decode(
      Array(try Data(contentsOf: URL(fileURLWithPath: pdf))), format: .pdf, path: "copy.pdf")
    #expect(copy.bytes == source.bytes)
    #expect(copy.path == "copy.pdf")
  }

  @Test func missingPdftotextIsAClearError() throws {
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try FormatFixtures.write(Array("%PDF-1.4\n".utf8), "x.pdf", in: folder)
    #expect(throws: TextError.missingTool(path: path, tool: "pdftotext", package: "poppler-utils"))
    {
      try DocumentReader.read(path: path, pdftotext: nil)
    }
    let message = TextError.missingTool(path: "x.pdf", tool: "pdftotext", package: "poppler-utils")
      .description
    #expect(message == "cannot read 'x.pdf': pdftotext (poppler-utils) is not installed")
  }

  @Test(
    .enabled(if: FormatFixtures.pdftotext != nil, "needs pdftotext (Debian package poppler-utils)"))
  func aDamagedPDFIsSkippedWithTheToolsMessage() throws {
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try FormatFixtures.write(Array("not a PDF at all".utf8), "-hỏng.pdf", in: folder)
    let scan = CorpusScan.scanOne(path)
    #expect(scan.text == nil)
    guard case .toolFailed(let errorPath, let tool, let reason) = scan.error else {
      Issue.record("expected toolFailed, got \(String(describing: scan.error))")
      return
    }
    #expect(errorPath == path)
    #expect(tool == "pdftotext")
    #expect(!reason.isEmpty)
    #expect(scan.warnings.first?.hasPrefix("cannot read '\(path)': pdftotext failed: ") == true)
  }

  @Test(
    .enabled(
      if: FormatFixtures.chromium != nil && FormatFixtures.pdftotext != nil,
      "needs chromium (Debian package chromium) and pdftotext (poppler-utils)"))
  func aPDFWithoutTextSaysSo() throws {
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = try FormatFixtures.pdf(of: " ", in: folder, name: "blank.pdf")
    let source = try DocumentReader.read(path: pdf)
    #expect(source.bytes.isEmpty)
    #expect(source.diagnostics.map(\.kind) == [.noTextExtracted])
  }
}
