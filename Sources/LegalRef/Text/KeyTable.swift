/// A set of a few 32-bit keys (the first bytes of some words) looked up with one multiply, one shift and one load:
/// each key has a slot of its own in a 256-slot table, found at build time by trying odd multipliers of a fixed
/// sequence until none collide. Zero is never a key (it marks the empty slots).
struct KeyTable: Sendable {
  let slots: [UInt32]
  let multiplier: UInt32

  init(_ keys: Set<UInt32>) {
    precondition(!keys.contains(0) && keys.count <= 64, "a few keys, none zero")
    var m: UInt32 = 0x9E37_79B1
    while Set(keys.map { ($0 &* m) >> 24 }).count != keys.count { m &+= 2 }
    var slots = [UInt32](repeating: 0, count: 256)
    for key in keys { slots[Int((key &* m) >> 24)] = key }
    self.slots = slots
    multiplier = m
  }

  /// Runs `body` with a lookup that reads the table through a buffer (no bounds check, no reference counting).
  func withLookup<R>(_ body: ((UInt32) -> Bool) -> R) -> R {
    let m = multiplier
    return slots.withUnsafeBufferPointer { table in
      body { key in table[Int((key &* m) >> 24)] == key }
    }
  }
}
