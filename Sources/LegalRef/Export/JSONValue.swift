/// A JSON value with keys kept in the order they were written, so every output is byte-identical across runs.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// A string, or null when `value` is nil.
  public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// The value as JSON text: pretty-printed with two-space indentation, or on one line.
  public func rendered(pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, indent: pretty ? 0 : nil)
    if pretty { out += "\n" }
    return out
  }

  private func write(into out: inout String, indent: Int?) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .string(let s): Self.writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (k, item) in items.enumerated() {
        if k > 0 { out += "," }
        Self.newline(&out, indent.map { $0 + 1 })
        item.write(into: &out, indent: indent.map { $0 + 1 })
      }
      Self.newline(&out, indent)
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (k, (key, value)) in members.enumerated() {
        if k > 0 { out += "," }
        Self.newline(&out, indent.map { $0 + 1 })
        Self.writeString(key, into: &out)
        out += indent == nil ? ":" : ": "
        value.write(into: &out, indent: indent.map { $0 + 1 })
      }
      Self.newline(&out, indent)
      out += "}"
    }
  }

  /// A line break and the indentation of the first levels, made once.
  private static let indents: [String] = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

  private static func newline(_ out: inout String, _ indent: Int?) {
    guard let indent else { return }
    if indent < indents.count {
      out += indents[indent]
      return
    }
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }

  /// Writes a JSON string literal: quotes, backslashes and control characters escaped; U+2028/2029 escaped so the
  /// text is also safe inside a script.
  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    // Most strings need no escape at all (no quote, backslash, control character, nor a byte 0xE2 that may start
    // U+2028/2029): they are copied whole.
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }
    ) {
      out += s
      out += "\""
      return
    }
    // On the UTF-8 bytes: U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
    let bytes = Array(s.utf8)
    var escaped: [UInt8] = []
    escaped.reserveCapacity(bytes.count + 16)
    func append(_ text: String) { escaped.append(contentsOf: text.utf8) }
    var k = 0
    while k < bytes.count {
      let b = bytes[k]
      switch b {
      case 0x22: append("\\\"")
      case 0x5C: append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      case 0xE2
      where k + 2 < bytes.count && bytes[k + 1] == 0x80
        && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9):
        append(bytes[k + 2] == 0xA8 ? "\\u2028" : "\\u2029")
        k += 2
      default:
        if b < 0x20 || b == 0x7F {
          let hex = String(b, radix: 16)
          append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          escaped.append(b)
        }
      }
      k += 1
    }
    out += String(decoding: escaped, as: UTF8.self)
    out += "\""
  }
}
