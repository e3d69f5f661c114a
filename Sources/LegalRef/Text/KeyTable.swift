/// A set of a few keys (the first bytes of some words, packed in an integer) looked up with one multiply, one shift
/// and one load: each key has a slot of its own in a 256-slot table, found at build time by trying odd multipliers
/// of a fixed sequence until none collide. Zero is never a key (it marks the empty slots).
struct KeyTable<Key: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
  let slots: [Key]
  let multiplier: Key

  /// The slot of `key`: the top eight bits of its product with the multiplier.
  @inline(__always) static func slot(_ key: Key, _ m: Key) -> Int {
    Int(truncatingIfNeeded: (key &* m) >> (Key.bitWidth - 8))
  }

  init(_ keys: Set<Key>) {
    precondition(!keys.contains(0) && keys.count <= 64, "a few keys, none zero")
    var m = Key(truncatingIfNeeded: 0x9E37_79B9_7F4A_7C15 as UInt64) | 1
    while Set(keys.map { Self.slot($0, m) }).count != keys.count { m &+= 2 }
    var slots = [Key](repeating: 0, count: 256)
    for key in keys { slots[Self.slot(key, m)] = key }
    self.slots = slots
    multiplier = m
  }

  /// Runs `body` with a lookup that reads the table through a buffer (no bounds check, no reference counting).
  func withLookup<R>(_ body: ((Key) -> Bool) -> R) -> R {
    let m = multiplier
    return slots.withUnsafeBufferPointer { table in
      body { key in table[Self.slot(key, m)] == key }
    }
  }
}
