import Foundation

/// A window of normalised text decoded to characters: the original characters, their lowercased forms with tone
/// marks folded to one placement (so "NGHỊ QUYẾT", "Nghị quyết" and "nghị quyết" read alike), and the byte offset of
/// each character. A line break counts as a space when matching words.
struct TextWindow {
  var original: [Character] = []
  var lower: [Character] = []
  var offsets: [Int] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) {
    let reader = SymbolReader(bytes: bytes)
    original.reserveCapacity(hi - lo)
    lower.reserveCapacity(hi - lo)
    offsets.reserveCapacity(hi - lo + 1)
    var i = lo
    while i < hi, let (scalar, len) = reader.scalar(at: i) {
      original.append(Character(scalar))
      lower.append(Self.lowercase(scalar))
      offsets.append(i)
      i += len
    }
    offsets.append(i)
    // Fold tone placement pairs ("óa" → "oá"); the character count is unchanged.
    ToneMarks.fold(&lower)
  }

  /// Lowercase letters for the Latin and Vietnamese blocks, computed once.
  static let lowerTable: [UInt32: Character] = {
    var table: [UInt32: Character] = [:]
    for range in [0xC0...0x24F, 0x1E00...0x1EFF, 0x370...0x3FF, 0x400...0x4FF] {
      for v in range {
        guard let s = Unicode.Scalar(UInt32(v)) else { continue }
        let l = s.properties.lowercaseMapping
        if l.unicodeScalars.count == 1, l.unicodeScalars.first! != s {
          table[UInt32(v)] = Character(l)
        }
      }
    }
    return table
  }()

  /// The lowercase form of one scalar as a character (itself when it has none of a single scalar).
  @inline(__always) static func lowercase(_ s: Unicode.Scalar) -> Character {
    let v = s.value
    if v < 0x80 { return Character(Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))) }
    return lowerTable[v] ?? Character(s)
  }

  var count: Int { lower.count }

  static let so: [Character] = Array("số")

  static func isSpace(_ c: Character) -> Bool { c == " " || c == "\n" }
  static func isMarkup(_ c: Character) -> Bool { "*_|`[]\"“”'‘’(>#~".contains(c) }
  static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

  /// Matches `word` (lowercase, single spaces) ending just before `end`; returns the index of its first character.
  func matchBackward(_ word: [Character], endingBefore end: Int) -> Int? {
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

  /// Matches `word` (lowercase, single spaces) starting at `start`; returns the index just past it.
  func matchForward(_ word: [Character], at start: Int) -> Int? {
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

  func skipSpaces(_ i: Int) -> Int {
    var j = i
    while j < count, Self.isSpace(lower[j]) { j += 1 }
    return j
  }

  /// Reads a run of ASCII digits at `i`.
  func number(at i: Int, maxDigits: Int) -> (Int, Int)? {
    var j = i
    var v = 0
    while j < count, let d = lower[j].wholeNumberValue, lower[j].isASCII, j - i < maxDigits {
      v = v * 10 + d
      j += 1
    }
    guard j > i, !(j < count && lower[j].isASCII && lower[j].isNumber) else { return nil }
    return (v, j)
  }

  /// "04/11/2013", "4-11-2013", "4.11.2013", "09 tháng 8 năm 2021" at `i`.
  func date(at i: Int) -> (DayDate, Int)? {
    guard let (day, a) = number(at: i, maxDigits: 2) else { return nil }
    if a < count, "/-.".contains(lower[a]), let (month, b) = number(at: a + 1, maxDigits: 2),
      b < count,
      lower[b] == lower[a], let (year, c) = number(at: b + 1, maxDigits: 4), c - b == 5,
      let date = DayDate(year: year, month: month, day: day)
    {
      return (date, c)
    }
    let s = skipSpaces(a)
    guard let t = matchForward(Array("tháng"), at: s),
      let (month, b) = number(at: skipSpaces(t), maxDigits: 2),
      let n = matchForward(Array("năm"), at: skipSpaces(b)),
      let (year, c) = number(at: skipSpaces(n), maxDigits: 4),
      let date = DayDate(year: year, month: month, day: day)
    else { return nil }
    return (date, c)
  }

  func text(_ range: Range<Int>) -> String {
    var s = String(original[range])
    s = s.replacing("\n", with: " ")
    while s.contains("  ") { s = s.replacing("  ", with: " ") }
    return s.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–\"“”'‘’*_"))
  }

  /// The index past the word (letters and digits) starting at `i`.
  func wordEnd(_ i: Int) -> Int {
    var j = i
    while j < count, Self.isWordChar(lower[j]) { j += 1 }
    return j
  }

  func word(_ i: Int) -> String { String(lower[i..<wordEnd(i)]) }

  /// Whether a type word followed by "số" or a number starts at `i` ("Nghị định số 105/2020/NĐ-CP").
  func citationStarts(at i: Int) -> Bool {
    guard i < count, let candidates = CodeTables.typeWordsByFirst[lower[i]] else { return false }
    return candidates.contains { entry in
      guard let e = matchForward(entry.chars, at: i) else { return false }
      let n = skipSpaces(e)
      return n < count && (lower[n].isNumber || matchForward(Self.so, at: n) != nil)
    }
  }

  /// Whether a type word starts at `i` ("Kế hoạch", "Nghị định"…).
  func typeWordStarts(at i: Int) -> Bool {
    guard i < count, let candidates = CodeTables.typeWordsByFirst[lower[i]] else { return false }
    return candidates.contains { matchForward($0.chars, at: i) != nil }
  }
}

extension TextWindow {
  /// Whether the folded, lowercased `phrase` occurs anywhere in the window.
  func matchText(_ phrase: String) -> Bool {
    let words = Array(ToneMarks.fold(phrase.lowercased()))
    guard let first = words.first else { return false }
    for i in 0..<count where lower[i] == first {
      if matchForward(words, at: i) != nil { return true }
    }
    return false
  }

  /// Matches `word` at `start` without requiring a word boundary after it ("tp." in "TP.HCM").
  func matchPrefix(_ word: [Character], at start: Int) -> Int? {
    guard start + word.count <= count else { return nil }
    for (k, c) in word.enumerated() where lower[start + k] != c { return nil }
    return start + word.count
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
    let ngay = Array("ngày")
    var i = 0
    while i < count {
      if lower[i] == "n", let e = matchForward(ngay, at: i),
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
  /// A window over characters that are already lowercased and folded (no byte offsets).
  init(characters: [Character]) {
    self.original = characters
    self.lower = characters
    self.offsets = Array(0...characters.count)
  }
}
