import Testing

@testable import LegalRef

@Suite("Text: encodings, BOMs, binary and empty files")
struct TextDecoderEncodingTests {
  @Test func utf8WithoutBOMIsKeptAsIs() throws {
    let source = try TextFixture.decode("Điều 1. Nghị quyết\nsố 22")
    #expect(TextFixture.text(source) == "Điều 1. Nghị quyết\nsố 22")
    #expect(source.lineStarts == [0, Array("Điều 1. Nghị quyết\n".utf8).count])
    #expect(source.diagnostics.isEmpty)
    #expect(source.path == "fixture.txt")
  }

  @Test func utf8BOMIsRemovedAndNotCounted() throws {
    let source = try TextDecoder.decode(
      [0xEF, 0xBB, 0xBF] + Array("Điều 1\nabc".utf8), path: "b.txt")
    #expect(TextFixture.text(source) == "Điều 1\nabc")
    #expect(source.diagnostics.map(\.kind) == [.removedBOM])
    #expect(source.position(ofByte: 0) == SourcePosition(line: 1, column: 1))
    let one = try #require(TextFixture.offset(of: "1", in: source))
    #expect(source.position(ofByte: one) == SourcePosition(line: 1, column: 6))
  }

  @Test(arguments: [false, true])
  func utf16WithBOMIsDecoded(bigEndian: Bool) throws {
    // "😀" is a surrogate pair in UTF-16 and one column.
    let original = "Nghị quyết 😀 số 22-NQ/TW\r\nĐiều 2"
    let source = try TextDecoder.decode(
      TextFixture.utf16(original, bigEndian: bigEndian), path: "u16.txt")
    #expect(TextFixture.text(source) == "Nghị quyết 😀 số 22-NQ/TW\nĐiều 2")
    #expect(source.diagnostics.map(\.kind) == [.decodedUTF16(bigEndian: bigEndian)])
    #expect(source.lineStarts.count == 2)
    let so = try #require(TextFixture.offset(of: "số", in: source))
    #expect(source.position(ofByte: so) == SourcePosition(line: 1, column: 14))
    let dieu = try #require(TextFixture.offset(of: "Điều", in: source))
    #expect(source.position(ofByte: dieu) == SourcePosition(line: 2, column: 1))
  }

  @Test(arguments: [false, true])
  func utf16LoneSurrogatesBecomeReplacementCharacters(bigEndian: Bool) throws {
    // A, lone high surrogate, B, lone low surrogate, C.
    let bytes = TextFixture.utf16(units: [0x41, 0xD800, 0x42, 0xDC00, 0x43], bigEndian: bigEndian)
    let source = try TextDecoder.decode(bytes, path: "u16.txt")
    #expect(TextFixture.text(source) == "A\u{FFFD}B\u{FFFD}C")
    #expect(
      source.diagnostics.map(\.kind) == [
        .decodedUTF16(bigEndian: bigEndian), .invalidUTF8(byteOffset: 4),
        .invalidUTF8(byteOffset: 8),
      ])
    let c = try #require(TextFixture.offset(of: "C", in: source))
    #expect(source.position(ofByte: c) == SourcePosition(line: 1, column: 5))
  }

  @Test func utf16MayHoldNULBytesAndU0000() throws {
    // ASCII in UTF-16 is full of 0x00 bytes; that is not binary. U+0000 itself becomes a space.
    let source = try TextDecoder.decode(
      TextFixture.utf16(units: [0x41, 0x00, 0x42], bigEndian: false), path: "u16.txt")
    #expect(TextFixture.text(source) == "A B")
  }

  @Test(arguments: [
    Array("abc\u{0}def".utf8), [0x00], Array("PK\u{3}\u{4}".utf8) + [0, 0, 0xFF, 0x10],
    [0xEF, 0xBB, 0xBF, 0x41, 0x00],
  ])
  func nulBytesMeanBinary(bytes: [UInt8]) {
    #expect(throws: TextError.binary(path: "x.bin")) {
      try TextDecoder.decode(bytes, path: "x.bin")
    }
  }

  @Test func binaryErrorMessage() {
    #expect(
      TextError.binary(path: "x.bin").description
        == "skipped 'x.bin': binary file (NUL bytes), not text")
    #expect(
      TextError.unreadable(path: "x.txt", reason: "permission denied").description
        == "cannot read 'x.txt': permission denied")
  }

  @Test func emptyFileIsEmptyText() throws {
    let source = try TextDecoder.decode([], path: "empty.txt")
    #expect(source.bytes.isEmpty)
    #expect(source.lineStarts == [0])
    #expect(source.diagnostics.isEmpty)
    #expect(source.position(ofByte: 0) == SourcePosition(line: 1, column: 1))
    #expect(source.lineIndex(ofByte: 0) == 0)
  }

  @Test func bomOnlyFileIsEmptyText() throws {
    let source = try TextDecoder.decode([0xEF, 0xBB, 0xBF], path: "bom.txt")
    #expect(source.bytes.isEmpty)
    #expect(source.lineStarts == [0])
    #expect(source.diagnostics.map(\.kind) == [.removedBOM])
  }
}
