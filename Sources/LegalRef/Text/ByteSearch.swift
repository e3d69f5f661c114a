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
    first(needle, pivot: pivot(of: needle), in: haystack, from: from, end: end)
  }

  /// Where `first(_:in:from:end:)` looks for `needle` with memchr: its rarest byte (by a rough ranking for
  /// Vietnamese text: letters, the space, the lead bytes of Vietnamese letters and the second bytes of the common
  /// ones, the full stop and the comma are common), so that a phrase starting with a common letter ('h', 't') is
  /// not stopped at every word.
  static func pivot(of needle: [UInt8]) -> Int {
    var pivot = 0
    for (k, b) in needle.enumerated()
    where Self.commonness[Int(b)] < Self.commonness[Int(needle[pivot])] {
      pivot = k
    }
    return pivot
  }

  /// `first(_:in:from:end:)` with the needle's pivot worked out by the caller, once for many searches.
  static func first(
    _ needle: [UInt8], pivot: Int, in haystack: UnsafeBufferPointer<UInt8>, from: Int,
    end: Int? = nil
  ) -> Int? {
    guard let base = haystack.baseAddress, !needle.isEmpty else { return nil }
    let limit = min(end ?? haystack.count, haystack.count)
    guard from >= 0, from + needle.count <= limit else { return nil }
    // memchr jumps to the pivot; the whole needle is then compared around it.
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
    // The full stop and the comma; the second bytes of the common two-byte letters (à á â é ê ì í ò ó ô ù ú đ ă
    // ơ ư Ư).
    case 0x2C, 0x2E: return 4
    case 0x83, 0x91, 0xA0, 0xA1, 0xA2, 0xA9, 0xAA, 0xAC, 0xAD, 0xAF, 0xB0, 0xB2, 0xB3, 0xB4, 0xB9:
      return 4
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

  /// Every offset where one of the needles of `set` starts, in order, each offset once.
  static func occurrences(ofAny set: NeedleSet, in haystack: UnsafeBufferPointer<UInt8>) -> [Int] {
    set.occurrences(in: haystack)
  }

  /// Several needles looked for together: grouped by their pivot byte (`pivot(of:)`), one memchr pass over the
  /// text for each distinct pivot, every needle of the group compared where it stops, the offsets then merged.
  /// ("tỉnh" and "Tỉnh" share the rare 0x89 of "ỉ": one pass finds both.)
  struct NeedleSet: Sendable {
    let needles: [[UInt8]]
    /// Per distinct pivot byte, in the order first met: the needles (indices) and where the byte is in each.
    let groups: [(byte: UInt8, members: [(needle: Int, pivot: Int)])]

    init(_ needles: [[UInt8]]) {
      precondition(needles.allSatisfy { !$0.isEmpty }, "no empty needle")
      self.needles = needles
      var groups: [(byte: UInt8, members: [(needle: Int, pivot: Int)])] = []
      for (k, needle) in needles.enumerated() {
        let p = ByteSearch.pivot(of: needle)
        if let g = groups.firstIndex(where: { $0.byte == needle[p] }) {
          groups[g].members.append((k, p))
        } else {
          groups.append((needle[p], [(k, p)]))
        }
      }
      self.groups = groups
    }

    /// Every offset where one of the needles starts, in order, each once.
    func occurrences(in haystack: UnsafeBufferPointer<UInt8>) -> [Int] {
      guard let base = haystack.baseAddress else { return [] }
      let n = haystack.count
      var out: [Int] = []
      for group in groups {
        var i = 0
        while i < n, let hit = memchr(base + i, Int32(group.byte), n - i) {
          let h = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          for member in group.members
          where ByteSearch.matches(needles[member.needle], in: haystack, at: h - member.pivot) {
            out.append(h - member.pivot)
          }
          i = h + 1
        }
      }
      if groups.count == 1 && groups[0].members.count == 1 { return out }
      out.sort()
      var unique = 0
      for m in out.indices where unique == 0 || out[m] != out[unique - 1] {
        out[unique] = out[m]
        unique += 1
      }
      out.removeLast(out.count - unique)
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
