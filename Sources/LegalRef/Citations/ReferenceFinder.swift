import Foundation

/// A reference written without a number and symbol, as found in the text (before any registry look-up).
struct FoundReference: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    /// "Nghị quyết Trung ương 8 khóa XI".
    case plenum(plenum: Int, term: String)
    /// "Luật Giáo dục năm 2019": the name as written (without the year) and the year, when written; `known` when
    /// the name is a registry name.
    case law(name: String, year: Int?, known: Bool)
    /// "Nghị quyết số 29": the number, and whether "số" was written.
    case shortForm(number: Int, withSo: Bool)
    /// "Chỉ thị này".
    case selfReference
    /// "Chỉ thị của Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2021-2022".
    case description
  }

  var kind: Kind
  /// The canonical type name ("Nghị quyết", "Luật").
  var typeName: String
  /// The reference's own words (type word to the end of the name, number or plenum).
  var range: Range<Int>
  /// Everything its words cover, with the trailing date, issuer and subject.
  var extent: Range<Int>
  /// The words as written, on one line.
  var surface: String
  var date: DayDate?
  var issuer: String?
  var subject: String?
  var descriptor: String?
  /// The number of the citation right after a description's words ("… thực hiện Nghị quyết số 29-NQ/TW").
  var follower: DocumentNumber?
}

/// Finds references that carry no number and symbol: plenums named by number and term, laws by name, a type word
/// with a bare number, self-references ("Chỉ thị này") and descriptions ("Chỉ thị của Bộ Giáo dục và Đào tạo về …").
///
/// One pass over the bytes looks for the type words that open them (a byte test on the first letter, then a byte
/// comparison); only there is a small window decoded to read the words that follow.
enum ReferenceFinder {
  /// The type words that open a reference, as UTF-8 with a lowercase first letter, longest first.
  static let openers: [Opener] = {
    let names = [
      "Chương trình hành động", "Thông tư liên tịch", "Nghị quyết", "Nghị định", "Chỉ thị",
      "Kết luận", "Quyết định", "Quy định", "Thông tri", "Thông tư", "Thông báo", "Kế hoạch",
      "Hướng dẫn", "Công văn", "Đề án", "Chương trình", "Pháp lệnh", "Bộ luật", "Luật",
    ]
    return names.map { name -> Opener in
      var b = Array(name.utf8)
      if b[0] >= 0x41 && b[0] <= 0x5A { b[0] += 32 }
      if b[0] == 0xC4 && b[1] == 0x90 { b[1] = 0x91 }  // Đ → đ
      return Opener(
        bytes: b, name: name, named: namedTypes.contains(name), plenum: plenumTypes.contains(name))
    }.sorted { $0.bytes.count > $1.bytes.count }
  }()

  /// An opener: its bytes as `opener(_:at:)` compares them, its type name, and whether that type is cited by name
  /// (`namedTypes`) or adopted by a plenum (`plenumTypes`), told once here rather than at every opener read.
  struct Opener {
    let bytes: [UInt8]
    let name: String
    let named: Bool
    let plenum: Bool
  }

  /// The openers by their first byte (lowercase; Đ and đ share C4).
  static let openersByFirst: [[Opener]] = {
    var table = [[Opener]](repeating: [], count: 256)
    for o in openers { table[Int(o.bytes[0])].append(o) }
    return table
  }()

  /// Words matched in windows, as the window's folded lowercase scalars.
  enum P {
    static let so = TextWindow.so
    static let va = TextWindow.letters("và")
    static let nam = TextWindow.letters("năm")
    static let hoiNghi = TextWindow.letters("hội nghị")
    static let lanThu = TextWindow.letters("lần thứ")
    static let lan = TextWindow.letters("lần")
    static let banChapHanh = TextWindow.letters("ban chấp hành")
    static let trungUong = TextWindow.letters("trung ương")
    static let tw = TextWindow.letters("tw")
    static let dang = TextWindow.letters("đảng")
    /// "khoá" as windows fold it, and "khóa" in case a window does not.
    static let khoa = TextWindow.letters(ToneMarks.fold("khóa"))
    static let khoaOther = TextWindow.letters("khóa")
    static let ve = TextWindow.letters("về")
    static let thucHien = TextWindow.letters("thực hiện")
    static let tiepTuc = TextWindow.letters("tiếp tục")
  }

  /// Types cited by name rather than by number.
  static let namedTypes: Set<String> = ["Luật", "Bộ luật", "Pháp lệnh"]
  /// Types a plenum of the Central Committee adopts.
  static let plenumTypes: Set<String> = ["Nghị quyết", "Kết luận"]

  /// Words after a bare number that make it a quantity, not a document ("Kế hoạch 5 năm").
  static let unitWords: Set<String> = [
    "năm", "tháng", "ngày", "tuần", "lần", "cấp", "giờ", "điểm", "người", "xã", "huyện", "tỉnh",
    "trường", "lớp", "học", "đơn", "mục", "nội", "nhiệm", "điều", "khoản", "chương", "phần", "bước",
    "giai", "tiêu", "chỉ", "nhóm", "đợt", "km", "ha", "tỷ", "triệu", "nghìn", "%",
  ]
  /// Words before a type word that make it generic ("các Nghị quyết của Đảng").
  static let pluralWords: Set<String> = ["các", "những", "mọi", "số", "nhiều", "từng"]

  /// Finds the references of a text; `citations` are its numbered citations (in text order), whose words are not
  /// read again.
  static func find(_ text: SourceText, citations: [Citation], lawNames: [[Unicode.Scalar]])
    -> [FoundReference]
  {
    text.bytes.withUnsafeBufferPointer { b in
      var out: [FoundReference] = []
      let starts = citations.map(\.range.lowerBound)
      let typeStarts = Set(citations.map(\.extent.lowerBound))
      var i = 0
      var skipUntil = 0
      // The words that may open a reference, in text order; each is read unless an earlier reference covers it.
      for start in wordStarts(b) where start >= i {
        i = start
        guard i >= skipUntil else {
          i += 1
          continue
        }
        guard let opener = opener(b, at: i), !typeStarts.contains(i) else {
          i += 1
          continue
        }
        let afterWord = i + opener.bytes.count
        if let found = read(
          b, text: text, at: i, wordEnd: afterWord, opener: opener, citations: citations,
          starts: starts, lawNames: lawNames)
        {
          out.append(contentsOf: found)
          skipUntil = found.last!.range.upperBound
          i = skipUntil
          continue
        }
        i = afterWord
      }
      return out
    }
  }

  /// How many bytes of an opener `wordStarts(_:)` compares: every opener is at least that long ("luật").
  static let headLength = 6

  /// Every offset `j` where a word starts (`j == 0` or `!isLetterByte(b, before: j)`) whose first `headLength`
  /// bytes, as `opener(_:at:)` reads them (`headKey`), are the first bytes of an opener, in increasing order.
  ///
  /// A Wu–Manber search: at each step the two bytes that end a `headLength`-byte window are looked up in
  /// `shifts`, which tells how far the window can move without passing the start of an opener (five bytes when
  /// the pair is in no opener's head, zero when it ends one); only where it is zero are the word start and the
  /// whole head tested. On Vietnamese text the window moves about 3.7 bytes a step and stops every 26 bytes.
  /// Each step waits for the load of the step before, so the four quarters of the text are searched in one
  /// loop, a step of each in turn: the processor works on the four at once (a third less time than one search
  /// over the whole text, measured on the benchmark corpus).
  static func wordStarts(_ b: UnsafeBufferPointer<UInt8>) -> [Int] {
    let n = b.count
    guard let base = b.baseAddress, n >= headLength else { return [] }
    // Windows start at 0...last, in four quarters searched side by side.
    let last = n - headLength
    let q1 = (last + 1) / 4
    let q2 = (last + 1) / 2
    let q3 = q2 + q1
    let heads = headTable
    var f0: [Int] = []
    var f1: [Int] = []
    var f2: [Int] = []
    var f3: [Int] = []
    shifts.withUnsafeBufferPointer { shift in
      @inline(__always) func step(_ j: inout Int, _ found: inout [Int]) {
        let pair = UInt16(
          littleEndian: UnsafeRawPointer(base + j + headLength - 2).loadUnaligned(as: UInt16.self))
        let s = Int(shift[Int(shiftSlot(pair))])
        if s != 0 {
          j &+= s
          return
        }
        if j == 0 || !isLetterByte(b, before: j), heads.contains(headKey(base + j)) {
          found.append(j)
        }
        j &+= 1
      }
      var a = 0
      var c = q1
      var d = q2
      var e = q3
      while a < q1 && c < q2 && d < q3 && e <= last {
        step(&a, &f0)
        step(&c, &f1)
        step(&d, &f2)
        step(&e, &f3)
      }
      while a < q1 { step(&a, &f0) }
      while c < q2 { step(&c, &f1) }
      while d < q3 { step(&d, &f2) }
      while e <= last { step(&e, &f3) }
    }
    f0.append(contentsOf: f1)
    f0.append(contentsOf: f2)
    f0.append(contentsOf: f3)
    return f0
  }

  /// The first `headLength` bytes at `p` as `opener(_:at:)` compares them, packed little-endian (the first is the
  /// low byte): an ASCII capital first letter in lowercase, and after a 0xC4 lead ("Đ", "đ") the second byte with
  /// its low bit set.
  @inline(__always) static func headKey(_ p: UnsafePointer<UInt8>) -> UInt64 {
    let raw = UnsafeRawPointer(p)
    let low = UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self))
    let high = UInt16(littleEndian: (raw + 4).loadUnaligned(as: UInt16.self))
    let first = low & 0xFF
    let capital: UInt32 = first &- 0x41 < 26 ? 0x20 : 0
    let dLead: UInt32 = first == 0xC4 ? 0x100 : 0
    return UInt64(low | capital | dLead) | UInt64(high) << 32
  }

  /// The heads of the openers, as `headKey` makes them.
  static let headTable = PackedTable(
    Set(
      openers.map { o in
        o.bytes.prefix(headLength).enumerated().reduce(UInt64(0)) {
          $0 | UInt64($1.element) << (8 * $1.offset)
        }
      }
    ).map { ($0, true) })

  /// For each pair of bytes (the first the low byte), how far a `headLength`-byte window whose last two bytes
  /// they are can move on without passing the start of an opener's head, in either case of its first letter:
  /// `headLength - 1` for a pair in no head, `headLength - 2 - q` for the smallest such over the pairs at `q`,
  /// `q + 1` of every head.
  static let shifts: [UInt8] = {
    var table = [UInt8](repeating: UInt8(headLength - 1), count: 1 << 12)
    for o in openers {
      precondition(o.bytes.count >= headLength, "an opener shorter than the head compared")
      let head = Array(o.bytes.prefix(headLength))
      var forms = [head]
      var other = head
      if head[0] >= 0x61 && head[0] <= 0x7A {
        other[0] -= 32
        forms.append(other)
      } else if head[0] == 0xC4 {
        other[1] &= 0xFE  // "Đ": C4 90, "đ": C4 91
        forms.append(other)
      }
      for form in forms {
        for q in 0...(headLength - 2) {
          let slot = Int(shiftSlot(UInt16(form[q]) | UInt16(form[q + 1]) << 8))
          table[slot] = min(table[slot], UInt8(headLength - 2 - q))
        }
      }
    }
    return table
  }()

  /// The slot of `shifts` for a pair of bytes (the first the low byte): the pair folded into twelve bits, so that
  /// the table (4 KB) stays in the first-level cache; pairs sharing a slot share the smallest shift.
  @inline(__always) static func shiftSlot(_ pair: UInt16) -> UInt16 {
    (pair ^ (pair >> 4)) & 0xFFF
  }

  /// Whether the byte before `i` ends a letter or digit (so `i` is inside a word).
  static func isLetterByte(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
    let p = b[i - 1]
    if p < 0x80 {
      return (p >= 0x30 && p <= 0x39) || (p >= 0x41 && p <= 0x5A) || (p >= 0x61 && p <= 0x7A)
    }
    // A continuation byte ends a multi-byte character: Vietnamese letters are the only ones expected here, but
    // curly quotes and dashes (E2 80 xx) are not letters.
    if p & 0xC0 == 0x80, i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80 { return false }
    return p & 0xC0 == 0x80
  }

  /// The opener at `i` (first letter of either case, the rest as written in lowercase), followed by a non-letter.
  static func opener(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Opener? {
    let c = b[i]
    guard i + 1 < b.count else { return nil }
    let first = (c >= 0x41 && c <= 0x5A) ? c + 32 : c
    let second = c == 0xC4 ? b[i + 1] | 0x01 : b[i + 1]
    let candidates = openersByFirst[Int(first)]
    for o in candidates where o.bytes[1] == second && i + o.bytes.count <= b.count {
      let word = o.bytes
      var ok = true
      for k in 2..<word.count {
        var x = b[i + k]
        if k == 0, x >= 0x41 && x <= 0x5A { x += 32 }
        if k == 1, word[0] == 0xC4, x == 0x90 { x = 0x91 }
        if x != word[k] {
          ok = false
          break
        }
      }
      guard ok else { continue }
      let e = i + word.count
      if e < b.count, b[e] != 0x20, b[e] != 0x0A, !(b[e] < 0x80 && !isWordASCII(b[e])) { continue }
      return o
    }
    return nil
  }

  static func isWordASCII(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }

  /// Reads what follows an opener; nil when it opens no reference of the kinds above.
  static func read(
    _ b: UnsafeBufferPointer<UInt8>, text: SourceText, at start: Int, wordEnd: Int,
    opener: Opener, citations: [Citation], starts: [Int], lawNames: [[Unicode.Scalar]]
  ) -> [FoundReference]? {
    let typeName = opener.name
    // A cheap look at the next word before decoding anything.
    var j = wordEnd
    while j < b.count, b[j] == 0x20 || b[j] == 0x0A { j += 1 }
    guard j < b.count, j - wordEnd <= 3 else { return nil }
    let next = b[j]
    let capital = b[start] < 0x80 ? (b[start] >= 0x41 && b[start] <= 0x5A) : b[start + 1] == 0x90
    let named = opener.named
    let digit = next >= 0x30 && next <= 0x39
    let so =
      next == 0x73 && j + 3 < b.count && b[j + 1] == 0xE1 && b[j + 2] == 0xBB && b[j + 3] == 0x91
    let nay =
      next == 0x6E && j + 3 < b.count && b[j + 1] == 0xC3 && b[j + 2] == 0xA0 && b[j + 3] == 0x79
    let cua =
      next == 0x63 && j + 3 < b.count && b[j + 1] == 0xE1 && b[j + 2] == 0xBB && b[j + 3] == 0xA7
    let plenumStart =
      opener.plenum
      && (next == 0x54 || next == 0x48 || next == 0x74 || next == 0x68 || next == 0x6C)
    guard digit || so || nay || (cua && capital) || plenumStart || named else {
      return nil
    }
    // "… này": the document itself, read on bytes.
    if nay, j + 4 == b.count || (b[j + 4] < 0x80 && !isWordASCII(b[j + 4])) {
      let end = j + 4
      return [
        FoundReference(
          kind: .selfReference, typeName: typeName, range: start..<end, extent: start..<end,
          surface: text.string(start..<end))
      ]
    }
    // "pháp luật giáo dục" is the law in general, not "Luật Giáo dục".
    if named, !capital, previousWord(b, before: start) == "pháp" { return nil }
    // The words read here (type word, plenum and term, a law's name, a bare number) fit in this window; the
    // phrases after them are read by the ContextReader from their own offset.
    var hi = min(b.count, start + 240)
    while hi < b.count, hi > start, b[hi] & 0xC0 == 0x80 { hi += 1 }
    let w = TextWindow(b, from: start, to: hi)
    let typeEnd = w.offsets.firstIndex(of: wordEnd) ?? 0
    let k = w.skipSpaces(typeEnd)
    let context = ContextReader(reader: SymbolReader(bytes: b))

    func make(
      _ kind: FoundReference.Kind, end: Int, trailing: Bool = true
    ) -> FoundReference {
      let byteEnd = w.offsets[min(end, w.count)]
      var ref = FoundReference(
        kind: kind, typeName: typeName, range: start..<byteEnd, extent: start..<byteEnd,
        surface: w.text(0..<end))
      if trailing {
        let after = context.trailing(from: byteEnd)
        ref.date = after.date
        ref.issuer = after.issuer
        ref.subject = after.subject
        ref.descriptor = after.descriptor
        ref.extent = start..<max(byteEnd, after.end)
      }
      return ref
    }

    // A type word and a bare number: "Nghị quyết số 29", "Chỉ thị 42".
    if digit || so {
      var d = k
      var withSo = false
      if so, let e = w.matchForward(P.so, at: k) {
        withSo = true
        d = w.skipSpaces(e)
        if d < w.count, w.lower[d] == ":" { d = w.skipSpaces(d + 1) }
      }
      guard let (value, e) = w.number(at: d, maxDigits: 5), value > 0 else { return nil }
      let digitsByte = w.offsets[d]
      // A numbered citation starts here (or a list sharing a symbol): the scanner read it.
      if citationStarts(starts, within: digitsByte..<(digitsByte + 1)) { return nil }
      // The number goes on into a symbol, a date or a decimal the scanner did not take.
      if e < w.count, "/-–.,:".contains(w.lower[e]),
        e + 1 < w.count, w.lower[e + 1].isNumber || w.lower[e + 1].isLetter
      {
        return nil
      }
      let after = w.skipSpaces(e)
      if after < w.count {
        let nextWord = w.word(after)
        if unitWords.contains(nextWord) && !withSo { return nil }
        // "29 NQ/TW" that the scanner did not take is not a short form either.
        if w.original[after].isUppercase, w.wordEnd(after) < w.count,
          "/-".contains(w.lower[w.wordEnd(after)])
        {
          return nil
        }
      }
      if !withSo, w.lower[typeEnd..<d].contains("\n") { return nil }
      return [make(.shortForm(number: value, withSo: withSo), end: e)]
    }

    // "Nghị quyết (Hội nghị) Trung ương 8 khóa XI", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương
    // Đảng khóa XI", and a second term after a comma ("…, khoá XII").
    if plenumStart, let (plenum, written, e) = plenum(w, at: k), let term = written {
      var refs = [make(.plenum(plenum: plenum, term: term), end: e)]
      var x = e
      while true {
        var y = w.skipSpaces(x)
        if y < w.count, w.lower[y] == "," { y = w.skipSpaces(y + 1) }
        if let v = w.matchForward(P.va, at: y) { y = w.skipSpaces(v) }
        guard let kk = w.matchForward(P.khoa, at: y) ?? w.matchForward(P.khoaOther, at: y),
          let (t, te) = roman(w, at: w.skipSpaces(kk))
        else { break }
        var r = make(.plenum(plenum: plenum, term: t), end: te)
        r.range = w.offsets[y]..<r.range.upperBound
        r.extent = w.offsets[y]..<r.extent.upperBound
        // As written: the first plenum and this term ("Nghị quyết Trung ương 4 khóa XI, khoá XII").
        r.surface = w.text(0..<te)
        refs.append(r)
        x = te
      }
      return refs
    }

    // A law by its name: "Luật Giáo dục năm 2019", "Luật Trẻ em", "Bộ luật Lao động 2019".
    if named {
      var nameEnd: Int?
      var known = false
      for law in lawNames {
        if let e = w.matchForward(law, at: 0) {
          nameEnd = e
          known = true
          break
        }
      }
      if nameEnd == nil {
        // A name the registry does not know is read only after a capital "Luật" ("pháp luật", "luật sư" are not).
        guard capital, k < w.count, w.original[k].isUppercase else { return nil }
        nameEnd = unknownLawNameEnd(w, from: k)
      }
      guard let ne = nameEnd, ne > k else { return nil }
      var end = ne
      var year: Int?
      var y = w.skipSpaces(ne)
      if let v = w.matchForward(P.nam, at: y) { y = w.skipSpaces(v) }
      if let (value, e) = w.number(at: y, maxDigits: 4), (1945...2100).contains(value), e - y == 4 {
        year = value
        end = e
      }
      // "Luật Giáo dục số 43/2019/QH14": the numbered citation says it.
      let rest = w.skipSpaces(end)
      if rest < w.count, w.matchForward(P.so, at: rest) != nil || w.lower[rest].isNumber,
        citationStarts(starts, within: w.offsets[rest]..<(w.offsets[rest] + 24))
      {
        return nil
      }
      let name = w.text(0..<ne)
      var ref = make(.law(name: name, year: year, known: known), end: end, trailing: false)
      ref.surface = w.text(0..<end)
      return [ref]
    }

    // A description: "Chỉ thị của Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2021-2022".
    if cua, capital {
      let previous = previousWord(b, before: start)
      if pluralWords.contains(previous) { return nil }
      var ref = make(.description, end: typeEnd)
      guard let issuer = ref.issuer, !issuer.isEmpty else { return nil }
      let hasSubject = ref.subject != nil
      let implementing =
        ref.descriptor.map { d in
          ["thực hiện", "triển khai", "về việc", "tiếp tục"].contains {
            Registry.fold(d).hasPrefix($0)
          }
        } ?? false
      guard hasSubject || implementing else { return nil }
      // A numbered citation inside the description's words is the scanner's; one right after it is what the
      // description implements.
      if citationStarts(starts, within: ref.range.upperBound..<ref.extent.upperBound),
        !implementing
      {
        return nil
      }
      if let c = citations.first(where: {
        $0.extent.lowerBound >= ref.extent.upperBound
          && $0.extent.lowerBound <= ref.extent.upperBound + 4
      }) {
        ref.follower = c.number
      }
      ref.range = start..<ref.extent.upperBound
      let shownEnd =
        citations.first {
          $0.number == ref.follower && $0.extent.lowerBound >= ref.extent.upperBound
        }?
        .range.upperBound ?? ref.extent.upperBound
      ref.surface = text.string(start..<shownEnd).replacing("\n", with: " ")
      return [ref]
    }
    return nil
  }

  /// Whether a numbered citation starts inside `range`.
  static func citationStarts(_ starts: [Int], within range: Range<Int>) -> Bool {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    return lo < starts.count && starts[lo] < range.upperBound
  }

  /// The lowercased word before byte `i` (ASCII and Vietnamese letters), or "".
  static func previousWord(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> String {
    var e = i
    while e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x0A { e -= 1 }
    var s = e
    while s > 0, s > i - 24, b[s - 1] != 0x20, b[s - 1] != 0x0A,
      !(b[s - 1] < 0x80 && !isWordASCII(b[s - 1]))
    {
      s -= 1
    }
    while s < e, b[s] & 0xC0 == 0x80 { s += 1 }
    return TextCase.lowercased(
      String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
  }

  /// Reads a plenum from `start`: [hội nghị] [lần thứ N] [ban chấp hành] (trung ương | tw) [đảng] [lần thứ] [N]
  /// [, (] [khóa X] — "Trung ương 8 khóa XI", "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khoá XI", "Ban chấp
  /// hành Trung ương 4 (khóa XI)". Returns the plenum, the term when written, and the index past the words read.
  static func plenum(_ w: TextWindow, at start: Int) -> (Int, String?, Int)? {
    var k = start
    var plenum: Int?
    // `k` is passed in, not captured: a captured variable the helpers change is checked for exclusive access at
    // run time on each call (120,000 calls on 1,000 documents).
    func word(_ pattern: [Unicode.Scalar], _ k: inout Int) -> Bool {
      if let e = w.matchForward(pattern, at: k) {
        k = w.skipSpaces(e)
        return true
      }
      return false
    }
    func ordinal(_ k: inout Int) -> Int? {
      guard k < w.count else { return nil }
      let e = w.wordEnd(k)
      guard let n = PlenumName.ordinal(String(w.lower[k..<e])) else { return nil }
      // "Trung ương năm 2018" is a year, not the fifth plenum.
      let next = w.skipSpaces(e)
      if !w.lower[k].isNumber, next < w.count, w.lower[next].isNumber { return nil }
      k = next
      return n
    }
    let hoiNghi = word(P.hoiNghi, &k)
    if word(P.lanThu, &k) {
      guard let n = ordinal(&k) else { return nil }
      plenum = n
    }
    _ = word(P.banChapHanh, &k)
    let centralCommittee = word(P.trungUong, &k) || word(P.tw, &k)
    guard centralCommittee || (hoiNghi && plenum != nil) else { return nil }
    _ = word(P.dang, &k)
    if plenum == nil, word(P.lanThu, &k) || word(P.lan, &k) {
      guard let n = ordinal(&k) else { return nil }
      plenum = n
    }
    if plenum == nil, let n = ordinal(&k) { plenum = n }
    guard let plenum else { return nil }
    var end = k
    while end > start, TextWindow.isSpace(w.lower[end - 1]) { end -= 1 }
    while k < w.count, w.lower[k] == "," || w.lower[k] == "(" { k = w.skipSpaces(k + 1) }
    guard word(P.khoa, &k) || word(P.khoaOther, &k), let (term, e) = roman(w, at: k) else {
      return (plenum, nil, end)
    }
    end = e
    if end < w.count, w.lower[end] == ")" { end += 1 }
    return (plenum, term, end)
  }

  /// A roman numeral at `k` (a whole word), canonical, and the index past it.
  static func roman(_ w: TextWindow, at k: Int) -> (String, Int)? {
    guard k < w.count else { return nil }
    let e = w.wordEnd(k)
    guard e > k, let r = RomanNumeral.canonical(String(w.original[k..<e])) else { return nil }
    return (r, e)
  }

  /// Words that end an unknown law's name.
  static let lawNameStops: Set<String> = [
    "năm", "số", "và", "của", "theo", "trong", "về", "đối", "tại", "các", "để", "được", "đã", "có",
    "quy", "hiện", "hành", "cho", "với", "khi", "thì", "là", "này", "đó", "từ", "đến", "sửa",
    "ngày",
  ]

  /// The end of a law's name not in the registry: the capitalised word after "Luật" and the words after it, up to
  /// a stop word, punctuation or 8 words.
  static func unknownLawNameEnd(_ w: TextWindow, from k: Int) -> Int? {
    var e = k
    var words = 0
    while e < w.count, words < 8 {
      guard TextWindow.isWordChar(w.lower[e]) else { break }
      let word = w.word(e)
      if words > 0, lawNameStops.contains(word) { break }
      e = w.wordEnd(e)
      words += 1
      // A single space (not a line break) joins the next word.
      guard e < w.count, w.lower[e] == " ", e + 1 < w.count, TextWindow.isWordChar(w.lower[e + 1])
      else { break }
      if w.lower[e + 1].isNumber { break }
      e += 1
    }
    while e > k, w.lower[e - 1] == " " { e -= 1 }
    return words >= 1 ? e : nil
  }
}
