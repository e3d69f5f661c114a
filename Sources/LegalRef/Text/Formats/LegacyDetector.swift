/// Finds text in a legacy Vietnamese encoding, and converts it.
///
/// Two cases:
/// - **A file that is not UTF-8** (single-byte TCVN3, VNI or Windows-1258): each candidate
///   decoding is scored by how many of its words with a non-ASCII letter are plausible Vietnamese
///   syllables (``VietnameseSyllable``); the best is taken when at least 60% of those words are.
/// - **Valid Unicode text typed with a legacy font** (Word or web text in ".VnTime" or
///   "VNI-Times": "NghÞ quyÕt sè" for "Nghị quyết số"): only when the text holds characters that
///   such fonts produce and correct Vietnamese never does, and the words that the conversion
///   changes become plausible syllables (at least 3, three times as many as those it spoils, and
///   more than the words in correct Unicode Vietnamese). Then every line holding no letter that
///   only Unicode has (ă, đ, ơ, ư, ĩ, ũ, the toned letters of U+1EA0–U+1EF9) is converted; lines
///   with such letters are correct Unicode and stay as they are.
///
/// Both decide on the first 64 KiB (whole lines) and then convert the whole text.
enum LegacyDetector {
  /// A conversion found.
  struct Result {
    var encoding: LegacyEncoding
    var output: LegacyConverter.Output
  }

  // MARK: Single-byte files

  /// Counts the valid multi-byte UTF-8 sequences and the invalid bytes of `bytes`, and tells
  /// whether it holds a NUL byte.
  static func utf8Census(_ bytes: [UInt8]) -> (valid: Int, invalid: Int, nul: Bool) {
    bytes.withUnsafeBufferPointer { p -> (Int, Int, Bool) in
      var valid = 0
      var invalid = 0
      var nul = false
      var i = 0
      let n = p.count
      while i < n {
        let b = p[i]
        if b < 0x80 {
          if b == 0 { nul = true }
          i += 1
          continue
        }
        var length = 0
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xED: (length, high) = (3, 0x9F)
        case 0xE1...0xEF: length = 3
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF4: (length, high) = (4, 0x8F)
        case 0xF1...0xF3: length = 4
        default: length = 0
        }
        var ok = length > 0 && i + length <= n
        if ok {
          let c = p[i + 1]
          ok = c >= low && c <= high
          var k = 2
          while ok && k < length {
            ok = p[i + k] & 0xC0 == 0x80
            k += 1
          }
        }
        if ok {
          valid += 1
          i += length
        } else {
          invalid += 1
          i += 1
        }
      }
      return (valid, invalid, nul)
    }
  }

  /// Whether `bytes` is valid UTF-8.
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool { utf8Census(bytes).invalid == 0 }

  /// Whether `bytes` is best read as UTF-8 (or is binary): no invalid sequence, more valid
  /// multi-byte sequences than invalid bytes (a UTF-8 file with a few damaged bytes), or a NUL
  /// byte.
  static func prefersUTF8(_ bytes: [UInt8]) -> Bool {
    let census = utf8Census(bytes)
    return census.nul || census.invalid == 0 || census.valid > census.invalid
  }

  /// How much of a file the detectors read to decide (whole lines, at least one).
  static let sampleSize = 1 << 16

  /// The first ``sampleSize`` bytes of `bytes`, cut after a line end when there is one.
  static func sample(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    guard bytes.count > sampleSize else { return bytes[...] }
    var end = sampleSize
    while end > 0 && bytes[end - 1] != 0x0A { end -= 1 }
    return bytes[..<(end > 0 ? end : sampleSize)]
  }

  /// The legacy encoding a non-UTF-8 file reads best in, converted; nil when none reads as
  /// Vietnamese. The choice is made on the first 64 KiB.
  static func detectSingleByte(_ bytes: [UInt8]) -> Result? {
    let units = sample(bytes).map(UInt32.init)
    var best: (encoding: LegacyEncoding, plausible: Int, words: Int)?
    for encoding in LegacyEncoding.allCases {
      let output = LegacyConverter.convert(units, from: encoding)
      let (plausible, words) = score(String(decoding: output.utf8, as: UTF8.self).unicodeScalars)
      if best == nil || plausible > best!.plausible { best = (encoding, plausible, words) }
    }
    guard let (encoding, plausible, words) = best, plausible >= 1, plausible * 10 >= words * 6
    else { return nil }
    return Result(
      encoding: encoding,
      output: LegacyConverter.convert(bytes.map(UInt32.init), from: encoding))
  }

  /// How many words with a non-ASCII letter there are, and how many of them are plausible
  /// syllables.
  static func score<S: Sequence>(_ scalars: S) -> (plausible: Int, words: Int)
  where S.Element == Unicode.Scalar {
    var plausible = 0
    var words = 0
    forEachWord(Array(scalars.map(\.value))) { word in
      guard word.contains(where: { $0 >= 0x80 }) else { return }
      words += 1
      if VietnameseSyllable.isPlausible(word) { plausible += 1 }
    }
    return (plausible, words)
  }

  /// Calls `body` with each word of `scalars`: a run of characters other than spaces, ASCII
  /// digits and ASCII punctuation, without the typographic quotes and dashes around it.
  static func forEachWord(_ scalars: [UInt32], _ body: (ArraySlice<UInt32>) -> Void) {
    let n = scalars.count
    var i = 0
    while i < n {
      while i < n && isSeparator(scalars[i]) { i += 1 }
      var start = i
      while i < n && !isSeparator(scalars[i]) { i += 1 }
      var end = i
      while start < end && isEdgePunctuation(scalars[start]) { start += 1 }
      while end > start && isEdgePunctuation(scalars[end - 1]) { end -= 1 }
      if start < end { body(scalars[start..<end]) }
    }
  }

  @inline(__always)
  private static func isSeparator(_ s: UInt32) -> Bool {
    if s < 0x80 {
      return !((s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A))
    }
    // No-break and other spaces.
    return s == 0xA0 || (s >= 0x2000 && s <= 0x200B) || s == 0x3000 || s == 0x202F
  }

  @inline(__always)
  private static func isEdgePunctuation(_ s: UInt32) -> Bool {
    switch s {
    case 0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2013, 0x2014, 0x2022: return true
    default: return false
    }
  }

  // MARK: Unicode typed with a legacy font

  /// Characters that TCVN3-typed text shows and correct Vietnamese does not use: the Windows-1252
  /// characters at TCVN3 letter codes that are not Vietnamese letters ("Þ", "Õ", "µ", "¸", "×"…).
  private static let tcvn3Signs: Set<UInt32> = {
    var signs = Set<UInt32>()
    for code in 0xA1..<0x100 where LegacyEncoding.tcvn3IsLetter[code] {
      let shown = LegacyEncoding.windows1252[code]
      if VietnameseLetters.analyse(shown) == nil { signs.insert(shown) }
    }
    return signs
  }()

  /// Characters that VNI-typed text shows and correct Vietnamese does not use ("ñ", "ö", "ø",
  /// "û", "ï"…).
  private static let vniSigns: Set<UInt32> = {
    var codes = Set<UInt32>()
    for table in [LegacyEncoding.vniTones, LegacyEncoding.vniCircumflex, LegacyEncoding.vniBreve] {
      codes.formUnion(table.keys)
    }
    codes.formUnion(LegacyEncoding.vniLetters.keys)
    codes.formUnion([0xF4, 0xF6])
    var signs = Set<UInt32>()
    for code in codes {
      for shown in [code, code - 0x20] where VietnameseLetters.analyse(shown) == nil {
        signs.insert(shown)
      }
    }
    return signs
  }()

  /// Converts valid UTF-8 text that was typed with a TCVN3 or VNI font; nil when the text does not
  /// look like that (correct Unicode Vietnamese never does). Callers check ``LegacyCounts/mayBeMistyped``
  /// first.
  static func repairMistyped(_ utf8: [UInt8]) -> Result? {
    // The decision is made on the first 64 KiB.
    let scalars = Array(String(decoding: sample(utf8), as: UTF8.self).unicodeScalars.map(\.value))
    var good: [LegacyEncoding: Int] = [:]
    var bad: [LegacyEncoding: Int] = [:]
    var unicodeWords = 0
    var lineStart = 0
    while lineStart <= scalars.count {
      var lineEnd = lineStart
      while lineEnd < scalars.count && scalars[lineEnd] != 0x0A && scalars[lineEnd] != 0x0D {
        lineEnd += 1
      }
      let line = Array(scalars[lineStart..<lineEnd])
      let lineIsUnicode = line.contains(where: VietnameseLetters.isUnicodeOnly)
      forEachWord(line) { word in
        guard word.contains(where: { $0 >= 0x80 }) else { return }
        if word.contains(where: VietnameseLetters.isUnicodeOnly) {
          unicodeWords += 1
          return
        }
        guard !lineIsUnicode else { return }
        let units = LegacyConverter.units(ofScalars: word.compactMap(Unicode.Scalar.init))
        for encoding in [LegacyEncoding.tcvn3, .vni] {
          let (converted, _) = LegacyConverter.convertLine(units[...], from: encoding)
          guard !converted.elementsEqual(word) else { continue }
          if VietnameseSyllable.isPlausible(converted) {
            good[encoding, default: 0] += 1
          } else {
            bad[encoding, default: 0] += 1
          }
        }
      }
      lineStart = lineEnd + 1
    }
    let encoding: LegacyEncoding =
      good[.tcvn3, default: 0] >= good[.vni, default: 0] ? .tcvn3 : .vni
    let wins = good[encoding, default: 0]
    let losses = bad[encoding, default: 0]
    guard wins >= 3, wins >= 3 * losses, wins > unicodeWords else { return nil }

    let units = LegacyConverter.units(
      ofScalars: String(decoding: utf8, as: UTF8.self).unicodeScalars)
    let output = LegacyConverter.convert(units, from: encoding) { line in
      !line.contains {
        $0 & LegacyConverter.passthrough != 0
          && VietnameseLetters.isUnicodeOnly($0 & ~LegacyConverter.passthrough)
      }
        && line.contains { $0 >= 0x80 }
    }
    guard output.convertedLines > 0 else { return nil }
    return Result(encoding: encoding, output: output)
  }

  /// For U+0080–U+00FF: 1 a character of a legacy font that is no Vietnamese letter, 2 a
  /// Vietnamese letter, 0 anything else.
  static let latin1Kind: [UInt8] = (0..<256).map { value in
    let scalar = UInt32(value)
    if scalar < 0x80 { return 0 }
    if tcvn3Signs.contains(scalar) || vniSigns.contains(scalar) { return 1 }
    return VietnameseLetters.analyse(scalar) != nil ? 2 : 0
  }
}

/// A quick look at valid UTF-8 text: does it hold characters typical of a legacy font, at least one for every
/// eight letters that only Unicode has, or, with no such letter, several Latin-1 letters (VNI text shows "Nghò quyeát
/// soá")? ``TextNormalizer`` keeps these counts while it decodes, so a file read from disk is not looked at twice.
///
/// The three counts, over valid UTF-8: characters
/// of U+0080–U+00FF that a legacy font produces and no Vietnamese letter is (`signs`), Vietnamese
/// letters of that block (`latin1Letters`), and letters only Unicode has (U+0100–U+01BF and
/// U+1E80–U+1EFF: `unicodeOnly`). Counted by lead byte, so the counts of two texts add up.
struct LegacyCounts: Equatable {
  var signs = 0
  var latin1Letters = 0
  var unicodeOnly = 0

  /// The kinds of U+0080–U+00FF as bit masks, bit k standing for U+0080 + k (low: U+0080–U+00BF,
  /// lead byte C2; high: U+00C0–U+00FF, lead byte C3; bit = continuation byte & 0x3F).
  struct Masks {
    var signsLow: UInt64 = 0
    var signsHigh: UInt64 = 0
    var lettersLow: UInt64 = 0
    var lettersHigh: UInt64 = 0
  }

  static let masks: Masks = {
    var m = Masks()
    for k in 0..<128 {
      let bit = UInt64(1) << UInt64(k & 63)
      switch LegacyDetector.latin1Kind[0x80 + k] {
      case 1: if k < 64 { m.signsLow |= bit } else { m.signsHigh |= bit }
      case 2: if k < 64 { m.lettersLow |= bit } else { m.lettersHigh |= bit }
      default: break
      }
    }
    return m
  }()

  /// Counts the two-byte scalar `lead c1` with lead C2 or C3 (Latin-1).
  @inline(__always)
  mutating func addLatin1(lead: UInt8, _ c1: UInt8, _ m: Masks) {
    let bit = UInt64(1) << UInt64(c1 & 0x3F)
    let signMask = lead == 0xC2 ? m.signsLow : m.signsHigh
    let letterMask = lead == 0xC2 ? m.lettersLow : m.lettersHigh
    if signMask & bit != 0 { signs += 1 } else if letterMask & bit != 0 { latin1Letters += 1 }
  }

  /// Counts (`times` 1) or uncounts (`times` -1) every scalar of the valid UTF-8 in `p`.
  mutating func add(_ p: UnsafeBufferPointer<UInt8>, times: Int) {
    let m = Self.masks
    var part = LegacyCounts()
    let n = p.count
    var i = 0
    while i + 1 < n {
      let b = p[i]
      if b < 0xC2 {
        i += 1
      } else if b <= 0xC3 {
        part.addLatin1(lead: b, p[i + 1], m)
        i += 2
      } else if b <= 0xC6 || (b == 0xE1 && (p[i + 1] == 0xBA || p[i + 1] == 0xBB)) {
        part.unicodeOnly += 1
        i += 2
      } else {
        i += 1
      }
    }
    signs += times * part.signs
    latin1Letters += times * part.latin1Letters
    unicodeOnly += times * part.unicodeOnly
  }

  /// The verdict: a legacy font's characters, at least one for every eight letters only Unicode
  /// has; or, with no such letter, at least three Latin-1 letters.
  var mayBeMistyped: Bool {
    (signs > 0 && signs * 8 >= unicodeOnly) || (unicodeOnly == 0 && latin1Letters >= 3)
  }
}
