import Foundation

/// A window of normalised text decoded to Unicode scalars: the original scalars, their lowercased forms with tone
/// marks folded to one placement (so "NGHỊ QUYẾT", "Nghị quyết" and "nghị quyết" read alike), and the byte offset of
/// each scalar. A line break counts as a space when matching words.
///
/// Every element is one scalar, and the lowercased ones are also brought to their canonical (NFC) form, so comparing
/// two of them with `==` gives what comparing them as `Character`s would, without the cost of `Character`. Decoding
/// goes through per-scalar tables (arrays, not dictionaries) for the Latin, Vietnamese, Greek, Cyrillic and
/// punctuation blocks.
struct TextWindow {
  /// The three columns in one block: `original` at 0, `lower` at `capacity`, `offsets` (relative to `origin`) at
  /// twice `capacity` (one allocation per window, where three arrays cost three, each with a generic metadata
  /// lookup).
  private let storage: WindowStorage
  private let capacity: Int
  /// The number of scalars.
  let count: Int
  /// The byte offset the stored offsets count from.
  private let origin: Int

  /// Runs `body` on the lowercased scalars, read without a check of each index: for the matching loops, which
  /// keep their indices in 0..<count themselves.
  @inline(__always) private func withLower<R>(_ body: (UnsafePointer<Unicode.Scalar>) -> R) -> R {
    storage.withUnsafeMutablePointerToElements { p in
      (p + capacity).withMemoryRebound(to: Unicode.Scalar.self, capacity: Swift.max(count, 1)) {
        body(UnsafePointer($0))
      }
    }
  }

  /// The scalars as written.
  var original: ScalarColumn { ScalarColumn(storage: storage, start: 0, count: count) }
  /// Their lowercased forms, tone placement folded.
  var lower: ScalarColumn { ScalarColumn(storage: storage, start: capacity, count: count) }
  /// The byte offset of each scalar, and of the end of the last.
  var offsets: OffsetColumn {
    OffsetColumn(storage: storage, start: 2 &* capacity, count: count &+ 1, origin: origin)
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) {
    let reader = SymbolReader(bytes: bytes)
    // Every scalar starts at a byte of lo..<hi: that many scalars at most. The three columns are filled in one
    // pass.
    let end = min(hi, bytes.count)
    let n = max(0, end - lo)
    precondition(n < Int(UInt32.max), "a window of 4 GB or more")
    // A fourth column after the offsets: the window's bytes as read, four to a word, for `text(_:)`.
    let storage = WindowStorage.make(capacity: 3 * n + 1 + (n + 3) / 4)
    var k = 0
    var i = lo
    // Whether the scalar before `k` is a toned vowel whose tone may move onto the next ("ó" in "óa"): tone
    // placement is folded as the scalars are decoded ("óa" → "oá"), a pair at a time, as `ToneMarks.fold` does
    // over a whole window (the pair is the vowel as folded so far and the next scalar as decoded).
    var before = false
    Self.packedLower.withUnsafeBufferPointer { table in
      ToneMarks.movesByFirst.withUnsafeBufferPointer { moves in
        storage.withUnsafeMutablePointerToElements { orig in
          let low = orig + n
          let offs = orig + 2 * n
          // Makes the move of the pair ending at `k`, if any; returns whether the scalar at `k` may move in turn.
          @inline(__always) func fold(_ k: Int) -> Bool {
            guard let candidates = moves[Int(low[k - 1])] else { return false }
            for (next, plain, toned) in candidates where low[k] == next.value {
              low[k - 1] = plain.value
              low[k] = toned.value
              return low[k] < 0x2000 && moves[Int(low[k])] != nil
            }
            return false
          }
          while i < end {
            let b = bytes[i]
            if b < 0x80 {
              orig[k] = UInt32(b)
              low[k] = UInt32(b &- 0x41 < 26 ? b &+ 32 : b)
              offs[k] = UInt32(truncatingIfNeeded: i &- lo)
              before = before && fold(k)
              k &+= 1
              i &+= 1
              continue
            }
            // Two- and three-byte scalars (every Vietnamese letter) decoded here; others by the reader.
            let scalar: Unicode.Scalar
            let len: Int
            if b >= 0xC2, b < 0xE0, i + 1 < end, bytes[i + 1] & 0xC0 == 0x80 {
              scalar = unsafeBitCast(
                UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), to: Unicode.Scalar.self)
              len = 2
            } else if b >= 0xE1, b < 0xED, i + 2 < end, bytes[i + 1] & 0xC0 == 0x80,
              bytes[i + 2] & 0xC0 == 0x80
            {
              // E1–EC: every continuation pair is valid (no overlong form, no surrogate).
              scalar = unsafeBitCast(
                UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                  | UInt32(bytes[i + 2] & 0x3F), to: Unicode.Scalar.self)
              len = 3
            } else {
              guard let (s, l) = reader.scalar(at: i) else { break }
              scalar = s
              len = l
            }
            let l: UInt32
            let mayMove: Bool
            if scalar.value < Self.tableSize {
              let packed = table[Int(scalar.value)]
              l = packed & Self.scalarBits
              mayMove = packed & Self.mayMoveBit != 0
            } else {
              l = Self.lowercase(scalar).value
              mayMove = false
            }
            orig[k] = scalar.value
            low[k] = l
            offs[k] = UInt32(truncatingIfNeeded: i &- lo)
            // A scalar that took the tone moves no further unless `fold` says so; one left as decoded may.
            before = (before && fold(k)) || (low[k] == l && mayMove)
            k &+= 1
            i &+= len
          }
          offs[k] = UInt32(truncatingIfNeeded: i &- lo)
          if i > lo, let base = bytes.baseAddress {
            UnsafeMutableRawPointer(orig + 3 * n + 1).copyMemory(from: base + lo, byteCount: i - lo)
          }
        }
      }
    }
    self.storage = storage
    self.capacity = n
    self.count = k
    self.origin = lo
    self.hasBytes = true
  }

  /// Whether the window holds the bytes it was decoded from (a window made of characters does not).
  private let hasBytes: Bool

  /// `packedLower`: the low 21 bits are the lowercase scalar, `mayMoveBit` tells that its tone may move
  /// (``ToneMarks/mayMove(_:)``).
  private static let scalarBits: UInt32 = 0x1F_FFFF
  private static let mayMoveBit: UInt32 = 1 << 31

  /// Per scalar below `tableSize`: its lowercase form (as `tables.lower`) and whether that form's tone may move,
  /// in one word, so that decoding a window looks up one table.
  private static let packedLower: [UInt32] = tables.lower.map {
    $0.value | (ToneMarks.mayMove($0) ? mayMoveBit : 0)
  }

  /// The size of the per-scalar tables: every scalar below it is looked up, the others computed.
  static let tableSize = 0x2400

  /// Flags of the per-scalar table.
  private static let wordFlag: UInt8 = 1
  private static let letterFlag: UInt8 = 2
  private static let numberFlag: UInt8 = 4
  private static let upperFlag: UInt8 = 8

  /// Per scalar below `tableSize`: its lowercase form in canonical form, and its flags (as a `Character`: letter,
  /// number, uppercase), unpacked from ``ScalarTables``.
  private static let tables: (lower: [Unicode.Scalar], flags: [UInt8]) = {
    var lower = [UInt32](0..<UInt32(tableSize))
    let runs = ScalarTables.lowercaseRuns
    for g in stride(from: 0, to: runs.count, by: 4) {
      let (start, count, step, delta) = (
        Int(runs[g]), Int(runs[g + 1]), Int(runs[g + 2]), runs[g + 3]
      )
      for k in 0..<count {
        let v = start + k * step
        lower[v] = UInt32(Int32(v) + delta)
      }
    }
    var flags = [UInt8](repeating: 0, count: tableSize)
    let flagRuns = ScalarTables.flagRuns
    for p in stride(from: 0, to: flagRuns.count, by: 2) {
      let end = p + 2 < flagRuns.count ? Int(flagRuns[p + 2]) : tableSize
      for v in Int(flagRuns[p])..<end { flags[v] = UInt8(flagRuns[p + 1]) }
    }
    // Every value below the table size is a scalar (the surrogates start at U+D800).
    return (lower.map { Unicode.Scalar($0)! }, flags)
  }()

  /// The tables as the Unicode properties give them: what ``ScalarTables`` was written from, and what the tests
  /// check it against.
  static func computedTables() -> (lower: [Unicode.Scalar], flags: [UInt8]) {
    var lower = [Unicode.Scalar](repeating: "\u{FFFD}", count: tableSize)
    var flags = [UInt8](repeating: 0, count: tableSize)
    for v in 0..<tableSize {
      guard let s = Unicode.Scalar(UInt32(v)) else { continue }
      lower[v] = computedLowercase(s)
      let c = Character(s)
      var f: UInt8 = 0
      if c.isLetter { f |= letterFlag }
      if c.isNumber { f |= numberFlag }
      if c.isLetter || c.isNumber { f |= wordFlag }
      if c.isUppercase { f |= upperFlag }
      flags[v] = f
    }
    return (lower, flags)
  }

  /// The tables in use, for the tests.
  static var tablesInUse: (lower: [Unicode.Scalar], flags: [UInt8]) { tables }

  /// The Latin and Vietnamese, Greek and Cyrillic blocks: the scalars that are lowercased.
  private static func isLowercased(_ v: UInt32) -> Bool {
    (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) || (0x370...0x3FF).contains(v)
      || (0x400...0x4FF).contains(v)
  }

  /// The lowercase form of one scalar (itself when it has none of a single scalar, or lies outside the lowercased
  /// blocks), brought to its canonical form.
  private static func computedLowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
    var l = s
    if s.isASCII {
      if s.value >= 0x41 && s.value <= 0x5A { l = Unicode.Scalar(UInt8(s.value + 32)) }
    } else if isLowercased(s.value) {
      let m = s.properties.lowercaseMapping.unicodeScalars
      if m.count == 1, let first = m.first { l = first }
    }
    return canonical(l)
  }

  /// The scalar that stands for `s` in comparisons: its NFC form when that is another single scalar (U+212B
  /// ANGSTROM SIGN is Å, U+037E GREEK QUESTION MARK is ";"), as `Character` comparison would have it; else `s`.
  static func canonical(_ s: Unicode.Scalar) -> Unicode.Scalar {
    guard !s.isASCII, s.properties.isFullCompositionExclusion else { return s }
    let nfc = String(s).precomposedStringWithCanonicalMapping.unicodeScalars
    if nfc.count == 1, let first = nfc.first { return first }
    return s
  }

  /// The lowercase form of one scalar, in canonical form.
  @inline(__always) static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v < 0x80 { return Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v)) }
    if v < tableSize { return tables.lower[Int(v)] }
    return computedLowercase(s)
  }

  @inline(__always) static func flags(_ s: Unicode.Scalar) -> UInt8? {
    let v = s.value
    return v < tableSize ? tables.flags[Int(v)] : nil
  }

  /// Whether `s` is a letter, as `Character.isLetter` tells.
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return UInt8(v) | 0x20 &- 0x61 < 26 }
    if let f = flags(s) { return f & letterFlag != 0 }
    return Character(s).isLetter
  }

  /// Whether `s` is a number, as `Character.isNumber` tells.
  static func isNumber(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v &- 0x30 < 10 }
    if let f = flags(s) { return f & numberFlag != 0 }
    return Character(s).isNumber
  }

  /// Whether `s` is uppercase, as `Character.isUppercase` tells.
  static func isUppercase(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v &- 0x41 < 26 }
    if let f = flags(s) { return f & upperFlag != 0 }
    return Character(s).isUppercase
  }

  static let so = letters("số")

  /// The scalars of `text` to match against a window's lowercased ones: each character as one canonical scalar.
  /// Text is expected lowercased and folded already ("số", `ToneMarks.fold("cụ thể hóa")`).
  static func letters(_ text: String) -> [Unicode.Scalar] {
    letters(Array(text))
  }

  /// The characters as scalars to match against a window's lowercased ones. A character of several scalars is
  /// composed; one that does not compose to a single scalar stands as U+FFFF, which matches nothing written.
  static func letters(_ chars: [Character]) -> [Unicode.Scalar] {
    chars.map { c in
      let scalars = c.unicodeScalars
      if scalars.count == 1, let s = scalars.first { return canonical(s) }
      let nfc = String(c).precomposedStringWithCanonicalMapping.unicodeScalars
      if nfc.count == 1, let s = nfc.first { return canonical(s) }
      return "\u{FFFF}"
    }
  }

  /// `items` indexed by the first scalar of their words, for the scalars below U+2000 (Latin, Vietnamese and the
  /// general punctuation block): the table the type-word and body matchers look candidates up in.
  static func indexByFirstScalar<T>(_ items: [T], first: (T) -> Unicode.Scalar) -> [[T]?] {
    var table = [[T]?](repeating: nil, count: 0x2000)
    for item in items {
      let v = Int(first(item).value)
      precondition(v < 0x2000, "a word starts with a scalar beyond the table")
      if table[v] == nil { table[v] = [] }
      table[v]!.append(item)
    }
    return table
  }

  @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" }

  static func isMarkup(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "*", "_", "|", "`", "[", "]", "\"", "“", "”", "'", "‘", "’", "(", ">", "#", "~":
      return true
    default: return false
    }
  }

  @inline(__always) static func isWordChar(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return SymbolReader.isASCIIAlnum(UInt8(v)) }
    // Latin-1 letters, Latin Extended-A and -B and the Vietnamese block are all letters (the test of every scalar
    // checks it), without a table.
    if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF) {
      return true
    }
    if let f = flags(c) { return f & wordFlag != 0 }
    let ch = Character(c)
    return ch.isLetter || ch.isNumber
  }

  /// Matches `word` (lowercase, single spaces) ending just before `end`; returns the index of its first character.
  func matchBackward(_ word: [Unicode.Scalar], endingBefore end: Int) -> Int? {
    precondition(end <= count, "index out of range")
    return withLower { lower in
      var i = end - 1
      var w = word.count - 1
      while w >= 0 {
        guard i >= 0 else { return nil }
        if word[w] == " " {
          guard Self.isSpace(lower[i]) else { return nil }
          while i >= 0, Self.isSpace(lower[i]) { i -= 1 }
        } else {
          guard lower[i] == word[w] else { return nil }
          i -= 1
        }
        w -= 1
      }
      if i >= 0, Self.isWordChar(lower[i]) { return nil }
      return i + 1
    }
  }

  /// `matchBackward(_:endingBefore:)` that also lowers `lowest` to the lowest index it read (-1 when it wanted
  /// one before the window), so that a caller can tell whether a longer window could have answered otherwise.
  func matchBackward(_ word: [Unicode.Scalar], endingBefore end: Int, lowest: inout Int) -> Int? {
    precondition(end <= count, "index out of range")
    return withLower { lower in
      var i = end - 1
      var w = word.count - 1
      while w >= 0 {
        guard i >= 0 else {
          lowest = -1
          return nil
        }
        if i < lowest { lowest = i }
        if word[w] == " " {
          guard Self.isSpace(lower[i]) else { return nil }
          while i >= 0 {
            if i < lowest { lowest = i }
            guard Self.isSpace(lower[i]) else { break }
            i -= 1
          }
          if i < 0 { lowest = -1 }
        } else {
          guard lower[i] == word[w] else { return nil }
          i -= 1
        }
        w -= 1
      }
      guard i >= 0 else {
        lowest = -1
        return 0
      }
      if i < lowest { lowest = i }
      if Self.isWordChar(lower[i]) { return nil }
      return i + 1
    }
  }

  /// Matches `word` (lowercase, single spaces) starting at `start`; returns the index just past it.
  func matchForward(_ word: [Unicode.Scalar], at start: Int) -> Int? {
    word.withUnsafeBufferPointer { matchForward($0, at: start) }
  }

  /// `matchForward` for a word held in a buffer (a slice of a table of many words).
  func matchForward(_ word: UnsafeBufferPointer<Unicode.Scalar>, at start: Int) -> Int? {
    precondition(start >= 0, "index out of range")
    return withLower { lower in
      var i = start
      for c in word {
        guard i < count else { return nil }
        if c == " " {
          guard Self.isSpace(lower[i]) else { return nil }
          while i < count, Self.isSpace(lower[i]) { i += 1 }
        } else {
          guard lower[i] == c else { return nil }
          i += 1
        }
      }
      if i < count, Self.isWordChar(lower[i]) { return nil }
      return i
    }
  }

  /// `matchBackward` for a word given as characters.
  func matchBackward(_ word: [Character], endingBefore end: Int) -> Int? {
    matchBackward(Self.letters(word), endingBefore: end)
  }

  /// `matchForward` for a word given as characters.
  func matchForward(_ word: [Character], at start: Int) -> Int? {
    matchForward(Self.letters(word), at: start)
  }

  func skipSpaces(_ i: Int) -> Int {
    precondition(i >= 0, "index out of range")
    return withLower { lower in
      var j = i
      while j < count, Self.isSpace(lower[j]) { j += 1 }
      return j
    }
  }

  /// The value of an ASCII digit, or nil.
  @inline(__always) static func asciiDigit(_ c: Unicode.Scalar) -> Int? {
    let d = c.value &- 0x30
    return d < 10 ? Int(d) : nil
  }

  /// Reads a run of ASCII digits at `i`.
  func number(at i: Int, maxDigits: Int) -> (Int, Int)? {
    var j = i
    var v = 0
    while j < count, let d = Self.asciiDigit(lower[j]), j - i < maxDigits {
      v = v * 10 + d
      j += 1
    }
    guard j > i, !(j < count && Self.asciiDigit(lower[j]) != nil) else { return nil }
    return (v, j)
  }

  private static let tháng = letters("tháng")
  private static let năm = letters("năm")
  private static let ngày = letters("ngày")

  /// "04/11/2013", "4-11-2013", "4.11.2013", "09 tháng 8 năm 2021" at `i`.
  func date(at i: Int) -> (DayDate, Int)? {
    guard let (day, a) = number(at: i, maxDigits: 2) else { return nil }
    if a < count, lower[a] == "/" || lower[a] == "-" || lower[a] == ".",
      let (month, b) = number(at: a + 1, maxDigits: 2),
      b < count,
      lower[b] == lower[a], let (year, c) = number(at: b + 1, maxDigits: 4), c - b == 5,
      let date = DayDate(year: year, month: month, day: day)
    {
      return (date, c)
    }
    let s = skipSpaces(a)
    guard let t = matchForward(Self.tháng, at: s),
      let (month, b) = number(at: skipSpaces(t), maxDigits: 2),
      let n = matchForward(Self.năm, at: skipSpaces(b)),
      let (year, c) = number(at: skipSpaces(n), maxDigits: 4),
      let date = DayDate(year: year, month: month, day: day)
    else { return nil }
    return (date, c)
  }

  private static let trimmed = CharacterSet(charactersIn: " ,;:-–\"“”'‘’*_")

  func text(_ range: Range<Int>) -> String {
    if hasBytes, let fast = plainBytes(range) { return fast }
    if let fast = Self.plainText(original[range]) { return fast }
    var s = String(original[range])
    s = s.replacing("\n", with: " ")
    while s.contains("  ") { s = s.replacing("  ", with: " ") }
    return s.trimmingCharacters(in: Self.trimmed)
  }

  /// Whether no scalar can join the one before it in a character (combining marks, joiners, variation
  /// selectors, CR before LF…): Latin up to U+02FF but CR, the Vietnamese block and the dashes, quotes and ellipsis of U+2010–U+2027.
  /// Over such scalars, a character is a scalar.
  @inline(__always) static func standsAlone(_ v: UInt32) -> Bool {
    (v < 0x300 && v != 0x0D) || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2010 && v <= 0x2027)
  }

  /// `text(_:)` worked on scalars: line breaks read as spaces, runs of spaces as one, the trimmed marks taken off
  /// both ends. Nil when a scalar may join a character with its neighbour, where the string functions work on
  /// characters and `text(_:)` uses them.
  static func plainText(_ scalars: Slice<ScalarColumn>) -> String? {
    var lo = scalars.startIndex
    var hi = scalars.endIndex
    for s in scalars where !standsAlone(s.value) { return nil }
    // A line break reads as a space, which is trimmed: the ends are the same before and after collapsing spaces.
    while lo < hi, scalars[lo] == "\n" || isTrimmed(scalars[lo]) { lo += 1 }
    while hi > lo, scalars[hi - 1] == "\n" || isTrimmed(scalars[hi - 1]) { hi -= 1 }
    guard lo < hi else { return "" }
    return String(unsafeUninitializedCapacity: 4 * (hi - lo)) { buffer in
      var n = 0
      var lastWasSpace = false
      for k in lo..<hi {
        let s = scalars[k]
        let c: Unicode.Scalar = s == "\n" ? " " : s
        if c == " " {
          if lastWasSpace { continue }
          lastWasSpace = true
        } else {
          lastWasSpace = false
        }
        UTF8.encode(c) { byte in
          buffer[n] = byte
          n += 1
        }
      }
      return n
    }
  }

  /// `plainText(_:)` made from the window's bytes rather than by encoding its scalars again: the scalars of a range
  /// are the UTF-8 of its bytes, and a line break and a space are one byte each.
  private func plainBytes(_ range: Range<Int>) -> String? {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "range out of bounds")
    return storage.withUnsafeMutablePointerToElements { p -> String? in
      var lo = range.lowerBound
      var hi = range.upperBound
      for k in lo..<hi where !Self.standsAlone(p[k]) { return nil }
      @inline(__always) func scalar(_ k: Int) -> Unicode.Scalar {
        unsafeBitCast(p[k], to: Unicode.Scalar.self)
      }
      while lo < hi, scalar(lo) == "\n" || Self.isTrimmed(scalar(lo)) { lo += 1 }
      while hi > lo, scalar(hi - 1) == "\n" || Self.isTrimmed(scalar(hi - 1)) { hi -= 1 }
      guard lo < hi else { return "" }
      let offs = p + 2 * capacity
      let from = Int(offs[lo])
      let to = Int(offs[hi])
      let bytes = UnsafeRawPointer(p + 3 * capacity + 1).assumingMemoryBound(to: UInt8.self)
      return String(unsafeUninitializedCapacity: to - from) { buffer in
        var n = 0
        var lastWasSpace = false
        for i in from..<to {
          var b = bytes[i]
          if b == 0x0A { b = 0x20 }
          if b == 0x20 {
            if lastWasSpace { continue }
            lastWasSpace = true
          } else {
            lastWasSpace = false
          }
          buffer[n] = b
          n += 1
        }
        return n
      }
    }
  }

  /// The marks `text(_:)` trims: " ,;:-–\"“”'‘’*_".
  @inline(__always) static func isTrimmed(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case " ", ",", ";", ":", "-", "–", "\"", "“", "”", "'", "‘", "’", "*", "_": return true
    default: return false
    }
  }

  /// The index past the word (letters and digits) starting at `i`.
  func wordEnd(_ i: Int) -> Int {
    precondition(i >= 0, "index out of range")
    return withLower { lower in
      var j = i
      while j < count, Self.isWordChar(lower[j]) { j += 1 }
      return j
    }
  }

  func word(_ i: Int) -> String { String(lower[i..<wordEnd(i)]) }

  /// Whether a type word followed by "số" or a number starts at `i` ("Nghị định số 105/2020/NĐ-CP").
  func citationStarts(at i: Int) -> Bool {
    guard i < count, let candidates = CodeTables.typeWords(startingWith: lower[i]) else {
      return false
    }
    // Most words differ from every type word in their second scalar: that is compared first, in place.
    let second: Unicode.Scalar? = i + 1 < count ? lower[i + 1] : nil
    return candidates.withUnsafeBufferPointer { list in
      for entry in list
      where entry.chars.count < 2 || entry.chars[1] == second || entry.chars[1] == " " {
        guard let e = matchForward(entry.chars, at: i) else { continue }
        let n = skipSpaces(e)
        if n < count && (Self.isNumber(lower[n]) || matchForward(Self.so, at: n) != nil) {
          return true
        }
      }
      return false
    }
  }

  /// Whether a type word starts at `i` ("Kế hoạch", "Nghị định"…).
  func typeWordStarts(at i: Int) -> Bool {
    guard i < count, let candidates = CodeTables.typeWords(startingWith: lower[i]) else {
      return false
    }
    return candidates.contains { matchForward($0.chars, at: i) != nil }
  }
}

extension TextWindow {
  /// A phrase for `matchText(_:)`, lowercased and folded once.
  static func phrase(_ text: String) -> [Unicode.Scalar] {
    letters(ToneMarks.fold(text.lowercased()))
  }

  /// Whether the folded, lowercased `phrase` occurs anywhere in the window.
  func matchText(_ phrase: String) -> Bool {
    matchText(Self.phrase(phrase))
  }

  /// Whether `words` (made by `phrase(_:)`) occur anywhere in the window.
  func matchText(_ words: [Unicode.Scalar]) -> Bool {
    guard let first = words.first else { return false }
    for i in 0..<count where lower[i] == first {
      if matchForward(words, at: i) != nil { return true }
    }
    return false
  }

  /// Matches `word` at `start` without requiring a word boundary after it ("tp." in "TP.HCM").
  func matchPrefix(_ word: [Unicode.Scalar], at start: Int) -> Int? {
    guard start + word.count <= count else { return nil }
    for (k, c) in word.enumerated() where lower[start + k] != c { return nil }
    return start + word.count
  }

  /// `matchPrefix` for a word given as characters.
  func matchPrefix(_ word: [Character], at start: Int) -> Int? {
    matchPrefix(Self.letters(word), at: start)
  }

  /// The lowercased word that ends before index `i` (skipping spaces), or "".
  func previousWord(before i: Int) -> String {
    var e = i
    while e > 0, TextWindow.isSpace(lower[e - 1]) { e -= 1 }
    var s = e
    while s > 0, TextWindow.isWordChar(lower[s - 1]) { s -= 1 }
    return String(lower[s..<e])
  }

  /// A place-date line: "Bến Tre, ngày 09 tháng 8 năm 2021". Returns the province when the place is one.
  func placeDate() -> (String?, DayDate)? {
    var i = 0
    while i < count {
      if lower[i] == "n", let e = matchForward(Self.ngày, at: i),
        i == 0 || !TextWindow.isWordChar(lower[i - 1])
      {
        var c = i
        while c > 0, TextWindow.isSpace(lower[c - 1]) { c -= 1 }
        if c > 0, lower[c - 1] == ",", let (date, de) = self.date(at: skipSpaces(e)),
          lower[skipSpaces(e)..<de].contains("t")
        {
          // The place: a few capitalised words before the comma, back to the start or a wide gap.
          var s = c - 1
          while s > 0, !(lower[s - 1] == " " && s > 1 && lower[s - 2] == " "), lower[s - 1] != "\n"
          { s -= 1 }
          let start = skipSpaces(s)
          let place = String(original[start..<(c - 1)])
          let words = place.split(separator: " ")
          guard !words.isEmpty, words.count <= 6,
            words.allSatisfy({ $0.first?.isUppercase == true })
          else {
            i += 1
            continue
          }
          return (Geography.province(in: self, at: start)?.0, date)
        }
      }
      i += 1
    }
    return nil
  }
}

extension TextWindow {
  /// A window over characters that are already lowercased and folded (no byte offsets: a scalar's offset is its
  /// index).
  init(characters: [Character]) {
    let scalars = Self.letters(characters)
    let n = scalars.count
    let storage = WindowStorage.make(capacity: 3 * n + 1)
    storage.withUnsafeMutablePointerToElements { p in
      for (k, s) in scalars.enumerated() {
        p[k] = s.value
        p[n + k] = s.value
        p[2 * n + k] = UInt32(k)
      }
      p[3 * n] = UInt32(n)
    }
    self.storage = storage
    self.capacity = n
    self.count = n
    self.origin = 0
    self.hasBytes = false
  }
}

/// The block that holds a window's columns, as 32-bit words.
final class WindowStorage: ManagedBuffer<Int, UInt32> {
  static func make(capacity: Int) -> WindowStorage {
    unsafeDowncast(create(minimumCapacity: capacity) { _ in capacity }, to: WindowStorage.self)
  }
}

/// A column of a ``TextWindow``: indexed from 0 like an array, sliced like one (a slice keeps the window's indices),
/// each element read from the window's block at `start` on.
protocol WindowColumn: RandomAccessCollection where Index == Int, Indices == Range<Int> {
  var count: Int { get }
}

extension WindowColumn {
  var startIndex: Int { 0 }
  var endIndex: Int { count }
  var indices: Range<Int> { 0..<count }
  @inline(__always) func index(after i: Int) -> Int { i &+ 1 }
  @inline(__always) func index(before i: Int) -> Int { i &- 1 }

  /// Traps on an index outside the column, as an array does.
  @inline(__always) func check(_ i: Int) {
    precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "index out of range")
  }
}

/// The scalars of a ``TextWindow`` (as written, or lowercased).
struct ScalarColumn: WindowColumn {
  fileprivate let storage: WindowStorage
  fileprivate let start: Int
  let count: Int

  @inline(__always) subscript(i: Int) -> Unicode.Scalar {
    check(i)
    return storage.withUnsafeMutablePointerToElements {
      unsafeBitCast($0[start &+ i], to: Unicode.Scalar.self)
    }
  }
}

/// The byte offsets of a ``TextWindow``'s scalars (one more than the scalars: the end of the last).
struct OffsetColumn: WindowColumn {
  fileprivate let storage: WindowStorage
  fileprivate let start: Int
  let count: Int
  fileprivate let origin: Int

  @inline(__always) subscript(i: Int) -> Int {
    check(i)
    return storage.withUnsafeMutablePointerToElements { origin &+ Int($0[start &+ i]) }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is a letter, as `Character.isLetter` tells for a character of this one scalar.
  var isLetter: Bool { TextWindow.isLetter(self) }
  /// Whether the scalar is a number, as `Character.isNumber` tells.
  var isNumber: Bool { TextWindow.isNumber(self) }
  /// Whether the scalar is uppercase, as `Character.isUppercase` tells.
  var isUppercase: Bool { TextWindow.isUppercase(self) }
}

extension StringProtocol {
  /// Whether the scalar is one of the string's characters (`"/-.".contains(w.lower[i])`), as `contains(_:)` tells
  /// for the character of this one scalar.
  func contains(_ scalar: Unicode.Scalar) -> Bool { contains(Character(scalar)) }
}

extension String {
  /// The string of these scalars ("số" from a window's lowercased scalars).
  init<S: Collection>(_ scalars: S) where S.Element == Unicode.Scalar {
    var bytes = 0
    for s in scalars { bytes += UTF8.width(s) }
    self.init(unsafeUninitializedCapacity: bytes) { buffer in
      var n = 0
      for s in scalars {
        UTF8.encode(s) { byte in
          buffer[n] = byte
          n += 1
        }
      }
      return n
    }
  }
}
