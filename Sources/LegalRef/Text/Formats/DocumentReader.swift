import Foundation

/// Reads any supported input file into a normalised ``SourceText``: plain text, Word (.docx), web
/// pages (.html, .htm) and PDF, chosen by the file's extension (``DocumentFormat``), with text in
/// the legacy Vietnamese encodings TCVN3, VNI and Windows-1258 converted to Unicode.
///
/// Every format's text goes through the same normalisation as a plain text file
/// (``TextDecoder``: NFC, spaces, line ends, line index), so the scanner sees the same text.
///
/// **Positions** (``SourceText/position(ofByte:)``):
/// - `.txt`: lines and columns of the file as an editor shows it (see ``SourcePosition``). In a
///   single-byte legacy file (TCVN3, VNI, Windows-1258) a column counts bytes, one byte being one
///   character of the line, so a VNI letter written as a base letter and a mark (two or three
///   bytes) is at the column of its base letter; in a Unicode file typed with a legacy font it
///   counts the characters (scalars) of the line as stored. Lines are always the file's lines.
/// - `.docx`, `.html`, `.htm`, `.pdf`: lines and columns of the *extracted* text — one line per
///   paragraph or table row of a .docx, per block, row or `<br>` of a web page, per line of
///   `pdftotext -layout` output (a page break is a form feed at the start of the next page's
///   first line, read as one space) — and, where a legacy-font conversion applied, columns of
///   that text before the conversion.
public enum DocumentReader {
  /// Reads the file at `path` (never modifying it) as its extension says; any extension other
  /// than docx, html, htm and pdf is read as text.
  ///
  /// - Throws: ``TextError/unreadable(path:reason:)`` when the file cannot be read,
  ///   ``TextError/binary(path:)`` when a text file is binary,
  ///   ``TextError/corruptDocument(path:format:reason:)`` for a damaged .docx,
  ///   ``TextError/missingTool(path:tool:package:)`` for a .pdf when `pdftotext` is not installed,
  ///   ``TextError/toolFailed(path:tool:reason:)`` when `pdftotext` fails.
  public static func read(path: String) throws(TextError) -> SourceText {
    // Only a PDF needs `pdftotext`: looking for it on PATH for every text file costs more than reading one.
    let format = DocumentFormat(path: path)
    return try read(path: path, pdftotext: format == .pdf ? PDFTextExtractor.locate() : nil)
  }

  /// Reads the file at `path`, running `pdftotext` (nil: not installed) for a PDF.
  static func read(path: String, pdftotext: String?) throws(TextError) -> SourceText {
    let format = DocumentFormat(path: path)
    let data = try SourceFileReader.readAll(path: path)
    if format == .pdf {
      return try pdf(path: path, data: data, pdftotext: pdftotext)
    }
    return try decode(data, format: format, path: path)
  }

  /// Decodes the bytes of a document of `format`; `path` is kept in the result and in errors. A
  /// PDF is written to a temporary file for `pdftotext`.
  public static func decode(_ data: [UInt8], format: DocumentFormat, path: String)
    throws(TextError) -> SourceText
  {
    switch format {
    case .text:
      return try decodeText(data, path: path)
    case .docx:
      let utf8: [UInt8]
      do {
        utf8 = try DocxTextExtractor.extract(data)
      } catch {
        throw .corruptDocument(path: path, format: "docx", reason: error.reason)
      }
      return try finish(utf8, path: path, diagnostics: [])
    case .html:
      let page = HTMLTextExtractor.extract(data)
      let diagnostics = page.converted.map { [conversionNote($0, lines: nil)] } ?? []
      return try finish(page.utf8, path: path, diagnostics: diagnostics)
    case .pdf:
      let temporary = FileManager.default.temporaryDirectory
        .appendingPathComponent("legalref-\(UUID().uuidString).pdf").path
      guard FileManager.default.createFile(atPath: temporary, contents: Data(data)) else {
        throw .unreadable(path: path, reason: "cannot write a temporary copy for pdftotext")
      }
      defer { try? FileManager.default.removeItem(atPath: temporary) }
      return try pdf(path: path, data: data, pdftotext: PDFTextExtractor.locate(), file: temporary)
    }
  }

  // MARK: Formats

  private static func pdf(path: String, data: [UInt8], pdftotext: String?, file: String? = nil)
    throws(TextError) -> SourceText
  {
    var utf8: [UInt8]
    do {
      utf8 = try PDFTextExtractor.extract(path: file ?? path, executable: pdftotext)
    } catch {
      // Errors name the file the user gave, not a temporary copy.
      switch error {
      case .toolFailed(_, let tool, let reason):
        throw .toolFailed(path: path, tool: tool, reason: reason)
      case .missingTool(_, let tool, let package):
        throw .missingTool(path: path, tool: tool, package: package)
      default:
        throw error
      }
    }
    var diagnostics: [TextDiagnostic] = []
    if !data.isEmpty && !utf8.contains(where: { $0 >= 0x80 || isAlphanumeric($0) }) {
      diagnostics.append(
        TextDiagnostic(
          kind: .noTextExtracted,
          message: "no text found in the PDF (scanned pages? they need OCR first)"))
      utf8 = []
    }
    return try finish(utf8, path: path, diagnostics: diagnostics)
  }

  /// A plain text file: UTF-8, UTF-16 with a BOM, or a legacy encoding.
  ///
  /// The common case costs one decoding and one quick scan: the file is decoded as before; only
  /// when it held invalid UTF-8 (and reads better in a legacy encoding), or its text looks typed
  /// with a legacy font, is it converted and decoded again.
  private static func decodeText(_ data: [UInt8], path: String) throws(TextError) -> SourceText {
    let (text, legacy) = try TextDecoder.decodeCounting(data, path: path)
    let utf16 =
      data.count >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
    let bom = !utf16 && data.starts(with: [0xEF, 0xBB, 0xBF])
    let invalid = text.diagnostics.contains {
      if case .invalidUTF8 = $0.kind { return true }
      return false
    }
    if invalid {
      guard !utf16, !bom, !LegacyDetector.prefersUTF8(data),
        let found = LegacyDetector.detectSingleByte(data)
      else { return text }
      let converted = try TextDecoder.decode(found.output.utf8, path: path)
      return remapped(
        converted, through: found.output.columnMaps,
        diagnostics: [conversionNote(found.encoding, lines: nil)] + converted.diagnostics)
    }
    guard legacy.mayBeMistyped else { return text }
    // The text as stored (after any BOM, from UTF-16 if so), so that columns are the file's.
    let stored: [UInt8]
    if utf16 {
      var reporter = InvalidSequenceReporter()
      stored = data.withUnsafeBufferPointer {
        UTF16Transcoder.transcode($0, bigEndian: data[0] == 0xFE, reporter: &reporter)
      }
      guard !stored.contains(0) else { return text }
    } else {
      stored = bom ? Array(data[3...]) : data
    }
    guard let repair = LegacyDetector.repairMistyped(stored) else { return text }
    let converted = try TextDecoder.decode(repair.output.utf8, path: path)
    // The first decoding's notes about the file itself (BOM, UTF-16), then the conversion.
    let fileNotes = text.diagnostics.filter {
      switch $0.kind {
      case .removedBOM, .decodedUTF16: return true
      default: return false
      }
    }
    return remapped(
      converted, through: repair.output.columnMaps,
      diagnostics: fileNotes + [
        conversionNote(repair.encoding, lines: repair.output.convertedLines)
      ]
        + converted.diagnostics)
  }

  /// Normalises extracted UTF-8 text, converting it first if it was typed with a legacy font.
  private static func finish(_ utf8: [UInt8], path: String, diagnostics: [TextDiagnostic])
    throws(TextError) -> SourceText
  {
    let (text, legacy) = try TextDecoder.decodeCounting(utf8, path: path)
    let invalid = text.diagnostics.contains {
      if case .invalidUTF8 = $0.kind { return true }
      return false
    }
    if !invalid, legacy.mayBeMistyped,
      let repair = LegacyDetector.repairMistyped(utf8)
    {
      let converted = try TextDecoder.decode(repair.output.utf8, path: path)
      return remapped(
        converted, through: repair.output.columnMaps,
        diagnostics: diagnostics
          + [conversionNote(repair.encoding, lines: repair.output.convertedLines)]
          + converted.diagnostics)
    }
    return remapped(text, through: [:], diagnostics: diagnostics + text.diagnostics)
  }

  // MARK: Helpers

  /// The diagnostic for a legacy conversion: of a whole single-byte file (`lines` nil) or of
  /// `lines` lines typed with a legacy font.
  private static func conversionNote(_ encoding: LegacyEncoding, lines: Int?) -> TextDiagnostic {
    let message: String
    if let lines {
      message =
        "converted \(lines) \(lines == 1 ? "line" : "lines") typed in \(encoding.label) to Unicode"
    } else {
      message = "converted \(encoding.label) text to Unicode"
    }
    return TextDiagnostic(kind: .convertedLegacy(encoding: encoding.rawValue), message: message)
  }

  /// `text` with `diagnostics`, its columns mapped once more through the column maps of a
  /// conversion (converted line → the columns of the text before it).
  static func remapped(
    _ text: SourceText, through maps: [Int: [Int]], diagnostics: [TextDiagnostic]
  ) -> SourceText {
    var columnMaps = text.columnMaps
    for (line, map) in maps where line < text.lineStarts.count && !map.isEmpty {
      let start = text.lineStarts[line]
      let end = line + 1 < text.lineStarts.count ? text.lineStarts[line + 1] - 1 : text.bytes.count
      var count = 0
      for k in start..<end where text.bytes[k] & 0xC0 != 0x80 { count += 1 }
      let own = text.columnMaps[line]
      var composed: [Int] = []
      composed.reserveCapacity(count + 1)
      for k in 0...count {
        let column = own.map { $0[min(k, $0.count - 1)] } ?? k + 1
        composed.append(map[min(max(column - 1, 0), map.count - 1)])
      }
      if composed.enumerated().allSatisfy({ $1 == $0 + 1 }) {
        columnMaps[line] = nil
      } else {
        columnMaps[line] = composed
      }
    }
    return SourceText(
      path: text.path, bytes: text.bytes, lineStarts: text.lineStarts, diagnostics: diagnostics,
      columnMaps: columnMaps)
  }

  private static func isAlphanumeric(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }
}
