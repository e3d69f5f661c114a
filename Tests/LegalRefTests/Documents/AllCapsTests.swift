import Testing

@testable import LegalRef

/// A line "in capitals" (a header's issuer, a title to put in sentence case) is read in one pass over its scalars:
/// the answer is the two-pass reading's (scalars that stand alone, else characters) on any mix of capitals,
/// lowercase, digits, combining marks and punctuation.
@Suite struct AllCapsTests {
  static func twoPasses(_ s: String) -> Bool {
    if s.unicodeScalars.allSatisfy({ TextWindow.standsAlone($0.value) }) {
      var sawLetter = false
      for c in s.unicodeScalars where TextWindow.isLetter(c) {
        guard TextWindow.isUppercase(c) else { return false }
        sawLetter = true
      }
      return sawLetter
    }
    let letters = s.filter(\.isLetter)
    return !letters.isEmpty && letters.allSatisfy { $0.isUppercase }
  }

  @Test(arguments: 0..<300)
  func onePassReadsAsTwoPasses(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 18_000)
    let pieces = [
      "HẢI", "HÀ", "Hải", "hà", " ", "1", "-", "Đ", "đ", "A\u{301}", "a\u{301}", "\u{301}", "Ǆ",
      "ǅ", "“",
      "Σ", "ω", "\n",
    ]
    var s = ""
    for _ in 0..<random.below(8) { s += pieces[random.below(pieces.count)] }
    #expect(ProfileReader.Reader.isAllCaps(s) == Self.twoPasses(s), "\(s.debugDescription)")
  }
}
