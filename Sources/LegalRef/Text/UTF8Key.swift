import Foundation

/// A String as a dictionary key compared and hashed by its UTF-8 bytes, for the tables that look a key up for every
/// citation. `String`'s own hashing and equality follow canonical equivalence, which for text that is not ASCII
/// (every number with "Đ", every place name) costs a normalising pass per hash and per comparison; the keys put in
/// these tables are built from normalised (NFC) text, where canonically equivalent strings have the same bytes, so
/// the byte comparison finds the same keys.
struct UTF8Key: Hashable, Sendable {
  let string: String

  init(_ string: String) { self.string = string }

  static func == (a: UTF8Key, b: UTF8Key) -> Bool {
    var x = a.string
    var y = b.string
    guard x.utf8.count == y.utf8.count else { return false }
    return x.withUTF8 { p in
      y.withUTF8 { q in
        p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var s = string
    s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
