/// The text of a web page (.html, .htm).
///
/// - **Encoding**: a UTF-16 or UTF-8 byte order mark; else bytes that are valid UTF-8 are read as
///   UTF-8 whatever the page declares (mis-declared pages are common); else the `charset` of a
///   `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
///   4 KiB: windows-1258 (converted to Unicode and reported), windows-1252 / iso-8859-1, or a
///   TCVN3 / VNI name; else the legacy detector of plain text files, else UTF-8 with invalid
///   bytes replaced.
/// - **Markup**: tags are removed; runs of white space are one space (kept as they are inside
///   `<pre>`); block elements (`p`, `div`, `li`, `h1`–`h6`, `tr`, `table`, `blockquote`…) start
///   and end a line, `<br>` ends one; a table row is one line with its cells separated by
///   `" | "`; the content of `script`, `style`, `title`, `template` and `noscript`, comments,
///   declarations and processing instructions are dropped; character references are decoded
///   (`&nbsp;` is a no-break space, which the normaliser reads as a space).
enum HTMLTextExtractor {
  /// The extracted text, and the legacy encoding the page's bytes were converted from, if any.
  struct Result {
    var utf8: [UInt8]
    var converted: LegacyEncoding?
  }

  /// Elements that start and end a line.
  private static let blocks: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "menu", "nav", "ol", "option", "p", "section", "summary", "tbody", "tfoot", "thead", "ul",
  ]

  /// Elements whose content is not text of the page.
  private static let dropped: Set<String> = ["script", "style", "title", "template", "noscript"]

  /// The text of the page `bytes`.
  static func extract(_ bytes: [UInt8]) -> Result {
    let (utf8, converted) = decode(bytes)
    return Result(utf8: text(ofHTML: utf8), converted: converted)
  }

  // MARK: Encoding

  /// The page as UTF-8 (still marked up), and the legacy encoding converted from, if any.
  static func decode(_ bytes: [UInt8]) -> ([UInt8], LegacyEncoding?) {
    if bytes.count >= 2
      && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      var reporter = InvalidSequenceReporter()
      let utf8 = bytes.withUnsafeBufferPointer {
        UTF16Transcoder.transcode($0, bigEndian: bytes[0] == 0xFE, reporter: &reporter)
      }
      return (utf8, nil)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), nil) }
    let asUTF8 = LegacyDetector.isValidUTF8(bytes)
    if asUTF8 { return (bytes, nil) }
    let units = bytes.map(UInt32.init)
    switch declaredCharset(bytes).flatMap(charsetEncoding) {
    case .legacy(let encoding):
      return (LegacyConverter.convert(units, from: encoding).utf8, encoding)
    case .windows1252:
      var utf8: [UInt8] = []
      utf8.reserveCapacity(bytes.count + bytes.count / 4)
      for unit in units {
        UTF16Transcoder.appendUTF8(LegacyEncoding.windows1252[Int(unit)], to: &utf8)
      }
      return (utf8, nil)
    case nil:
      if !LegacyDetector.prefersUTF8(bytes), let found = LegacyDetector.detectSingleByte(bytes) {
        return (found.output.utf8, found.encoding)
      }
      return (bytes, nil)
    }
  }

  private enum Charset {
    case legacy(LegacyEncoding)
    case windows1252
  }

  private static func charsetEncoding(_ name: String) -> Charset? {
    switch name {
    case "windows-1258", "cp1258", "x-cp1258": return .legacy(.windows1258)
    case "tcvn", "tcvn3", "tcvn-3", "x-viet-tcvn5712", "tcvn5712-3", "abc": return .legacy(.tcvn3)
    case "vni", "x-viet-vni", "vni-win", "vni-windows": return .legacy(.vni)
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1",
      "us-ascii", "ascii":
      return .windows1252
    default: return nil
    }
  }

  /// The `charset` named in the first 4 KiB of the page, lower-cased.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let key = Array("charset".utf8)
    var i = 0
    while i + key.count <= head.count {
      if head[i..<(i + key.count)].elementsEqual(key) {
        var k = i + key.count
        while k < head.count && (head[k] == 0x20 || head[k] == 0x09) { k += 1 }
        if k < head.count && head[k] == UInt8(ascii: "=") {
          k += 1
          while k < head.count
            && (head[k] == 0x20 || head[k] == UInt8(ascii: "\"") || head[k] == UInt8(ascii: "'"))
          {
            k += 1
          }
          var end = k
          while end < head.count && isCharsetByte(head[end]) { end += 1 }
          if end > k { return String(decoding: head[k..<end], as: UTF8.self) }
        }
      }
      i += 1
    }
    return nil
  }

  private static func isCharsetByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
      || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
  }

  // MARK: Markup

  /// The text of UTF-8 markup.
  static func text(ofHTML html: [UInt8]) -> [UInt8] {
    var sink = TextSink()
    let n = html.count
    var i = 0
    var preDepth = 0
    /// Cells written so far in the open row of each open table.
    var tables: [Int] = []
    var runStart = 0

    func flush(_ end: Int) {
      if end > runStart { sink.append(utf8: html[runStart..<end]) }
    }

    func startTag(_ name: String) {
      switch name {
      case "br":
        sink.newline()
      case "table":
        sink.endBlock()
        tables.append(0)
      case "tr":
        sink.endBlock()
        if !tables.isEmpty { tables[tables.count - 1] = 0 }
      case "td", "th":
        if tables.isEmpty {
          sink.space()
        } else {
          if tables[tables.count - 1] > 0 { sink.cellSeparator() }
          tables[tables.count - 1] += 1
        }
      case "pre", "listing", "xmp":
        sink.endBlock()
        preDepth += 1
      default:
        if blocks.contains(name) { sink.endBlock() }
      }
    }

    func endTag(_ name: String) {
      switch name {
      case "table":
        sink.endBlock()
        if !tables.isEmpty { tables.removeLast() }
      case "tr":
        sink.endBlock()
      case "td", "th":
        sink.space()
      case "pre", "listing", "xmp":
        sink.endBlock()
        preDepth = max(0, preDepth - 1)
      case "br":
        sink.newline()
      default:
        if blocks.contains(name) { sink.endBlock() }
      }
    }

    while i < n {
      let c = html[i]
      switch c {
      case UInt8(ascii: "<"):
        flush(i)
        let next: UInt8 = i + 1 < n ? html[i + 1] : 0
        if XMLScanner.starts(html, i, "<!--") {
          i = (XMLScanner.find(html, "-->", from: i + 4).map { $0 + 3 }) ?? n
        } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
          i = (XMLScanner.findByte(html, UInt8(ascii: ">"), from: i + 2).map { $0 + 1 }) ?? n
        } else if next == UInt8(ascii: "/") && i + 2 < n && isASCIILetter(html[i + 2]) {
          let (name, _) = tagName(html, from: i + 2)
          i = (XMLScanner.findByte(html, UInt8(ascii: ">"), from: i + 2).map { $0 + 1 }) ?? n
          endTag(name)
        } else if isASCIILetter(next) {
          let (name, nameEnd) = tagName(html, from: i + 1)
          i = tagEnd(html, from: nameEnd)
          if dropped.contains(name) {
            i = closingTag(html, name: name, from: i) ?? n
          } else {
            startTag(name)
          }
        } else {
          sink.append(UInt32(c))
          i += 1
        }
        runStart = i
      case UInt8(ascii: "&"):
        flush(i)
        if let (scalar, end) = CharacterReference.decode(html, at: i, html: true) {
          sink.append(scalar)
          i = end
        } else {
          sink.append(UInt32(c))
          i += 1
        }
        runStart = i
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
        flush(i)
        if preDepth > 0 {
          if c == 0x0A || c == 0x0D {
            sink.newline()
            if c == 0x0D && i + 1 < n && html[i + 1] == 0x0A { i += 1 }
          } else {
            sink.append(UInt32(c))
          }
        } else {
          sink.space()
        }
        i += 1
        runStart = i
      default:
        i += 1
      }
    }
    flush(n)
    return sink.utf8
  }

  private static func isASCIILetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  /// The lower-cased tag name starting at `start`, and where it ends.
  private static func tagName(_ html: [UInt8], from start: Int) -> (String, Int) {
    var end = start
    while end < html.count
      && (isASCIILetter(html[end]) || (html[end] >= 0x30 && html[end] <= 0x39)
        || html[end] == UInt8(ascii: "-") || html[end] == UInt8(ascii: ":"))
    {
      end += 1
    }
    let name = html[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    return (String(decoding: name, as: UTF8.self), end)
  }

  /// The offset just past the ">" that ends a start tag, skipping quoted attribute values.
  private static func tagEnd(_ html: [UInt8], from start: Int) -> Int {
    var k = start
    var quote: UInt8 = 0
    while k < html.count {
      let b = html[k]
      if quote != 0 {
        if b == quote { quote = 0 }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        // Only a quote that opens an attribute value ("=" before it) starts a quoted run.
        var p = k - 1
        while p >= start && XMLScanner.isSpace(html[p]) { p -= 1 }
        if p >= start && html[p] == UInt8(ascii: "=") { quote = b }
      } else if b == UInt8(ascii: ">") {
        return k + 1
      }
      k += 1
    }
    return html.count
  }

  /// The offset of the `</name` that closes a raw-text element, searching from `start`
  /// (ASCII case-insensitive).
  private static func closingTag(_ html: [UInt8], name: String, from start: Int) -> Int? {
    let needle = Array("</\(name)".utf8)
    var i = start
    while i + needle.count <= html.count {
      if html[i] == UInt8(ascii: "<") {
        var match = true
        for k in 1..<needle.count {
          let b = html[i + k]
          if (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) != needle[k] {
            match = false
            break
          }
        }
        if match {
          let after = i + needle.count
          if after >= html.count || !isASCIILetter(html[after]) { return i }
        }
      }
      i += 1
    }
    return nil
  }
}
