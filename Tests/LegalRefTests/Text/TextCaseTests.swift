import Testing

@testable import LegalRef

@Suite("Text: lowercasing by table gives what String.lowercased() gives")
struct TextCaseTests {
  /// Every scalar of the ranges the table covers, and some outside it, alone and between letters: the issuer
  /// phrases, type lines and subjects compared after lowercasing rest on it.
  @Test func everyScalarAloneAndInAWord() {
    let ranges = [0..<0x300, 0x300..<0x380, 0x1E00..<0x1F10, 0x1FF0..<0x2100, 0x2126..<0x2127]
    for range in ranges {
      for v in range {
        guard let s = Unicode.Scalar(UInt32(v)) else { continue }
        let alone = String(Character(s))
        #expect(TextCase.lowercased(alone) == alone.lowercased(), "U+\(String(v, radix: 16))")
        var word = String.UnicodeScalarView()
        word.append(contentsOf: "Ủy".unicodeScalars)
        word.append(s)
        word.append(contentsOf: "BAN Đ".unicodeScalars)
        let text = String(word)
        #expect(
          Array(TextCase.lowercased(text).unicodeScalars)
            == Array(text.lowercased().unicodeScalars),
          "U+\(String(v, radix: 16))")
      }
    }
  }

  /// Vietnamese as written in the documents, precomposed and decomposed, with a Turkish dotted capital (whose
  /// lowercase is two scalars) and an emoji (outside the table).
  @Test(arguments: [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "Ban Chấp hành Trung ương Đảng khóa XI",
    "CHỈ THỊ", "Thành phố Hồ Chí Minh", "Nghị quyết số 29-NQ/TW", "",
    "QUYE\u{0302}\u{0301}T ĐI\u{0323}NH", "İstanbul", "Kế hoạch 🙂 năm 2024", "ẞ straße",
    "“Về việc” – triển khai…",
  ])
  func sentences(_ text: String) {
    #expect(
      Array(TextCase.lowercased(text).unicodeScalars) == Array(text.lowercased().unicodeScalars))
  }
}
