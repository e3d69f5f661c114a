import Foundation
import Testing

@testable import LegalRef

/// References without a number, read from text written for these tests: what each one resolves to.
@Suite struct ReferenceResolutionTests {
  /// The citations of `text` through the Documents stage (the document's own date line comes first when given).
  static func citations(_ text: String, dated: String? = nil) throws -> [ClassifiedCitation] {
    let header = dated.map { "Bến Tre, ngày \($0)\n" } ?? ""
    let source = try TextDecoder.decode(Array((header + text).utf8), path: "t.txt")
    let scan = FileScan(
      path: "t.txt", text: source, result: CitationScanner.scan(source), error: nil)
    return try #require(CorpusDocument.read(scan)).citations
  }

  /// The references of `text`: their words and the number each resolved to ("?" when none).
  static func references(_ text: String, dated: String? = nil) throws -> [(String, String)] {
    try citations(text, dated: dated).filter { $0.citation.reference != nil }.map {
      let c = $0.citation
      return (c.reference!.text, c.reference!.resolution == .resolved ? c.number.description : "?")
    }
  }

  @Test(arguments: [
    (
      "Thực hiện Nghị quyết Trung ương 8 khóa XI về giáo dục.", "Nghị quyết Trung ương 8 khóa XI",
      "29-NQ/TW"
    ),
    (
      "Quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khoá XI.",
      "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khoá XI", "29-NQ/TW"
    ),
    ("Thực hiện Nghị quyết Trung ương 4 khóa XII.", "Nghị quyết Trung ương 4 khóa XII", "04-NQ/TW"),
    (
      "Theo **Nghị quyết Trung ương lần thứ 8 (khóa XI)**.",
      "Nghị quyết Trung ương lần thứ 8 (khóa XI)", "29-NQ/TW"
    ),
    (
      "Thực hiện Nghị quyết Trung ương 6 khóa XII về công tác dân số trong tình hình mới.",
      "Nghị quyết Trung ương 6 khóa XII", "21-NQ/TW"
    ),
    ("Thực hiện Nghị quyết Trung ương 6 khóa XII.", "Nghị quyết Trung ương 6 khóa XII", "?"),
    ("Theo Luật Trẻ em, trẻ em được bảo vệ.", "Luật Trẻ em", "102/2016/QH13"),
    ("Theo Luật Giáo dục năm 2019.", "Luật Giáo dục năm 2019", "43/2019/QH14"),
    ("Theo Luật Giáo dục 2005.", "Luật Giáo dục 2005", "38/2005/QH11"),
    ("Theo luật Giáo dục năm 2019.", "luật Giáo dục năm 2019", "43/2019/QH14"),
    ("Theo Luật An toàn giao thông trong trường học.", "Luật An toàn giao thông", "?"),
  ])
  func aliasesAndNames(text: String, written: String, resolved: String) throws {
    let refs = try Self.references(text)
    #expect(refs.count == 1, "\(refs)")
    #expect(refs.first?.0 == written)
    #expect(refs.first?.1 == resolved)
  }

  @Test func aLawWithoutItsYearIsTheVersionInForceOnTheCitingDocumentsDate() throws {
    let later = try Self.citations("Theo Luật Giáo dục.", dated: "09 tháng 8 năm 2021")
    #expect(
      later.first { $0.citation.reference != nil }?.citation.number.description == "43/2019/QH14")
    #expect(later.first { $0.citation.reference != nil }?.citation.reference?.assumed == true)
    let earlier = try Self.citations("Theo Luật Giáo dục.", dated: "09 tháng 8 năm 2010")
    #expect(
      earlier.first { $0.citation.reference != nil }?.citation.number.description == "38/2005/QH11")
    // Undated, nothing decides: the reference stays ambiguous, with both versions as candidates.
    let undated = try Self.citations("Theo Luật Giáo dục.")
    let note = try #require(undated.first { $0.citation.reference != nil }?.citation.reference)
    #expect(note.resolution == .ambiguous)
    #expect(note.candidates.count == 2)
  }

  @Test func shortFormsTakeTheFullCitationOfTheSameDocument() throws {
    let refs = try Self.references(
      "Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương; triển khai Nghị quyết số 29 trong toàn ngành. Theo Thông tư số 17, 18, 19/TT-BGDĐT của Bộ Giáo dục và Đào tạo; Thông tư số 17 quy định kiểm định."
    )
    #expect(refs.map(\.0) == ["Nghị quyết số 29", "Thông tư số 17"])
    #expect(refs.map(\.1) == ["29-NQ/TW", "17/TT-BGDĐT"])
    // The short form is the same document as the full citation: same date, so the same graph node.
    let cs = try Self.citations(
      "Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013; thực hiện Nghị quyết số 29.")
    #expect(cs.count == 2)
    #expect(cs[1].citation.date == cs[0].citation.date)
    #expect(cs[1].relation == .implements)
  }

  @Test func aShortFormWithoutAFullCitationIsUnidentified() throws {
    let refs = try Self.references("Thực hiện Kế hoạch số 105 của Ủy ban nhân dân tỉnh.")
    #expect(refs.map(\.0) == ["Kế hoạch số 105"])
    #expect(refs.map(\.1) == ["?"])
  }

  @Test(arguments: [
    "Xây dựng Kế hoạch 5 năm phát triển giáo dục.",
    "Các đơn vị triển khai thực hiện tốt Chỉ thị này; Kế hoạch này có hiệu lực.",
    "Theo Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019.",
    "Thực hiện các Nghị quyết của Đảng.",
    "Căn cứ Thông tư số 17, 18, 19/TT-BGDĐT của Bộ Giáo dục và Đào tạo.",
    "Luật sư tư vấn miễn phí.",
    "Thực hiện Nghị quyết Trung ương năm 2018 khóa XII.",
    "Tuyên truyền pháp luật giáo dục cho học sinh.",
  ])
  func notReferences(text: String) throws {
    #expect(try Self.references(text).isEmpty)
  }

  @Test func aDescriptionThatMatchesNoDocumentIsAnUnnumberedReferenceWithItsSchoolYear() throws {
    let cs = try Self.citations(
      "Tổ chức thực hiện tốt Chỉ thị của Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2021-2022; báo cáo kết quả."
    )
    let c = try #require(cs.first { $0.citation.reference != nil })
    #expect(c.citation.number.shape == .unnumbered)
    #expect(c.citation.reference?.kind == .description)
    #expect(c.citation.reference?.resolution == .unidentified)
    #expect(c.citation.reference?.schoolYear == "2021-2022")
    #expect(c.relation == .implements)
  }

  @Test func aDescriptionTheRegistryKnowsResolvesToIt() throws {
    let cs = try Self.citations(
      "Thực hiện Chỉ thị của Bộ Giáo dục và Đào tạo về việc thực hiện nhiệm vụ trọng tâm năm học 2022-2023."
    )
    #expect(
      cs.first { $0.citation.reference != nil }?.citation.number.description == "1112/CT-BGDĐT")
  }

  @Test func theTermWrittenBesideAPartyNumberDecidesWhichOneIsMeant() throws {
    let docs = try ["a.txt", "b.txt"].map { path -> CorpusDocument in
      let text =
        path == "a.txt"
        ? "Thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về công nghiệp hóa."
        : "Bến Tre, ngày 09 tháng 8 năm 2021\nThực hiện Nghị quyết số 29-NQ/TW."
      let source = try TextDecoder.decode(Array(text.utf8), path: path)
      return try #require(
        CorpusDocument.read(
          FileScan(path: path, text: source, result: CitationScanner.scan(source), error: nil)))
    }
    let g = GraphBuilder.build(docs)
    let targets = Dictionary(
      uniqueKeysWithValues: g.edges.map { ($0.from, $0.to) })
    #expect(targets["file:a.txt"] == "29-NQ/TW @XIII")
    // b.txt, of 2021, cannot mean the resolution of 2022.
    #expect(targets["file:b.txt"] == "29-NQ/TW @XI")
    #expect(g.edges.first { $0.from == "file:b.txt" }?.assumed == true)
    // An undated document citing the bare number: nothing decides, so it stays apart and is reported.
    let source = try TextDecoder.decode(
      Array("Quán triệt Nghị quyết số 29-NQ/TW.".utf8), path: "c.txt")
    let c = try #require(
      CorpusDocument.read(
        FileScan(path: "c.txt", text: source, result: CitationScanner.scan(source), error: nil)))
    let undecided = GraphBuilder.build([c])
    #expect(undecided.ambiguities.map(\.candidates) == [["29-NQ/TW @XI", "29-NQ/TW @XIII"]])
    #expect(
      Auditor.audit([c], graph: undecided).contains {
        $0.category == .citationDefect
          && $0.message.contains("could be any of 29-NQ/TW @XI, 29-NQ/TW @XIII")
      })
    // The registry fills in what the citations do not say.
    #expect(g.node("29-NQ/TW @XI")?.date?.description == "2013-11-04")
    #expect(g.node("29-NQ/TW @XIII")?.registry?.isEmpty == false)
  }
}
