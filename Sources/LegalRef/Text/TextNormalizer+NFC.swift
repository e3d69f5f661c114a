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
    // A copy of the line, so that the composition cache (part of `self`) can change meanwhile.
    let line = Array(out[start...])
    var result: [UInt8] = []
    result.reserveCapacity(line.count + 8)
    var newColumns: [Int] = []
    newColumns.reserveCapacity(columns.count)
    var changed = false
    let table = Self.packedSegments
    line.withUnsafeBufferPointer { p in
      columns.withUnsafeBufferPointer { cols in
        let m = p.count
        var q = 0
        var s = 0
        // Segments that NFC leaves alone are copied in runs, from (copyFrom, copyFromScalar).
        var copyFrom = 0
        var copyFromScalar = 0
        while q < m {
          let segmentStart = q
          let segmentFirstScalar = s
          q += Self.scalarLength(p[q])
          s += 1
          var hasMark = false
          while q < m && Self.isMark(p, q) {
            hasMark = true
            q += Self.scalarLength(p[q])
            s += 1
          }
          guard hasMark else { continue }
          let segment = UnsafeBufferPointer(rebasing: p[segmentStart..<q])
          // A decomposed Vietnamese letter is looked up in the packed table, its NFC packed the same way; any other
          // segment goes through the per-file cache.
          var packed: UInt64 = 0
          var composed: [UInt8] = []
          let key = segment.count <= 7 ? Self.packedKey(segment) : 0
          if key != 0, let found = table.value(for: key) {
            if found == key { continue }
            packed = found
          } else {
            composed = composedSegment(segment)
            if composed.elementsEqual(segment) { continue }
          }
          changed = true
          result.append(contentsOf: UnsafeBufferPointer(rebasing: p[copyFrom..<segmentStart]))
          newColumns.append(
            contentsOf: UnsafeBufferPointer(rebasing: cols[copyFromScalar..<segmentFirstScalar]))
          var count = 0
          if packed != 0 {
            for k in 0..<Int(packed >> 56) {
              let byte = UInt8(truncatingIfNeeded: packed >> UInt64(8 * k))
              result.append(byte)
              if byte & 0xC0 != 0x80 { count += 1 }
            }
          } else {
            result.append(contentsOf: composed)
            for byte in composed where byte & 0xC0 != 0x80 { count += 1 }
          }
          if count == s - segmentFirstScalar {
            newColumns.append(
              contentsOf: UnsafeBufferPointer(rebasing: cols[segmentFirstScalar..<s]))
          } else {
            newColumns.append(contentsOf: repeatElement(cols[segmentFirstScalar], count: count))
          }
          copyFrom = q
          copyFromScalar = s
        }
        if changed {
          result.append(contentsOf: UnsafeBufferPointer(rebasing: p[copyFrom..<m]))
          newColumns.append(contentsOf: UnsafeBufferPointer(rebasing: cols[copyFromScalar...]))
        }
      }
    }
    return changed ? (result, newColumns) : nil
  }

  /// NFC of one segment (a scalar and its combining marks), cached per file. Segments of up to
  /// seven bytes (all of Vietnamese) are keyed by their bytes packed into an integer.
  private mutating func composedSegment(_ segment: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    if segment.count <= 7 {
      let key = Self.packedKey(segment)
      if let known = Self.vietnameseSegments[key] { return known }
      if let cached = smallCompositionCache[key] { return cached }
      let nfc = Self.nfc(segment)
      smallCompositionCache[key] = nfc
      return nfc
    }
    let key = Array(segment)
    if let cached = compositionCache[key] { return cached }
    let nfc = Self.nfc(segment)
    compositionCache[key] = nfc
    return nfc
  }

  /// A segment of up to seven bytes packed with its count: the key of `vietnameseSegments` and of the per-file cache.
  @inline(__always)
  static func packedKey(_ segment: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var key = UInt64(segment.count) << 56
    for (k, byte) in segment.enumerated() { key |= UInt64(byte) << (8 * k) }
    return key
  }

  /// The NFC of the decomposed Vietnamese letters, worked out once for every file (by Foundation, on first use):
  /// each toned or modified vowel of either case fully decomposed ("e" U+0302 U+0301), and with its modifier
  /// composed but its tone not ("ê" U+0301), as decomposed text is most often written. Other segments go through
  /// the per-file cache.
  static let vietnameseSegments: [UInt64: [UInt8]] = {
    var table: [UInt64: [UInt8]] = [:]
    func add(_ text: String) {
      let bytes = Array(text.utf8)
      guard bytes.count <= 7 else { return }
      let nfc = Array(text.precomposedStringWithCanonicalMapping.utf8)
      bytes.withUnsafeBufferPointer { table[packedKey($0)] = nfc }
    }
    for vowel in VietnameseLetters.vowels {
      for tone in VietnameseLetters.toneMarks {
        var letter = String(vowel)
        if tone != 0 { letter.unicodeScalars.append(Unicode.Scalar(tone)!) }
        // The vowel with its modifier (ă, â, ê, ô, ơ, ư) and the tone as a mark, when there is a tone.
        if tone != 0 { add(letter) }
        let decomposed = letter.decomposedStringWithCanonicalMapping
        if decomposed.unicodeScalars.count > 1 { add(decomposed) }
      }
    }
    return table
  }()

  /// `vietnameseSegments` with each NFC packed as its key is (bytes and count in one word), in a table looked up by
  /// one multiply: the common segments of decomposed text cost neither a `Hasher` nor an array.
  /// (A packed key is never 0: its top byte is its count.)
  static let packedSegments = PackedTable(
    vietnameseSegments.compactMapValues { nfc in
      nfc.count <= 7 ? nfc.withUnsafeBufferPointer { packedKey($0) } : nil
    }.map { ($0.key, $0.value) })

  /// Foundation's NFC of valid UTF-8 bytes.
  private static func nfc(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    Array(String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
  }

  /// Length of the UTF-8 sequence that starts with the valid lead byte `b`.
  @inline(__always)
  static func scalarLength(_ b: UInt8) -> Int {
    b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
  }

  /// Whether the valid UTF-8 scalar at `line[q]` is a combining mark in U+0300–U+036F,
  /// U+1AB0–U+1AFF, U+1DC0–U+1DFF, U+20D0–U+20FF or U+FE20–U+FE2F.
  @inline(__always)
  static func isMark(_ line: UnsafeBufferPointer<UInt8>, _ q: Int) -> Bool {
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
