import Foundation

/// Reads the words around a number and symbol: the type word and "số" before it; the date, the issuer ("của …") and
/// the subject ("về …") after it.
///
/// Runs once per symbol found, on a window of a few hundred bytes decoded to characters, lowercased and with tone
/// marks folded to one placement, so "NGHỊ QUYẾT", "Nghị quyết" and "nghị quyết" read alike and a line break counts as
/// a space.
struct ContextReader {
  let reader: SymbolReader

  /// What stands before a number.
  struct Before {
    /// The canonical type name of the written type word.
    var word: String?
    /// Offset of the type word's first byte.
    var start: Int?
    /// Whether "số" stands right before the number.
    var sawSo = false
    /// Whether the number stands on the document's own "Số …" header line.
    var ownNumberLine = false
  }

  /// What follows a number.
  struct After {
    var date: DayDate?
    var issuer: String?
    var subject: String?
    /// Offset just past the last phrase read.
    var end: Int
  }

  /// A decoded window of the text.
  private struct Window {
    var original: [Character] = []
    var lower: [Character] = []
    var offsets: [Int] = []

    init(_ reader: SymbolReader, from lo: Int, to hi: Int) {
      var i = lo
      while i < hi, let (scalar, len) = reader.scalar(at: i) {
        let ch = Character(scalar)
        original.append(ch)
        lower.append(ch.lowercased().first ?? ch)
        offsets.append(i)
        i += len
      }
      offsets.append(i)
      // Fold tone placement pairs ("óa" → "oá"); the character count is unchanged.
      let folded = Array(ToneMarks.fold(String(lower)))
      if folded.count == lower.count { lower = folded }
    }

    var count: Int { lower.count }

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
      CodeTables.typeWords.contains { entry in
        guard let e = matchForward(Array(entry.word), at: i) else { return false }
        let n = skipSpaces(e)
        return n < count && (lower[n].isNumber || matchForward(Array("số"), at: n) != nil)
      }
    }

    /// Whether a type word starts at `i` ("Kế hoạch", "Nghị định"…).
    func typeWordStarts(at i: Int) -> Bool {
      CodeTables.typeWords.contains { matchForward(Array($0.word), at: i) != nil }
    }
  }

  // MARK: Before

  /// Reads the type word and "số" before `end`, skipping markup such as `**` and table pipes.
  func typeWord(before end: Int) -> Before {
    var lo = max(0, end - 160)
    while lo > 0, lo < end, reader.bytes[lo] & 0xC0 == 0x80 { lo += 1 }
    let w = Window(reader, from: lo, to: end)
    var result = Before()
    var i = w.count
    func skipBack() {
      while i > 0, Window.isSpace(w.lower[i - 1]) || Window.isMarkup(w.lower[i - 1]) { i -= 1 }
    }
    skipBack()
    var soStart: Int?
    var j = i
    if j > 0, w.lower[j - 1] == ":" || w.lower[j - 1] == "." {
      j -= 1
      while j > 0, Window.isSpace(w.lower[j - 1]) { j -= 1 }
    }
    if let s = w.matchBackward(Array("số"), endingBefore: j) {
      result.sawSo = true
      soStart = s
      i = s
      skipBack()
    }
    for (word, name) in CodeTables.typeWords {
      if let s = w.matchBackward(Array(word), endingBefore: i) {
        result.word = name
        result.start = w.offsets[s]
        break
      }
    }
    if result.word == nil, let s = soStart, w.original[s] == "S" {
      // "Số 01-TT/TU" alone at the start of a line, or after a wide gap in the header's table.
      var k = s
      var gap = 0
      while k > 0, w.lower[k - 1] == " " || Window.isMarkup(w.lower[k - 1]) {
        if w.lower[k - 1] == " " { gap += 1 }
        k -= 1
      }
      let atLineStart = (k == 0 && lo == 0) || (k > 0 && w.lower[k - 1] == "\n")
      result.ownNumberLine = atLineStart || (gap >= 2 && w.offsets[s] < 4000)
    }
    return result
  }

  // MARK: After

  private static let issuerStops: Set<String> = [
    "về", "ngày", "thực", "triển", "tiếp", "hướng", "quy", "theo", "đối", "trong", "nhằm", "để",
    "đã", "tại",
    "với", "cho", "là", "được", "có", "phê", "sửa", "thay", "bãi", "năm", "nay", "này", "số", "gồm",
    "trên",
    "khi", "sau", "từ", "đến", "lần", "giai", "đề", "yêu", "chỉ", "cụ", "và", "ban", "hoặc", "như",
    "mà",
  ]

  /// Reads the date, issuer and subject that follow the symbol ending at `start`.
  func trailing(from start: Int) -> After {
    var hi = min(reader.bytes.count, start + 900)
    while hi < reader.bytes.count, hi > start, reader.bytes[hi] & 0xC0 == 0x80 { hi += 1 }
    let w = Window(reader, from: start, to: hi)
    var result = After(end: start)
    var i = 0
    var lastEnd = 0
    for _ in 0..<4 {
      var j = w.skipSpaces(i)
      if j < w.count, w.lower[j] == "(" {
        j = w.skipSpaces(j + 1)
        // "(17/7/2017)": a date in brackets needs no "ngày".
        if result.date == nil, let (date, e) = w.date(at: j) {
          result.date = date
          i = e < w.count && w.lower[e] == ")" ? e + 1 : e
          lastEnd = i
          continue
        }
      } else if j < w.count, w.lower[j] == "," {
        j = w.skipSpaces(j + 1)
      }
      if let k = w.matchForward(Array("ban hành"), at: j) { j = w.skipSpaces(k) }
      if result.date == nil, let k = w.matchForward(Array("ngày"), at: j),
        let (date, e) = w.date(at: w.skipSpaces(k))
      {
        result.date = date
        i = e
        lastEnd = e
        if i < w.count, w.lower[i] == ")" { i += 1 }
        continue
      }
      if result.issuer == nil, let k = w.matchForward(Array("của"), at: j) {
        let s = w.skipSpaces(k)
        guard s < w.count, w.original[s].isUppercase else { break }
        var e = s
        var words = 0
        while e < w.count, words < 16 {
          let c = w.lower[e]
          if Window.isSpace(c) {
            e += 1
            continue
          }
          guard Window.isWordChar(c) else { break }
          let word = w.word(e)
          if Self.issuerStops.contains(word) {
            // "và Đào tạo" continues a ministry's name; "và các", "và Kế hoạch này" end the phrase.
            guard word == "và" || word == "ban" else { break }
            let next = w.skipSpaces(w.wordEnd(e))
            if word == "ban" {
              if w.word(next) == "hành" { break }
            } else if next >= w.count || !w.original[next].isUppercase || w.typeWordStarts(at: next)
            {
              break
            }
          }
          // A number ends the phrase unless it names a plenum ("Ban Chấp hành Trung ương 4").
          if c.isNumber, !w.text(s..<e).lowercased().hasSuffix("trung ương") { break }
          e = w.wordEnd(e)
          words += 1
        }
        let issuer = w.text(s..<e)
        if !issuer.isEmpty {
          result.issuer = issuer
          i = e
          lastEnd = e
        }
        continue
      }
      var v = j
      if v < w.count, "“\"".contains(w.lower[v]) { v += 1 }
      if let k = w.matchForward(Array("về"), at: v) ?? w.matchForward(Array("v/v"), at: v) {
        let s = w.skipSpaces(k)
        var e = s
        var words = 0
        scan: while e < w.count, words < 40 {
          let c = w.lower[e]
          switch c {
          case ";", "\n", "(", ")", "!", "?", ":":
            break scan
          case ".":
            if e + 1 >= w.count || Window.isSpace(w.lower[e + 1]) { break scan }
            e += 1
          case " ":
            e += 1
            if w.citationStarts(at: e) {
              // Another citation begins: "…; Nghị định số 105/2020/NĐ-CP".
              break scan
            }
          default:
            if Window.isWordChar(c) {
              e = w.wordEnd(e)
              words += 1
            } else {
              e += 1
            }
          }
        }
        let subject = w.text(s..<e)
        if !subject.isEmpty {
          result.subject = subject
          lastEnd = e
        }
        break
      }
      break
    }
    result.end = w.offsets[min(lastEnd, w.count)]
    return result
  }
}
