/// A decoded, normalised text file with a line index and a map back to original positions.
///
/// Produced by ``TextDecoder``. Later stages scan ``bytes`` directly and use
/// ``position(ofByte:)`` to report locations in the file as the user sees it.
public struct SourceText: Sendable {
  /// The path the text was read from (or the name given to ``TextDecoder/decode(_:path:)``).
  public let path: String
  /// Normalised UTF-8: NFC, every line end ("\r\n", "\r", "\n") is a single "\n", every space-like
  /// character is an ASCII space (0x20), no BOM.
  public let bytes: [UInt8]
  /// Byte offset in `bytes` where each line starts; lineStarts[0] == 0; count == number of lines.
  ///
  /// Every "\n" starts a new line, so a file ending in "\n" has a last, empty line, and an empty
  /// file has one empty line.
  public let lineStarts: [Int]
  /// What was repaired or converted while decoding, in file order.
  public let diagnostics: [TextDiagnostic]
  /// For the few lines whose scalars do not correspond 1:1 to the original line (composed NFD,
  /// removed zero-width characters): the original column of each normalised scalar of the line,
  /// plus one last entry for the end of the line. Keyed by 0-based line index.
  let columnMaps: [Int: [Int]]

  /// Original position of the normalised byte at `offset` (0 ≤ offset ≤ bytes.count). Line found by
  /// binary search on lineStarts.
  ///
  /// An offset inside a multi-byte character maps to that character. The offset of a line's "\n"
  /// and `bytes.count` map to the column just after the last character of their line. Offsets
  /// outside `0...bytes.count` are clamped.
  public func position(ofByte offset: Int) -> SourcePosition {
    let offset = Swift.min(Swift.max(offset, 0), bytes.count)
    let index = lineIndex(ofByte: offset)
    let start = lineStarts[index]
    let scalars = bytes.withUnsafeBufferPointer { p -> Int in
      var q = offset
      while q > start && q < p.count && p[q] & 0xC0 == 0x80 { q -= 1 }
      var count = 0
      var k = start
      while k < q {
        if p[k] & 0xC0 != 0x80 { count += 1 }
        k += 1
      }
      return count
    }
    if let map = columnMaps[index], !map.isEmpty {
      return SourcePosition(line: index + 1, column: map[Swift.min(scalars, map.count - 1)])
    }
    return SourcePosition(line: index + 1, column: scalars + 1)
  }

  /// 0-based line index containing `offset`.
  ///
  /// A line's "\n" belongs to that line; offsets outside `0...bytes.count` are clamped.
  public func lineIndex(ofByte offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset {
        low = mid
      } else {
        high = mid - 1
      }
    }
    return low
  }

  /// Convenience: the normalised text of a byte range as a String.
  ///
  /// The range is clamped to `0..<bytes.count`.
  public func string(_ range: Range<Int>) -> String {
    let lower = Swift.min(Swift.max(range.lowerBound, 0), bytes.count)
    let upper = Swift.min(Swift.max(range.upperBound, lower), bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}

extension SourceText {
  /// The same text without its bytes, line index and column maps: only the path and the diagnostics, which is all
  /// a finished run still shows. Lets a corpus run drop each text once every stage has read it.
  func keepingOnlyDiagnostics() -> SourceText {
    SourceText(path: path, bytes: [], lineStarts: [0], diagnostics: diagnostics, columnMaps: [:])
  }
}

extension SourceText {
  /// Positions of offsets asked in increasing order, each computed from the previous one, so a long line is counted
  /// once instead of once per position (a file with one 50 MB line and thousands of citations stays linear).
  public struct PositionCursor {
    let text: SourceText
    var line = 0
    var offset = 0
    /// Scalars counted from the start of `line` up to `offset`.
    var scalars = 0

    public init(_ text: SourceText) { self.text = text }

    /// The original position of the byte at `target`; falls back to counting from the line start when `target` is
    /// before the last offset asked.
    public mutating func position(ofByte target: Int) -> SourcePosition {
      let target = Swift.min(Swift.max(target, 0), text.bytes.count)
      let index = text.lineIndex(ofByte: target)
      if index != line || target < offset {
        line = index
        offset = text.lineStarts[index]
        scalars = 0
      }
      text.bytes.withUnsafeBufferPointer { p in
        var q = target
        while q > offset, q < p.count, p[q] & 0xC0 == 0x80 { q -= 1 }
        var k = offset
        while k < q {
          if p[k] & 0xC0 != 0x80 { scalars += 1 }
          k += 1
        }
        offset = Swift.max(offset, q)
      }
      if let map = text.columnMaps[index], !map.isEmpty {
        return SourcePosition(line: index + 1, column: map[Swift.min(scalars, map.count - 1)])
      }
      return SourcePosition(line: index + 1, column: scalars + 1)
    }
  }
}
