/// Decodes UTF-16 (after its byte order mark) to UTF-8.
enum UTF16Transcoder {
  /// Transcodes `p[2...]` to UTF-8. Lone surrogates and an odd trailing byte become U+FFFD and are
  /// reported with their byte offset in `p`.
  static func transcode(
    _ p: UnsafeBufferPointer<UInt8>, bigEndian: Bool, reporter: inout InvalidSequenceReporter
  ) -> [UInt8] {
    let n = p.count
    var out: [UInt8] = []
    out.reserveCapacity(n + n / 2)
    @inline(__always) func unit(_ i: Int) -> UInt32 {
      bigEndian ? UInt32(p[i]) << 8 | UInt32(p[i + 1]) : UInt32(p[i + 1]) << 8 | UInt32(p[i])
    }
    var i = 2
    while i + 1 < n {
      let u = unit(i)
      var scalar = u
      var width = 2
      if u >= 0xD800 && u <= 0xDFFF {
        if u <= 0xDBFF && i + 3 < n {
          let low = unit(i + 2)
          if low >= 0xDC00 && low <= 0xDFFF {
            scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
            width = 4
          }
        }
        if width == 2 {
          reporter.report(byteOffset: i, what: "invalid UTF-16 (lone surrogate)")
          scalar = 0xFFFD
        }
      }
      appendUTF8(scalar, to: &out)
      i += width
    }
    if i < n {
      reporter.report(byteOffset: i, what: "invalid UTF-16 (odd trailing byte)")
      appendUTF8(0xFFFD, to: &out)
    }
    return out
  }

  @inline(__always)
  static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    if scalar < 0x80 {
      out.append(UInt8(scalar))
    } else if scalar < 0x800 {
      out.append(UInt8(0xC0 | scalar >> 6))
      out.append(UInt8(0x80 | scalar & 0x3F))
    } else if scalar < 0x10000 {
      out.append(UInt8(0xE0 | scalar >> 12))
      out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
      out.append(UInt8(0x80 | scalar & 0x3F))
    } else {
      out.append(UInt8(0xF0 | scalar >> 18))
      out.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
      out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
      out.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
