import Foundation
import Testing

@testable import LegalRef

/// Folders are read for every supported extension; the counts per extension are exposed.
@Suite("Formats: folders and extensions")
struct FormatsInputFilesTests {
  @Test func formatByExtension() {
    #expect(DocumentFormat(path: "a/b.TXT") == .text)
    #expect(DocumentFormat(path: "b.docx") == .docx)
    #expect(DocumentFormat(path: "b.Docx") == .docx)
    #expect(DocumentFormat(path: "c.html") == .html)
    #expect(DocumentFormat(path: "c.HTM") == .html)
    #expect(DocumentFormat(path: "d.pdf") == .pdf)
    #expect(DocumentFormat(path: "e.md") == .text)
    #expect(DocumentFormat(path: "noext") == .text)
    #expect(DocumentFormat(path: ".pdf") == .text)
    #expect(DocumentFormat(path: "dir.docx/file") == .text)
    #expect(DocumentFormat.supportedExtensions == ["txt", "docx", "html", "htm", "pdf"])
    #expect(InputFiles.supportedExtensions == DocumentFormat.supportedExtensions)
  }

  @Test func folderIsReadForEverySupportedExtension() throws {
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sub = folder.appendingPathComponent("con")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let text = Array("Nghị quyết số 29-NQ/TW".utf8)
    try FormatFixtures.write(text, "a.txt", in: folder)
    try FormatFixtures.write(
      FormatFixtures.docx(body: FormatFixtures.paragraphs("x")), "b.DOCX", in: folder)
    try FormatFixtures.write(text, "c.html", in: sub)
    try FormatFixtures.write(text, "d.htm", in: sub)
    try FormatFixtures.write(text, "e.pdf", in: sub)
    try FormatFixtures.write(text, "f.doc", in: folder)
    try FormatFixtures.write(text, "g.md", in: folder)
    try FormatFixtures.write(text, "README", in: folder)
    let input = InputFiles.collect([folder.path])
    #expect(
      input.files.map { URL(fileURLWithPath: $0).lastPathComponent } == [
        "a.txt", "b.DOCX", "c.html", "d.htm", "e.pdf",
      ])
    #expect(input.countsByExtension == ["txt": 1, "docx": 1, "html": 1, "htm": 1, "pdf": 1])
    #expect(input.ignoredCount == 3)
    #expect(input.ignoredExtensions == ["doc": 1, "md": 1, "": 1])
    // A file named explicitly is read whatever its extension, and counted.
    let named = InputFiles.collect([folder.appendingPathComponent("g.md").path])
    #expect(named.countsByExtension == ["md": 1])
  }

  @Test func scanOneChoosesTheReaderByExtension() throws {
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = try FormatFixtures.write(
      Array("<p>Căn cứ <b>Nghị quyết</b> số 29-NQ/TW</p>".utf8), "a.html", in: folder)
    let asText = try FormatFixtures.write(
      Array("<p>Căn cứ <b>Nghị quyết</b> số 29-NQ/TW</p>".utf8), "a.txt", in: folder)
    let page = CorpusScan.scanOne(html)
    #expect(
      page.text.map { String(decoding: $0.bytes, as: UTF8.self) }
        == "Căn cứ Nghị quyết số 29-NQ/TW\n")
    #expect(page.result.citations.map(\.typeName) == ["Nghị quyết"])
    let plain = CorpusScan.scanOne(asText)
    #expect(
      plain.text.map { String(decoding: $0.bytes, as: UTF8.self) }
        == "<p>Căn cứ <b>Nghị quyết</b> số 29-NQ/TW</p>")
  }
}
