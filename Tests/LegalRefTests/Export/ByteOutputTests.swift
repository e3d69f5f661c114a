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

  /// Numbers are written as `String(i)` writes them: every line, column, year and count in the outputs.
  @Test func decimalIsWhatStringWrites() {
    var random = SeededRandom(seed: 16_000)
    var values = [
      0, 9, 10, 99, 100, 101, 999, 1_000, 2_026, -1, -10, Int.max, Int.min, Int.max - 1,
    ]
    for _ in 0..<500 { values.append(random.below(1 << (random.below(60) + 1))) }
    for v in values {
      var out: [UInt8] = [0x41]
      out.append(decimal: v)
      #expect(out == [0x41] + Array(String(v).utf8), "\(v)")
    }
  }
}
