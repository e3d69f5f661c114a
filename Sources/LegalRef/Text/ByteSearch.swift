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
  /// Vietnamese text: letters, the space, the lead bytes of Vietnamese letters, the full stop and the comma are
  /// common), so that a phrase starting with a common letter ('h', 't') is not stopped at every word.
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
    case 0x2C, 0x2E: return 4
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

  /// Several needles looked for together, the tables built once: the needles of `window` bytes or more by one
  /// Wu–Manber pass (the two bytes that end a `window`-byte stretch tell how far it can move without passing the
  /// start of one; only where that is zero are the needles compared), the shorter ones each from its least
  /// common byte (`first(_:in:from:end:)`), the offsets then merged.
  struct NeedleSet: Sendable {
    let needles: [[UInt8]]
    let window: Int
    /// The needles of `window` bytes or more, and the others.
    let long: [[UInt8]]
    let short: [[UInt8]]
    /// Each short needle's pivot (`ByteSearch.pivot(of:)`).
    let pivots: [Int]
    /// By the pair of bytes ending a stretch (the first the low byte): how far it may move.
    let shifts: [UInt8]

    init(_ needles: [[UInt8]], window: Int = 6) {
      precondition(window >= 2 && window <= 200 && needles.allSatisfy { !$0.isEmpty })
      self.needles = needles
      self.window = window
      long = needles.filter { $0.count >= window }
      short = needles.filter { $0.count < window }
      pivots = short.map(ByteSearch.pivot(of:))
      var table = [UInt8](repeating: UInt8(window - 1), count: 1 << 16)
      for needle in long {
        for q in 0...(window - 2) {
          let pair = Int(needle[q]) | Int(needle[q + 1]) << 8
          table[pair] = min(table[pair], UInt8(window - 2 - q))
        }
      }
      shifts = table
    }

    func occurrences(in haystack: UnsafeBufferPointer<UInt8>) -> [Int] {
      var out: [Int] = []
      let n = haystack.count
      if !long.isEmpty, n >= window, let base = haystack.baseAddress {
        let last = n - window
        shifts.withUnsafeBufferPointer { shift in
          var j = 0
          while j <= last {
            let pair = UnsafeRawPointer(base + j + window - 2).loadUnaligned(as: UInt16.self)
            let s = Int(shift[Int(UInt16(littleEndian: pair))])
            if s != 0 {
              j &+= s
              continue
            }
            for needle in long where needle[0] == base[j] && matches(needle, in: haystack, at: j) {
              out.append(j)
              break
            }
            j &+= 1
          }
        }
      }
      guard !short.isEmpty else { return out }
      for (needle, pivot) in zip(short, pivots) {
        var from = 0
        while let at = first(needle, pivot: pivot, in: haystack, from: from) {
          out.append(at)
          from = at + 1
        }
      }
      out.sort()
      var unique = 0
      for k in out.indices where unique == 0 || out[k] != out[unique - 1] {
        out[unique] = out[k]
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
