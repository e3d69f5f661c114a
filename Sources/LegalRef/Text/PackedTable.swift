/// An open-addressing table keyed by nonzero 64-bit integers (a code or a decomposed letter packed into one), found
/// with one multiply: at most a quarter full, so that a look-up most often reads one slot. Zero marks an empty slot.
struct PackedTable<Value: Sendable>: Sendable {
  private let keys: [UInt64]
  private let values: [Value?]
  private let shift: UInt64

  init(_ pairs: some Sequence<(UInt64, Value)>) {
    let pairs = Array(pairs)
    precondition(pairs.allSatisfy { $0.0 != 0 }, "zero is not a key")
    var size = 16
    while size < 4 * pairs.count { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var values = [Value?](repeating: nil, count: size)
    let shift = UInt64(64 - size.trailingZeroBitCount)
    for (key, value) in pairs {
      var slot = Self.slot(key, shift)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
  }

  @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value stored for `key`, nil when there is none.
  @inline(__always) func value(for key: UInt64) -> Value? {
    slot(of: key).flatMap { values[$0] }
  }

  /// Whether `key` is in the table (its keys read, not its values).
  @inline(__always) func contains(_ key: UInt64) -> Bool { slot(of: key) != nil }

  /// The slot holding `key`, nil when there is none.
  @inline(__always) private func slot(of key: UInt64) -> Int? {
    let mask = keys.count - 1
    return keys.withUnsafeBufferPointer { k in
      var slot = Self.slot(key, shift)
      while true {
        let found = k[slot]
        if found == key { return slot }
        if found == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }
}

/// A table of document codes ("NQ", "QĐ", "BGDĐT") for the look-ups the scanner makes for every symbol, keyed by
/// the code's UTF-8 bytes packed into one integer when there are at most eight of them (a code holds no zero byte,
/// so the packing is one to one), in a `PackedTable`; longer codes go to a dictionary.
///
/// Bytes are compared, not characters: the codes of these tables are ASCII letters and digits and Đ, none of which
/// has a decomposition, and the codes looked up are read by `SymbolReader` from the same bytes, so equal bytes
/// are exactly equal strings. A `String` hash would take a non-ASCII code such as "QĐ" through its normalisation.
struct PackedCodes<Value: Sendable>: Sendable {
  private let table: PackedTable<Value>
  private let long: [String: Value]

  init(_ pairs: [(String, Value)]) {
    var packed: [(UInt64, Value)] = []
    var long: [String: Value] = [:]
    for (code, value) in pairs {
      if let key = Self.pack(code) { packed.append((key, value)) } else { long[code] = value }
    }
    table = PackedTable(packed)
    self.long = long
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
    return table.value(for: key)
  }

  func contains(_ code: String) -> Bool { self[code] != nil }
}

extension PackedCodes where Value == Bool {
  /// A set of codes.
  init(set codes: some Sequence<String>) { self.init(codes.map { ($0, true) }) }
}
