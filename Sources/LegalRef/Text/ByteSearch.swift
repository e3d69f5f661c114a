import Foundation

/// Finding byte strings in normalised text, for the few phrases later stages look for: `memchr` jumps to each
/// place of the needle's least common byte, then the whole needle is compared.
enum ByteSearch {
  /// Whether `needle` stands in `b` at `i` (all of it before the end).
  static func matches(_ needle: [UInt8], in b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i >= 0, i + needle.count <= b.count else { return false }
    for k in 0..<needle.count where b[i + k] != needle[k] { return false }
    return true
  }

  /// The first offset at or after `from` (and before `end`) where `needle` starts.
  static func first(
    _ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int, end: Int? = nil
  ) -> Int? {
    guard let base = haystack.baseAddress, !needle.isEmpty else { return nil }
    let limit = min(end ?? haystack.count, haystack.count)
    guard from >= 0, from + needle.count <= limit else { return nil }
    // memchr jumps to the needle's rarest byte (by a rough ranking for Vietnamese text: letters, the space and the
    // lead bytes of Vietnamese letters are common), so that a phrase starting with a common letter ('h', 't') is
    // not stopped at every word; the whole needle is then compared around it.
    var pivot = 0
    for (k, b) in needle.enumerated()
    where Self.commonness[Int(b)] < Self.commonness[Int(needle[pivot])] {
      pivot = k
    }
    let key = Int32(needle[pivot])
    var i = from + pivot
    let lastStart = limit - needle.count
    while i - pivot <= lastStart {
      guard let hit = memchr(base + i, key, limit - i) else { return nil }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - pivot
      guard at <= lastStart else { return nil }
      var k = 0
      while k < needle.count, haystack[at + k] == needle[k] { k += 1 }
      if k == needle.count { return at }
      i = at + pivot + 1
    }
    return nil
  }

  /// How common each byte is in Vietnamese text, roughly (higher: more common): the memchr pivot of a needle is
  /// its least common byte.
  static let commonness: [UInt8] = (0..<256).map { v -> UInt8 in
    let b = UInt8(v)
    switch b {
    case 0x20: return 9
    case 0x61...0x7A: return "nhtcgiaoum".utf8.contains(b) ? 8 : 6
    case 0xE1, 0xBA, 0xBB: return 7
    case 0xC3, 0xC4, 0xC6: return 5
    case 0x41...0x5A, 0x30...0x39: return 3
    default: return b >= 0x80 ? 2 : 1
    }
  }

  /// Every offset where `needle` starts in `haystack`, in order (non-overlapping).
  static func occurrences(
    of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0
  ) -> [Int] {
    var out: [Int] = []
    var i = start
    while let at = first(needle, in: haystack, from: i) {
      out.append(at)
      i = at + needle.count
    }
    return out
  }

  /// Every offset where one of `needles` starts, in order, from one pass over `haystack` (rather than one pass
  /// per needle). Every needle starts with the same ASCII letter, in either case ("tỉnh", "Tỉnh", "TP."), and
  /// none is a prefix of another: at each offset at most one matches.
  static func occurrences(ofAny needles: [[UInt8]], in haystack: UnsafeBufferPointer<UInt8>)
    -> [Int]
  {
    guard let head = needles.first?.first, let base = haystack.baseAddress else { return [] }
    let letter = head | 0x20
    precondition(
      letter >= 0x61 && letter <= 0x7A
        && needles.allSatisfy { $0.first.map { $0 | 0x20 } == letter },
      "every needle starts with the same ASCII letter")
    var out: [Int] = []
    let n = haystack.count
    // Eight bytes at a time: b | 0x20 == letter only for the letter in either case.
    let pattern = UInt64(letter) &* 0x0101_0101_0101_0101
    var i = 0
    // The needles' first three bytes (every needle has three) in a table: most candidates ("th", "t ", "tr",
    // "tá") are told apart by one look-up, and only the others compared with the needles.
    precondition(needles.allSatisfy { $0.count >= 3 }, "needles of three bytes or more")
    func head3(_ b: [UInt8]) -> UInt32 { UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 }
    let table = KeyTable(Set(needles.map(head3)))
    return table.withLookup { isHead in
      func check(_ at: Int) {
        guard at + 3 <= n else { return }
        let head =
          UInt32(haystack[at]) | UInt32(haystack[at + 1]) << 8 | UInt32(haystack[at + 2]) << 16
        guard isHead(head) else { return }
        for needle in needles where at + needle.count <= n {
          var j = 0
          while j < needle.count, haystack[at + j] == needle[j] { j += 1 }
          if j >= needle.count {
            out.append(at)
            return
          }
        }
      }
      while i + 8 <= n {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
        let x = w ^ pattern
        // A zero byte of x marks a candidate (the classic test can flag a byte after a real zero: each is checked).
        var hits = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        while hits != 0 {
          check(i + hits.trailingZeroBitCount >> 3)
          hits &= hits &- 1
        }
        i += 8
      }
      while i < n {
        if haystack[i] | 0x20 == letter { check(i) }
        i += 1
      }
      return out
    }
  }

  /// Whether `needle` occurs in `haystack[range]`.
  static func contains(
    _ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    first(needle, in: haystack, from: range.lowerBound, end: range.upperBound) != nil
  }
}

extension String {
  /// Whether the UTF-8 of the string holds `byte`: `memchr` on its bytes where they are stored contiguously (every
  /// native string), where `utf8.contains` walks the view one index at a time.
  func utf8Contains(_ byte: UInt8) -> Bool {
    let found = utf8.withContiguousStorageIfAvailable { p -> Bool in
      guard let base = p.baseAddress, !p.isEmpty else { return false }
      return memchr(base, Int32(byte), p.count) != nil
    }
    return found ?? utf8.contains(byte)
  }
}
