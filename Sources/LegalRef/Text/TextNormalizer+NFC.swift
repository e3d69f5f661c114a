import Foundation

extension TextNormalizer {
  /// Composes the line `out[start...]` to NFC, segment by segment: a segment is one scalar plus the
  /// combining marks that follow it. Only segments with marks go through Foundation's
  /// `precomposedStringWithCanonicalMapping` (cached per file). Each output scalar of a segment
  /// whose scalar count changed maps to the original column of the segment's first scalar;
  /// otherwise scalars keep their own columns.
  ///
  /// - Parameter columns: the original column of each scalar of the line, plus one for its end.
  /// - Returns: the composed line and its columns (plus one for the end), or nil if NFC changed
  ///   nothing.
  mutating func compose(start: Int, columns: [Int]) -> ([UInt8], [Int])? {
    let line = Array(out[start...])
    let m = line.count
    var result: [UInt8] = []
    result.reserveCapacity(m)
    var newColumns: [Int] = []
    newColumns.reserveCapacity(columns.count)
    var changed = false
    var q = 0
    var s = 0
    while q < m {
      let segmentStart = q
      let segmentFirstScalar = s
      q += Self.scalarLength(line[q])
      s += 1
      var hasMark = false
      while q < m && Self.isMark(line, q) {
        hasMark = true
        q += Self.scalarLength(line[q])
        s += 1
      }
      let segment = line[segmentStart..<q]
      var composed: [UInt8]? = nil
      if hasMark {
        let key = Array(segment)
        if let cached = compositionCache[key] {
          composed = cached
        } else {
          let nfc = Array(
            String(decoding: key, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
          compositionCache[key] = nfc
          composed = nfc
        }
      }
      guard let composed, !composed.elementsEqual(segment) else {
        result.append(contentsOf: segment)
        newColumns.append(contentsOf: columns[segmentFirstScalar..<s])
        continue
      }
      changed = true
      result.append(contentsOf: composed)
      var count = 0
      for byte in composed where byte & 0xC0 != 0x80 { count += 1 }
      if count == s - segmentFirstScalar {
        newColumns.append(contentsOf: columns[segmentFirstScalar..<s])
      } else {
        newColumns.append(contentsOf: repeatElement(columns[segmentFirstScalar], count: count))
      }
    }
    newColumns.append(columns[columns.count - 1])
    return changed ? (result, newColumns) : nil
  }

  /// Length of the UTF-8 sequence that starts with the valid lead byte `b`.
  @inline(__always)
  static func scalarLength(_ b: UInt8) -> Int {
    b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
  }

  /// Whether the valid UTF-8 scalar at `line[q]` is a combining mark in U+0300–U+036F,
  /// U+1AB0–U+1AFF, U+1DC0–U+1DFF, U+20D0–U+20FF or U+FE20–U+FE2F.
  @inline(__always)
  static func isMark(_ line: [UInt8], _ q: Int) -> Bool {
    let b = line[q]
    switch b {
    case 0xCC:
      return true
    case 0xCD:
      return line[q + 1] <= 0xAF
    case 0xE1, 0xE2, 0xEF:
      return classify3(b, line[q + 1], line[q + 2]) == .mark
    default:
      return false
    }
  }
}
