import Testing

@testable import LegalRef

/// The reference finder finds the words that may open a reference (their first six bytes those of an opener)
/// with a Wu–Manber search over the four quarters of the text, skipping up to five bytes a step: it must find
/// exactly the words a byte-by-byte reading finds ("“Nghị quyết" after a curly quote, "Đề án" after a space, "THÔNG TƯ" nowhere, not the "n" of
/// "định" or of "a1n", not "công" or "Luận", whose first four bytes are those of "Công văn" and "Luật").
@Suite struct WordStartTests {
  /// The first six bytes of each opener, the first letter in lowercase and "Đ" as "đ".
  static let prefixes = Set(ReferenceFinder.openers.map { Array($0.bytes.prefix(6)) })

  static func byteByByte(_ b: UnsafeBufferPointer<UInt8>) -> [Int] {
    var found: [Int] = []
    var k = 0
    while k + 6 <= b.count {
      var head = Array(b[k..<(k + 6)])
      if head[0] >= 0x41 && head[0] <= 0x5A { head[0] += 32 }
      if head[0] == 0xC4 { head[1] |= 1 }
      if k == 0 || !ReferenceFinder.isLetterByte(b, before: k), Self.prefixes.contains(head) {
        found.append(k)
      }
      k += 1
    }
    return found
  }

  static let pieces = [
    "Nghị quyết", "nghị định", "Chỉ thị", "“Kế hoạch”", "—Luật", "Đề án", "đề án", "định", "a1n",
    "9c", " ", "THÔNG TƯ", "công", "Công văn", "Luật", "luật", "Kết luận", "Kế", "Bộ luật", "quy",
    "thông tin", "quyền", "Luận", "nghề",
    "\n", ",", "(", "tỉnh", "Thông tư", "‘b’", "…l", "ẩn", "ĐỒNG", "x", "…", "–", "€h", "Ưu", "½p",
  ]

  @Test(arguments: 0..<300)
  func findsTheWordsAByteByByteReadingFinds(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 13_000)
    func next() -> Int { random.below(1_000_003) }
    var text: [UInt8] = []
    for _ in 0..<(next() % 50) { text += Array(Self.pieces[next() % Self.pieces.count].utf8) }
    text.withUnsafeBufferPointer { b in
      #expect(
        ReferenceFinder.wordStarts(b) == Self.byteByByte(b),
        "in \(String(decoding: text, as: UTF8.self).debugDescription)")
    }
  }
}
