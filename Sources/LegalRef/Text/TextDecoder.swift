/// Turns raw file bytes into a normalised ``SourceText``.
///
/// Accepts UTF-8 with or without a byte order mark and UTF-16 LE or BE with a byte order mark.
/// Invalid UTF-8 never stops decoding: each maximal invalid subsequence becomes U+FFFD and is
/// reported. A file without a UTF-16 byte order mark that holds a NUL byte is binary and rejected.
public enum TextDecoder {
  /// Decode and normalise raw bytes.
  ///
  /// - Parameters:
  ///   - data: the file's bytes.
  ///   - path: the file's path, kept in the result and in errors.
  /// - Throws: ``TextError/binary(path:)`` when `data` holds a NUL byte and no UTF-16 BOM.
  public static func decode(_ data: [UInt8], path: String) throws(TextError) -> SourceText {
    try decodeCounting(data, path: path).text
  }

  /// ``decode(_:path:)``, with the counts of the decoded text that tell whether it may have been
  /// typed with a legacy font (see ``LegacyCounts``), taken in the same pass.
  static func decodeCounting(_ data: [UInt8], path: String) throws(TextError) -> (
    text: SourceText, legacy: LegacyCounts
  ) {
    var diagnostics: [TextDiagnostic] = []
    var encodingName = "invalid UTF-8"
    let (normalizer, ok) = data.withUnsafeBufferPointer { p -> (TextNormalizer, Bool) in
      let n = p.count
      if n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)) {
        let bigEndian = p[0] == 0xFE
        diagnostics.append(
          TextDiagnostic(
            kind: .decodedUTF16(bigEndian: bigEndian),
            message: "decoded UTF-16 \(bigEndian ? "BE" : "LE") text to UTF-8"))
        var reporter = InvalidSequenceReporter()
        let utf8 = UTF16Transcoder.transcode(p, bigEndian: bigEndian, reporter: &reporter)
        encodingName = "invalid UTF-16"
        var normalizer = TextNormalizer(reporter: reporter, baseOffset: 0, nulIsBinary: false)
        let ok = utf8.withUnsafeBufferPointer { normalizer.run($0) }
        if normalizer.unchanged { normalizer.out = utf8 }
        return (normalizer, ok)
      }
      var bom = 0
      if n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF {
        bom = 3
        diagnostics.append(
          TextDiagnostic(kind: .removedBOM, message: "removed UTF-8 byte order mark"))
      }
      var normalizer = TextNormalizer(
        reporter: InvalidSequenceReporter(), baseOffset: bom, nulIsBinary: true)
      let ok = normalizer.run(UnsafeBufferPointer(rebasing: p[bom...]))
      // Already normal: the file's own bytes are the text (no copy when there is no BOM to take off).
      if normalizer.unchanged { normalizer.out = bom == 0 ? data : Array(data[bom...]) }
      return (normalizer, ok)
    }
    guard ok else { throw .binary(path: path) }
    diagnostics += normalizer.reporter.finish(what: encodingName)
    if normalizer.composedLines > 0 {
      let count = normalizer.composedLines
      diagnostics.append(
        TextDiagnostic(
          kind: .composedNFD(lineCount: count),
          message:
            "composed decomposed characters (NFD) to NFC on \(count) \(count == 1 ? "line" : "lines")"
        ))
    }
    let text = SourceText(
      path: path, bytes: normalizer.out, lineStarts: normalizer.lineStarts,
      diagnostics: diagnostics, columnMaps: normalizer.columnMaps)
    return (text, normalizer.legacy)
  }

  /// Read a file (never modifies it) and decode it.
  ///
  /// - Throws: ``TextError/unreadable(path:reason:)`` when the file cannot be read,
  ///   ``TextError/binary(path:)`` when it is binary.
  public static func read(path: String) throws(TextError) -> SourceText {
    let data = try SourceFileReader.readAll(path: path)
    return try decode(data, path: path)
  }
}
