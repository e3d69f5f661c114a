/// Why a file could not be turned into text.
public enum TextError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file holds NUL bytes and no UTF-16 BOM: treated as binary and skipped.
  case binary(path: String)
  /// The file could not be read; `reason` says why (e.g. "no such file or directory").
  case unreadable(path: String, reason: String)
  /// The file is not a valid document of its format and is skipped: `format` names it ("docx"),
  /// `reason` says what is wrong (e.g. "no zip central directory (truncated, or not a zip file)").
  case corruptDocument(path: String, format: String, reason: String)
  /// A program needed to read the file is not installed, so the file is skipped: `tool` is the
  /// program ("pdftotext"), `package` the Debian package that provides it ("poppler-utils").
  case missingTool(path: String, tool: String, package: String)
  /// A program run to read the file failed and the file is skipped: `reason` is its message or
  /// exit status.
  case toolFailed(path: String, tool: String, reason: String)

  /// A message a user can act on, e.g. `"cannot read 'x.txt': no such file or directory"`.
  public var description: String {
    switch self {
    case .binary(let path):
      return "skipped '\(path)': binary file (NUL bytes), not text"
    case .unreadable(let path, let reason):
      return "cannot read '\(path)': \(reason)"
    case .corruptDocument(let path, let format, let reason):
      return "cannot read '\(path)': not a valid .\(format) file: \(reason)"
    case .missingTool(let path, let tool, let package):
      return "cannot read '\(path)': \(tool) (\(package)) is not installed"
    case .toolFailed(let path, let tool, let reason):
      return "cannot read '\(path)': \(tool) failed: \(reason)"
    }
  }
}
