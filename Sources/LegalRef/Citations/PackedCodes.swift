/// A table of document codes ("NQ", "QĐ", "BGDĐT") for the look-ups the scanner makes for every symbol, keyed by
/// the code's UTF-8 bytes packed into one integer when there are at most eight of them (a code holds no zero byte,
/// so the packing is one to one), in an open-addressing table found with one multiply; longer codes go to a
/// dictionary.
///
/// Bytes are compared, not characters: the codes of these tables are ASCII letters and digits and Đ, none of which
/// has a decomposition, and the codes looked up are read by `SymbolReader` from the same bytes, so equal bytes
/// are exactly equal strings. A `String` hash would take a non-ASCII code such as "QĐ" through its normalisation.
struct PackedCodes<Value: Sendable>: Sendable {
  private let keys: [UInt64]
  private let values: [Value?]
  private let shift: UInt64
  private let long: [String: Value]

  init(_ pairs: [(String, Value)]) {
    var size = 16
    while size < 4 * pairs.count { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var values = [Value?](repeating: nil, count: size)
    var long: [String: Value] = [:]
    let shift = UInt64(64 - size.trailingZeroBitCount)
    for (code, value) in pairs {
      guard let key = Self.pack(code) else {
        long[code] = value
        continue
      }
      var slot = Self.slot(key, shift)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
    self.long = long
  }

  @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The bytes of `code` in one integer, the first in the low byte; nil when empty or longer than eight bytes, or
  /// when it holds a zero byte.
  static func pack(_ code: String) -> UInt64? {
    var v: UInt64 = 0
    var k: UInt64 = 0
    for b in code.utf8 {
      guard k < 8, b != 0 else { return nil }
      v |= UInt64(b) << (8 &* k)
      k &+= 1
    }
    return k == 0 ? nil : v
  }

  subscript(_ code: String) -> Value? {
    guard let key = Self.pack(code) else { return code.utf8.count > 8 ? long[code] : nil }
    let mask = keys.count - 1
    return keys.withUnsafeBufferPointer { k in
      var slot = Self.slot(key, shift)
      while true {
        let found = k[slot]
        if found == key { return values[slot] }
        if found == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  func contains(_ code: String) -> Bool { self[code] != nil }
}

extension PackedCodes where Value == Bool {
  /// A set of codes.
  init(set codes: some Sequence<String>) { self.init(codes.map { ($0, true) }) }
}
