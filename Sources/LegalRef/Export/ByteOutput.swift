/// Appending text to a UTF-8 byte buffer: what the large writers build their output in, so that a 50 MB file is
/// one growing array rather than many Strings concatenated.
extension Array where Element == UInt8 {
  /// Appends a string's UTF-8 bytes.
  mutating func append(text s: String) {
    var s = s
    s.withUTF8 { append(contentsOf: $0) }
  }

  /// Appends a literal's UTF-8 bytes.
  mutating func append(literal s: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  /// Appends an integer in decimal, as `String(i)` writes it.
  mutating func append(decimal i: Int) {
    if i < 0 {
      // Int.min has no positive counterpart: the string of it is exact.
      append(text: String(i))
      return
    }
    if i < 10 {
      append(UInt8(truncatingIfNeeded: 0x30 + i))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    var v = UInt(i)
    Swift.withUnsafeMutableBytes(of: &digits) { buffer in
      while v > 0 {
        buffer[23 - count] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
        v /= 10
        count += 1
      }
    }
    Swift.withUnsafeBytes(of: &digits) { buffer in
      append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
    }
  }
}

/// Where a large writer hands its bytes in pieces (a file being written), so that a 600 MB output is never one
/// buffer: `take` empties the buffer it is given.
final class ByteDrain {
  /// The size of a piece when none is given: large enough that a write costs little, small enough to stay in the
  /// caches.
  static let defaultPieceSize = 1 << 20
  /// A writer hands its bytes over once they pass this many.
  let pieceSize: Int
  private let sink: (UnsafeRawBufferPointer) -> Void

  init(pieceSize: Int = defaultPieceSize, _ sink: @escaping (UnsafeRawBufferPointer) -> Void) {
    self.pieceSize = pieceSize
    self.sink = sink
  }

  func take(_ buffer: inout [UInt8]) {
    buffer.withUnsafeBytes { sink($0) }
    buffer.removeAll(keepingCapacity: true)
  }
}
