import Testing

@testable import LegalRef

/// A TSV field is its text with every tab, line feed and carriage return made a space (one byte each way): the
/// scan's table rests on it, and the byte loop skips eight bytes at a time until one below 0x0E.
@Suite struct ByteOutputTests {
  @Test(arguments: 0..<200)
  func tsvFieldReplacesEveryTabAndLineBreakWithASpace(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 15_000)
    let pieces = [
      "a", "Nghị quyết", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0E}", "số 29-NQ/TW", "ố",
      "\u{0}",
    ]
    var text = ""
    for _ in 0..<random.below(40) { text += pieces[random.below(pieces.count)] }
    var expected: [UInt8] = Array("≈".utf8)
    for b in text.utf8 { expected.append(b == 0x09 || b == 0x0A || b == 0x0D ? 0x20 : b) }
    var out: [UInt8] = Array("≈".utf8)
    out.append(tsvField: text)
    #expect(out == expected, "\(text.debugDescription)")
  }
}
