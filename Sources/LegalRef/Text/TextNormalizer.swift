/// The single pass over UTF-8 bytes: validates, replaces invalid sequences, unifies line ends and
/// spaces, removes zero-width characters, and hands the rare lines that need it to NFC composition.
///
/// The common path (valid UTF-8, nothing to compose, LF endings) copies runs of plain bytes with one
/// `append(contentsOf:)` each and never builds a `String`.
struct TextNormalizer {
  /// The normalised bytes so far.
  var out: [UInt8] = []
  /// Where each line starts in `out`.
  var lineStarts: [Int] = [0]
  /// Original columns for lines that are not 1:1 (see ``SourceText``).
  var columnMaps: [Int: [Int]] = [:]
  /// How many lines NFC composition changed.
  var composedLines = 0
  /// Invalid sequences found.
  var reporter: InvalidSequenceReporter
  /// The counts ``LegacyDetector`` decides "typed with a legacy font?" on, of `out` (kept here so
  /// that the text is not read a second time).
  var legacy = LegacyCounts()
  /// Offset of the input's first byte in the original file (the BOM length).
  let baseOffset: Int
  /// Whether a NUL byte means "binary file" (UTF-8 input) or is just a control character (UTF-16).
  let nulIsBinary: Bool

  /// Whether the current line holds a combining mark (and so may need NFC).
  private var lineHasMark = false
  /// Absolute offsets in `out` where a scalar of the current line was removed.
  private var removals: [Int] = []
  /// NFC of decomposed segments already seen in this file, keyed by their bytes.
  var compositionCache: [[UInt8]: [UInt8]] = [:]
  /// The same for segments of up to seven bytes, keyed by the bytes packed with their count.
  var smallCompositionCache: [UInt64: [UInt8]] = [:]

  init(reporter: InvalidSequenceReporter, baseOffset: Int, nulIsBinary: Bool) {
    self.reporter = reporter
    self.baseOffset = baseOffset
    self.nulIsBinary = nulIsBinary
  }

  /// Whether the whole input was already normal (valid UTF-8, LF line ends, nothing to replace, remove or
  /// compose): `out` is then left empty and the input is the text, with no copy made.
  var unchanged = false

  /// Normalises all of `p`. Returns false (and stops) on a NUL byte when `nulIsBinary`.
  mutating func run(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = p.count
    guard n > 0, let base = p.baseAddress else {
      unchanged = true
      return true
    }
    var i = 0
    var runStart = 0
    let masks = LegacyCounts.masks
    var legacy = self.legacy
    defer { self.legacy = legacy }

    // Bytes are copied to `out` only from the first change on: until then the run of plain bytes starts at 0.
    @inline(__always) func flush(_ out: inout [UInt8], _ end: Int) {
      if out.capacity == 0 { out.reserveCapacity(n + n / 64 + 16) }
      if end > runStart {
        out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: end - runStart))
      }
    }

    while i < n {
      // Eight plain ASCII bytes at a time (no high bit, nothing below 0x20, no DEL).
      while i &+ 8 <= n {
        // Little-endian load: byte k of the input is byte k of the word. Each flag below marks
        // (at least) the first byte that is not plain ASCII; later flags may be spurious.
        let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let high = w & 0x8080_8080_8080_8080
        let below = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
        let x = w ^ 0x7F7F_7F7F_7F7F_7F7F
        let del = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        let stop = high | below | del
        if stop == 0 {
          i &+= 8
          continue
        }
        let k = stop.trailingZeroBitCount >> 3
        i &+= k
        // The common letters read from the word already loaded, when they lie inside it (`i + 2 < n` then holds,
        // as below): the next step does not wait for a load at an address it has just worked out.
        if k <= 5 {
          let v = w >> UInt64(8 &* k)
          let length = Self.commonLetter(
            UInt8(truncatingIfNeeded: v), UInt8(truncatingIfNeeded: v >> 8),
            UInt8(truncatingIfNeeded: v >> 16), counting: &legacy, masks)
          if length != 0 {
            i &+= length
            continue
          }
        }
        break
      }
      if i >= n { break }
      let b = base[i]

      if b < 0x80 {
        if b >= 0x20 && b != 0x7F {
          i &+= 1
          continue
        }
        if b == 0x0A, !lineHasMark, removals.isEmpty {
          // A line end that needs nothing done to its line: the run goes on through it.
          i += 1
          lineStarts.append(out.count + i - runStart)
          continue
        }
        flush(&out, i)
        switch b {
        case 0x0A, 0x0D:
          // finishLine may compose the line, which updates self.legacy.
          self.legacy = legacy
          finishLine()
          legacy = self.legacy
          out.append(0x0A)
          lineStarts.append(out.count)
          i += (b == 0x0D && i + 1 < n && base[i + 1] == 0x0A) ? 2 : 1
        case 0x00 where nulIsBinary:
          return false
        default:
          // Tab, VT, FF, other C0 controls and DEL.
          out.append(0x20)
          i += 1
        }
        runStart = i
        continue
      }

      // The same letters where the word above could not hold them.
      if i &+ 2 < n {
        let length = Self.commonLetter(
          b, base[i &+ 1], base[i &+ 2], counting: &legacy, masks)
        if length != 0 {
          i &+= length
          continue
        }
      }

      // Multi-byte: find the valid length, or the length of the maximal invalid subpart.
      let c1: UInt8 = i + 1 < n ? base[i + 1] : 0
      var length = 1
      var valid = false
      if b >= 0xC2 && b <= 0xDF {
        if c1 & 0xC0 == 0x80 {
          length = 2
          valid = true
        }
      } else if b >= 0xE0 && b <= 0xEF {
        let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80
        let high: UInt8 = b == 0xED ? 0x9F : 0xBF
        if c1 >= low && c1 <= high {
          if i + 2 < n && base[i + 2] & 0xC0 == 0x80 {
            length = 3
            valid = true
          } else {
            length = 2
          }
        }
      } else if b >= 0xF0 && b <= 0xF4 {
        let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
        let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
        if c1 >= low && c1 <= high {
          if i + 2 < n && base[i + 2] & 0xC0 == 0x80 {
            if i + 3 < n && base[i + 3] & 0xC0 == 0x80 {
              length = 4
              valid = true
            } else {
              length = 3
            }
          } else {
            length = 2
          }
        }
      }

      guard valid else {
        flush(&out, i)
        out.append(contentsOf: [0xEF, 0xBF, 0xBD] as [UInt8])
        reporter.report(byteOffset: baseOffset + i, what: "invalid UTF-8")
        i += length
        runStart = i
        continue
      }

      var action = Special.keep
      if length == 2 {
        if b == 0xC2 {
          if c1 == 0xA0 { action = .space }  // U+00A0 NBSP
        } else if b == 0xCC || (b == 0xCD && c1 <= 0xAF) {
          lineHasMark = true  // U+0300–U+036F
        }
      } else if length == 3 && (b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF) {
        action = Self.classify3(b, c1, base[i + 2])
        if action == .mark {
          lineHasMark = true
          action = .keep
        }
      }
      switch action {
      case .keep, .mark:
        if b <= 0xC3 {
          legacy.addLatin1(lead: b, c1, masks)
        } else if b <= 0xC6 || (b == 0xE1 && (c1 == 0xBA || c1 == 0xBB)) {
          legacy.unicodeOnly &+= 1
        }
        i += length
      case .space:
        flush(&out, i)
        out.append(0x20)
        i += length
        runStart = i
      case .remove:
        flush(&out, i)
        removals.append(out.count)
        i += length
        runStart = i
      }
    }
    if runStart == 0, out.isEmpty, !lineHasMark {
      // Nothing was changed: the input is the text.
      unchanged = true
      return true
    }
    flush(&out, n)
    self.legacy = legacy
    finishLine()
    legacy = self.legacy
    return true
  }

  /// The length of the most common plain scalars starting `b c1 c2`, counted for the legacy-font test, or 0 for any
  /// other: U+00C3–U+02FF with lead C3–CB (Latin-1 letters, Latin Extended A/B: "ă", "đ", "ơ", "ư") and
  /// U+1E00–U+1FFF (Vietnamese letters with tones). None of them is replaced, removed or composed.
  @inline(__always)
  static func commonLetter(
    _ b: UInt8, _ c1: UInt8, _ c2: UInt8, counting legacy: inout LegacyCounts,
    _ masks: LegacyCounts.Masks
  ) -> Int {
    if b >= 0xC3 && b <= 0xCB && c1 & 0xC0 == 0x80 {
      if b == 0xC3 {
        legacy.addLatin1(lead: b, c1, masks)
      } else if b <= 0xC6 {
        legacy.unicodeOnly &+= 1
      }
      return 2
    }
    if b == 0xE1 && c1 >= 0xB8 && c1 <= 0xBF && c2 & 0xC0 == 0x80 {
      if c1 == 0xBA || c1 == 0xBB { legacy.unicodeOnly &+= 1 }
      return 3
    }
    return 0
  }

  /// What to do with a valid multi-byte scalar.
  enum Special {
    case keep
    case space
    case remove
    case mark
  }

  /// Classifies the three-byte scalars `b c1 c2` whose lead is E1, E2, E3 or EF.
  @inline(__always)
  static func classify3(_ b: UInt8, _ c1: UInt8, _ c2: UInt8) -> Special {
    switch b {
    case 0xE1:
      if c1 == 0x9A && c2 == 0x80 { return .space }  // U+1680
      // U+1AB0–U+1AFF, U+1DC0–U+1DFF
      if (c1 == 0xAA && c2 >= 0xB0) || c1 == 0xAB || c1 == 0xB7 { return .mark }
    case 0xE2:
      if c1 == 0x80 {
        if c2 <= 0x8A { return .space }  // U+2000–U+200A
        if c2 <= 0x8D { return .remove }  // U+200B–U+200D
        if c2 == 0xAF { return .space }  // U+202F
      } else if c1 == 0x81 {
        if c2 == 0x9F { return .space }  // U+205F
        if c2 == 0xA0 { return .remove }  // U+2060
      } else if c1 == 0x83 && c2 >= 0x90 {
        return .mark  // U+20D0–U+20FF
      }
    case 0xE3:
      if c1 == 0x80 && c2 == 0x80 { return .space }  // U+3000
    case 0xEF:
      if c1 == 0xBB && c2 == 0xBF { return .remove }  // U+FEFF inside the text
      if c1 == 0xB8 && c2 >= 0xA0 && c2 <= 0xAF { return .mark }  // U+FE20–U+FE2F
    default:
      break
    }
    return .keep
  }

  /// Ends the current line (before its "\n" is appended): composes it and records its column map
  /// when needed.
  private mutating func finishLine() {
    if lineHasMark || !removals.isEmpty {
      processSpecialLine(index: lineStarts.count - 1, start: lineStarts[lineStarts.count - 1])
      lineHasMark = false
      removals.removeAll(keepingCapacity: true)
    }
  }

  private mutating func processSpecialLine(index: Int, start: Int) {
    let end = out.count
    // Original column of each scalar of the line as it stands (after removals), plus the end.
    var columns: [Int] = []
    columns.reserveCapacity(end - start + 1)
    var removedBefore = 0
    var nextRemoval = 0
    var scalarIndex = 0
    out.withUnsafeBufferPointer { p in
      for q in start..<end where p[q] & 0xC0 != 0x80 {
        while nextRemoval < removals.count && removals[nextRemoval] <= q {
          removedBefore += 1
          nextRemoval += 1
        }
        columns.append(scalarIndex + 1 + removedBefore)
        scalarIndex += 1
      }
    }
    removedBefore += removals.count - nextRemoval
    columns.append(scalarIndex + 1 + removedBefore)

    if lineHasMark, let (composed, composedColumns) = compose(start: start, columns: columns) {
      composedLines += 1
      out.withUnsafeBufferPointer {
        legacy.add(UnsafeBufferPointer(rebasing: $0[start..<end]), times: -1)
      }
      composed.withUnsafeBufferPointer { legacy.add($0, times: 1) }
      out.removeSubrange(start..<end)
      out.append(contentsOf: composed)
      columns = composedColumns
    }
    var identity = true
    for (k, column) in columns.enumerated() where column != k + 1 {
      identity = false
      break
    }
    if !identity { columnMaps[index] = columns }
  }
}
