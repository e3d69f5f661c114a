import Testing

@testable import LegalRef

@Suite("Text: invalid UTF-8 is replaced and reported")
struct TextDecoderInvalidUTF8Tests {
  /// An invalid byte sequence between "a" and "b", the expected number of U+FFFD (one per maximal
  /// invalid subsequence), and their offsets.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bad: [UInt8]
    var offsets: [Int]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "bad lead byte FF", bad: [0xFF], offsets: [1]),
    Case(name: "F5 is never valid", bad: [0xF5], offsets: [1]),
    Case(name: "lone continuation", bad: [0x80], offsets: [1]),
    Case(name: "truncated 3-byte", bad: [0xE1, 0xBB], offsets: [1]),
    Case(name: "truncated 4-byte", bad: [0xF0, 0x9F, 0x98], offsets: [1]),
    Case(name: "overlong C0 AF", bad: [0xC0, 0xAF], offsets: [1, 2]),
    Case(name: "overlong E0 80 AF", bad: [0xE0, 0x80, 0xAF], offsets: [1, 2, 3]),
    Case(name: "surrogate ED A0 80", bad: [0xED, 0xA0, 0x80], offsets: [1, 2, 3]),
    Case(name: "above U+10FFFF", bad: [0xF4, 0x90, 0x80, 0x80], offsets: [1, 2, 3, 4]),
    Case(name: "two truncated in a row", bad: [0xE2, 0x80, 0xE2, 0x80], offsets: [1, 3]),
  ]

  @Test(arguments: cases)
  func invalidSequenceIsReplaced(_ c: Case) throws {
    let bytes = Array("a".utf8) + c.bad + Array("bĐ".utf8)
    let source = try TextDecoder.decode(bytes, path: "bad.txt")
    let replacement = String(repeating: "\u{FFFD}", count: c.offsets.count)
    #expect(TextFixture.text(source) == "a\(replacement)bĐ")
    #expect(source.diagnostics.map(\.kind) == c.offsets.map { .invalidUTF8(byteOffset: $0) })
    // Each U+FFFD is one column, so "b" follows them.
    let b = try #require(TextFixture.offset(of: "b", in: source))
    #expect(source.position(ofByte: b) == SourcePosition(line: 1, column: 2 + c.offsets.count))
  }

  @Test func invalidInTheMiddleKeepsTheRestIntact() throws {
    let head = Array("Điều 1. Căn cứ\nNghị ".utf8)
    let bytes = head + [0xC3] + Array(" quyết số 22-NQ/TW\nĐiều 2".utf8)
    let source = try TextDecoder.decode(bytes, path: "mid.txt")
    #expect(TextFixture.text(source) == "Điều 1. Căn cứ\nNghị \u{FFFD} quyết số 22-NQ/TW\nĐiều 2")
    #expect(source.diagnostics.map(\.kind) == [.invalidUTF8(byteOffset: head.count)])
    #expect(
      source.diagnostics.first?.message
        == "invalid UTF-8 at byte \(head.count) replaced with U+FFFD")
    let number = try #require(TextFixture.offset(of: "22-NQ/TW", in: source))
    #expect(source.position(ofByte: number) == SourcePosition(line: 2, column: 17))
    #expect(source.lineStarts.count == 3)
  }

  @Test func offsetsCountTheBOM() throws {
    let source = try TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x62], path: "bom.txt")
    #expect(TextFixture.text(source) == "a\u{FFFD}b")
    #expect(source.diagnostics.map(\.kind) == [.removedBOM, .invalidUTF8(byteOffset: 4)])
  }

  @Test func truncatedAtEndOfFile() throws {
    let source = try TextDecoder.decode(Array("ab".utf8) + [0xE1, 0xBB], path: "end.txt")
    #expect(TextFixture.text(source) == "ab\u{FFFD}")
    #expect(source.diagnostics.map(\.kind) == [.invalidUTF8(byteOffset: 2)])
  }

  @Test func manyInvalidBytesAreCappedWithASummary() throws {
    var bytes: [UInt8] = []
    for _ in 0..<30 { bytes += [0x61, 0xFF] }
    let source = try TextDecoder.decode(bytes, path: "many.txt")
    #expect(TextFixture.text(source) == String(repeating: "a\u{FFFD}", count: 30))
    #expect(source.diagnostics.count == 21)
    #expect(source.diagnostics.first?.kind == .invalidUTF8(byteOffset: 1))
    #expect(source.diagnostics[19].kind == .invalidUTF8(byteOffset: 39))
    let summary = try #require(source.diagnostics.last)
    #expect(summary.kind == .invalidUTF8(byteOffset: 41))
    #expect(summary.message.hasPrefix("and 10 more invalid UTF-8 sequences"))
  }
}
