/// Short descriptions of graph nodes shared by the text and Markdown reports.
enum ReportText {
  /// "05-CT/TW" or "[001_….txt]".
  static func id(_ n: GraphNode) -> String {
    if let number = n.number { return number.description }
    if n.isUnnumberedReference { return "“" + (n.title ?? n.key) + "” (no number)" }
    return "[" + (n.file.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? n.key)
      + "]"
  }

  /// "Chỉ thị, province Bến Tre, 2021-08-09".
  static func facts(_ n: GraphNode) -> String {
    var parts: [String] = []
    if let t = n.type { parts.append(t) }
    var level = n.level?.rawValue ?? "level unknown"
    if let l = n.level, l != .central {
      level += " " + (n.jurisdiction ?? "province unknown")
      if let d = n.district { level += ", " + d }
      if let c = n.commune { level += ", " + c }
    }
    parts.append(level)
    parts.append(n.date?.description ?? "undated")
    if !n.inCorpus { parts.append("not in corpus") }
    return parts.joined(separator: ", ")
  }

  static func evidence(_ e: Evidence?) -> String {
    guard let e else { return "" }
    return "\(e.file):\(e.line)"
  }

  /// Escapes text for a Markdown table cell or line: pipes, backslashes, HTML-significant characters and line breaks.
  static func markdown(_ s: String) -> String { markdownText.escaped(s) }

  /// `markdown(_:)` appended to UTF-8 bytes.
  static func markdown(_ s: String, into out: inout [UInt8]) { markdownText.escape(s, into: &out) }

  /// Markdown on bytes (every mark is one ASCII byte): Markdown's marks behind a backslash, HTML's as entities, a
  /// line break (CR LF, CR or LF) as one space.
  static let markdownText = ByteEscaper(attention: ByteEscaper.marks("|\\<>&*_`[]\n\r".utf8)) {
    bytes, k, out in
    let b = bytes[k]
    switch b {
    case UInt8(ascii: "<"): out.append(literal: "&lt;")
    case UInt8(ascii: ">"): out.append(literal: "&gt;")
    case UInt8(ascii: "&"): out.append(literal: "&amp;")
    case 0x0A: out.append(0x20)
    case 0x0D:
      out.append(0x20)
      if k + 1 < bytes.count, bytes[k + 1] == 0x0A { return k + 2 }
    default:
      // | \\ * _ ` [ ]
      out.append(UInt8(ascii: "\\"))
      out.append(b)
    }
    return k + 1
  }
}
