/// A 1-based line and column in the ORIGINAL file.
///
/// Lines are counted the way an editor shows them: `"\r\n"`, a lone `"\r"` and `"\n"` each end one
/// line. Columns count Unicode scalar values (characters as decoded) of the original line, 1-based:
/// a tab counts as one, a byte order mark is not counted, and an invalid UTF-8 sequence that was
/// replaced with U+FFFD counts as one.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The 1-based line number in the original file.
  public var line: Int
  /// The 1-based column, in Unicode scalar values of the original line.
  public var column: Int

  /// Creates a position from a 1-based line and a 1-based column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Orders positions by line, then by column.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
  }

  /// The position as `"line:column"`, e.g. `"51:27"`.
  public var description: String { "\(line):\(column)" }
}
