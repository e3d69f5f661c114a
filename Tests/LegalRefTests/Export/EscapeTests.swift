import Testing

@testable import LegalRef

/// DOT, JSON, XML (GraphML, HTML), Mermaid and Markdown escaping and CSV quoting work on UTF-8 bytes; they must give what escaping scalar
/// by scalar gives.
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

  /// XML 1.0 escaping for GraphML and HTML, scalar by scalar: the five marks as entities, the characters XML does
  /// not allow (controls but tab and line ends, DEL and U+0080–U+009F, U+FFFE, U+FFFF) dropped.
  static func xmlByScalars(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        let v = scalar.value
        let allowed =
          v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
          || (0xE000...0xFFFD).contains(v) || v >= 0x10000
        if allowed && !(0x7F...0x9F).contains(v) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  /// An RFC 4180 field, scalar by scalar: quoted, with its quotes doubled, when it holds a comma, a quote or a line
  /// break.
  static func csvByScalars(_ s: String) -> String {
    let special = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard special else { return s }
    var out = "\""
    for scalar in s.unicodeScalars {
      if scalar == "\"" { out += "\"" }
      out.unicodeScalars.append(scalar)
    }
    return out + "\""
  }

  /// A Mermaid label, scalar by scalar: marks as entity codes, line breaks as `<br/>`, controls and bidirectional
  /// controls dropped.
  static func mermaidByScalars(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "#quot;"
      case "#": out += "#35;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "&": out += "#amp;"
      case "`": out += "#96;"
      case "\\": out += "#92;"
      case "|": out += "#124;"
      case "\n": out += "<br/>"
      default:
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
          || (0x2066...0x2069).contains(v)
        {
          continue
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Markdown text, scalar by scalar: Markdown's marks behind a backslash, HTML's as entities, each line break
  /// (CR LF, CR or LF) one space.
  static func markdownByScalars(_ s: String) -> String {
    var out = ""
    var afterCR = false
    for scalar in s.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\n": if !afterCR { out += " " }
      case "\r": out += " "
      case "|", "\\", "*", "_", "`", "[", "]": out += "\\" + String(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Every scalar the escapes treat apart, with Vietnamese, punctuation of U+2000–U+2FFF and beyond.
  static let pieces: [String] = [
    "\\", "\"", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
    "\u{A0}",
    "\u{C2}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{202E}", "“", "”", "–", "…",
    "Nghị quyết",
    "ĐẢNG", "e\u{301}", "😀", "<script>", "&", "]]>", " ", "a", "'", ",", "\"\u{301}", ",\u{301}",
    "#", "|", "`", "*", "_", "[", "]", "\u{2066}", "\u{2069}", "\u{2065}", "\u{206A}", "\u{2029}",
    "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFFF}", "\u{FEFF}", "\u{D7FF}", "\u{E000}", "\u{10000}",
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
      #expect(GraphMLWriter.escape(s) == Self.xmlByScalars(s), "\(s.unicodeScalars.map(\.value))")
      #expect(CSVWriter.field(s) == Self.csvByScalars(s), "\(s.unicodeScalars.map(\.value))")
      #expect(
        MermaidWriter.escape(s) == Self.mermaidByScalars(s), "\(s.unicodeScalars.map(\.value))")
      #expect(
        ReportText.markdown(s) == Self.markdownByScalars(s), "\(s.unicodeScalars.map(\.value))")
    }
  }
}
