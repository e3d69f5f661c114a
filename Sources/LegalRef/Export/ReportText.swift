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

  /// The bytes of the marks `markdown(_:)` escapes or replaces.
  private static let markdownMarks: [Bool] = (0..<256).map { b in
    "|\\<>&*_`[]\n\r".utf8.contains(UInt8(b))
  }

  /// Escapes text for a Markdown table cell or line: pipes, backslashes, HTML-significant characters and line breaks.
  static func markdown(_ s: String) -> String {
    // Most text holds none of the marks (each is one ASCII byte): it is then returned as it is.
    if !s.utf8.contains(where: { Self.markdownMarks[Int($0)] }) { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    markdown(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `markdown(_:)` appended to UTF-8 bytes (every mark is one ASCII byte; CR LF is one line break).
  static func markdown(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { bytes in
      let n = bytes.count
      var k = 0
      while k < n {
        var e = k
        while e < n, !Self.markdownMarks[Int(bytes[e])] { e += 1 }
        if e > k { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[k..<e])) }
        guard e < n else { break }
        let b = bytes[e]
        k = e + 1
        switch b {
        case UInt8(ascii: "<"): out.append(literal: "&lt;")
        case UInt8(ascii: ">"): out.append(literal: "&gt;")
        case UInt8(ascii: "&"): out.append(literal: "&amp;")
        case 0x0A: out.append(0x20)
        case 0x0D:
          out.append(0x20)
          if k < n, bytes[k] == 0x0A { k += 1 }
        default:
          // | \\ * _ ` [ ]
          out.append(UInt8(ascii: "\\"))
          out.append(b)
        }
      }
    }
  }
}
