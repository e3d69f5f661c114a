/// Something the Text stage repaired or converted while decoding a file.
///
/// Diagnostics never stop decoding; they tell the user what was changed.
public struct TextDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// What happened.
  public enum Kind: Hashable, Sendable {
    /// An invalid UTF-8 sequence (or, in a UTF-16 file, a lone surrogate) starting at `byteOffset`
    /// in the original file was replaced with U+FFFD.
    case invalidUTF8(byteOffset: Int)
    /// The file was UTF-16 with a byte order mark and was decoded to UTF-8.
    case decodedUTF16(bigEndian: Bool)
    /// `lineCount` lines held decomposed characters (NFD) and were composed to NFC.
    case composedNFD(lineCount: Int)
    /// A UTF-8 byte order mark at the start of the file was removed.
    case removedBOM
    /// Text in a legacy Vietnamese encoding was converted to Unicode: `encoding` is `"TCVN3"`
    /// (TCVN 5712:1993 VN3, the ABC ".VnTime" fonts), `"VNI"` (the "VNI-Times" fonts) or
    /// `"Windows-1258"`. Either the file's bytes were in that encoding, or Unicode text had been
    /// typed with a font of that encoding ("NghÞ quyÕt" for "Nghị quyết").
    case convertedLegacy(encoding: String)
    /// A document (e.g. a scanned PDF) gave no text at all.
    case noTextExtracted
  }

  /// What happened.
  public var kind: Kind
  /// A user-facing message, e.g. `"invalid UTF-8 at byte 1234 replaced with U+FFFD"`.
  public var message: String

  /// Creates a diagnostic.
  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  /// The user-facing message.
  public var description: String { message }
}
