/// Converts text in a legacy Vietnamese encoding to Unicode, line by line, remembering for every
/// output character the column it came from.
///
/// The input is a sequence of *units*: the bytes of a single-byte file, or, for Unicode text
/// typed with a legacy font, the Windows-1252 code of each scalar (the font's code that Word or a
/// web page stored as that character); a scalar without such a code is kept as it is, marked with
/// ``passthrough``. Line ends (LF, CR, CRLF) are copied, so lines stay the same lines.
enum LegacyConverter {
  /// Marks a unit that is a scalar to keep, not a code.
  static let passthrough: UInt32 = 0x8000_0000

  /// The converted text.
  struct Output {
    /// The UTF-8 text.
    var utf8: [UInt8] = []
    /// For each 0-based line whose characters do not map 1:1 to the input line: the input column
    /// (1-based, in units) of each output scalar, plus one entry for the end of the line.
    var columnMaps: [Int: [Int]] = [:]
    /// How many lines were converted (and not kept as they were).
    var convertedLines = 0
  }

  /// The units of valid Unicode text typed with a legacy font: each scalar's Windows-1252 code,
  /// or the scalar marked ``passthrough``.
  static func units<S: Sequence>(ofScalars scalars: S) -> [UInt32]
  where S.Element == Unicode.Scalar {
    scalars.map { s in
      let v = s.value
      if v < 0x80 || (0xA0...0xFF).contains(v) { return v }
      if (0x80..<0xA0).contains(v) && LegacyEncoding.windows1252[Int(v)] == v { return v }
      if let code = LegacyEncoding.windows1252Codes[v] { return code }
      return v | passthrough
    }
  }

  /// Converts `units`; `shouldConvert` tells, for each line's units, whether to convert it (a line
  /// not converted is read as Windows-1252, which gives back typed Unicode text unchanged).
  static func convert(
    _ units: [UInt32], from encoding: LegacyEncoding,
    shouldConvert: (ArraySlice<UInt32>) -> Bool = { _ in true }
  ) -> Output {
    var output = Output()
    output.utf8.reserveCapacity(units.count + units.count / 2)
    var lineIndex = 0
    var start = 0
    let n = units.count
    while start <= n {
      var end = start
      while end < n && units[end] != 0x0A && units[end] != 0x0D { end += 1 }
      let line = units[start..<end]
      if shouldConvert(line) {
        let (scalars, columns) = convertLine(line, from: encoding)
        for scalar in scalars { UTF16Transcoder.appendUTF8(scalar, to: &output.utf8) }
        if scalars.count != line.count || columns.enumerated().contains(where: { $1 != $0 + 1 }) {
          output.columnMaps[lineIndex] = columns + [line.count + 1]
        }
        if !scalars.elementsEqual(line.map(windows1252Scalar)) { output.convertedLines += 1 }
      } else {
        for unit in line { UTF16Transcoder.appendUTF8(windows1252Scalar(unit), to: &output.utf8) }
      }
      guard end < n else { break }
      if units[end] == 0x0D && end + 1 < n && units[end + 1] == 0x0A {
        output.utf8 += [0x0D, 0x0A]
        start = end + 2
      } else {
        output.utf8.append(UInt8(units[end]))
        start = end + 1
      }
      lineIndex += 1
    }
    return output
  }

  /// The scalar of a unit read as Windows-1252 (a passthrough unit is its scalar).
  @inline(__always)
  static func windows1252Scalar(_ unit: UInt32) -> UInt32 {
    unit & passthrough != 0 ? unit & ~passthrough : LegacyEncoding.windows1252[Int(unit)]
  }

  /// Converts one line: the output scalars and the 1-based input column of each.
  static func convertLine(_ line: ArraySlice<UInt32>, from encoding: LegacyEncoding) -> (
    [UInt32], [Int]
  ) {
    switch encoding {
    case .tcvn3: return tcvn3Line(line)
    case .vni: return vniLine(line)
    case .windows1258: return windows1258Line(line)
    }
  }

  // MARK: TCVN3

  /// One code, one letter; then the capitals typed in an all-capitals font are restored. A token
  /// (between spaces, without the punctuation around it) made only of letters, with a converted
  /// letter and no small ASCII letter, is put in capitals when it has two or more capitals
  /// ("NGHÞ" → "NGHỊ"), or one and a neighbouring token is such an all-capitals word ("ñY BAN"
  /// → "ỦY BAN", but "Sè 01-TT/TU" stays "Số 01-TT/TU").
  private static func tcvn3Line(_ line: ArraySlice<UInt32>) -> ([UInt32], [Int]) {
    let units = Array(line)
    var scalars: [UInt32] = []
    scalars.reserveCapacity(units.count)
    for unit in units {
      scalars.append(
        unit & passthrough != 0 ? unit & ~passthrough : LegacyEncoding.tcvn3Table[Int(unit)])
    }
    let columns = (0..<units.count).map { $0 + 1 }

    struct Token {
      var range: Range<Int>
      var upper = 0
      var lower = 0
      var converted = false
      var lettersOnly = true
      var caps: Bool { lettersOnly && lower == 0 && upper >= 2 }
    }
    func isSpace(_ u: UInt32) -> Bool { u == 0x20 || u == 0x09 || u == 0xA0 }
    func isEdge(_ u: UInt32) -> Bool {
      (u < 0x80 && !isASCIILetter(u) && !(u >= 0x30 && u <= 0x39))
        || (0x91...0x94).contains(u) || u == 0x85
    }
    func isASCIILetter(_ u: UInt32) -> Bool { (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }
    var tokens: [Token] = []
    var k = 0
    while k < units.count {
      while k < units.count && isSpace(units[k]) { k += 1 }
      var start = k
      while k < units.count && !isSpace(units[k]) { k += 1 }
      var end = k
      while start < end && isEdge(units[start]) { start += 1 }
      while end > start && isEdge(units[end - 1]) { end -= 1 }
      guard start < end else { continue }
      var token = Token(range: start..<end)
      for u in units[start..<end] {
        if u >= 0x41 && u <= 0x5A || LegacyEncoding.tcvn3IsUpper(u) {
          token.upper += 1
        } else if u >= 0x61 && u <= 0x7A {
          token.lower += 1
        }
        if u < 0x100 && u >= 0x80 && LegacyEncoding.tcvn3IsLetter[Int(u)] {
          token.converted = true
        } else if !isASCIILetter(u) {
          token.lettersOnly = false
        }
      }
      tokens.append(token)
    }
    for (t, token) in tokens.enumerated()
    where token.converted && token.lettersOnly && token.lower == 0 {
      var capitalise = token.upper >= 2
      if !capitalise && token.upper == 1 {
        capitalise = (t > 0 && tokens[t - 1].caps) || (t + 1 < tokens.count && tokens[t + 1].caps)
      }
      if capitalise {
        for q in token.range where units[q] >= 0x80 {
          scalars[q] = VietnameseLetters.uppercased(scalars[q])
        }
      }
    }
    return (scalars, columns)
  }

  // MARK: VNI

  /// A base vowel, then a circumflex or breve code (perhaps carrying the tone), then a tone code;
  /// đ, ơ, ư, the toned i's and ỵ have codes of their own.
  private static func vniLine(_ line: ArraySlice<UInt32>) -> ([UInt32], [Int]) {
    let units = Array(line)
    var scalars: [UInt32] = []
    var columns: [Int] = []
    scalars.reserveCapacity(units.count)
    columns.reserveCapacity(units.count)
    var k = 0
    /// The lower-case code of a VNI code (the capitals' codes are 0x20 lower).
    func lowerCode(_ u: UInt32) -> UInt32 { (0xC0...0xDF).contains(u) ? u + 0x20 : u }
    while k < units.count {
      let unit = units[k]
      let column = k + 1
      k += 1
      if unit & passthrough != 0 {
        scalars.append(unit & ~passthrough)
        columns.append(column)
        continue
      }
      var letter: UInt32
      var isUpper = false
      switch unit {
      case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79:  // a e i o u y
        letter = unit
      case 0x41, 0x45, 0x49, 0x4F, 0x55, 0x59:
        letter = unit + 0x20
        isUpper = true
      case 0xF4, 0xD4:  // ô: ơ
        letter = 0x1A1
        isUpper = unit == 0xD4
      case 0xF6, 0xD6:  // ö: ư
        letter = 0x1B0
        isUpper = unit == 0xD6
      default:
        if unit >= 0x80, let own = LegacyEncoding.vniLetters[lowerCode(unit)] {
          scalars.append(unit >= 0xE0 ? own : VietnameseLetters.uppercased(own))
        } else {
          scalars.append(LegacyEncoding.windows1252[Int(unit)])
        }
        columns.append(column)
        continue
      }
      var tone = 0
      if k < units.count && units[k] & passthrough == 0 {
        let next = lowerCode(units[k])
        if letter == 0x61 || letter == 0x65 || letter == 0x6F,
          let carried = LegacyEncoding.vniCircumflex[next]
        {
          letter = letter == 0x61 ? 0xE2 : letter == 0x65 ? 0xEA : 0xF4
          tone = carried
          k += 1
        } else if letter == 0x61, let carried = LegacyEncoding.vniBreve[next] {
          letter = 0x103
          tone = carried
          k += 1
        }
      }
      if tone == 0 && k < units.count && units[k] & passthrough == 0,
        let mark = LegacyEncoding.vniTones[lowerCode(units[k])]
      {
        tone = mark
        k += 1
      }
      var scalar = VietnameseLetters.compose(letter, tone: tone) ?? letter
      if isUpper { scalar = VietnameseLetters.uppercased(scalar) }
      scalars.append(scalar)
      columns.append(column)
    }
    return (scalars, columns)
  }

  // MARK: Windows-1258

  /// One code, one character; a combining tone mark after a vowel is composed with it.
  private static func windows1258Line(_ line: ArraySlice<UInt32>) -> ([UInt32], [Int]) {
    var scalars: [UInt32] = []
    var columns: [Int] = []
    scalars.reserveCapacity(line.count)
    columns.reserveCapacity(line.count)
    for (k, unit) in line.enumerated() {
      let scalar =
        unit & passthrough != 0 ? unit & ~passthrough : LegacyEncoding.windows1258Table[Int(unit)]
      if let tone = VietnameseLetters.tone(ofMark: scalar), let last = scalars.last,
        let composed = VietnameseLetters.compose(last, tone: tone)
      {
        scalars[scalars.count - 1] = composed
        continue
      }
      scalars.append(scalar)
      columns.append(k + 1)
    }
    return (scalars, columns)
  }
}
