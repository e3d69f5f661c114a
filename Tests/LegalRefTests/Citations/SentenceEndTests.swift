import Testing

@testable import LegalRef

/// The words after a citation are read up to the first sentence end: found eight bytes at a time, it must be the
/// place a byte-by-byte reading finds, wherever the marks fall in a word of eight and whatever follows a full stop
/// ("29-NQ/TW." at the end of the text, "3.5", "v.v.", Vietnamese letters around it).
@Suite struct SentenceEndTests {
  static func byteByByte(_ b: [UInt8], from: Int, before hi: Int) -> Int {
    var k = from
    while k < hi {
      let c = b[k]
      if c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F
        || (c == 0x2E && (k + 1 >= b.count || b[k + 1] == 0x20 || b[k + 1] == 0x0A))
      {
        return k + 1
      }
      k += 1
    }
    return hi
  }

  @Test(arguments: 0..<300)
  func endsWhereAByteByByteReadingEnds(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 33_000)
    let pieces = [
      "a", "ệ", " ", ".", ". ", ".\n", ";", ":", "!", "?", "3.5", "Đ", "x", "về ", "\n", "/", ",",
    ]
    var text = ""
    for _ in 0..<random.below(60) { text += pieces[random.below(pieces.count)] }
    let bytes = Array(text.utf8)
    let from = bytes.isEmpty ? 0 : random.below(bytes.count)
    let hi = from + random.below(bytes.count - from + 1)
    bytes.withUnsafeBufferPointer { b in
      #expect(
        ContextReader.sentenceEnd(b, from: from, before: hi)
          == Self.byteByByte(bytes, from: from, before: hi),
        "\(text.debugDescription) \(from) \(hi)")
    }
  }
}
