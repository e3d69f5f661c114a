import Foundation
import Testing

@testable import LegalRef

@Suite struct RegistryTests {
  @Test func builtInRegistryHoldsAtLeast150DocumentsEachWithASource() {
    let r = Registry.builtIn
    #expect(r.entries.count >= 150)
    #expect(r.entries.allSatisfy { !$0.source.isEmpty })
  }

  @Test func builtInRegistryIsConsistent() {
    #expect(Registry.builtIn.consistencyProblems() == [])
  }

  @Test func consistencyCheckCatchesEachKindOfDisagreement() throws {
    let tsv = """
      number\ttype\tissuer\tdate\tterm\ttitle\taliases\tsource
      29-NQ/TW\tChỉ thị\tBan Chấp hành Trung ương\t2013-11-04\tXI\tA\tTên A\tx
      05-CT/TW\tChỉ thị\tBộ Chính trị\t2016-05-15\tXI\tB\tTên A\tx
      80/2016/NĐ-CP\tNghị định\tChính phủ\t2017-07-17\t\tC\t\tx
      43/2019/QH14\tLuật\tChính phủ\t2019-06-14\tXIII\tLuật D\t\t
      """
    let problems = try Registry(tsv: tsv, origin: "t.tsv").consistencyProblems()
    #expect(problems.contains { $0.contains("29-NQ/TW") && $0.contains("type 'Chỉ thị'") })
    #expect(problems.contains { $0.contains("05-CT/TW") && $0.contains("term XII, not XI") })
    #expect(problems.contains { $0.contains("05-CT/TW") && $0.contains("alias 'tên a'") })
    #expect(
      problems.contains { $0.contains("80/2016/NĐ-CP") && $0.contains("contradicts the date") })
    #expect(problems.contains { $0.contains("43/2019/QH14") && $0.contains("issuer 'Chính phủ'") })
    #expect(problems.contains { $0.contains("43/2019/QH14") && $0.contains("term XIV, not XIII") })
    #expect(problems.contains { $0.contains("43/2019/QH14") && $0.contains("no source") })
  }

  @Test func plenumAliasesNameOneResolution() {
    let r = Registry.builtIn
    #expect(
      r.entries(type: "Nghị quyết", plenum: 8, term: "XI").map(\.number.description) == ["29-NQ/TW"]
    )
    #expect(
      r.entries(type: "Nghị quyết", plenum: 4, term: "XII").map(\.number.description) == [
        "04-NQ/TW"
      ])
    // Plenum 6 of term XII adopted several resolutions.
    #expect(r.entries(type: "Nghị quyết", plenum: 6, term: "XII").count > 1)
  }

  @Test func aPartyNumberRepeatsAcrossTermsAndIsToldApartByPeriod() throws {
    let r = Registry.builtIn
    let number = try #require(DocumentNumberParser.parse("29-NQ/TW"))
    #expect(Set(r.entries(number: number).compactMap(\.period)) == ["XI", "XIII"])
    #expect(r.entry(number: number, period: "XI")?.date.description == "2013-11-04")
    #expect(r.entry(number: number, period: nil) == nil)
  }

  @Test func lawsAreFoundByNameWhateverTheCaseAndTonePlacement() {
    let r = Registry.builtIn
    #expect(
      r.entries(named: "luật giáo dục năm 2019").map(\.number.description) == ["43/2019/QH14"])
    #expect(r.entries(named: "LUẬT TRẺ EM").map(\.number.description) == ["102/2016/QH13"])
    #expect(
      Set(r.entries(named: "Luật Giáo dục").map(\.number.description)) == [
        "38/2005/QH11", "43/2019/QH14",
      ])
  }

  @Test func aUserFileAddsEntriesAndReplacesTheSameDocument() throws {
    let tsv = """
      # my additions
      number\ttype\tissuer\tdate\tterm\ttitle\taliases\tsource
      12-NQ/TW\tNghị quyết\tBan Chấp hành Trung ương\t2012-01-16\tXI\tMột số vấn đề cấp bách về xây dựng Đảng hiện nay\tNghị quyết Trung ương 4 khóa XI\tmy notes
      43/2019/QH14\tLuật\tQuốc hội\t2019-06-14\tXIV\tLuật Giáo dục\tLuật Giáo dục 2019\tmy copy
      """
    let merged = Registry.builtIn.adding(try Registry(tsv: tsv, origin: "mine.tsv"))
    #expect(merged.entries.count == Registry.builtIn.entries.count + 1)
    #expect(merged.entries(type: "Nghị quyết", plenum: 4, term: "XI").map(\.source) == ["my notes"])
    let law = try #require(DocumentNumberParser.parse("43/2019/QH14"))
    #expect(merged.entries(number: law).map(\.source) == ["my copy"])
  }

  @Test func aFileWithWindowsLineEndsAndPaddedFieldsIsReadRowByRow() throws {
    // "\r\n" is one Character in Swift: the rows must be cut on bytes, or the whole file reads as one line.
    let tsv =
      "number\ttype\tissuer\tdate\tterm\ttitle\taliases\tsource\r\n"
      + " 12-NQ/TW \tNghị quyết\u{3000}\tBan Chấp hành Trung ương\t2012-01-16\tXI\tMột số vấn đề\t"
      + " Nghị quyết Trung ương 4 khóa XI |  | NQ 12 \tnotes\r\n"
      + "43/2019/QH14\tLuật\tQuốc hội\t2019-06-14\tXIV\tLuật Giáo dục\t\tcopy\r\n"
    let r = try Registry(tsv: tsv, origin: "crlf.tsv")
    #expect(r.entries.map(\.number.description) == ["12-NQ/TW", "43/2019/QH14"])
    #expect(r.entries.map(\.source) == ["notes", "copy"])
    #expect(r.entries[0].type == "Nghị quyết")
    #expect(r.entries[0].aliases == ["Nghị quyết Trung ương 4 khóa XI", "NQ 12"])
    #expect(r.entries(type: "Nghị quyết", plenum: 4, term: "XI").map(\.source) == ["notes"])
  }

  @Test(arguments: [
    ("number\ttype\n29-NQ/TW\tNghị quyết", "no 'issuer' column"),
    (
      "number\ttype\tissuer\tdate\ttitle\n29/NQ\tNghị quyết\tX\t2013-11-04\tT",
      "line 2: '29/NQ' is not a number"
    ),
    (
      "number\ttype\tissuer\tdate\ttitle\n29-NQ/TW\tNghị quyết\tX\t4/11/2013\tT",
      "line 2: '4/11/2013' is not a date"
    ),
  ])
  func malformedFilesAreRefusedWithTheLineAndTheProblem(tsv: String, message: String) {
    #expect {
      try Registry(tsv: tsv, origin: "bad.tsv")
    } throws: { error in
      "\(error)".contains("registry 'bad.tsv' is malformed") && "\(error)".contains(message)
    }
  }
}
