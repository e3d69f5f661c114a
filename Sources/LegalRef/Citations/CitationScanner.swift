import Foundation

/// Finds every citation of a numbered document in a normalised text.
///
/// The hot loop jumps from one '/' byte to the next with `memchr` (every number and symbol of DOMAIN.md §1 has one),
/// reads the number and symbol around it on bytes, and only for a real symbol decodes the few hundred bytes around it
/// to read the type word, the date, the issuer and the subject.
public enum CitationScanner {
  /// Scans one text.
  public static func scan(_ text: SourceText) -> ScanResult {
    text.bytes.withUnsafeBufferPointer { buffer in
      var scanner = Pass(reader: SymbolReader(bytes: buffer), text: text, cursor: .init(text))
      scanner.run()
      return ScanResult(citations: scanner.citations, ownNumbers: scanner.ownNumbers)
    }
  }

  private struct Pass {
    let reader: SymbolReader
    let text: SourceText
    var citations: [Citation] = []
    var ownNumbers: [OwnNumber] = []
    var cursor: SourceText.PositionCursor

    var bytes: UnsafeBufferPointer<UInt8> { reader.bytes }

    mutating func run() {
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
      var i = 0
      var consumed = 0
      while i < bytes.count {
        guard let hit = memchr(base + i, Int32(UInt8(ascii: "/")), bytes.count - i) else { break }
        let slash = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        i = slash + 1
        guard slash >= consumed, let start = reader.numberStart(forSlash: slash), start >= consumed,
          let symbol = reader.symbol(at: start), symbol.end > slash
        else { continue }
        consumed = symbol.end
        i = symbol.end
        record(symbol)
      }
    }

    // MARK: Recording

    mutating func record(_ symbol: SymbolReader.Symbol) {
      let listed = listedNumbers(before: symbol.start)
      let head = listed.first?.start ?? symbol.start
      let before = ContextReader(reader: reader).typeWord(before: head)
      if before.word == nil, before.ownNumberLine, listed.isEmpty {
        ownNumbers.append(
          OwnNumber(
            number: symbol.number, position: cursor.position(ofByte: symbol.start),
            diagnostics: symbol.diagnostics))
        return
      }
      let after = ContextReader(reader: reader).trailing(from: symbol.end)
      let written = text.string(head..<symbol.end)
      let surface = written.utf8Contains(0x0A) ? written.replacing("\n", with: " ") : written
      // The listed numbers, then the symbol's own (no array made for the common citation with no list).
      let count = listed.count + 1
      for k in 0..<count {
        let (value, start) =
          k < listed.count
          ? (listed[k].value, listed[k].start) : (symbol.number.number, symbol.start)
        var number = symbol.number
        number.number = value
        var diags = symbol.diagnostics
        if count > 1 {
          diags.append(
            .init(
              .listExpansion,
              "\(count) numbers share one symbol in '\(surface)': this one is read as \(number)"
            ))
        }
        var typeName = number.typeNameFromCode
        var written = false
        if let word = before.word, word != "Văn bản" {
          if let fromCode = typeName, !Self.compatible(word: word, code: fromCode, number: number) {
            diags.append(
              .init(
                .typeWordContradictsCode,
                "'\(word)' is written before \(number), whose code means \(fromCode)"))
          }
          typeName = word
          written = true
        }
        // The year and shape first: most numbers have a year, and the name is then not looked up.
        if number.year == nil, number.shape != .party, let name = typeName,
          CodeTables.isNormativeTypeName(name)
        {
          diags.append(
            .init(
              .normativeWithoutYear, "\(name) \(number) is cited without the year in its number"))
        }
        if let year = number.year, let date = after.date, date.year != year,
          number.shape == .normative || number.shape == .parliament
        {
          diags.append(
            .init(
              .yearContradictsDate,
              "the year in \(number) (\(year)) contradicts the date written beside it (\(date))"))
        }
        citations.append(
          Citation(
            number: number, typeName: typeName, typeWritten: written,
            position: cursor.position(ofByte: start),
            range: start..<symbol.end, extent: (before.start ?? head)..<max(after.end, symbol.end),
            surface: surface, date: after.date, issuer: after.issuer, subject: after.subject,
            descriptor: after.descriptor,
            diagnostics: diags))
      }
    }

    /// The numbers of a list that share the symbol after them ("17, 18, 19/TT-BGDĐT" gives 17 and 18 before 19),
    /// accepted only when the list follows "số" or a type word.
    func listedNumbers(before start: Int) -> [(value: Int, start: Int)] {
      var found: [(value: Int, start: Int)] = []
      var j = start
      while found.count < 20 {
        var k = j - 1
        while k >= 0, bytes[k] == 0x20 { k -= 1 }
        // A comma, or "và" (c3 a0 is "à").
        if k >= 0, bytes[k] == UInt8(ascii: ",") {
          k -= 1
        } else if k >= 2, bytes[k - 2] == UInt8(ascii: "v"), bytes[k - 1] == 0xC3, bytes[k] == 0xA0,
          k - 3 >= 0, bytes[k - 3] == 0x20
        {
          k -= 3
        } else {
          break
        }
        while k >= 0, bytes[k] == 0x20 { k -= 1 }
        guard k >= 0, SymbolReader.isDigit(bytes[k]) else { break }
        var s = k
        while s > 0, SymbolReader.isDigit(bytes[s - 1]) { s -= 1 }
        guard k - s < 6, reader.acceptableNumberStart(s), let (value, _) = reader.digits(at: s)
        else { break }
        found.insert((value, s), at: 0)
        j = s
      }
      guard let first = found.first else { return [] }
      let context = ContextReader(reader: reader).typeWord(before: first.start)
      return context.word != nil || context.sawSo ? found : []
    }

    /// Whether a written type word agrees with the type the code names.
    static func compatible(word: String, code: String, number: DocumentNumber) -> Bool {
      if word == code { return true }
      switch number.shape {
      case .letter, .parliament: return true
      default: break
      }
      switch (word, code) {
      case ("Chương trình hành động", "Chương trình"), ("Quy định", "Quyết định"),
        ("Thông tư", "Thông tri"),
        ("Thông tri", "Thông tư"), ("Quyết định", "Quy định"):
        return true
      default:
        return false
      }
    }
  }
}
