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
