import Foundation
import Testing

@testable import LegalRef

/// The syllable check the legacy-encoding detector scores with.
@Suite("Formats: Vietnamese syllable check")
struct FormatsSyllableTests {
  private func plausible(_ word: String) -> Bool {
    VietnameseSyllable.isPlausible(word.unicodeScalars.map(\.value))
  }

  @Test(arguments: [
    "nghị", "quyết", "số", "được", "người", "những", "trường", "khuya", "thuở", "giáo", "gì",
    "quốc", "yêu", "oanh", "tuyển", "Đảng", "ĐẢNG", "xoong", "nghiêng", "khoẻ", "hoá", "uỷ",
    "Ủy", "gịa", "ươm", "ở", "à",
  ])
  func realSyllablesArePlausible(_ word: String) {
    #expect(plausible(word))
  }

  @Test(arguments: [
    "nghũ", "ủũnh", "soỏ", "NĐ", "Nghò", "quyeát", "ñònh", "tröôøng", "gi¸o", "kà", "ghá", "ngì",
    "cẹ", "hàc", "đ", "Müller", "café",
  ])
  func wrongDecodingsAreNot(_ word: String) {
    #expect(!plausible(word))
  }

  @Test func almostEveryWordOfTheSeedsIsPlausible() throws {
    var words = 0
    var rejected: [String: Int] = [:]
    for path in Seeds.files {
      let text = try FormatFixtures.seedText(path)
      LegacyDetector.forEachWord(text.unicodeScalars.map(\.value)) { word in
        guard word.contains(where: { $0 >= 0x80 }) else { return }
        words += 1
        if !VietnameseSyllable.isPlausible(word) {
          rejected[
            String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init))), default: 0] += 1
        }
      }
    }
    let count = rejected.values.reduce(0, +)
    #expect(
      count * 100 <= words,
      "rejected \(count) of \(words): \(rejected.sorted { $0.value > $1.value }.prefix(30))")
  }
}
