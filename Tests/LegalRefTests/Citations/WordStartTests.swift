import Testing

@testable import LegalRef

/// The reference finder jumps to the next word that may open a reference (its first two bytes those of an
/// opener) eight bytes at a time: it must stop exactly where the byte-by-byte reading would ("“Nghị quyết" after
/// a curly quote, "Đề án" after a space, not the "n" of "định" or of "a1n").
@Suite struct WordStartTests {
  static func byteByByte(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var k = from
    while k < b.count {
      if ReferenceFinder.starters[Int(b[k])], k == 0 || !ReferenceFinder.isLetterByte(b, before: k),
        k + 1 < b.count, ReferenceFinder.openerPairs[ReferenceFinder.pairIndex(b[k], b[k + 1])]
      {
        return k
      }
      k += 1
    }
    return b.count
  }

  static let pieces = [
    "Nghị quyết", "nghị định", "Chỉ thị", "“Kế hoạch”", "—Luật", "Đề án", "đề án", "định", "a1n",
    "9c", " ",
    "\n", ",", "(", "tỉnh", "Thông tư", "‘b’", "…l", "ẩn", "ĐỒNG", "x", "…", "–", "€h", "Ưu", "½p",
  ]

  @Test(arguments: 0..<300)
  func stopsWhereAByteByByteReadingStops(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 13_000)
    func next() -> Int { random.below(1_000_003) }
    var text: [UInt8] = []
    for _ in 0..<(next() % 50) { text += Array(Self.pieces[next() % Self.pieces.count].utf8) }
    text.withUnsafeBufferPointer { b in
      var from = 0
      while from <= b.count {
        let expected = Self.byteByByte(b, from: from)
        let found = ReferenceFinder.nextWordStart(
          b, from: from, starters: ReferenceFinder.starters, pairs: ReferenceFinder.openerPairs)
        #expect(
          found == expected,
          "from \(from) in \(String(decoding: text, as: UTF8.self).debugDescription)")
        if expected != found { return }
        from = expected + 1
      }
    }
  }
}

