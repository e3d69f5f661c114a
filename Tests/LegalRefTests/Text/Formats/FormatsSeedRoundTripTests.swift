import Foundation
import Testing

@testable import LegalRef

/// Each seed document converted (by the test, at run time) to .docx, .html and .pdf gives the same
/// citation table as the original text: canonical ids, types and dates, compared as a multiset
/// (lines differ with the layout). The legacy encodings, which keep the lines, are compared with
/// lines in ``FormatsLegacyEncodingTests``.
@Suite("Formats: the seeds in every format")
struct FormatsSeedRoundTripTests {
  enum Format: String, CaseIterable {
    case docx, html, pdf
  }

  /// The seed as a web page: one `<p>` per line, some letters as character references.
  static func html(_ text: String) -> String {
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let escaped = FormatFixtures.xmlEscaped(String(line))
        .replacingOccurrences(of: "đ", with: "&#273;").replacingOccurrences(
          of: "Đ", with: "&#x110;"
        )
        .replacingOccurrences(of: "à", with: "&agrave;").replacingOccurrences(
          of: "\u{A0}", with: "&nbsp;")
      return "<p>\(escaped)</p>"
    }
    return """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>
      <style>p { margin: 0 }</style><script>var x = "Nghị quyết số 1-NQ/TW";</script></head>
      <body>
      \(paragraphs.joined(separator: "\n"))
      </body></html>
      """
  }

  static let toolsPresent = FormatFixtures.chromium != nil && FormatFixtures.pdftotext != nil

  @Test(arguments: Seeds.files, [Format.docx, .html])
  func sameCitations(_ path: String, _ format: Format) throws {
    try check(path, format)
  }

  @Test(
    .enabled(
      if: toolsPresent,
      "needs chromium (Debian package chromium) to print the PDF and pdftotext (poppler-utils)"),
    arguments: Seeds.files)
  func sameCitationsFromPDF(_ path: String) throws {
    try check(path, .pdf)
  }

  private func check(_ path: String, _ format: Format) throws {
    let original = FormatFixtures.rows(try TextDecoder.read(path: path), lines: false)
    #expect(original.count >= 5)
    let text = try FormatFixtures.seedText(path)
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let file: String
    switch format {
    case .docx:
      file = try FormatFixtures.write(
        FormatFixtures.docx(body: FormatFixtures.paragraphs(text)), name + ".docx", in: folder)
    case .html:
      file = try FormatFixtures.write(Array(Self.html(text).utf8), name + ".html", in: folder)
    case .pdf:
      file = try FormatFixtures.pdf(of: text, in: folder, name: name + ".pdf")
    }
    let scan = CorpusScan.scanOne(file)
    let source = try #require(scan.text, "\(scan.warnings)")
    #expect(FormatFixtures.rows(source, lines: false) == original)
    #expect(
      !source.diagnostics.contains { if case .convertedLegacy = $0.kind { true } else { false } })
  }
}
