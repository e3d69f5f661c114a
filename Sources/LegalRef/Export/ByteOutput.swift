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
    if i < 100 {
      append(UInt8(truncatingIfNeeded: 0x30 + i / 10))
      append(UInt8(truncatingIfNeeded: 0x30 + i % 10))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    var v = UInt(i)
    Swift.withUnsafeMutableBytes(of: &digits) { raw in
      // Typed bytes: an array appends a typed buffer with one copy, a raw one element by element.
      let buffer = raw.bindMemory(to: UInt8.self)
      while v > 0 {
        buffer[23 - count] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
        v /= 10
        count += 1
      }
      append(contentsOf: UnsafeBufferPointer(rebasing: buffer[(24 - count)...]))
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

/// The end of a run of bytes an escaper copies as they are.
enum PlainRun {
  /// The first offset at or after `from` whose byte is a control (below 0x20, or DEL), a quotation mark, a
  /// backslash or `lead` (the lead byte of the escaper's multi-byte cases); `b.count` when there is none. Eight bytes
  /// are tested at a time: the lowest byte each test marks is a byte it looks for (a borrow only carries upward).
  static func end(_ b: UnsafeBufferPointer<UInt8>, from: Int, lead: UInt8) -> Int {
    guard let base = b.baseAddress else { return from }
    let n = b.count
    let h: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & h }
    let quote = 0x22 &* ones
    let backslash = 0x5C &* ones
    let del = 0x7F &* ones
    let leads = UInt64(lead) &* ones
    var e = from
    while e &+ 8 <= n {
      let w = UInt64(littleEndian: UnsafeRawPointer(base + e).loadUnaligned(as: UInt64.self))
      let marked =
        ((w &- 0x2020_2020_2020_2020) & ~w & h) | zeroBytes(w ^ quote) | zeroBytes(w ^ backslash)
        | zeroBytes(w ^ del) | zeroBytes(w ^ leads)
      if marked != 0 { return e &+ (marked.trailingZeroBitCount >> 3) }
      e &+= 8
    }
    while e < n {
      let c = base[e]
      if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F || c == lead { return e }
      e &+= 1
    }
    return n
  }
}

extension Array where Element == UInt8 {
  /// Appends a TSV field: tabs and line breaks become spaces (each is one byte in UTF-8, so this is
  /// `TSV.clean` on bytes).
  mutating func append(tsvField s: String) {
    var s = s
    s.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      let n = bytes.count
      // Eight bytes at a time, looking for any byte below 0x0E (tab, LF and CR are 09, 0A, 0D): most fields
      // have none, and are appended whole.
      var i = 0
      while i &+ 8 <= n {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & 0x8080_8080_8080_8080 != 0 { break }
        i &+= 8
      }
      var start = 0
      while i < n {
        let b = base[i]
        if b == 0x09 || b == 0x0A || b == 0x0D {
          append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
          append(0x20)
          start = i + 1
        }
        i += 1
      }
      append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
  }

  /// Appends a number below 100 with two digits ("05").
  mutating func append(twoDigits v: Int) {
    if v >= 0 && v < 10 { append(0x30) }
    append(decimal: v)
  }

  /// Appends a document number as `DocumentNumber.description` prints it.
  mutating func append(number n: DocumentNumber) {
    if n.shape == .unnumbered {
      append(0x5B)
      for issuer in n.issuers { append(text: issuer) }
      append(0x5D)
      return
    }
    append(twoDigits: n.number)
    if n.shape == .party {
      append(0x2D)
      if let code = n.typeCode { append(text: code) }
      append(0x2F)
      for (i, issuer) in n.issuers.enumerated() {
        if i > 0 { append(0x2D) }
        append(text: issuer)
      }
      return
    }
    if let year = n.year {
      append(0x2F)
      append(decimal: year)
    }
    append(0x2F)
    var first = true
    if let code = n.typeCode {
      append(text: code)
      first = false
    }
    for issuer in n.issuers {
      if !first { append(0x2D) }
      append(text: issuer)
      first = false
    }
  }

  /// Appends a date as `DayDate.description` prints it (yyyy-mm-dd).
  mutating func append(date d: DayDate) {
    append(decimal: d.year)
    append(0x2D)
    append(twoDigits: d.month)
    append(0x2D)
    append(twoDigits: d.day)
  }
}

/// Escaping of valid UTF-8 text on its bytes, for the writers whose marks are ASCII: runs of bytes that need nothing
/// are copied at once, and `special` is called at each byte that `attention` marks.
struct ByteEscaper: Sendable {
  /// Whether a byte may need escaping or dropping.
  let attention: [Bool]
  /// Appends what stands for the scalar that starts at `k` of the bytes (a byte `attention` marks) and returns the
  /// offset just past that scalar.
  let special: @Sendable (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int

  /// The escaped bytes appended.
  func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    attention.withUnsafeBufferPointer { attention in
      let n = bytes.count
      var k = 0
      while k < n {
        var e = k
        while e < n, !attention[Int(bytes[e])] { e += 1 }
        if e > k { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[k..<e])) }
        guard e < n else { break }
        k = special(bytes, e, &out)
      }
    }
  }

  func escape(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { escape(utf8: $0, into: &out) }
  }

  /// The escaped text; the text itself when no byte needs attention.
  func escaped(_ s: String) -> String {
    if !s.utf8.contains(where: { attention[Int($0)] }) { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    escape(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// At a C2 lead byte: the scalar kept, unless it is a C1 control (U+0080–U+009F, C2 80–C2 9F); the offset past it.
  static func droppingC1(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, _ out: inout [UInt8]) -> Int
  {
    let next = bytes[k + 1]
    if next > 0x9F {
      out.append(0xC2)
      out.append(next)
    }
    return k + 2
  }

  /// The table of `attention` for these bytes.
  static func marks(_ bytes: some Sequence<UInt8>) -> [Bool] {
    var table = [Bool](repeating: false, count: 256)
    for b in bytes { table[Int(b)] = true }
    return table
  }
}

extension ByteEscaper {
  /// The escaper of a markup language: each byte of `entities` written as its text, the bytes of `keeping` kept, C1
  /// controls (C2 80–C2 9F) dropped, a three-byte scalar led by `lead` kept unless `drops` its two continuation
  /// bytes, and every other control and DEL dropped.
  init(
    entities: [UInt8: String], keeping keep: [UInt8] = [], lead: UInt8,
    drops: @escaping @Sendable (UInt8, UInt8) -> Bool
  ) {
    var table = [[UInt8]?](repeating: nil, count: 256)
    for (byte, text) in entities { table[Int(byte)] = Array(text.utf8) }
    for byte in keep { table[Int(byte)] = [byte] }
    let written = table
    self.init(attention: Self.marks(Array(0..<0x20) + [0x7F, 0xC2, lead] + Array(entities.keys))) {
      bytes, k, out in
      let b = bytes[k]
      if let text = written[Int(b)] {
        out.append(contentsOf: text)
      } else if b == 0xC2 {
        return Self.droppingC1(bytes, k, &out)
      } else if b == lead {
        let (c1, c2) = (bytes[k + 1], bytes[k + 2])
        if !drops(c1, c2) {
          out.append(b)
          out.append(c1)
          out.append(c2)
        }
        return k + 3
      }
      // Other controls and DEL are dropped.
      return k + 1
    }
  }
}

extension Array where Element == UInt8 {
  /// Appends evidence as the CSV and GraphML files list it: "file:line surface", joined by "; ".
  mutating func append(evidenceList list: some Sequence<Evidence>) {
    var first = true
    for ev in list {
      if !first { append(literal: "; ") }
      first = false
      append(text: ev.file)
      append(UInt8(ascii: ":"))
      append(decimal: ev.line)
      append(UInt8(ascii: " "))
      append(text: ev.surface)
    }
  }
}
