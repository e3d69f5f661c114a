/// Reads numbers and symbols ("29-NQ/TW", "80/2017/NĐ-CP") out of normalised UTF-8 bytes.
///
/// Works on bytes only: codes are ASCII letters, digits and Đ/đ, so no decoding is needed except at token
/// boundaries, where a Vietnamese letter glued to a code means the code is part of a word.
struct SymbolReader {
  let bytes: UnsafeBufferPointer<UInt8>

  /// A number and symbol read at some offset.
  struct Symbol {
    var number: DocumentNumber
    /// Offset of the first digit.
    var start: Int
    /// Offset just past the symbol.
    var end: Int
    var diagnostics: [CitationDiagnostic]
  }

  // MARK: Byte classes

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
  @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isASCIIAlnum(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }

  @inline(__always) func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

  /// Length of the code character at `i`: 1 for an ASCII letter or digit, 2 for Đ/đ, 0 otherwise.
  @inline(__always) func codeCharLength(at i: Int) -> Int {
    let b = byte(i)
    if Self.isASCIIAlnum(b) { return 1 }
    if b == 0xC4, byte(i + 1) == 0x90 || byte(i + 1) == 0x91 { return 2 }
    return 0
  }

  /// The scalar that starts at `i`, and its length in bytes.
  func scalar(at i: Int) -> (Unicode.Scalar, Int)? {
    guard i >= 0, i < bytes.count else { return nil }
    let b0 = bytes[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    var len = 0
    var value: UInt32 = 0
    if b0 & 0xE0 == 0xC0 {
      len = 2
      value = UInt32(b0 & 0x1F)
    } else if b0 & 0xF0 == 0xE0 {
      len = 3
      value = UInt32(b0 & 0x0F)
    } else if b0 & 0xF8 == 0xF0 {
      len = 4
      value = UInt32(b0 & 0x07)
    } else {
      return nil
    }
    guard i + len <= bytes.count else { return nil }
    for k in 1..<len { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    return Unicode.Scalar(value).map { ($0, len) }
  }

  /// The scalar that ends just before `i`, and its start offset.
  func scalar(before i: Int) -> (Unicode.Scalar, Int)? {
    var j = i - 1
    while j >= 0, bytes[j] & 0xC0 == 0x80, i - j < 4 { j -= 1 }
    guard j >= 0, let (s, _) = scalar(at: j) else { return nil }
    return (s, j)
  }

  /// Whether a letter or digit (of any script) touches offset `i` from the left.
  func wordCharBefore(_ i: Int) -> Bool {
    guard i > 0 else { return false }
    let b = bytes[i - 1]
    if b < 0x80 { return Self.isASCIIAlnum(b) }
    guard let (s, _) = scalar(before: i) else { return false }
    return s.properties.isAlphabetic || s.properties.numericType != nil
  }

  /// Whether a letter or digit (of any script) starts at offset `i`.
  func wordCharAt(_ i: Int) -> Bool {
    guard i < bytes.count else { return false }
    let b = bytes[i]
    if b < 0x80 { return Self.isASCIIAlnum(b) }
    guard let (s, _) = scalar(at: i) else { return false }
    return s.properties.isAlphabetic || s.properties.numericType != nil
  }

  /// A hyphen or a dash used as one at `i`: returns its length and whether it was a real hyphen.
  func dashLength(at i: Int) -> (length: Int, isHyphen: Bool)? {
    let b = byte(i)
    if b == 0x2D { return (1, true) }
    // U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash, U+2212 minus.
    if b == 0xE2, byte(i + 1) == 0x80, (0x90...0x93).contains(byte(i + 2)) { return (3, false) }
    if b == 0xE2, byte(i + 1) == 0x88, byte(i + 2) == 0x92 { return (3, false) }
    return nil
  }

  // MARK: Tokens

  /// Reads a code token (ASCII letters, digits, Đ/đ, and "&" between them as in "BGD&ĐT", which is dropped) starting
  /// at `i`. Fails when a letter of another kind is glued to either end, which means the token is part of an
  /// ordinary word — except that with `allowGlued` a known issuer code followed by a word written without a space
  /// ("TWngày", "UBNDvề") is cut off and flagged.
  func code(at i: Int, allowGlued: Bool = false) -> (text: String, end: Int, glued: Bool)? {
    guard !wordCharBefore(i) else { return nil }
    var j = i
    var ampersand = false
    while true {
      var n = codeCharLength(at: j)
      if n == 0, byte(j) == UInt8(ascii: "&"), j > i, codeCharLength(at: j + 1) > 0 {
        n = 1
        ampersand = true
      }
      if n == 0 { break }
      j += n
    }
    guard j > i else { return nil }
    let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
    let text = ampersand ? raw.replacing("&", with: "") : raw
    if !wordCharAt(j) { return (text, j, false) }
    guard allowGlued else { return nil }
    // Longest prefix that is a known code and is followed by lowercase letters only.
    var k = j - 1
    while k > i {
      let b = bytes[k]
      if b >= 0x61, b <= 0x7A {
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<k]), as: UTF8.self)
        if CodeTables.isKnownIssuer(prefix), bytes[k..<j].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
          return (prefix, k, true)
        }
      }
      k -= 1
    }
    return nil
  }

  /// Reads a run of ASCII digits.
  func digits(at i: Int) -> (value: Int, count: Int)? {
    var j = i
    var v = 0
    while j < bytes.count, Self.isDigit(bytes[j]), j - i < 7 {
      v = v * 10 + Int(bytes[j] - 0x30)
      j += 1
    }
    guard j > i, j - i <= 6, !(j < bytes.count && Self.isDigit(bytes[j])) else { return nil }
    return (v, j - i)
  }

  /// Skips spaces (and line breaks when `lines` is set) from `i`, at most `limit` characters.
  func skipSpaces(_ i: Int, limit: Int = 3, lines: Bool = false) -> Int {
    var j = i
    while j < bytes.count, j - i < limit, bytes[j] == 0x20 || (lines && bytes[j] == 0x0A) { j += 1 }
    return j
  }

  /// Whether a capital (A–Z or Đ) stands at `i`: whether the code ``code(at:allowGlued:)`` reads there starts with one
  /// (its text starts at `i`), told before the code is made.
  @inline(__always) func startsUpper(at i: Int) -> Bool {
    let b = byte(i)
    return b &- 0x41 < 26 || (b == 0xC4 && byte(i + 1) == 0x90)
  }

  /// Whether the code starts with a capital (A–Z or Đ), read on its bytes.
  static func startsUpper(_ s: String) -> Bool {
    let u = s.utf8
    guard let f = u.first else { return false }
    if f &- 0x41 < 26 { return true }
    return f == 0xC4 && u.dropFirst().first == 0x90
  }

  /// Whether the code is letters only (ASCII letters, Đ, đ), read on its bytes.
  static func isLetters(_ s: String) -> Bool {
    var lead = false
    for b in s.utf8 {
      if lead {
        guard b == 0x90 || b == 0x91 else { return false }
        lead = false
      } else if b == 0xC4 {
        lead = true
      } else if !isASCIILetter(b) || b >= 0x80 {
        return false
      }
    }
    return !lead
  }

  // MARK: Repairs

  /// Tries Đ for each D in `code` (and "đ" for "d") when the code as written is not in `known`. Returns the repaired
  /// code, or the code itself.
  static func repairD(_ code: String, known: (String) -> Bool) -> (String, repaired: Bool) {
    if known(code) { return (code, false) }
    // Every repair puts Đ for a D: a code without one is left as it is, with nothing decoded.
    guard code.utf8Contains(UInt8(ascii: "D")) else { return (code, false) }
    // On bytes: "D" is one byte and "Đ" the two C4 90, and no other byte of a code changes.
    let bytes = Array(code.utf8)
    let ds = bytes.indices.filter { bytes[$0] == UInt8(ascii: "D") }
    guard !ds.isEmpty, ds.count <= 4 else { return (code, false) }
    var found: [String] = []
    var variant: [UInt8] = []
    variant.reserveCapacity(bytes.count + ds.count)
    for mask in 1..<(1 << ds.count) {
      variant.removeAll(keepingCapacity: true)
      var from = 0
      for (k, at) in ds.enumerated() where mask & (1 << k) != 0 {
        variant.append(contentsOf: bytes[from..<at])
        variant.append(0xC4)
        variant.append(0x90)
        from = at + 1
      }
      variant.append(contentsOf: bytes[from...])
      let t = String(decoding: variant, as: UTF8.self)
      if known(t) { found.append(t) }
    }
    if found.count == 1 { return (found[0], true) }
    // Codes outside the tables: the common "giáo dục đào tạo" and "hội đồng" parts.
    var t = code
    for (bad, good) in [("GDDT", "GDĐT"), ("HDND", "HĐND"), ("LDTBXH", "LĐTBXH"), ("KHDT", "KHĐT")]
    where Self.containsBytes(t, bad) {
      t = t.replacing(bad, with: good)
    }
    return (t, t != code)
  }

  /// Whether the UTF-8 of `needle` occurs in that of `s` (a cheap test before a `replacing`).
  static func containsBytes(_ s: String, _ needle: String) -> Bool {
    let h = s.utf8
    let n = needle.utf8
    guard n.count <= h.count, let first = n.first else { return n.isEmpty }
    var i = h.startIndex
    while i != h.endIndex {
      if h[i] == first, h[i...].starts(with: n) { return true }
      i = h.index(after: i)
    }
    return false
  }

  static func isKnownType(_ code: String) -> Bool {
    CodeTables.stateTypeTable.contains(code) || CodeTables.partyTypeTable.contains(code)
  }

  // MARK: Symbols

  /// Finds where the number of a symbol whose '/' is at `slash` starts, or nil when the slash is not in a symbol.
  func numberStart(forSlash slash: Int) -> Int? {
    var j = slash - 1
    while j >= 0, slash - j <= 2, bytes[j] == 0x20 { j -= 1 }
    guard j >= 0 else { return nil }
    if Self.isDigit(bytes[j]) {
      var s = j
      while s > 0, Self.isDigit(bytes[s - 1]) { s -= 1 }
      return acceptableNumberStart(s) ? s : nil
    }
    // Party shape: digits, hyphen (or a space), type code, slash.
    guard codeCharLength(at: j) > 0 || (j > 0 && codeCharLength(at: j - 1) == 2) else { return nil }
    var t = j + 1
    while t > 0 {
      if t >= 2, bytes[t - 2] == 0xC4, bytes[t - 1] == 0x90 || bytes[t - 1] == 0x91 {
        t -= 2
      } else if Self.isASCIILetter(bytes[t - 1]) {
        t -= 1
      } else {
        break
      }
    }
    guard t <= j, j + 1 - t <= 8 else { return nil }
    var k = t - 1
    while k >= 0, t - k <= 2, bytes[k] == 0x20 { k -= 1 }
    if k >= 0, bytes[k] == 0x2D {
      k -= 1
    } else if k >= 2, bytes[k - 2] == 0xE2, dashLength(at: k - 2) != nil {
      k -= 3
    } else if k != t - 2 {
      // Not a hyphen, and not exactly one space either.
      return nil
    }
    while k >= 0, t - k <= 4, bytes[k] == 0x20 { k -= 1 }
    guard k >= 0, Self.isDigit(bytes[k]) else { return nil }
    var s = k
    while s > 0, Self.isDigit(bytes[s - 1]) { s -= 1 }
    return acceptableNumberStart(s) ? s : nil
  }

  /// A number must not continue a word, a path, a decimal or another number ("COVID-19/", "1.5/", "2020/10/").
  func acceptableNumberStart(_ s: Int) -> Bool {
    if wordCharBefore(s) { return false }
    guard s > 0 else { return true }
    switch bytes[s - 1] {
    case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="),
      UInt8(ascii: "&"),
      UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "\\"), UInt8(ascii: "#"),
      UInt8(ascii: "@"):
      return false
    case UInt8(ascii: "."), UInt8(ascii: ","):
      return !(s > 1 && Self.isDigit(bytes[s - 2])) || bytes[s - 1] == UInt8(ascii: ",")
    default:
      return true
    }
  }

  /// Reads a number and symbol whose first digit is at `s`.
  func symbol(at s: Int) -> Symbol? {
    guard let (value, count) = digits(at: s) else { return nil }
    var diags: [CitationDiagnostic] = []
    var p = s + count
    let afterSpaces = skipSpaces(p, limit: 2)
    var spaced = afterSpaces > p
    p = afterSpaces
    var lineBreak = false
    var dashed = false
    var glued = false

    func readDashThenCode(_ i: Int) -> (String, Int)? {
      guard let (len, isHyphen) = dashLength(at: i) else { return nil }
      let attachedBefore = i > 0 && bytes[i - 1] != 0x20 && bytes[i - 1] != 0x0A
      let afterDash = i + len
      let next = skipSpaces(afterDash, limit: 3, lines: attachedBefore)
      if next > afterDash {
        // A dash with spaces on both sides separates phrases, not codes.
        guard attachedBefore else { return nil }
        if bytes[afterDash..<next].contains(0x0A) { lineBreak = true } else { spaced = true }
      }
      guard startsUpper(at: next), let (tok, end, wasGlued) = code(at: next, allowGlued: true)
      else { return nil }
      if !isHyphen { dashed = true }
      if wasGlued { glued = true }
      return (tok, end)
    }

    let c = byte(p)
    if c == 0x2D || (c == 0xE2 && dashLength(at: p) != nil) || (c == 0x20)
      || codeCharLength(at: p) > 0
    {
      // Party shape: N-TYPE/ISSUER, or N TYPE/ISSUER with a space for the hyphen.
      var typeTok: String
      var q: Int
      var spaceForHyphen = false
      if let (tok, end) = readDashThenCode(p) {
        typeTok = tok
        q = end
      } else if afterSpaces == s + count + 1, startsUpper(at: p), let (tok, end, _) = code(at: p) {
        typeTok = tok
        q = end
        spaceForHyphen = true
        spaced = false
      } else {
        return nil
      }
      guard Self.isLetters(typeTok), typeTok.unicodeScalars.count <= 5 else { return nil }
      let slashAt = skipSpaces(q, limit: 2)
      guard byte(slashAt) == UInt8(ascii: "/") else { return nil }
      if slashAt > q { spaced = true }
      let issuerAt = skipSpaces(slashAt + 1, limit: 3, lines: true)
      if bytes[(slashAt + 1)..<issuerAt].contains(0x0A) {
        lineBreak = true
      } else if issuerAt > slashAt + 1 {
        spaced = true
      }
      guard startsUpper(at: issuerAt),
        let (issuerTok, issuerEnd, issuerGlued) = code(at: issuerAt, allowGlued: true)
      else { return nil }
      glued = issuerGlued
      var end = issuerEnd
      // Co-issuers or units after the issuer ("12-KH/TWĐTN-BTG").
      var extra: [String] = []
      while !glued, extra.count < 3, dashLength(at: end)?.isHyphen == true,
        let (tok, e) = readDashThenCode(end)
      {
        extra.append(Self.repairD(tok, known: CodeTables.isKnownIssuer).0)
        end = e
      }
      let (type, typeFixed) = Self.repairD(
        typeTok, known: { CodeTables.partyTypeTable.contains($0) })
      let (issuer, issuerFixed) = Self.repairD(issuerTok, known: CodeTables.isKnownIssuer)
      let knownType = CodeTables.partyTypeTable.contains(type)
      let partyIssuer = CodeTables.looksLikePartyIssuer(issuer)
      if spaceForHyphen {
        guard knownType, partyIssuer else { return nil }
      } else {
        guard knownType || partyIssuer, Self.isLetters(issuer) else { return nil }
      }
      let number = DocumentNumber(
        number: value, typeCode: type, issuers: [issuer] + extra, shape: .party)
      let written = Written(bytes: bytes, range: s..<end)
      if spaceForHyphen {
        diags.append(
          .init(
            .spaceForHyphen, "a space stands for the hyphen in '\(written.text)': read as \(number)"
          )
        )
      }
      if typeFixed || issuerFixed {
        diags.append(.init(.dForĐ, "D written for Đ in '\(written.text)': read as \(number)"))
      }
      appendShapeNotes(
        &diags, spaced: spaced, dashed: dashed, lineBreak: lineBreak, glued: glued,
        written: written, number: number)
      return Symbol(number: number, start: s, end: end, diagnostics: diags)
    }

    guard c == UInt8(ascii: "/") else { return nil }
    var q = skipSpaces(p + 1, limit: 2, lines: true)
    if bytes[(p + 1)..<q].contains(0x0A) { lineBreak = true } else if q > p + 1 { spaced = true }
    var year: Int?
    if let (y, n) = digits(at: q), n == 4, (1945...2100).contains(y) {
      let slash2 = skipSpaces(q + 4, limit: 2)
      guard byte(slash2) == UInt8(ascii: "/") else { return nil }
      if slash2 > q + 4 { spaced = true }
      let next = skipSpaces(slash2 + 1, limit: 2, lines: true)
      if bytes[(slash2 + 1)..<next].contains(0x0A) {
        lineBreak = true
      } else if next > slash2 + 1 {
        spaced = true
      }
      year = y
      q = next
    }
    // Dates ("15/3/2021") stop here, before a code is read into a String.
    guard startsUpper(at: q), let (first, firstEnd, firstGlued) = code(at: q, allowGlued: true)
    else {
      return nil
    }
    glued = firstGlued
    // Room for the five tokens a symbol may have, so that reading them makes one array, not three.
    var tokens: [String] = []
    tokens.reserveCapacity(5)
    tokens.append(first)
    var end = firstEnd
    while !glued, tokens.count < 5, let (tok, e) = readDashThenCode(end) {
      tokens.append(tok)
      end = e
    }
    let written = Written(bytes: bytes, range: s..<end)
    var fixedD = false
    var number: DocumentNumber
    if tokens.count >= 2 {
      let (type, typeFixed) = Self.repairD(
        tokens[0], known: { CodeTables.stateTypeTable.contains($0) })
      if CodeTables.stateTypeTable.contains(type) {
        let issuers = tokens.dropFirst().map { Self.repairD($0, known: CodeTables.isKnownIssuer) }
        fixedD = typeFixed || issuers.contains { $0.repaired }
        number = DocumentNumber(
          number: value, year: year, typeCode: type, issuers: issuers.map(\.0),
          shape: year == nil ? .state : .normative)
        if year == nil, number.issuers.count == 1, CodeTables.partyTypeTable.contains(type),
          CodeTables.isPartyCommittee(number.issuerCode)
        {
          // "29/NQ-TW": a Party number written with the State separators.
          number = DocumentNumber(
            number: value, typeCode: type, issuers: number.issuers, shape: .party)
          diags.append(
            .init(
              .swappedSeparators, "Party number written as '\(written.text)': read as \(number)"))
        }
      } else {
        guard Self.isLetters(tokens[0]) || CodeTables.parliamentCode(tokens[0]) != nil else {
          return nil
        }
        let issuers = tokens.map { Self.repairD($0, known: CodeTables.isKnownIssuer) }
        fixedD = issuers.contains { $0.repaired }
        number = DocumentNumber(
          number: value, year: year, typeCode: nil, issuers: issuers.map(\.0), shape: .letter)
      }
    } else if CodeTables.parliamentCode(first) != nil {
      number = DocumentNumber(
        number: value, year: year, typeCode: nil, issuers: [first], shape: .parliament)
    } else if let (type, issuer, repaired) = Self.splitGlued(first) {
      fixedD = repaired
      number = DocumentNumber(
        number: value, year: year, typeCode: type, issuers: [issuer],
        shape: year == nil ? .state : .normative)
      diags.append(.init(.missingHyphen, "hyphen missing in '\(written.text)': read as \(number)"))
    } else {
      let (issuer, repaired) = Self.repairD(first, known: CodeTables.isKnownIssuer)
      guard CodeTables.isKnownIssuer(issuer) else { return nil }
      fixedD = repaired
      number = DocumentNumber(
        number: value, year: year, typeCode: nil, issuers: [issuer], shape: .letter)
    }
    if fixedD {
      diags.append(.init(.dForĐ, "D written for Đ in '\(written.text)': read as \(number)"))
    }
    appendShapeNotes(
      &diags, spaced: spaced, dashed: dashed, lineBreak: lineBreak, glued: glued, written: written,
      number: number)
    return Symbol(number: number, start: s, end: end, diagnostics: diags)
  }

  private func appendShapeNotes(
    _ diags: inout [CitationDiagnostic], spaced: Bool, dashed: Bool, lineBreak: Bool, glued: Bool,
    written: Written,
    number: DocumentNumber
  ) {
    let ampersand = written.holds(0x26)
    guard ampersand || glued || spaced || dashed || lineBreak else { return }
    let text = written.text
    let shown = written.holds(0x0A) ? text.replacing("\n", with: " ") : text
    if ampersand, text.contains("&") {
      diags.append(.init(.ampersandInCode, "'&' inside the code in '\(shown)': read as \(number)"))
    }
    if glued {
      diags.append(.init(.missingSpaceAfter, "no space between '\(shown)' and the word after it"))
    }
    if spaced { diags.append(.init(.straySpace, "stray space in '\(shown)': read as \(number)")) }
    if dashed {
      diags.append(
        .init(.dashForHyphen, "a dash stands for the hyphen in '\(shown)': read as \(number)"))
    }
    if lineBreak { diags.append(.init(.lineBreak, "'\(shown)' is broken across lines")) }
  }

  /// A symbol's bytes as written, made into a String only when a diagnostic quotes them (most symbols have none).
  struct Written {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    var text: String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    func holds(_ byte: UInt8) -> Bool { bytes[range].contains(byte) }
  }

  /// Splits a type code glued to its issuer ("NĐCP" → NĐ, CP; "QĐUBND" → QĐ, UBND), repairing D for Đ.
  static func splitGlued(_ token: String) -> (type: String, issuer: String, repairedD: Bool)? {
    // Cut between scalars, on bytes: the byte offset where each scalar starts.
    let bytes = Array(token.utf8)
    let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
    guard starts.count >= 3 else { return nil }
    var best: (String, String, Bool)?
    for cut in stride(from: min(4, starts.count - 1), through: 1, by: -1) {
      let head = String(decoding: bytes[..<starts[cut]], as: UTF8.self)
      let tail = String(decoding: bytes[starts[cut]...], as: UTF8.self)
      let (type, typeFixed) = repairD(head, known: { CodeTables.stateTypeTable.contains($0) })
      let (issuer, issuerFixed) = repairD(tail, known: CodeTables.isKnownIssuer)
      if CodeTables.stateTypeTable.contains(type), CodeTables.isKnownIssuer(issuer) {
        best = (type, issuer, typeFixed || issuerFixed)
        break
      }
    }
    return best
  }
}
