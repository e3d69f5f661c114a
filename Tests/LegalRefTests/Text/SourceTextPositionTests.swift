import Testing

@testable import LegalRef

@Suite("Text: positions, line index and slices")
struct SourceTextPositionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var offset: Int
    var line: Int
    var column: Int
    var testDescription: String { "byte \(offset) -> \(line):\(column)" }
  }

  /// "Điều\nab\n\ncd" — Đ and ề are two and three bytes.
  static let text = "Điều\nab\n\ncd"
  static let cases: [Case] = [
    Case(offset: 0, line: 1, column: 1),
    Case(offset: 1, line: 1, column: 1),  // inside Đ
    Case(offset: 2, line: 1, column: 2),
    Case(offset: 3, line: 1, column: 3),
    Case(offset: 5, line: 1, column: 3),  // inside ề
    Case(offset: 6, line: 1, column: 4),
    Case(offset: 7, line: 1, column: 5),  // the "\n" of line 1
    Case(offset: 8, line: 2, column: 1),
    Case(offset: 10, line: 2, column: 3),  // the "\n" of line 2
    Case(offset: 11, line: 3, column: 1),  // an empty line
    Case(offset: 12, line: 4, column: 1),
    Case(offset: 14, line: 4, column: 3),  // end of file
    Case(offset: -3, line: 1, column: 1),  // clamped
    Case(offset: 99, line: 4, column: 3),  // clamped
  ]

  @Test(arguments: cases)
  func positionOfByte(_ c: Case) throws {
    let source = try TextFixture.decode(Self.text)
    #expect(source.bytes.count == 14)
    #expect(source.position(ofByte: c.offset) == SourcePosition(line: c.line, column: c.column))
    #expect(source.lineIndex(ofByte: min(max(c.offset, 0), 14)) == c.line - 1)
  }

  @Test func trailingNewlineStartsAnEmptyLastLine() throws {
    let source = try TextFixture.decode("ab\r\n")
    #expect(source.lineStarts == [0, 3])
    #expect(source.position(ofByte: 2) == SourcePosition(line: 1, column: 3))
    #expect(source.position(ofByte: 3) == SourcePosition(line: 2, column: 1))
  }

  @Test func lineIndexOverManyLines() throws {
    let lines = (1...1000).map { "dòng \($0)" }
    let source = try TextFixture.decode(lines.joined(separator: "\r\n"))
    #expect(source.lineStarts.count == 1000)
    for (index, start) in source.lineStarts.enumerated() {
      #expect(source.lineIndex(ofByte: start) == index)
      if start > 0 { #expect(source.lineIndex(ofByte: start - 1) == index - 1) }
    }
    let last = try #require(source.lineStarts.last)
    #expect(source.position(ofByte: last + 6) == SourcePosition(line: 1000, column: 6))
  }

  @Test func stringOfRange() throws {
    let source = try TextFixture.decode("Nghị quyết\u{A0}22")
    #expect(source.string(0..<source.bytes.count) == "Nghị quyết 22")
    #expect(source.string(0..<6) == "Nghị")
    #expect(source.string(source.bytes.count - 2..<source.bytes.count + 10) == "22")
  }

  @Test func positionsCompareAndPrint() {
    let a = SourcePosition(line: 2, column: 9)
    let b = SourcePosition(line: 10, column: 1)
    #expect(a < b)
    #expect(SourcePosition(line: 2, column: 3) < a)
    #expect(!(a < a))
    #expect(a.description == "2:9")
  }

  @Test func diagnosticDescriptionIsItsMessage() throws {
    let source = try TextDecoder.decode([0x61, 0xFF], path: "x.txt")
    let diagnostic = try #require(source.diagnostics.first)
    #expect(diagnostic.description == "invalid UTF-8 at byte 1 replaced with U+FFFD")
  }
}
