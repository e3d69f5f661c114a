/// HTML and XML character references: `&amp;`, `&nbsp;`, `&#7883;`, `&#x1EC7;`.
enum CharacterReference {
  /// The HTML names of U+00A0–U+00FF, in order.
  private static let latin1Names: [String] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
    "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
    "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
    "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
    "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
    "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
    "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
    "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
    "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
  ]

  /// Named references: the XML five, Latin-1, and the punctuation and letters Vietnamese pages use.
  static let named: [String: UInt32] = {
    var table: [String: UInt32] = [
      "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
      "Abreve": 0x102, "abreve": 0x103, "Dstrok": 0x110, "dstrok": 0x111, "Itilde": 0x128,
      "itilde": 0x129, "Utilde": 0x168, "utilde": 0x169, "OElig": 0x152, "oelig": 0x153,
      "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192, "circ": 0x2C6,
      "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C,
      "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014,
      "horbar": 0x2015, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C,
      "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022,
      "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039,
      "rsaquo": 0x203A, "oline": 0x203E, "frasl": 0x2044, "euro": 0x20AC, "trade": 0x2122,
      "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193, "harr": 0x2194,
      "minus": 0x2212, "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "infin": 0x221E,
      "sim": 0x223C, "asymp": 0x2248, "loz": 0x25CA, "nbhy": 0x2011, "ohm": 0x2126,
    ]
    for (k, name) in latin1Names.enumerated() { table[name] = UInt32(0xA0 + k) }
    return table
  }()

  /// The longest name in ``named``.
  private static let longestName = named.keys.map(\.utf8.count).max() ?? 8

  /// Decodes the reference that starts with the "&" at `bytes[start]`: the scalar and the offset
  /// just past the reference, or nil when it is not one (the "&" then stands for itself).
  ///
  /// Numeric references to 0, to surrogates or beyond U+10FFFF give U+FFFD; `&#128;`–`&#159;` are
  /// read as Windows-1252, as browsers do. A named reference needs its ";" unless `html` is set
  /// and the name is an ASCII or Latin-1 one followed by a character that is not a letter or digit
  /// (`&nbsp` in old pages).
  static func decode(_ bytes: [UInt8], at start: Int, html: Bool) -> (scalar: UInt32, end: Int)? {
    let n = bytes.count
    var i = start + 1
    guard i < n else { return nil }
    if bytes[i] == UInt8(ascii: "#") {
      i += 1
      var hex = false
      if i < n && (bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X")) {
        hex = true
        i += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while i < n, let digit = digitValue(bytes[i], hex: hex) {
        if value <= 0x10_FFFF { value = value * (hex ? 16 : 10) + digit }
        digits += 1
        i += 1
      }
      guard digits > 0 else { return nil }
      if i < n && bytes[i] == UInt8(ascii: ";") { i += 1 }
      if value == 0 || value > 0x10_FFFF || (0xD800...0xDFFF).contains(value) {
        return (0xFFFD, i)
      }
      if (0x80..<0xA0).contains(value) { value = LegacyEncoding.windows1252[Int(value)] }
      return (value, i)
    }
    var end = i
    while end < n && end - i <= longestName && isAlphanumeric(bytes[end]) { end += 1 }
    guard end > i else { return nil }
    let name = String(decoding: bytes[i..<end], as: UTF8.self)
    if end < n && bytes[end] == UInt8(ascii: ";"), let scalar = named[name] {
      return (scalar, end + 1)
    }
    if html, let scalar = named[name], scalar <= 0xFF {
      return (scalar, end)
    }
    return nil
  }

  private static func digitValue(_ b: UInt8, hex: Bool) -> UInt32? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(b - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(b - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private static func isAlphanumeric(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }
}
