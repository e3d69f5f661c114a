import Testing

@testable import LegalRef

/// Tone placement is folded on scalars when every scalar is its own character, and on characters otherwise: the
/// two give the same text ("hóa" → "hoá", "thủy" → "thuỷ", "HÓA" kept, a decomposed "ó" through characters).
@Suite struct ToneFoldTests {
  static func byCharacters(_ text: String) -> String {
    var chars = Array(text)
    ToneMarks.fold(&chars)
    return String(chars)
  }

  @Test(arguments: 0..<300)
  func scalarsFoldAsCharacters(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 19_000)
    let pieces = [
      "h", "ó", "a", "ò", "e", "ủ", "y", "Ó", "Ú", "Ủ", "o\u{301}", "\u{301}", " ", "Đ", "ọ", "ũ",
      "ẹ", "x",
    ]
    var s = ""
    for _ in 0..<random.below(10) { s += pieces[random.below(pieces.count)] }
    let folded = ToneMarks.fold(s)
    #expect(folded == Self.byCharacters(s), "\(s.debugDescription)")
    #expect(Array(folded.unicodeScalars) == Array(Self.byCharacters(s).unicodeScalars))
  }

  @Test func foldsTheCommonPlacements() {
    #expect(ToneMarks.fold("hóa học") == "hoá học")
    #expect(ToneMarks.fold("thủy lợi") == "thuỷ lợi")
    #expect(ToneMarks.fold("Ủy ban") == "Uỷ ban")
  }
}
