import Foundation

/// The Vietnamese letters as a base letter plus a tone, for the legacy-encoding converters and the
/// syllable check. Built once from Unicode's canonical composition.
enum VietnameseLetters {
  /// The tones, numbered as the tables use them: 0 none (ngang), 1 grave (huyền), 2 acute (sắc),
  /// 3 hook above (hỏi), 4 tilde (ngã), 5 dot below (nặng).
  static let toneMarks: [UInt32] = [0, 0x300, 0x301, 0x309, 0x303, 0x323]

  /// The vowels that carry tones, lower and upper case.
  static let vowels = Array("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".unicodeScalars)

  /// The tone number of a combining tone mark, or nil.
  static func tone(ofMark scalar: UInt32) -> Int? {
    switch scalar {
    case 0x300: return 1
    case 0x301: return 2
    case 0x309: return 3
    case 0x303: return 4
    case 0x323: return 5
    default: return nil
    }
  }

  /// `vowel << 3 | tone` → the precomposed letter, for every vowel of ``vowels``.
  private static let toned: [UInt32: UInt32] = {
    var table: [UInt32: UInt32] = [:]
    for vowel in vowels {
      table[vowel.value << 3] = vowel.value
      for tone in 1...5 {
        let text = String(vowel) + String(Unicode.Scalar(toneMarks[tone])!)
        let composed = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        if composed.count == 1 { table[vowel.value << 3 | UInt32(tone)] = composed[0].value }
      }
    }
    return table
  }()

  /// Every Vietnamese letter (plain or toned, both cases) → its lower-case base letter and tone.
  private static let analysis: [UInt32: (base: UInt32, tone: UInt8)] = {
    var table: [UInt32: (base: UInt32, tone: UInt8)] = [:]
    for vowel in vowels {
      let lower = vowel.properties.lowercaseMapping.unicodeScalars.first!.value
      for tone in 0...5 {
        if let letter = toned[vowel.value << 3 | UInt32(tone)] {
          table[letter] = (lower, UInt8(tone))
        }
      }
    }
    for consonant in "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX".unicodeScalars {
      let lower = consonant.properties.lowercaseMapping.unicodeScalars.first!.value
      table[consonant.value] = (lower, 0)
    }
    // Letters of the Latin alphabet that Vietnamese does not use: letters, but never a syllable.
    for other in "fjwzFJWZ".unicodeScalars {
      table[other.value] = (other.properties.lowercaseMapping.unicodeScalars.first!.value, 0)
    }
    return table
  }()

  /// The precomposed letter of `vowel` with `tone` (0–5), or nil when `vowel` is not a Vietnamese
  /// vowel.
  static func compose(_ vowel: UInt32, tone: Int) -> UInt32? {
    toned[vowel << 3 | UInt32(tone)]
  }

  /// The lower-case base letter and tone of a Vietnamese letter, or nil for anything else.
  static func analyse(_ scalar: UInt32) -> (base: UInt32, tone: UInt8)? {
    analysis[scalar]
  }

  /// Whether `scalar` is a letter only Vietnamese text uses and no legacy-font text can hold: ă,
  /// đ, ĩ, ũ, ơ, ư (either case) and the toned letters of U+1EA0–U+1EF9.
  @inline(__always)
  static func isUnicodeOnly(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0,
      0x1EA0...0x1EF9:
      return true
    default:
      return false
    }
  }

  /// The upper-case form of a letter (one scalar), or the scalar itself.
  static func uppercased(_ scalar: UInt32) -> UInt32 {
    guard let s = Unicode.Scalar(scalar) else { return scalar }
    let upper = s.properties.uppercaseMapping.unicodeScalars
    return upper.count == 1 ? upper.first!.value : scalar
  }
}
