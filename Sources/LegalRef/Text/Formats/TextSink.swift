/// Collects the text extracted from a structured document (.docx, .html) as UTF-8 lines.
struct TextSink {
  /// The text so far.
  private(set) var utf8: [UInt8] = []
  /// Whether the current line holds anything.
  private(set) var lineHasContent = false
  /// A space to write before the next content on this line.
  private var pendingSpace = false

  /// Appends one scalar of content.
  mutating func append(_ scalar: UInt32) {
    flushSpace()
    UTF16Transcoder.appendUTF8(scalar, to: &utf8)
    lineHasContent = true
  }

  /// Appends valid UTF-8 content.
  mutating func append<C: Collection>(utf8 bytes: C) where C.Element == UInt8 {
    guard !bytes.isEmpty else { return }
    flushSpace()
    utf8.append(contentsOf: bytes)
    lineHasContent = true
  }

  /// Asks for one space before the next content of this line (collapsing runs, and none at the
  /// start or end of a line).
  mutating func space() {
    if lineHasContent { pendingSpace = true }
  }

  /// Writes `" | "` between two table cells.
  mutating func cellSeparator() {
    pendingSpace = false
    utf8 += Array(" | ".utf8)
    lineHasContent = true
  }

  /// Ends the line, even an empty one.
  mutating func newline() {
    pendingSpace = false
    utf8.append(0x0A)
    lineHasContent = false
  }

  /// Ends the line if it holds anything (a block boundary).
  mutating func endBlock() {
    if lineHasContent { newline() } else { pendingSpace = false }
  }

  private mutating func flushSpace() {
    if pendingSpace {
      utf8.append(0x20)
      pendingSpace = false
    }
  }
}
