import Foundation
import Testing

/// Encoders from Unicode to the legacy Vietnamese encodings, written for the tests from the
/// published code tables (TCVN 5712:1993 VN3, VNI Windows, Windows-1258), independently of the
/// library's decoders.
enum LegacyEncoders {
  /// Windows-1252 at 0x80–0x9F (the punctuation the seeds use and its neighbours).
  static let windows1252Punctuation: [Character: UInt8] = [
    "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "‰": 0x89, "‹": 0x8B,
    "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "™": 0x99,
    "›": 0x9B,
  ]

  // MARK: TCVN3

  /// TCVN3 (VN3): the seven capitals and seven small letters without tone, and for each vowel its
  /// toned small letters grave, hook, tilde, acute, dot below with their codes.
  private static let tcvn3Table: [Character: UInt8] = {
    var table: [Character: UInt8] = ["\u{A0}": 0xA0]
    for (k, letter) in "ĂÂÊÔƠƯĐăâêôơưđ".enumerated() { table[letter] = UInt8(0xA1 + k) }
    let rows: [(String, [UInt8])] = [
      ("àảãáạ", [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]), ("ằẳẵắặ", [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
      ("ầẩẫấậ", [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]), ("èẻẽéẹ", [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
      ("ềểễếệ", [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]), ("ìỉĩíị", [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
      ("òỏõóọ", [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]), ("ồổỗốộ", [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
      ("ờởỡớợ", [0xEA, 0xEB, 0xEC, 0xED, 0xEE]), ("ùủũúụ", [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
      ("ừửữứự", [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]), ("ỳỷỹýỵ", [0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
    ]
    for (letters, codes) in rows {
      for (letter, code) in zip(letters, codes) { table[letter] = code }
    }
    return table
  }()

  /// TCVN3 bytes of `text` (NFC). A capital with a tone, which VN3 lacks, is written with the
  /// small letter's code, as typists did with the all-capitals ".VnTimeH" font.
  static func tcvn3(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    for character in text.precomposedStringWithCanonicalMapping {
      if let ascii = character.asciiValue {
        out.append(ascii)
      } else if let code = tcvn3Table[character] ?? windows1252Punctuation[character] {
        out.append(code)
      } else if let code = tcvn3Table[Character(character.lowercased())] {
        out.append(code)
      } else {
        Issue.record("no TCVN3 code for \(character)")
      }
    }
    return out
  }

  // MARK: VNI

  /// VNI: the code written after a vowel for each tone (grave, acute, hook, tilde, dot below).
  private static let vniTone: [Unicode.Scalar: UInt8] = [
    "\u{300}": 0xF8, "\u{301}": 0xF9, "\u{309}": 0xFB, "\u{303}": 0xF5, "\u{323}": 0xEF,
  ]
  /// The circumflex code alone and with each tone.
  private static let vniCircumflex: [Unicode.Scalar?: UInt8] = [
    nil: 0xE2, "\u{300}": 0xE0, "\u{301}": 0xE1, "\u{309}": 0xE5, "\u{303}": 0xE3,
    "\u{323}": 0xE4,
  ]
  /// The breve code alone and with each tone.
  private static let vniBreve: [Unicode.Scalar?: UInt8] = [
    nil: 0xEA, "\u{300}": 0xE8, "\u{301}": 0xE9, "\u{309}": 0xFA, "\u{303}": 0xFC,
    "\u{323}": 0xEB,
  ]
  /// The toned i's, which have codes of their own.
  private static let vniI: [Unicode.Scalar: UInt8] = [
    "\u{300}": 0xEC, "\u{301}": 0xED, "\u{309}": 0xE6, "\u{303}": 0xF3, "\u{323}": 0xF2,
  ]

  /// VNI bytes of `text`.
  static func vni(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    for character in text.precomposedStringWithCanonicalMapping {
      if let ascii = character.asciiValue {
        out.append(ascii)
        continue
      }
      if let code = windows1252Punctuation[character] {
        out.append(code)
        continue
      }
      if character == "\u{A0}" {
        out.append(0xA0)
        continue
      }
      if character == "đ" || character == "Đ" {
        out.append(character == "đ" ? 0xF1 : 0xD1)
        continue
      }
      let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
      guard let base = scalars.first, base.isASCII else {
        Issue.record("no VNI code for \(character)")
        continue
      }
      let upper = base.properties.isUppercase
      // Capitals use the codes 0x20 lower.
      func code(_ lower: UInt8) -> UInt8 { upper ? lower - 0x20 : lower }
      let marks = scalars.dropFirst()
      let tone = marks.first { "\u{300}\u{301}\u{309}\u{303}\u{323}".unicodeScalars.contains($0) }
      let lowerBase = Character(base).lowercased()
      if marks.contains("\u{31B}") {
        // Horn: ơ is "ô", ư is "ö", then the tone.
        out.append(code(lowerBase == "o" ? 0xF4 : 0xF6))
        if let tone { out.append(code(vniTone[tone]!)) }
      } else if marks.contains("\u{302}") {
        out.append(UInt8(base.value))
        out.append(code(vniCircumflex[tone]!))
      } else if marks.contains("\u{306}") {
        out.append(UInt8(base.value))
        out.append(code(vniBreve[tone]!))
      } else if lowerBase == "i", let tone {
        out.append(code(vniI[tone]!))
      } else if lowerBase == "y", tone == "\u{323}" {
        out.append(code(0xEE))
      } else if let tone {
        out.append(UInt8(base.value))
        out.append(code(vniTone[tone]!))
      } else {
        Issue.record("no VNI code for \(character)")
      }
    }
    return out
  }

  // MARK: Windows-1258

  /// The Windows-1258 codes that differ from Latin-1.
  private static let windows1258Letters: [Character: UInt8] = [
    "Ă": 0xC3, "Đ": 0xD0, "Ơ": 0xD5, "Ư": 0xDD, "ă": 0xE3, "đ": 0xF0, "ơ": 0xF5, "ư": 0xFD,
    "₫": 0xFE,
  ]
  /// Latin-1 codes Windows-1258 gives to other characters.
  private static let windows1258Taken: Set<UInt8> = [
    0xC3, 0xCC, 0xD0, 0xD2, 0xD5, 0xDD, 0xDE, 0xE3, 0xEC, 0xF0, 0xF2, 0xF5, 0xFD, 0xFE,
  ]
  /// The combining tone marks: grave, acute, hook, tilde, dot below.
  private static let windows1258Tones: [Unicode.Scalar: UInt8] = [
    "\u{300}": 0xCC, "\u{301}": 0xEC, "\u{309}": 0xD2, "\u{303}": 0xDE, "\u{323}": 0xF2,
  ]

  /// The Windows-1258 code of one character without decomposing it, if it has one.
  private static func windows1258Code(_ character: Character) -> UInt8? {
    if let ascii = character.asciiValue { return ascii }
    if let code = windows1258Letters[character] ?? windows1252Punctuation[character] {
      return code
    }
    let scalars = character.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first, (0xA0...0xFF).contains(scalar.value)
    else { return nil }
    let code = UInt8(scalar.value)
    return windows1258Taken.contains(code) ? nil : code
  }

  /// Windows-1258 bytes of `text`: a character with a code of its own is written with it ("á"),
  /// else as its base letter and a combining tone mark ("ạ" = "a" + 0xF2).
  static func windows1258(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    for character in text.precomposedStringWithCanonicalMapping {
      if let code = windows1258Code(character) {
        out.append(code)
        continue
      }
      var scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
      guard let toneIndex = scalars.firstIndex(where: { windows1258Tones[$0] != nil }) else {
        Issue.record("no Windows-1258 code for \(character)")
        continue
      }
      let toneCode = windows1258Tones[scalars.remove(at: toneIndex)]!
      let base = String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
      guard let baseCode = windows1258Code(Character(base)) else {
        Issue.record("no Windows-1258 code for \(base)")
        continue
      }
      out += [baseCode, toneCode]
    }
    return out
  }

  // MARK: Typed with a legacy font

  /// What Word or a web page stores when `bytes` were typed with a legacy font: each byte as the
  /// Windows-1252 character of its code.
  static func asWindows1252Text(_ bytes: [UInt8]) -> String {
    let high: [UInt32] = [
      0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
      0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ]
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = (0x80..<0xA0).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
      scalars.append(Unicode.Scalar(value)!)
    }
    return String(scalars)
  }
}
