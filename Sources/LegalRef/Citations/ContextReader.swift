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
    var descriptor: String?
    /// Offset just past the last phrase read.
    var end: Int
  }

  // MARK: Before

  /// Reads the type word and "số" before `end`, skipping markup such as `**` and table pipes, in the 160 bytes
  /// before it.
  ///
  /// Most type words stand right before the number: the reading is first done on the last 72 bytes only, and
  /// redone on all 160 when it read the first character of that shorter window (or wanted one before it). A
  /// reading that never came near the start of the window reads the same in any longer one.
  func typeWord(before end: Int) -> Before {
    let full = windowStart(end - 160, end)
    let short = windowStart(end - 72, end)
    if short > full {
      let (result, lowest) = typeWord(before: end, from: short)
      if lowest > 0 { return result }
    }
    return typeWord(before: end, from: full).result
  }

  /// The first character boundary at or after `lo` (and at least 0), below `end`.
  private func windowStart(_ lo: Int, _ end: Int) -> Int {
    var lo = max(0, lo)
    while lo > 0, lo < end, reader.bytes[lo] & 0xC0 == 0x80 { lo += 1 }
    return lo
  }

  /// `typeWord(before:)` on the window from `lo`, with the lowest window index it read (-1 when it wanted one
  /// before the window).
  private func typeWord(before end: Int, from lo: Int) -> (result: Before, lowest: Int) {
    let w = TextWindow(reader.bytes, from: lo, to: end)
    var result = Before()
    var lowest = w.count
    // Every read of w.lower below goes through this, so that `lowest` knows how far back the reading went. The
    // helpers are handed `lowest` and `i` rather than capture them: a captured variable also passed `inout` is
    // checked for exclusive access at run time on each use.
    func at(_ k: Int, _ lowest: inout Int) -> Unicode.Scalar {
      if k < lowest { lowest = k }
      return w.lower[k]
    }
    var i = w.count
    func skipBack(_ i: inout Int, _ lowest: inout Int) {
      while i > 0, TextWindow.isSpace(at(i - 1, &lowest)) || TextWindow.isMarkup(at(i - 1, &lowest))
      {
        i -= 1
      }
      if i == 0 { lowest = -1 }
    }
    skipBack(&i, &lowest)
    var soStart: Int?
    var j = i
    if j > 0, at(j - 1, &lowest) == ":" || at(j - 1, &lowest) == "." {
      j -= 1
      while j > 0, TextWindow.isSpace(at(j - 1, &lowest)) { j -= 1 }
      if j == 0 { lowest = -1 }
    }
    if let s = w.matchBackward(TextWindow.so, endingBefore: j, lowest: &lowest) {
      result.sawSo = true
      soStart = s
      i = s
      skipBack(&i, &lowest)
    }
    // Only a word whose last letter stands just before `i` can match: the candidates, in the same longest-first
    // order as CodeTables.typeWordScalars.
    if i > 0, let candidates = CodeTables.typeWords(endingWith: at(i - 1, &lowest)) {
      for (word, name) in candidates {
        if let s = w.matchBackward(word, endingBefore: i, lowest: &lowest) {
          result.word = name
          result.start = w.offsets[s]
          break
        }
      }
    }
    if result.word == nil, let s = soStart, w.original[s] == "S" {
      // "Số 01-TT/TU" alone at the start of a line, or after a wide gap in the header's table.
      var k = s
      var gap = 0
      while k > 0, at(k - 1, &lowest) == " " || TextWindow.isMarkup(at(k - 1, &lowest)) {
        if at(k - 1, &lowest) == " " { gap += 1 }
        k -= 1
      }
      if k == 0 { lowest = -1 }
      let atLineStart = (k == 0 && lo == 0) || (k > 0 && at(k - 1, &lowest) == "\n")
      result.ownNumberLine = atLineStart || (gap >= 2 && w.offsets[s] < 4000)
    }
    return (result, lowest)
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

  /// `issuerStops` as scalars, by their first scalar (below U+2000, where each starts), so that a word of the
  /// window is compared without making a String of it.
  private static let issuerStopsByFirst: [[[Unicode.Scalar]]?] = TextWindow.indexByFirstScalar(
    issuerStops.sorted().map { Array($0.unicodeScalars) }
  ) { $0[0] }

  private static let banWord = Array("ban".unicodeScalars)
  private static let vaWord = Array("và".unicodeScalars)
  private static let hanhWord = Array("hành".unicodeScalars)

  /// Whether the window's lowercase `word` is one of `issuerStops` (the words are in NFC, like the window).
  private static func isIssuerStop(_ word: Slice<ScalarColumn>) -> Bool {
    guard let first = word.first, first.value < 0x2000,
      let candidates = issuerStopsByFirst[Int(first.value)]
    else { return false }
    return candidates.contains { $0.elementsEqual(word) }
  }

  /// Verbs that open a description of the cited document after its issuer.
  static let descriptorStarts: [[Unicode.Scalar]] = [
    "quy định", "hướng dẫn", "ban hành", "phê duyệt", "thực hiện", "triển khai", "tiếp tục",
    "sửa đổi", "bổ sung",
    "thay thế", "bãi bỏ", "cụ thể hóa", "cụ thể hoá", "hợp nhất",
  ].map { TextWindow.letters(ToneMarks.fold($0)) }

  private static let banHành = TextWindow.letters("ban hành")
  private static let ngày = TextWindow.letters("ngày")
  private static let của = TextWindow.letters("của")
  private static let về = TextWindow.letters("về")
  private static let vv = TextWindow.letters("v/v")

  /// The end of a subject or description phrase: the clause end (";", a sentence end, a line break, a bracket) or
  /// the start of another citation ("…; Nghị định số 105/2020/NĐ-CP"), at most 40 words.
  func phraseEnd(_ w: TextWindow, from s: Int) -> Int {
    var e = s
    var words = 0
    scan: while e < w.count, words < 40 {
      let c = w.lower[e]
      switch c {
      case ";", "\n", "(", ")", "!", "?", ":":
        break scan
      case ".":
        if e + 1 >= w.count || TextWindow.isSpace(w.lower[e + 1]) { break scan }
        e += 1
      case " ":
        e += 1
        if w.citationStarts(at: e) { break scan }
      default:
        if TextWindow.isWordChar(c) {
          e = w.wordEnd(e)
          words += 1
        } else {
          e += 1
        }
      }
    }
    return e
  }

  /// Just past the first ";", ":", "!", "?", or "." followed by a space, a line break or the end of `b`, at or after
  /// `from` and before `hi`; `hi` when there is none. Eight bytes are tested at a time for the five marks (most
  /// windows run for a few hundred bytes before one): the lowest byte the test flags is one of them (a borrow only
  /// carries upward), and is looked at alone.
  static func sentenceEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int, before hi: Int) -> Int {
    guard let base = b.baseAddress else { return hi }
    let ones: UInt64 = 0x0101_0101_0101_0101
    @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 {
      (x &- ones) & ~x & 0x8080_8080_8080_8080
    }
    var k = from
    while k < hi {
      if k &+ 8 <= hi {
        let w = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
        let marks =
          zeroBytes(w ^ (0x3B &* ones)) | zeroBytes(w ^ (0x3A &* ones))
          | zeroBytes(w ^ (0x21 &* ones))
          | zeroBytes(w ^ (0x3F &* ones)) | zeroBytes(w ^ (0x2E &* ones))
        if marks == 0 {
          k &+= 8
          continue
        }
        k &+= marks.trailingZeroBitCount >> 3
      }
      let c = base[k]
      if c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == UInt8(ascii: "!")
        || c == UInt8(ascii: "?")
        || (c == UInt8(ascii: ".")
          && (k + 1 >= b.count || base[k + 1] == 0x20 || base[k + 1] == 0x0A))
      {
        return k + 1
      }
      k += 1
    }
    return hi
  }

  /// Reads the date, issuer and subject that follow the symbol ending at `start`.
  func trailing(from start: Int) -> After {
    var hi = min(reader.bytes.count, start + 700)
    while hi < reader.bytes.count, hi > start, reader.bytes[hi] & 0xC0 == 0x80 { hi += 1 }
    // Nothing below reads past a ";", ":", "!" or "?" (each ends every phrase, and no phrase or date opens with
    // one), nor past a "." followed by a space or a line break (a sentence end: it ends every phrase, a date
    // never holds one, and what stops there reads an end of window as it reads that space): the window stops
    // just after the first, which is most often a few words away.
    hi = Self.sentenceEnd(reader.bytes, from: start, before: hi)
    let w = TextWindow(reader.bytes, from: start, to: hi)
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
      if let k = w.matchForward(Self.banHành, at: j) { j = w.skipSpaces(k) }
      if result.date == nil, let k = w.matchForward(Self.ngày, at: j),
        let (date, e) = w.date(at: w.skipSpaces(k))
      {
        result.date = date
        i = e
        lastEnd = e
        if i < w.count, w.lower[i] == ")" { i += 1 }
        continue
      }
      if result.issuer == nil, let k = w.matchForward(Self.của, at: j) {
        let s = w.skipSpaces(k)
        guard s < w.count, w.original[s].isUppercase else { break }
        var e = s
        var words = 0
        while e < w.count, words < 16 {
          let c = w.lower[e]
          if TextWindow.isSpace(c) {
            e += 1
            continue
          }
          guard TextWindow.isWordChar(c) else { break }
          let wordEnd = w.wordEnd(e)
          let word = w.lower[e..<wordEnd]
          if Self.isIssuerStop(word) {
            // "và Đào tạo" continues a ministry's name; "và các", "và Kế hoạch này" end the phrase.
            let isBan = word.elementsEqual(Self.banWord)
            guard isBan || word.elementsEqual(Self.vaWord) else { break }
            let next = w.skipSpaces(wordEnd)
            if isBan {
              if w.lower[next..<w.wordEnd(next)].elementsEqual(Self.hanhWord) { break }
            } else if next >= w.count || !w.original[next].isUppercase || w.typeWordStarts(at: next)
            {
              break
            }
          }
          // A number ends the phrase unless it names a plenum ("Ban Chấp hành Trung ương 4").
          if c.isNumber, !TextCase.lowercased(w.text(s..<e)).hasSuffix("trung ương") { break }
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
      if v < w.count, w.lower[v] == "“" || w.lower[v] == "\"" { v += 1 }
      if let k = w.matchForward(Self.về, at: v) ?? w.matchForward(Self.vv, at: v) {
        let s = w.skipSpaces(k)
        let e = phraseEnd(w, from: s)
        let subject = w.text(s..<e)
        if !subject.isEmpty {
          result.subject = subject
          lastEnd = e
        }
        break
      }
      if Self.descriptorStarts.contains(where: { w.matchForward($0, at: v) != nil }) {
        // "… của Chính phủ quy định về …", "… của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị …".
        let e = phraseEnd(w, from: v)
        let descriptor = w.text(v..<e)
        if !descriptor.isEmpty {
          result.descriptor = descriptor
          lastEnd = e
        }
      }
      break
    }
    result.end = w.offsets[min(lastEnd, w.count)]
    return result
  }
}
