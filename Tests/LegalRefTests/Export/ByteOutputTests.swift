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

  /// The escapers copy runs of plain bytes found eight at a time: the run must end at the first control, DEL,
  /// quotation mark, backslash or given lead byte, wherever it falls in a word of eight, or at the end.
  @Test(arguments: [UInt8(0xC2), 0xE2])
  func plainRunsEndWhereTheFirstByteToEscapeIs(lead: UInt8) {
    var random = SeededRandom(seed: 17_000 + UInt64(lead))
    let alphabet: [UInt8] = [
      0x41, 0x20, 0xC3, 0xA1, 0xE1, 0xBB, 0x80, 0x9F, 0xA0, 0x21, 0x23, 0x5B, 0x5D, 0x7E,
    ]
    let stops: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x22, 0x5C, 0x7F, lead]
    for _ in 0..<400 {
      var bytes = (0..<random.below(40)).map { _ in alphabet[random.below(alphabet.count)] }
      for _ in 0..<random.below(3) where !bytes.isEmpty {
        bytes[random.below(bytes.count)] = stops[random.below(stops.count)]
      }
      bytes.withUnsafeBufferPointer { b in
        for from in 0...b.count {
          let expected =
            (from..<b.count).first {
              b[$0] < 0x20 || b[$0] == 0x22 || b[$0] == 0x5C || b[$0] == 0x7F || b[$0] == lead
            } ?? b.count
          #expect(PlainRun.end(b, from: from, lead: lead) == expected, "\(bytes) from \(from)")
        }
      }
    }
  }
}
