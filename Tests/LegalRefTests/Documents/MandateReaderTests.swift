import Testing

@testable import LegalRef

/// Orders are read from the clauses that hold an order verb; the clauses before the last line break or ";" ahead of
/// the next verb are passed over unread. Orders must be found wherever they stand, after long runs of sentences on
/// one line as after many lines.
@Suite struct MandateReaderTests {
  static func mandates(_ text: String) throws -> [Mandate] {
    let source = try TextDecoder.decode(Array(text.utf8), path: "t.txt")
    let scan = CitationScanner.scan(source)
    return MandateReader.read(source, profile: DocumentProfile(), citations: scan.citations)
  }

  static let order =
    "Ủy ban nhân dân các huyện xây dựng kế hoạch thực hiện Chỉ thị số 01/CT-UBND ngày 5/1/2024."

  @Test func anOrderAfterSentencesAndClausesOnItsLine() throws {
    let found = try Self.mandates("Mở đầu văn bản. Câu thứ hai; câu thứ ba. " + Self.order)
    #expect(found.count == 1)
    #expect(found.first?.body.name == "Ủy ban nhân dân huyện")
    #expect(found.first?.body.plural == true)
    #expect(found.first?.action == .issue)
    #expect(found.first?.objects == [0])
  }

  @Test func ordersAfterManyLinesAndOneLongLine() throws {
    let lines = String(repeating: "Một dòng không có lệnh nào.\n", count: 2_000)
    // About 800 KB on one line before the order: read once, not once per sentence.
    let longLine = String(repeating: "Câu văn không có lệnh. ", count: 30_000)
    let found = try Self.mandates(lines + Self.order + "\n" + longLine + Self.order)
    #expect(found.count == 2)
    #expect(found.map(\.action) == [.issue, .issue])
    #expect(found.map(\.objects) == [[0], [1]])
  }

  @Test func aCarryOutOrderNeedsSomethingToCarryOut() throws {
    // "thực hiện" with nothing named after it is no order; with "Chỉ thị này" it is.
    #expect(try Self.mandates("Các sở, ngành thực hiện tốt công tác.\n").isEmpty)
    let found = try Self.mandates("Ủy ban nhân dân các xã triển khai thực hiện Chỉ thị này.\n")
    #expect(found.map(\.action) == [.carryOut])
    #expect(found.first?.objects == [])
  }
}
