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
    // Written as UTF-8 bytes, turned into a string once.
    var out: [UInt8] = []
    write(into: &out, indent: pretty ? 0 : nil)
    if pretty { out.append(0x0A) }
    return String(decoding: out, as: UTF8.self)
  }

  func write(into out: inout [UInt8], indent: Int?) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .string(let s): Self.writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(UInt8(ascii: "["))
      for (k, item) in items.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        Self.newline(&out, indent.map { $0 + 1 })
        item.write(into: &out, indent: indent.map { $0 + 1 })
      }
      Self.newline(&out, indent)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(UInt8(ascii: "{"))
      for (k, (key, value)) in members.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        Self.newline(&out, indent.map { $0 + 1 })
        Self.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if indent != nil { out.append(0x20) }
        value.write(into: &out, indent: indent.map { $0 + 1 })
      }
      Self.newline(&out, indent)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Writes an array of `count` values, each made only when it is written by `item`, exactly as the `.array` of
  /// them would be written at `indent`: a large array never exists as values all at once.
  static func writeArray(
    count: Int, indent: Int?, into out: inout [UInt8], _ item: (Int) -> JSONValue
  ) {
    if count == 0 {
      out.append(contentsOf: "[]".utf8)
      return
    }
    out.append(UInt8(ascii: "["))
    for k in 0..<count {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      newline(&out, indent.map { $0 + 1 })
      item(k).write(into: &out, indent: indent.map { $0 + 1 })
    }
    newline(&out, indent)
    out.append(UInt8(ascii: "]"))
  }

  /// The pretty-printed text of an object whose members write their own values at the indentation given, exactly
  /// as `.object(...).rendered()` would print it.
  static func renderObject(_ members: [(String, (inout [UInt8], Int) -> Void)]) -> String {
    var out: [UInt8] = []
    if members.isEmpty {
      out.append(contentsOf: "{}".utf8)
    } else {
      out.append(UInt8(ascii: "{"))
      for (k, (key, value)) in members.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, 1)
        writeString(key, into: &out)
        out.append(contentsOf: ": ".utf8)
        value(&out, 1)
      }
      newline(&out, 0)
      out.append(UInt8(ascii: "}"))
    }
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }

  static func newline(_ out: inout [UInt8], _ indent: Int?) {
    guard let indent else { return }
    out.append(0x0A)
    out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
  }

  /// Writes a JSON string literal: quotes, backslashes and control characters escaped; U+2028/2029 escaped so the
  /// text is also safe inside a script.
  static func writeString(_ s: String, into out: inout String) {
    var bytes: [UInt8] = []
    writeString(s, into: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// `writeString(_:into:)` for UTF-8 output, on the bytes: U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
  static func writeString(_ s: String, into out: inout [UInt8]) {
    // A native string's bytes are read where they are; another is made contiguous first.
    if s.utf8.withContiguousStorageIfAvailable({ writeString(utf8: $0, into: &out) }) == nil {
      var s = s
      s.withUTF8 { writeString(utf8: $0, into: &out) }
    }
  }

  static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    out.append(0x22)
    do {
      func append(_ text: StaticString) {
        out.append(
          contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
      }
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
            out.append(
              contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
          } else {
            // A run of bytes that need no escape is copied at once.
            let e = PlainRun.end(bytes, from: k + 1, lead: 0xE2)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[k..<e]))
            k = e
            continue
          }
        }
        k += 1
      }
    }
    out.append(0x22)
  }
}
