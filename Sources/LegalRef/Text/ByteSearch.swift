import Foundation

/// Finding byte strings in normalised text, for the few phrases later stages look for: `memchr` jumps to each
/// candidate first byte, then the rest is compared.
enum ByteSearch {
  /// The first offset at or after `from` (and before `end`) where `needle` starts.
  static func first(
    _ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int, end: Int? = nil
  ) -> Int? {
    guard let base = haystack.baseAddress, let head = needle.first else { return nil }
    let limit = min(end ?? haystack.count, haystack.count)
    var i = from
    while i + needle.count <= limit {
      guard let hit = memchr(base + i, Int32(head), limit - i) else { return nil }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      guard at + needle.count <= limit else { return nil }
      var k = 1
      while k < needle.count, haystack[at + k] == needle[k] { k += 1 }
      if k == needle.count { return at }
      i = at + 1
    }
    return nil
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

  /// Whether `needle` occurs in `haystack[range]`.
  static func contains(
    _ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    first(needle, in: haystack, from: range.lowerBound, end: range.upperBound) != nil
  }
}
