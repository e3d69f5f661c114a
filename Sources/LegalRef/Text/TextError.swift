/// Why a file could not be turned into text.
public enum TextError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file holds NUL bytes and no UTF-16 BOM: treated as binary and skipped.
  case binary(path: String)
  /// The file could not be read; `reason` says why (e.g. "no such file or directory").
  case unreadable(path: String, reason: String)

  /// A message a user can act on, e.g. `"cannot read 'x.txt': no such file or directory"`.
  public var description: String {
    switch self {
    case .binary(let path):
      return "skipped '\(path)': binary file (NUL bytes), not text"
    case .unreadable(let path, let reason):
      return "cannot read '\(path)': \(reason)"
    }
  }
}
