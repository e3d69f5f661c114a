/// The text of a Word document (.docx): the main document part (`word/document.xml`, or the part
/// `_rels/.rels` names), read with a small streaming XML reader.
///
/// What becomes of the markup:
/// - each paragraph (`w:p`) is one line, empty paragraphs included;
/// - a table row (`w:tr`) is one line, its cells separated by `" | "` and the paragraphs inside a
///   cell joined by a space — so a row of a list of documents keeps the number beside its date,
///   and the header table of an official document reads "Số 01-TT/TU | Bến Tre, ngày …" (the
///   scanner skips table pipes); a nested table's rows continue the line of the cell holding it;
/// - `w:tab` and `w:ptab` are a space, `w:br` and `w:cr` a line break (a space inside a table),
///   `w:noBreakHyphen` a hyphen, `w:softHyphen` nothing;
/// - character references are decoded;
/// - deleted text of tracked changes (`w:del`, `w:moveFrom`), field codes (`w:instrText`),
///   properties (`w:…Pr`) and the fallback copy of drawings (`mc:Fallback`) are left out;
/// - headers, footers, footnotes and comments (other parts) are not read.
enum DocxTextExtractor {
  /// WordprocessingML namespaces (transitional and strict).
  private static let wordNamespaces: Set<String> = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
  ]
  private static let compatibilityNamespace =
    "http://schemas.openxmlformats.org/markup-compatibility/2006"

  /// The UTF-8 text of the .docx file `bytes`.
  static func extract(_ bytes: [UInt8]) throws(ZipArchive.ZipError) -> [UInt8] {
    let archive = try ZipArchive(bytes)
    var partName = "word/document.xml"
    if let rels = archive.entry(named: "_rels/.rels"),
      let target = officeDocumentTarget(try archive.data(of: rels))
    {
      partName = target
    }
    guard let part = archive.entry(named: partName) ?? archive.entry(named: "word/document.xml")
    else {
      throw ZipArchive.ZipError(
        reason: "no \(partName) in the archive (a zip file, but not a Word document)")
    }
    return text(ofDocumentXML: try archive.data(of: part))
  }

  /// The target of the officeDocument relationship in `_rels/.rels`, without a leading "/".
  static func officeDocumentTarget(_ xml: [UInt8]) -> String? {
    var found: String?
    XMLScanner.scan(xml) { event in
      guard found == nil, case .start(let name, let attributes, _) = event,
        XMLScanner.localName(name) == "Relationship"
      else { return }
      let values = XMLScanner.attributes(attributes, in: xml)
      if let type = values["Type"], type.hasSuffix("/officeDocument"),
        var target = values["Target"]
      {
        while target.hasPrefix("/") { target.removeFirst() }
        found = target
      }
    }
    return found
  }

  /// The text of a WordprocessingML document part.
  static func text(ofDocumentXML xml: [UInt8]) -> [UInt8] {
    var wordPrefixes: Set<String> = ["w"]
    var compatibilityPrefixes: Set<String> = ["mc"]
    var sink = TextSink()
    var skipDepth = 0
    var inText = false
    /// Cells written so far in the open row of each open table.
    var rowCells: [Int] = []
    /// Open paragraphs (a text box's paragraphs stand inside the paragraph holding it).
    var paragraphDepth = 0

    XMLScanner.scan(xml) { event in
      switch event {
      case .start(let name, let attributes, let empty):
        if skipDepth > 0 {
          if !empty { skipDepth += 1 }
          return
        }
        if XMLScanner.contains(xml, "xmlns", in: attributes) {
          for (key, value) in XMLScanner.attributes(attributes, in: xml) {
            guard key == "xmlns" || key.hasPrefix("xmlns:") else { continue }
            let prefix = key == "xmlns" ? "" : String(key.dropFirst(6))
            if wordNamespaces.contains(value) { wordPrefixes.insert(prefix) }
            if value == compatibilityNamespace { compatibilityPrefixes.insert(prefix) }
          }
        }
        let prefix = XMLScanner.prefix(name)
        let local = XMLScanner.localName(name)
        if compatibilityPrefixes.contains(prefix) {
          if local == "Fallback" && !empty { skipDepth = 1 }
          return
        }
        guard wordPrefixes.contains(prefix) else { return }
        switch local {
        case "p":
          // A paragraph inside a paragraph (a text box) starts a line of its own.
          if paragraphDepth > 0 && rowCells.isEmpty { sink.endBlock() }
          if !empty { paragraphDepth += 1 }
        case "t":
          inText = !empty
        case "del", "moveFrom", "instrText", "delText", "fldData":
          if !empty { skipDepth = 1 }
        case "tab", "ptab":
          sink.append(0x20)
        case "br", "cr":
          if rowCells.isEmpty { sink.newline() } else { sink.space() }
        case "noBreakHyphen":
          sink.append(0x2D)
        case "tbl":
          if !empty { rowCells.append(0) }
        case "tr":
          if rowCells.count == 1 {
            sink.endBlock()
          } else {
            sink.space()
          }
          if !rowCells.isEmpty { rowCells[rowCells.count - 1] = 0 }
        case "tc":
          if !rowCells.isEmpty {
            if rowCells[rowCells.count - 1] > 0 { sink.cellSeparator() }
            rowCells[rowCells.count - 1] += 1
          }
        default:
          if local.hasSuffix("Pr") && !empty { skipDepth = 1 }
        }
        if empty && local == "p" { endParagraph(&sink, inTable: !rowCells.isEmpty) }
      case .end(let name):
        if skipDepth > 0 {
          skipDepth -= 1
          return
        }
        guard wordPrefixes.contains(XMLScanner.prefix(name)) else { return }
        switch XMLScanner.localName(name) {
        case "t":
          inText = false
        case "p":
          paragraphDepth = max(0, paragraphDepth - 1)
          endParagraph(&sink, inTable: !rowCells.isEmpty)
        case "tr":
          if rowCells.count == 1 { sink.endBlock() } else { sink.space() }
        case "tbl":
          if !rowCells.isEmpty { rowCells.removeLast() }
        default:
          break
        }
      case .text(let range):
        guard inText, skipDepth == 0 else { return }
        appendText(xml[range], to: &sink)
      }
    }
    return sink.utf8
  }

  private static func endParagraph(_ sink: inout TextSink, inTable: Bool) {
    if inTable { sink.space() } else { sink.newline() }
  }

  /// Appends the text of a `w:t`, decoding character references; line breaks in it are spaces.
  private static func appendText(_ text: ArraySlice<UInt8>, to sink: inout TextSink) {
    let bytes = Array(text)
    var i = 0
    var runStart = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "&"),
        let (scalar, end) = CharacterReference.decode(bytes, at: i, html: false)
      {
        sink.append(utf8: bytes[runStart..<i])
        sink.append(scalar == 0x0A || scalar == 0x0D ? 0x20 : scalar)
        i = end
        runStart = i
      } else if b == 0x0A || b == 0x0D {
        sink.append(utf8: bytes[runStart..<i])
        sink.append(0x20)
        i += 1
        runStart = i
      } else {
        i += 1
      }
    }
    sink.append(utf8: bytes[runStart..<bytes.count])
  }
}
