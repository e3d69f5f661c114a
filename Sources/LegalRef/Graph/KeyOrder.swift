import Foundation

/// Sorting node keys as `String`'s `<` sorts them, most of them compared as bytes.
///
/// `String` comparison orders the scalars of both strings' NFC; UTF-8 keeps the order of scalars, so two strings
/// already in NFC compare as their bytes do. A key made only of scalars that NFC leaves alone whatever stands beside
/// them — ASCII, U+00A0–U+024F (Latin-1 and Latin Extended letters), U+1E00–U+1EFF (the Vietnamese letters with
/// tones) and U+2002–U+206F (spaces, dashes, quotes; U+2000 and U+2001 are NFC's U+2002 and U+2003) — is in NFC, and
/// is compared with `memcmp`; a pair with any other key is compared as Strings (every key of a corpus of Vietnamese
/// documents but a file path with other scripts is of the first kind, and their comparison by `String` took the slow
/// path that normalises as it goes).
enum KeyOrder {
  /// The indices of `keys` in ascending key order; equal keys keep their order.
  static func sortedIndices(_ keys: [String]) -> [Int] {
    var arena: [UInt8] = []
    var starts: [Int] = [0]
    starts.reserveCapacity(keys.count + 1)
    var plain: [Bool] = []
    plain.reserveCapacity(keys.count)
    for key in keys {
      var k = key
      k.withUTF8 { bytes in
        arena.append(contentsOf: bytes)
        plain.append(isPlain(bytes))
      }
      starts.append(arena.count)
    }
    return arena.withUnsafeBufferPointer { a -> [Int] in
      let base = a.baseAddress
      return keys.indices.sorted { x, y in
        let comparison: Int
        if plain[x] && plain[y] {
          let lx = starts[x + 1] - starts[x]
          let ly = starts[y + 1] - starts[y]
          let common = min(lx, ly)
          let c = common == 0 ? 0 : Int(memcmp(base! + starts[x], base! + starts[y], common))
          comparison = c != 0 ? c : lx - ly
        } else {
          comparison = keys[x] < keys[y] ? -1 : (keys[y] < keys[x] ? 1 : 0)
        }
        return comparison != 0 ? comparison < 0 : x < y
      }
    }
  }

  /// Whether every scalar of the valid UTF-8 `bytes` is one NFC leaves alone whatever its neighbours (see above).
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
      } else if b >= 0xC2 && b <= 0xC9 {
        // U+0080–U+027F: only U+00A0–U+024F.
        guard i + 1 < n else { return false }
        let v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
        guard v >= 0xA0 && v <= 0x24F else { return false }
        i += 2
      } else if b == 0xE1 || b == 0xE2 {
        guard i + 2 < n else { return false }
        let v =
          (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6)
          | UInt32(bytes[i + 2] & 0x3F)
        guard (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2002 && v <= 0x206F) else { return false }
        i += 3
      } else {
        return false
      }
    }
    return true
  }
}

extension Array {
  /// Puts the elements in the order `order` gives (`order[k]` is the index of the element that goes to `k`; a
  /// permutation of the indices), in place: each cycle of the permutation is followed with swaps, which move the
  /// elements without copying them or making a second array of them.
  mutating func permute(by order: [Int]) {
    precondition(order.count == count, "an order of another length")
    var placed = [Bool](repeating: false, count: count)
    // Moved through a pointer: `swapAt` copies each element it swaps (a retain of every reference it holds)
    // and then destroys the copy.
    withUnsafeMutableBufferPointer { p in
      guard let base = p.baseAddress else { return }
      for start in p.indices where !placed[start] {
        placed[start] = true
        guard order[start] != start else { continue }
        // The element at `start` is held aside; each place of the cycle takes the element it is given.
        let held = (base + start).move()
        var k = start
        while true {
          let next = order[k]
          if next == start {
            (base + k).initialize(to: held)
            break
          }
          precondition(!placed[next], "an order that is not a permutation")
          placed[next] = true
          (base + k).moveInitialize(from: base + next, count: 1)
          k = next
        }
      }
    }
  }
}
