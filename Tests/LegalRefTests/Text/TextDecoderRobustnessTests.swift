import Testing

@testable import LegalRef

@Suite("Text: arbitrary bytes never crash and always give consistent output")
struct TextDecoderRobustnessTests {
  /// Pieces that exercise every branch: valid and invalid sequences, line ends, spaces, marks.
  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array("Đ".utf8), Array("ế".utf8), Array("😀".utf8), [0x0D], [0x0A],
    [0x0D, 0x0A], [0x09], [0xC2, 0xA0], [0xE3, 0x80, 0x80], [0xE2, 0x80, 0x8B],
    [0xEF, 0xBB, 0xBF], [0xCC, 0x81], [0xCC, 0xA3], [0xCD, 0x82], [0xE1, 0xB7, 0x80], [0xFF],
    [0x80], [0xE1, 0xBB], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x7F], [0x01],
    Array("Nghị quyết số 22-NQ/TW ".utf8),
  ]

  @Test(arguments: 0..<200)
  func randomInputIsValidNormalisedUTF8(seed: Int) throws {
    var generator = SeededRandom(seed: UInt64(seed))
    var bytes: [UInt8] = []
    for _ in 0..<Int(generator.next() % 60) {
      bytes += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
    }
    let source = try TextDecoder.decode(bytes, path: "fuzz.txt")
    let text = TextFixture.text(source)
    // Valid UTF-8: decoding and re-encoding gives the same bytes.
    #expect(Array(text.utf8) == source.bytes)
    #expect(!source.bytes.contains(0x0D) && !source.bytes.contains(0x09))
    #expect(!source.bytes.contains(0x7F) && !source.bytes.contains(0x01))
    #expect(!text.unicodeScalars.contains { [0xA0, 0x3000, 0x200B, 0xFEFF].contains($0.value) })
    // Line starts: 0, then one after every "\n".
    var expected = [0]
    for (index, byte) in source.bytes.enumerated() where byte == 0x0A { expected.append(index + 1) }
    #expect(source.lineStarts == expected)
    // Positions never go backwards.
    var previous = SourcePosition(line: 1, column: 1)
    for offset in 0...source.bytes.count {
      let position = source.position(ofByte: offset)
      #expect(previous <= position)
      #expect(position.column >= 1)
      previous = position
    }
  }

  /// Legacy-font characters and letters of every kind the legacy check counts, in NFC and NFD.
  static let legacyPieces: [[UInt8]] =
    pieces + [
      Array("NghÞ quyÕt sè ".utf8), Array("Nghò quyeát soá ".utf8), Array("ăđơư".utf8),
      Array("ạ".utf8), Array("a\u{0323}".utf8), Array("e\u{0302}\u{0301}".utf8), [0xC2, 0xA9],
      [0xC3, 0x9E], Array("Ứ".utf8), [0x0A],
    ]

  /// The normaliser counts the legacy-font signs as it decodes (so a file is not read twice);
  /// its counts must be those of a separate pass over the text it produced, lines composed
  /// from NFD included, or a file typed in a legacy font would go unconverted.
  @Test(arguments: 0..<300)
  func legacyCountsTakenWhileDecodingMatchAPassOverTheOutput(seed: Int) throws {
    var generator = SeededRandom(seed: UInt64(seed) &+ 7_000)
    var bytes: [UInt8] = []
    for _ in 0..<Int(generator.next() % 80) {
      bytes += Self.legacyPieces[Int(generator.next() % UInt64(Self.legacyPieces.count))]
    }
    if bytes.contains(0) { return }
    let (source, counts) = try TextDecoder.decodeCounting(bytes, path: "fuzz.txt")
    var reference = LegacyCounts()
    source.bytes.withUnsafeBufferPointer { reference.add($0, times: 1) }
    #expect(counts == reference)
  }

  @Test func legacyCountsOfAKnownLine() throws {
    // "Þ" is a character of a TCVN3 font that no Vietnamese letter is ("Õ" and "è" are letters,
    // counted as Latin-1 ones); "ă" and "ứ" are letters only Unicode has.
    let (_, typed) = try TextDecoder.decodeCounting(
      Array("Căn cứ NghÞ quyÕt sè 29-NQ/TW".utf8), path: "a.txt")
    #expect(typed.signs == 1 && typed.latin1Letters == 2 && typed.unicodeOnly == 2)
    #expect(typed.mayBeMistyped)
    let (_, correct) = try TextDecoder.decodeCounting(
      Array("Căn cứ Nghị quyết số 29-NQ/TW của Bộ Chính trị".utf8), path: "b.txt")
    #expect(correct.signs == 0 && correct.unicodeOnly >= 4)
    #expect(!correct.mayBeMistyped)
  }
}
