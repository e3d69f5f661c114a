import Testing

@testable import LegalRef

/// The reference finder jumps to the next word that may open a reference (its first six bytes those of an
/// opener) with a Wu–Manber search, skipping up to five bytes a step: it must stop exactly where the byte-by-byte
/// reading would ("“Nghị quyết" after a curly quote, "Đề án" after a space, "THÔNG TƯ" nowhere, not the "n" of
/// "định" or of "a1n", not "công" or "Luận", whose first four bytes are those of "Công văn" and "Luật").
@Suite struct WordStartTests {
  /// The first six bytes of each opener, the first letter in lowercase and "Đ" as "đ".
  static let prefixes = Set(ReferenceFinder.openers.map { Array($0.bytes.prefix(6)) })

  static func byteByByte(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var k = from
    while k + 6 <= b.count {
      var head = Array(b[k..<(k + 6)])
      if head[0] >= 0x41 && head[0] <= 0x5A { head[0] += 32 }
      if head[0] == 0xC4 { head[1] |= 1 }
      if k == 0 || !ReferenceFinder.isLetterByte(b, before: k), Self.prefixes.contains(head) {
        return k
      }
      k += 1
    }
    return b.count
  }

  static let pieces = [
    "Nghị quyết", "nghị định", "Chỉ thị", "“Kế hoạch”", "—Luật", "Đề án", "đề án", "định", "a1n",
    "9c", " ", "THÔNG TƯ", "công", "Công văn", "Luật", "luật", "Kết luận", "Kế", "Bộ luật", "quy",
    "thông tin", "quyền", "Luận", "nghề",
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
        let found = ReferenceFinder.nextWordStart(b, from: from)
        #expect(
          found == expected,
          "from \(from) in \(String(decoding: text, as: UTF8.self).debugDescription)")
        if expected != found { return }
        from = expected + 1
      }
    }
  }
}
