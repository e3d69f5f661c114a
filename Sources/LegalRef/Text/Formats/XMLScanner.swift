/// A small, forgiving streaming reader of XML markup over UTF-8 bytes: start tags, end tags and
/// text, with comments, processing instructions, CDATA sections and declarations skipped.
/// Malformed markup never stops it: an unterminated construct ends the scan.
enum XMLScanner {
  /// One piece of markup.
  enum Event {
    /// A start tag: its qualified name, the byte range of its attributes, and whether it is an
    /// empty-element tag (`<w:tab/>`).
    case start(name: String, attributes: Range<Int>, empty: Bool)
    /// An end tag and its qualified name.
    case end(name: String)
    /// Character data between tags (character references not yet decoded).
    case text(Range<Int>)
  }

  /// Calls `body` with each piece of markup of `xml`, in order.
  static func scan(_ xml: [UInt8], _ body: (Event) -> Void) {
    let n = xml.count
    var i = 0
    // A UTF-8 byte order mark.
    if n >= 3 && xml[0] == 0xEF && xml[1] == 0xBB && xml[2] == 0xBF { i = 3 }
    while i < n {
      guard xml[i] == UInt8(ascii: "<") else {
        var end = i
        while end < n && xml[end] != UInt8(ascii: "<") { end += 1 }
        body(.text(i..<end))
        i = end
        continue
      }
      if starts(xml, i, "<!--") {
        guard let close = find(xml, "-->", from: i + 4) else { return }
        i = close + 3
      } else if starts(xml, i, "<![CDATA[") {
        guard let close = find(xml, "]]>", from: i + 9) else { return }
        i = close + 3
      } else if starts(xml, i, "<?") {
        guard let close = find(xml, "?>", from: i + 2) else { return }
        i = close + 2
      } else if starts(xml, i, "<!") {
        guard let close = findByte(xml, UInt8(ascii: ">"), from: i + 2) else { return }
        i = close + 1
      } else if i + 1 < n && xml[i + 1] == UInt8(ascii: "/") {
        guard let close = findByte(xml, UInt8(ascii: ">"), from: i + 2) else { return }
        var nameEnd = i + 2
        while nameEnd < close && !isSpace(xml[nameEnd]) { nameEnd += 1 }
        body(.end(name: String(decoding: xml[(i + 2)..<nameEnd], as: UTF8.self)))
        i = close + 1
      } else {
        var nameEnd = i + 1
        while nameEnd < n && !isSpace(xml[nameEnd]) && xml[nameEnd] != UInt8(ascii: ">")
          && xml[nameEnd] != UInt8(ascii: "/")
        {
          nameEnd += 1
        }
        // The tag ends at the first ">" outside quotes.
        var k = nameEnd
        var quote: UInt8 = 0
        while k < n {
          let b = xml[k]
          if quote != 0 {
            if b == quote { quote = 0 }
          } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
            quote = b
          } else if b == UInt8(ascii: ">") {
            break
          }
          k += 1
        }
        guard k < n else { return }
        let empty = k > nameEnd && xml[k - 1] == UInt8(ascii: "/")
        let name = String(decoding: xml[(i + 1)..<nameEnd], as: UTF8.self)
        body(.start(name: name, attributes: nameEnd..<(empty ? k - 1 : k), empty: empty))
        i = k + 1
      }
    }
  }

  /// The prefix of a qualified name ("w" of "w:p"), or "" when there is none.
  static func prefix(_ name: String) -> String {
    guard let colon = name.firstIndex(of: ":") else { return "" }
    return String(name[..<colon])
  }

  /// The local part of a qualified name ("p" of "w:p").
  static func localName(_ name: String) -> Substring {
    guard let colon = name.firstIndex(of: ":") else { return name[...] }
    return name[name.index(after: colon)...]
  }

  /// The attributes in `range` of `xml`, by qualified name, values with character references
  /// decoded.
  static func attributes(_ range: Range<Int>, in xml: [UInt8]) -> [String: String] {
    var result: [String: String] = [:]
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      while i < end && isSpace(xml[i]) { i += 1 }
      var nameEnd = i
      while nameEnd < end && !isSpace(xml[nameEnd]) && xml[nameEnd] != UInt8(ascii: "=") {
        nameEnd += 1
      }
      guard nameEnd > i else { break }
      let name = String(decoding: xml[i..<nameEnd], as: UTF8.self)
      var k = nameEnd
      while k < end && isSpace(xml[k]) { k += 1 }
      guard k < end, xml[k] == UInt8(ascii: "=") else {
        i = nameEnd
        continue
      }
      k += 1
      while k < end && isSpace(xml[k]) { k += 1 }
      guard k < end, xml[k] == UInt8(ascii: "\"") || xml[k] == UInt8(ascii: "'") else { break }
      let quote = xml[k]
      var valueEnd = k + 1
      while valueEnd < end && xml[valueEnd] != quote { valueEnd += 1 }
      result[name] = decodeReferences(Array(xml[(k + 1)..<valueEnd]))
      i = valueEnd + 1
    }
    return result
  }

  /// `bytes` with character references decoded.
  static func decodeReferences(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "&"),
        let (scalar, end) = CharacterReference.decode(bytes, at: i, html: false)
      {
        UTF16Transcoder.appendUTF8(scalar, to: &out)
        i = end
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  @inline(__always)
  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  static func starts(_ bytes: [UInt8], _ at: Int, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard at + count <= bytes.count else { return false }
    return prefix.withUTF8Buffer { p in
      for k in 0..<count where bytes[at + k] != p[k] { return false }
      return true
    }
  }

  static func find(_ bytes: [UInt8], _ needle: StaticString, from start: Int) -> Int? {
    var i = start
    let count = needle.utf8CodeUnitCount
    while i + count <= bytes.count {
      if starts(bytes, i, needle) { return i }
      i += 1
    }
    return nil
  }

  /// Whether `needle` occurs inside `range` of `bytes`.
  static func contains(_ bytes: [UInt8], _ needle: StaticString, in range: Range<Int>) -> Bool {
    var i = range.lowerBound
    let count = needle.utf8CodeUnitCount
    while i + count <= range.upperBound {
      if starts(bytes, i, needle) { return true }
      i += 1
    }
    return false
  }

  static func findByte(_ bytes: [UInt8], _ byte: UInt8, from start: Int) -> Int? {
    var i = start
    while i < bytes.count {
      if bytes[i] == byte { return i }
      i += 1
    }
    return nil
  }
}
