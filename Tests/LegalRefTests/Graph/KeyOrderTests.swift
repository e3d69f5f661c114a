import Foundation
import Testing

@testable import LegalRef

/// Node keys are sorted as `String`'s `<` sorts them, most compared as bytes: the order must be that of Strings for
/// any mix of keys, in NFC or not.
@Suite struct KeyOrderTests {
  /// Parts keys are made of: ASCII, composed Vietnamese, a decomposed letter, U+2000 (which NFC makes U+2002), Hangul
  /// jamo that NFC composes, Greek, an emoji, a combining mark on its own.
  static let parts = [
    "29-NQ/TW", "80/2017/NĐ-CP", "file:", "Nghị quyết", "đ", "Đ", "a", "á", "a\u{0301}",
    "e\u{0302}\u{0301}",
    "ế", "\u{2000}", "\u{2002}", "–", "\u{1100}\u{1161}", "가", "Ω", "\u{2126}", "😀", "\u{0301}",
    "z", "Z", "0",
    "ư", "ư\u{0300}", "ừ",
  ]

  /// The reference: indices sorted by String comparison, equal keys in their own order.
  static func reference(_ keys: [String]) -> [Int] {
    keys.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
  }

  @Test func orderIsThatOfStrings() {
    var random = SeededRandom(seed: 7)
    for round in 0..<40 {
      var keys: [String] = []
      for _ in 0..<(50 + round * 10) {
        var key = ""
        for _ in 0..<(1 + random.below(4)) { key += Self.parts[random.below(Self.parts.count)] }
        keys.append(key)
      }
      #expect(KeyOrder.sortedIndices(keys) == Self.reference(keys), "round \(round)")
    }
  }

  @Test func plainKeysAreExactlyThoseInNFCWithStableScalars() {
    func plain(_ s: String) -> Bool {
      Array(s.utf8).withUnsafeBufferPointer { KeyOrder.isPlain($0) }
    }
    #expect(plain("80/2017/NĐ-CP"))
    #expect(plain("Nghị quyết số 29–NQ/TW"))
    #expect(plain("file:/data/Kế hoạch.txt"))
    #expect(!plain("a\u{0301}"))
    #expect(!plain("\u{2000}"))
    #expect(!plain("\u{2126}"))
    #expect(!plain("가"))
    #expect(!plain("😀"))
    // Every key called plain is already in NFC.
    for part in Self.parts where plain(part) {
      #expect(Array(part.utf8) == Array(part.precomposedStringWithCanonicalMapping.utf8), "\(part)")
    }
  }

  /// The graph's nodes and edges are put in key order in place, by following the permutation's cycles: the result
  /// must be the gathered order, for permutations of every shape (fixed points, one long cycle, many short ones).
  @Test(arguments: 0..<60)
  func permutingInPlaceGivesTheGatheredOrder(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 18_000)
    let n = random.below(40)
    var order = Array(0..<n)
    for k in order.indices.reversed() where k > 0 { order.swapAt(k, random.below(k + 1)) }
    let values = (0..<n).map { "value \($0) long enough to live on the heap" }
    var permuted = values
    permuted.permute(by: order)
    #expect(permuted == order.map { values[$0] }, "\(order)")
  }
}
