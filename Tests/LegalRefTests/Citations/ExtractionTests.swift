import Testing

@testable import LegalRef

/// Scans a snippet and returns what a user sees: canonical ids, with type and date.
func scanSnippet(_ text: String) throws -> [Citation] {
  CitationScanner.scan(try TextDecoder.decode(Array(text.utf8), path: "snippet.txt")).citations
}

@Suite struct ShapeTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var ids: [String]
    var testDescription: String { text }
  }

  static let shapes: [Case] = [
    // Party
    .init(text: "Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013.", ids: ["29-NQ/TW"]),
    .init(text: "theo Chỉ thị số 5-CT/TW của Bộ Chính trị", ids: ["05-CT/TW"]),
    .init(
      text: "Hướng dẫn số 05-HD/BTCTW và Công văn số 234-CV/BTGTU",
      ids: ["05-HD/BTCTW", "234-CV/BTGTU"]),
    .init(
      text: "Chương trình hành động số 41-CTr/TU, Kết luận số 134-KL/TU",
      ids: ["41-CTr/TU", "134-KL/TU"]),
    .init(text: "Quy định số 08-QĐi/TW ngày 25/10/2018", ids: ["08-QĐi/TW"]),
    .init(
      text: "Nghị quyết số 12-NQ/HU của Huyện ủy; Chỉ thị số 03-CT/ĐU",
      ids: ["12-NQ/HU", "03-CT/ĐU"]),
    // State, individual
    .init(text: "Chỉ thị số 666/CT-BGDĐT ngày 24/8/2020", ids: ["666/CT-BGDĐT"]),
    .init(
      text: "Quyết định số 977/QĐ-TTg; Nghị quyết số 102/NQ-CP", ids: ["977/QĐ-TTg", "102/NQ-CP"]),
    .init(text: "Nghị quyết số 1314/NQ-UBTVQH15 ngày 08/6/2024", ids: ["1314/NQ-UBTVQH15"]),
    .init(
      text: "Kế hoạch số 46/KH-SGDĐT và Quyết định 08/QĐ-PGDĐT",
      ids: ["46/KH-SGDĐT", "08/QĐ-PGDĐT"]),
    // State, normative
    .init(text: "Nghị định số 80/2017/NĐ-CP ngày 17/7/2017", ids: ["80/2017/NĐ-CP"]),
    .init(
      text: "Thông tư liên tịch số 17/2016/TTLT-BGDĐT-BTTTT ngày 21/6/2016",
      ids: ["17/2016/TTLT-BGDĐT-BTTTT"]),
    .init(
      text: "Nghị quyết số 16/2019/NQ-HĐND; Quyết định số 30/2020/QĐ-UBND",
      ids: ["16/2019/NQ-HĐND", "30/2020/QĐ-UBND"]),
    .init(text: "Pháp lệnh số 26/2005/PL-UBTVQH11", ids: ["26/2005/PL-UBTVQH11"]),
    // Letters
    .init(text: "Công văn số 3954/UBND-VX ngày 1/9/2021", ids: ["3954/UBND-VX"]),
    .init(
      text: "Công văn số 5512/BGDĐT-GDTrH; văn bản số 3123/SGDĐT-CTTT-KHCN",
      ids: ["5512/BGDĐT-GDTrH", "3123/SGDĐT-CTTT-KHCN"]),
    .init(text: "Công văn số 73/PGDĐT-VP", ids: ["73/PGDĐT-VP"]),
    // Parliament
    .init(
      text: "Luật Giáo dục số 43/2019/QH14 và Nghị quyết số 202/2025/QH15",
      ids: ["43/2019/QH14", "202/2025/QH15"]),
    .init(text: "Nghị quyết số 351/2017/UBTVQH14", ids: ["351/2017/UBTVQH14"]),
    // Without the word "số", without a type word
    .init(
      text: "Chỉ thị 42-CT/TW, Thông tư 11/2020/TT-BGDĐT", ids: ["42-CT/TW", "11/2020/TT-BGDĐT"]),
    .init(text: "(xem 2161/QĐ-BGDĐT)", ids: ["2161/QĐ-BGDĐT"]),
    .init(text: "NGHỊ QUYẾT SỐ 29-NQ/TW VỀ ĐỔI MỚI", ids: ["29-NQ/TW"]),
    .init(text: "Kế hoạch số 12-KH/TWĐTN-BTG của Ban Bí thư", ids: ["12-KH/TWĐTN-BTG"]),
    .init(text: "Giấy phép số 123/GP-UBND", ids: ["123/GP-UBND"]),
    .init(text: "Công văn số 1234/TTg-KGVX", ids: ["1234/TTg-KGVX"]),
  ]

  @Test(arguments: shapes) func shape(_ c: Case) throws {
    #expect(try scanSnippet(c.text).map(\.number.description) == c.ids)
  }

  static let types: [(String, String)] = [
    ("Thông tri số 01-TT/TU", "Thông tri"),
    ("theo 01-TT/TU", "Thông tri"),
    ("theo 51/2020/TT-BGDĐT", "Thông tư"),
    ("Thông tư số 51/2020/TT-BGDĐT", "Thông tư"),
    ("Chương trình hành động số 41-CTr/TU", "Chương trình hành động"),
    ("theo 41-CTr/TU", "Chương trình"),
    ("theo 80/2017/NĐ-CP", "Nghị định"),
    ("theo 3954/UBND-VX", "Công văn"),
    ("Luật số 43/2019/QH14", "Luật"),
    ("văn bản số 46/KH-SGDĐT", "Kế hoạch"),
    ("Kế hoạch số 97-KH/TU", "Kế hoạch"),
    ("Kết luận số 01-KL/TW", "Kết luận"),
    ("Thông báo kết luận số 12-TB/TW", "Thông báo"),
    ("Công văn hướng dẫn số 5512/BGDĐT-GDTrH", "Công văn"),
    ("Nghị quyết số 202/2025/QH15", "Nghị quyết"),
  ]

  @Test(arguments: types) func typeName(_ text: String, _ type: String) throws {
    let c = try #require(try scanSnippet(text).first)
    #expect(c.typeName == type)
  }

  static let dates: [(String, String?)] = [
    ("Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương", "2013-11-04"),
    ("Nghị quyết số 29-NQ/TW, ngày 4/11/2013", "2013-11-04"),
    ("Nghị quyết số 29-NQ/TW ngày 4 tháng 11 năm 2013", "2013-11-04"),
    ("Nghị quyết số 29-NQ/TW (ngày 04-11-2013)", "2013-11-04"),
    ("Chỉ thị số 14/CT-TTg của Thủ tướng Chính phủ ngày 25/5/2021 về", "2021-05-25"),
    ("Nghị quyết số 29-NQ/TW về đổi mới, ngày 04/11/2013", nil),
    ("Nghị quyết số 29-NQ/TW ngày 31/02/2013", nil),
    ("Nghị định 80/2017/NĐ-CP (17/7/2017) của Chính phủ", "2017-07-17"),
    ("Kế hoạch số 105/KH-UBND của UBND tỉnh", nil),
  ]

  @Test(arguments: dates) func date(_ text: String, _ date: String?) throws {
    let c = try #require(try scanSnippet(text).first)
    #expect(c.date?.description == date)
  }

  static let phrases: [(String, String?, String?)] = [
    (
      "Chỉ thị số 21/CT-UBND ngày 15/9/2021 của Ủy ban nhân dân thành phố Hải Phòng về thực hiện nhiệm vụ năm học 2021-2022; tiếp",
      "Ủy ban nhân dân thành phố Hải Phòng", "thực hiện nhiệm vụ năm học 2021-2022"
    ),
    (
      "Kế hoạch số 93/KH-UBND ngày 22/4/2020 của UBND tỉnh về phát triển GDMN.", "UBND tỉnh",
      "phát triển GDMN"
    ),
    ("Chỉ thị số 42-CT/TW của Ban Bí thư thực hiện tốt", "Ban Bí thư", nil),
    (
      "Chỉ thị số 993/CT-BGDĐT của Bộ Giáo dục và Đào tạo và các văn bản", "Bộ Giáo dục và Đào tạo",
      nil
    ),
    ("Kết luận số 51-KL/TW của Ban Bí thư và Kế hoạch này", "Ban Bí thư", nil),
    ("Nghị định số 105/2020/NĐ-CP của Chính phủ quy định về chính sách", "Chính phủ", nil),
  ]

  @Test(arguments: phrases) func issuerAndSubject(
    _ text: String, _ issuer: String?, _ subject: String?
  ) throws {
    let c = try #require(try scanSnippet(text).first)
    #expect(c.issuer == issuer)
    #expect(c.subject == subject)
  }
}

@Suite struct RepairTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var ids: [String]
    var kind: CitationDiagnostic.Kind
    var testDescription: String { text }
  }

  static let repairs: [Case] = [
    .init(
      text: "Nghị quyết số 29 NQ/TW của Ban chấp hành", ids: ["29-NQ/TW"], kind: .spaceForHyphen),
    .init(
      text: "Nghị định số 56/2017/NĐCP ngày 09/5/2017", ids: ["56/2017/NĐ-CP"], kind: .missingHyphen
    ),
    .init(text: "Nghị định số 56/2017/NDCP", ids: ["56/2017/NĐ-CP"], kind: .missingHyphen),
    .init(text: "Quyết định số 2232/QĐTTg", ids: ["2232/QĐ-TTg"], kind: .missingHyphen),
    .init(
      text: "Thông tư số 51/2020/TT-BGDDT ngày 31/12/2020", ids: ["51/2020/TT-BGDĐT"], kind: .dForĐ),
    .init(text: "Công văn số 458/PGDDT-TH", ids: ["458/PGDĐT-TH"], kind: .dForĐ),
    .init(text: "Quyết định số 12/QD-UBND", ids: ["12/QĐ-UBND"], kind: .dForĐ),
    .init(text: "Nghị quyết số 06/NQ-HDND", ids: ["06/NQ-HĐND"], kind: .dForĐ),
    .init(text: "Thông tư số 32 /2026/TT- NHNN", ids: ["32/2026/TT-NHNN"], kind: .straySpace),
    .init(text: "Công văn số 3993/VPCP- ĐMDN", ids: ["3993/VPCP-ĐMDN"], kind: .straySpace),
    .init(text: "Nghị quyết số 29–NQ/TW", ids: ["29-NQ/TW"], kind: .dashForHyphen),
    .init(
      text: "Thông tư số 17, 18, 19/TT-BGDĐT của Bộ",
      ids: ["17/TT-BGDĐT", "18/TT-BGDĐT", "19/TT-BGDĐT"],
      kind: .listExpansion),
    .init(
      text: "Thông tư số 17,18 và 19/TT-BGDĐT", ids: ["17/TT-BGDĐT", "18/TT-BGDĐT", "19/TT-BGDĐT"],
      kind: .listExpansion),
    .init(
      text: "Thông tư số 17/TT-BGDĐT của Bộ", ids: ["17/TT-BGDĐT"], kind: .normativeWithoutYear),
    .init(text: "Nghị định số 64/NĐ-CP", ids: ["64/NĐ-CP"], kind: .normativeWithoutYear),
    .init(
      text: "Nghị quyết 54/2014/NQ-HĐND ngày 09/12/2019", ids: ["54/2014/NQ-HĐND"],
      kind: .yearContradictsDate),
    .init(
      text: "Nghị⏎định số⏎27/2022/NĐ-CP ngày", ids: ["27/2022/NĐ-CP"], kind: .normativeWithoutYear),
    .init(
      text: "Nghị quyết 29/NQ-TW của Ban Chấp hành", ids: ["29-NQ/TW"], kind: .swappedSeparators),
    .init(
      text: "Quyết định số 16/2006/QĐ-BGD&ĐT", ids: ["16/2006/QĐ-BGDĐT"], kind: .ampersandInCode),
    .init(
      text: "Nghị quyết số 29-NQ/TWngày 04/11/2013", ids: ["29-NQ/TW"], kind: .missingSpaceAfter),
    .init(
      text: "Chỉ thị số 666/CT-BGDĐTvề nhiệm vụ", ids: ["666/CT-BGDĐT"], kind: .missingSpaceAfter),
  ]

  @Test(arguments: repairs) func repair(_ c: Case) throws {
    let found = try scanSnippet(c.text.replacing("⏎", with: "\n"))
    #expect(found.map(\.number.description) == c.ids)
    if c.kind == .normativeWithoutYear, c.ids.first?.contains("/20") == true {
      // The wrapped case: the type word is still read across the line breaks.
      #expect(found.first?.typeName == "Nghị định")
      #expect(found.first?.diagnostics.isEmpty == true)
    } else {
      #expect(found.allSatisfy { $0.diagnostics.contains { $0.kind == c.kind } })
    }
  }

  @Test func wellFormedSymbolsHaveNoDiagnostics() throws {
    let found = try scanSnippet(
      "Nghị định số 80/2017/NĐ-CP ngày 17/7/2017; Chỉ thị số 05-CT/TW ngày 15/5/2016")
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.diagnostics.isEmpty })
  }
}

@Suite struct ArchiveTextTests {
  @Test func wrappedSymbolIsOneCitationAtTheLineOfItsNumber() throws {
    let found = try scanSnippet("Căn cứ Nghị định số 27/2022/NĐ-\nCP ngày 12/5/2022 của Chính phủ")
    #expect(found.map(\.number.description) == ["27/2022/NĐ-CP"])
    #expect(found.first?.position == SourcePosition(line: 1, column: 21))
    #expect(found.first?.date?.description == "2022-05-12")
    #expect(found.first?.diagnostics.map(\.kind) == [.lineBreak])
  }

  @Test func wrappedTypeWordIsRead() throws {
    let found = try scanSnippet("Thực hiện Nghị\nđịnh số\n27/2022/NĐ-CP")
    #expect(found.first?.typeName == "Nghị định")
    #expect(found.first?.typeWritten == true)
    #expect(found.first?.position == SourcePosition(line: 3, column: 1))
  }

  static let markup: [String] = [
    "Thực hiện **Nghị quyết số 29-NQ/TW** ngày 04/11/2013",
    "Thực hiện *Nghị quyết số 29-NQ/TW* ngày 04/11/2013",
    "| 1 | Nghị quyết số 29-NQ/TW | ngày 04/11/2013 |",
    "Thực hiện Nghị quyết số 29-NQ/TW[^1] ngày 04/11/2013",
    "Thực hiện Nghị quyết số 29-NQ/TW[1], ngày 04/11/2013",
    "Thực hiện Nghị quyết số **29-NQ/TW**, ngày 04/11/2013",
  ]

  @Test(arguments: markup) func markupDoesNotHideCitations(_ text: String) throws {
    let found = try scanSnippet(text)
    #expect(found.map(\.number.description) == ["29-NQ/TW"])
    #expect(found.first?.typeName == "Nghị quyết")
    #expect(found.first?.typeWritten == true)
  }

  static let notCitations: [String] = [
    "ngày 04/11/2013 và ngày 4/11/2013",
    "năm học 2021-2022, giai đoạn 2016-2020",
    "học sinh lớp 6/7 và lớp 10/11",
    "lúc 7h30, 14:00 hoặc 7/30",
    "điện thoại 0275.3822.123 hoặc 0275/3822123",
    "tỷ lệ 1/2, 3/4 và 25/100",
    "dạy học 2 buổi/ngày, 01 phòng học/01 lớp",
    "đạt 95/100 điểm; 2/3 số trường",
    "COVID-19/2020 và F0/F1",
    "http://example.vn/van-ban/2013/29/index.html",
  ]

  @Test(arguments: notCitations) func notACitation(_ text: String) throws {
    #expect(try scanSnippet(text).isEmpty)
  }

  static let ownNumbers: [(String, String)] = [
    ("TỈNH ỦY BẾN TRE\n*\nSố 01-TT/TU\n", "01-TT/TU"),
    ("ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\n", "12/KH-UBND"),
    (
      "UBND TỈNH AN GIANG          Số: 21/CT-UBND          An Giang, ngày 1 tháng 9 năm 2023\n",
      "21/CT-UBND"
    ),
    ("**Số: 12/KH-UBND**\n", "12/KH-UBND"),
  ]

  @Test(arguments: ownNumbers) func ownNumberLine(_ text: String, _ id: String) throws {
    let result = CitationScanner.scan(try TextDecoder.decode(Array(text.utf8), path: "x.txt"))
    #expect(result.citations.isEmpty)
    #expect(result.ownNumbers.map(\.number.description) == [id])
  }
}

/// The type word is read in the 160 bytes before a number (first in the last 72, then in all 160 when the
/// reading came near the start of the shorter window): far words, own-number lines after a wide gap and words
/// beyond the limit read as they always did.
@Suite struct TypeWordReachTests {
  static let gap = String(repeating: " ", count: 90)

  @Test func aTypeWordBeyondTheShortWindowIsStillRead() throws {
    let found = try scanSnippet(
      "Căn cứ Chương trình hành động**\(Self.gap)** số 67-CTr/TU của Tỉnh ủy.")
    #expect(found.map(\.typeName) == ["Chương trình hành động"])
    #expect(found.first?.typeWritten == true)
  }

  @Test func aTypeWordBeyondTheWholeWindowIsNotRead() throws {
    let far = String(repeating: " ", count: 170)
    let found = try scanSnippet("Căn cứ Chỉ thị\(far)số 05-CT/TW của Bộ Chính trị.")
    #expect(found.map(\.typeWritten) == [false])
  }

  @Test func anOwnNumberAfterAWideGapAtTheTopIsTheDocumentsOwn() throws {
    let text = "ĐẢNG BỘ TỈNH\(Self.gap)Số 12-KH/TU\nKẾ HOẠCH\n"
    let result = CitationScanner.scan(try TextDecoder.decode(Array(text.utf8), path: "x.txt"))
    #expect(result.ownNumbers.map(\.number.description) == ["12-KH/TU"])
    #expect(result.citations.isEmpty)
  }

  @Test func aWordRightBeforeTheShortWindowDecidesTheMatch() throws {
    // "Nghị quyết" ending exactly where the short window starts: the letter before it must be seen.
    let pad = String(repeating: " ", count: 62)
    let found = try scanSnippet("xNghị quyết\(pad)số 29-NQ/TW")
    #expect(found.map(\.typeWritten) == [false])
    let spaced = try scanSnippet("x Nghị quyết\(pad)số 29-NQ/TW")
    #expect(spaced.map(\.typeName) == ["Nghị quyết"])
  }
}

/// What follows a number is read up to the end of its sentence: a "." before a space or a line break ends it,
/// a "." inside a date or an abbreviation does not.
@Suite struct TrailingSentenceTests {
  @Test func aSentenceEndStopsTheReading() throws {
    let found = try scanSnippet("Thực hiện Chỉ thị số 05-CT/TW. Về việc này, của Tỉnh ủy thì khác.")
    #expect(found.count == 1)
    #expect(found.first?.subject == nil)
    #expect(found.first?.issuer == nil)
  }

  @Test func dotsInsideADateDoNot() throws {
    let found = try scanSnippet(
      "Căn cứ Nghị quyết số 29-NQ/TW ngày 4.11.2013 của Ban Chấp hành Trung ương về đổi mới căn bản."
    )
    #expect(found.first?.date?.description == "2013-11-04")
    #expect(found.first?.issuer == "Ban Chấp hành Trung ương")
    #expect(found.first?.subject == "đổi mới căn bản")
  }

  @Test func aLineBreakAfterTheDotEndsTheSentenceToo() throws {
    let found = try scanSnippet("theo Kế hoạch số 97-KH/TU.\nCủa Ban Thường vụ về việc khác")
    #expect(found.first?.issuer == nil)
    #expect(found.first?.subject == nil)
  }
}
