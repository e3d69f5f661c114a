/// Lowercasing as `String.lowercased()` does it — each scalar replaced by its lowercase mapping — for the scalars
/// Vietnamese text is written in, from a table made once. `String.lowercased()` builds its result a scalar at a
/// time through the Unicode tables (about 250 instructions a letter outside ASCII); the readers lowercase every
/// candidate line, subject and issuer phrase they compare. `TextWindow.lowercase(_:)` is not the same: it folds for
/// matching (canonical forms, one scalar where a mapping has several), where the callers here need exactly the
/// String that `lowercased()` gives (they look it up in tables made with `lowercased()`).
enum TextCase {
  /// The table covers the scalars below this one.
  private static let limit = 0x2070
  /// No one-scalar mapping is known for the scalar: the string goes to `String.lowercased()`.
  private static let unknown: UInt32 = 0xFFFF_FFFF

  /// For each scalar below `limit` in the ranges filled: its lowercase mapping when that is one scalar; `unknown`
  /// for the others (a mapping of several scalars, as "İ" has, or a scalar outside the ranges).
  private static let table: [UInt32] = {
    var t = [UInt32](repeating: unknown, count: limit)
    // Latin (ASCII, Latin-1, Extended-A and -B), the combining marks, Latin Extended Additional (every Vietnamese
    // letter with its tone) and the general punctuation (dashes, quotes).
    for range in [0..<0x250, 0x300..<0x370, 0x1E00..<0x1F00, 0x2000..<0x2070] {
      for v in range {
        guard let s = Unicode.Scalar(UInt32(v)) else { continue }
        let mapping = s.properties.lowercaseMapping.unicodeScalars
        if mapping.count == 1, let m = mapping.first { t[v] = m.value }
      }
    }
    return t
  }()

  /// `s.lowercased()`.
  static func lowercased(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var changed = false
    let found: Bool = table.withUnsafeBufferPointer { table in
      for scalar in s.unicodeScalars {
        let v = scalar.value
        if v < 0x80 {
          let b = UInt8(truncatingIfNeeded: v)
          if b &- 0x41 < 26 {
            out.append(b | 0x20)
            changed = true
          } else {
            out.append(b)
          }
          continue
        }
        guard v < limit else { return false }
        let m = table[Int(v)]
        guard m != unknown else { return false }
        if m != v { changed = true }
        if m < 0x800 {
          out.append(UInt8(truncatingIfNeeded: 0xC0 | m >> 6))
        } else {
          if m >= 0x10000 {
            out.append(UInt8(truncatingIfNeeded: 0xF0 | m >> 18))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (m >> 12) & 0x3F))
          } else {
            out.append(UInt8(truncatingIfNeeded: 0xE0 | m >> 12))
          }
          out.append(UInt8(truncatingIfNeeded: 0x80 | (m >> 6) & 0x3F))
        }
        out.append(UInt8(truncatingIfNeeded: 0x80 | m & 0x3F))
      }
      return true
    }
    guard found else { return s.lowercased() }
    return changed ? String(decoding: out, as: UTF8.self) : s
  }
}
