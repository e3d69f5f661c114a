import Testing

@testable import LegalRef

/// DOT and JSON escaping work on UTF-8 bytes; they must give what escaping scalar by scalar gives.
@Suite struct EscapeTests {
  /// DOT escaping, scalar by scalar.
  static func dotByScalars(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r", "\t": out += " "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
          continue
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A JSON string literal, scalar by scalar.
  static func jsonByScalars(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Every scalar the escapes treat apart, with Vietnamese, punctuation of U+2000–U+2FFF and beyond.
  static let pieces: [String] = [
    "\\", "\"", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
    "\u{A0}",
    "\u{C2}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{202E}", "“", "”", "–", "…",
    "Nghị quyết",
    "ĐẢNG", "e\u{301}", "😀", "<script>", "&", "]]>", " ", "a",
  ]

  @Test func escapesAgreeWithScalarByScalarEscapes() {
    var rng = SystemRandomNumberGenerator()
    var samples = Self.pieces
    for _ in 0..<2_000 {
      let n = Int.random(in: 0...8, using: &rng)
      samples.append((0..<n).map { _ in Self.pieces.randomElement(using: &rng)! }.joined())
    }
    for s in samples {
      #expect(DOTWriter.escape(s) == Self.dotByScalars(s), "\(s.unicodeScalars.map(\.value))")
      var out = ""
      JSONValue.writeString(s, into: &out)
      #expect(out == Self.jsonByScalars(s), "\(s.unicodeScalars.map(\.value))")
    }
  }
}
