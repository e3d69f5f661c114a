/// Collects `.invalidUTF8` diagnostics for one file: every occurrence up to a limit, then one
/// summary.
struct InvalidSequenceReporter {
  /// How many occurrences are reported one by one before the summary.
  static let limit = 20

  private(set) var diagnostics: [TextDiagnostic] = []
  private(set) var count = 0
  private var firstUnreported = 0

  /// Records one replaced sequence at `byteOffset` in the original file.
  mutating func report(byteOffset: Int, what: String) {
    count += 1
    if count <= Self.limit {
      diagnostics.append(
        TextDiagnostic(
          kind: .invalidUTF8(byteOffset: byteOffset),
          message: "\(what) at byte \(byteOffset) replaced with U+FFFD"))
    } else if count == Self.limit + 1 {
      firstUnreported = byteOffset
    }
  }

  /// The reported diagnostics plus, past the limit, one summarising the rest.
  func finish(what: String) -> [TextDiagnostic] {
    guard count > Self.limit else { return diagnostics }
    let more = count - Self.limit
    return diagnostics + [
      TextDiagnostic(
        kind: .invalidUTF8(byteOffset: firstUnreported),
        message:
          "and \(more) more \(what) \(more == 1 ? "sequence" : "sequences") replaced with U+FFFD"
          + " (the next at byte \(firstUnreported))")
    ]
  }
}
