import Testing

@testable import LegalRef

@Suite("Text: byte search finds what a search per phrase finds")
struct ByteSearchTests {
  static let anchors = ProfileReader.provinceAnchors
  static let anchorSet = ProfileReader.provinceAnchorSet

  /// The one-pass search for several phrases gives, in order, every offset a separate search for each phrase
  /// gives: the province votes rest on it.
  @Test(arguments: 0..<200)
  func oneSearchForManyPhrasesMatchesOneSearchEach(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 11_000)
    let pieces =
      Self.anchors.map { String(decoding: $0, as: UTF8.self) } + [
        "t", "T", "th", "tỉ", "TP", "Tp", " ", "\n", "thành", "phố", "ỉnh", "a", "tinh", "Thanh",
      ]
    var text: [UInt8] = []
    for _ in 0..<random.below(120) { text += Array(pieces[random.below(pieces.count)].utf8) }
    let expected = text.withUnsafeBufferPointer { b in
      Self.anchors.flatMap { ByteSearch.occurrences(of: $0, in: b) }.sorted()
    }
    let found = text.withUnsafeBufferPointer {
      ByteSearch.occurrences(ofAny: Self.anchorSet, in: $0)
    }
    #expect(found == expected)
  }

  /// Any set of needles (short and long, sharing prefixes and pivots, overlapping themselves) gives every offset
  /// where one of them starts, each once, as comparing them all at every offset does.
  @Test(arguments: 0..<200)
  func anyNeedleSetFindsEveryOffsetAComparisonFinds(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 14_000)
    let alphabet = Array("ab ạ\n".utf8)
    func word(_ count: Int) -> [UInt8] {
      (0..<count).map { _ in alphabet[random.below(alphabet.count)] }
    }
    let needles = (0..<(1 + random.below(5))).map { _ in word(1 + random.below(9)) }
    let text = word(random.below(300))
    var expected: [Int] = []
    for at in text.indices where needles.contains(where: { text[at...].starts(with: $0) }) {
      expected.append(at)
    }
    let set = ByteSearch.NeedleSet(needles)
    let found = text.withUnsafeBufferPointer { ByteSearch.occurrences(ofAny: set, in: $0) }
    #expect(found == expected, "needles \(needles)")
  }

  @Test func findsEachAnchorAtTheEndsOfTheText() {
    let text = Array("TP. Hà Nội và tỉnh Bắc Ninh, thành phố Huế; Tp.".utf8)
    let found = text.withUnsafeBufferPointer {
      ByteSearch.occurrences(ofAny: Self.anchorSet, in: $0)
    }
    let words = found.map { at in
      Self.anchors.first { text[at...].starts(with: $0) }.map {
        String(decoding: $0, as: UTF8.self)
      }
    }
    #expect(words == ["TP.", "tỉnh", "thành phố", "Tp."])
  }

  /// The search that jumps to a needle's least common byte finds the first place, in range, that a byte-by-byte
  /// comparison finds: mandates and place-date lines are looked for with it.
  @Test(arguments: 0..<200)
  func searchFromTheRarestByteFindsTheFirstPlace(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 12_000)
    func next() -> Int { random.below(1_000_000) }
    let pieces = [
      "thực hiện", "hực", "h", "iện", "ban hành", "ban", " ", ",", "ệ", "cụ thể", "Z9", "\n",
    ]
    var text: [UInt8] = []
    for _ in 0..<(next() % 60) { text += Array(pieces[next() % pieces.count].utf8) }
    let needle = Array(["hực hiện", "ban hành", "cụ thể", ",", "Z9", "iện h"][next() % 6].utf8)
    let from = text.isEmpty ? 0 : next() % text.count
    let end = from + next() % (text.count - from + 1)
    var expected: Int?
    var at = from
    while at + needle.count <= end {
      if Array(text[at..<(at + needle.count)]) == needle {
        expected = at
        break
      }
      at += 1
    }
    let found = text.withUnsafeBufferPointer {
      ByteSearch.first(needle, in: $0, from: from, end: end)
    }
    #expect(found == expected)
  }
}
