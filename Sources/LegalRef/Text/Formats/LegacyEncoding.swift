/// The legacy Vietnamese encodings LegalRef converts from, with their code tables.
///
/// The tables follow the published charts:
/// - **TCVN3** (TCVN 5712:1993 VN3, the "ABC" encoding of the ".VnTime" fonts): ASCII plus 75
///   characters — the 67 lower-case Vietnamese letters, the 7 upper-case letters Ă Â Ê Ô Ơ Ư Đ
///   without tone, and the no-break space. Upper-case toned letters are typed with the lower-case
///   codes in an all-capitals font (".VnTimeH"); the converter restores the capitals from the
///   context (see ``LegacyConverter``). The codes VN3 leaves free are read as Windows-1252 (the
///   fonts show its quotes and dashes at 0x80–0x9F).
/// - **VNI** (the "VNI-Times" fonts of VNI Windows): a letter is an ASCII base letter followed by
///   one or two mark codes (0xF9 "ù" acute, 0xF8 "ø" grave, 0xFB "û" hook, 0xF5 "õ" tilde, 0xEF
///   "ï" dot below, 0xE2 "â" circumflex, 0xEA "ê" breve, and combined circumflex/breve + tone
///   codes), except đ (0xF1 "ñ"), ơ (0xF4 "ô"), ư (0xF6 "ö"), the toned i's and ỵ, which have
///   codes of their own; capitals use the upper-case codes (0x20 lower).
/// - **Windows-1258**: Windows-1252 with Ă ă Đ đ Ơ ơ Ư ư ₫ and five combining tone marks in place of
///   some Latin-1 letters; a toned letter is a base letter followed by its tone mark.
enum LegacyEncoding: String, CaseIterable, Sendable {
  case tcvn3 = "TCVN3"
  case vni = "VNI"
  case windows1258 = "Windows-1258"

  /// The name shown to users: "TCVN3 (ABC, .VnTime fonts)".
  var label: String {
    switch self {
    case .tcvn3: return "TCVN3 (ABC, .VnTime fonts)"
    case .vni: return "VNI (VNI-Times fonts)"
    case .windows1258: return "Windows-1258"
    }
  }

  /// Windows-1252 at 0x80–0x9F; its five unassigned codes stand for the C1 control of the same
  /// number.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
  ]

  /// Windows-1252: byte → scalar.
  static let windows1252: [UInt32] = (0..<256).map { byte in
    (0x80..<0xA0).contains(byte) ? windows1252High[byte - 0x80] : UInt32(byte)
  }

  /// Windows-1252 backwards, for the scalars above U+00FF it holds (“ ” – …).
  static let windows1252Codes: [UInt32: UInt32] = {
    var codes: [UInt32: UInt32] = [:]
    for (k, scalar) in windows1252High.enumerated() { codes[scalar] = UInt32(0x80 + k) }
    return codes
  }()

  /// TCVN3's letters without tone: code → letter.
  private static let tcvn3Plain: [(UInt8, Character)] = [
    (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
    (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
  ]

  /// TCVN3's toned vowels in chart order: each row the codes of the grave, hook, tilde, acute and
  /// dot-below forms of one vowel.
  private static let tcvn3Rows: [(Character, [UInt8])] = [
    ("a", [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]), ("ă", [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
    ("â", [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]), ("e", [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
    ("ê", [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]), ("i", [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
    ("o", [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]), ("ô", [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
    ("ơ", [0xEA, 0xEB, 0xEC, 0xED, 0xEE]), ("u", [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
    ("ư", [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]), ("y", [0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
  ]

  /// TCVN3: byte → scalar.
  static let tcvn3Table: [UInt32] = {
    var table = windows1252
    for (code, letter) in tcvn3Plain { table[Int(code)] = letter.unicodeScalars.first!.value }
    // Chart order grave, hook, tilde, acute, dot → tone numbers of ``VietnameseLetters``.
    let tones = [1, 3, 4, 2, 5]
    for (vowel, codes) in tcvn3Rows {
      for (k, code) in codes.enumerated() {
        table[Int(code)] = VietnameseLetters.compose(
          vowel.unicodeScalars.first!.value, tone: tones[k])!
      }
    }
    return table
  }()

  /// Whether a code is one of TCVN3's 74 letters.
  static let tcvn3IsLetter: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for (code, _) in tcvn3Plain { table[Int(code)] = true }
    for (_, codes) in tcvn3Rows { for code in codes { table[Int(code)] = true } }
    return table
  }()

  /// Whether a TCVN3 letter code is one of the upper-case letters Ă Â Ê Ô Ơ Ư Đ.
  static func tcvn3IsUpper(_ code: UInt32) -> Bool { (0xA1...0xA7).contains(code) }

  /// Windows-1258: byte → scalar.
  static let windows1258Table: [UInt32] = {
    var table = windows1252
    for code in [0x8A, 0x8E, 0x9A, 0x9E] { table[code] = UInt32(code) }
    let changes: [(Int, UInt32)] = [
      (0xC3, 0x102), (0xCC, 0x300), (0xD0, 0x110), (0xD2, 0x309), (0xD5, 0x1A0), (0xDD, 0x1AF),
      (0xDE, 0x303), (0xE3, 0x103), (0xEC, 0x301), (0xF0, 0x111), (0xF2, 0x323), (0xF5, 0x1A1),
      (0xFD, 0x1B0), (0xFE, 0x20AB),
    ]
    for (code, scalar) in changes { table[code] = scalar }
    return table
  }()

  /// VNI tone codes (lower case; the upper-case code is 0x20 lower): code → tone number.
  static let vniTones: [UInt32: Int] = [0xF8: 1, 0xF9: 2, 0xFB: 3, 0xF5: 4, 0xEF: 5]

  /// VNI circumflex codes: code → tone number carried with it (0 for the plain circumflex).
  static let vniCircumflex: [UInt32: Int] = [0xE2: 0, 0xE0: 1, 0xE1: 2, 0xE5: 3, 0xE3: 4, 0xE4: 5]

  /// VNI breve codes: code → tone number carried with it (0 for the plain breve).
  static let vniBreve: [UInt32: Int] = [0xEA: 0, 0xE8: 1, 0xE9: 2, 0xFA: 3, 0xFC: 4, 0xEB: 5]

  /// VNI letters with a code of their own (lower case): code → letter.
  static let vniLetters: [UInt32: UInt32] = {
    var table: [UInt32: UInt32] = [0xF1: 0x111, 0xF4: 0x1A1, 0xF6: 0x1B0]
    // The toned i's: grave, acute, hook, tilde, dot below; and y with the dot below.
    for (code, tone) in [(0xEC, 1), (0xED, 2), (0xE6, 3), (0xF3, 4), (0xF2, 5)] {
      table[UInt32(code)] = VietnameseLetters.compose(0x69, tone: tone)!
    }
    table[0xEE] = VietnameseLetters.compose(0x79, tone: 5)!
    return table
  }()
}
