import Foundation
import Testing

@testable import LegalRef

/// The tables keyed by bytes find a key made again from the same text, and keep apart texts whose bytes differ,
/// even when `String` calls them equal (composed and decomposed letters).
@Suite struct UTF8KeyTests {
  @Test func theSameBytesFindTheSameEntry() {
    let texts = [
      "", "29-NQ/TW", "80/2017/NĐ-CP", "97-KH/TU @2015-2020 #Quảng Trị",
      String(repeating: "Đ", count: 40),
    ]
    var table: [UTF8Key: Int] = [:]
    for (k, t) in texts.enumerated() { table[UTF8Key(t)] = k }
    for (k, t) in texts.enumerated() {
      // Made from a copy of the text's bytes, not from the same string.
      let again = String(decoding: Array(t.utf8), as: UTF8.self)
      #expect(table[UTF8Key(again)] == k, "\(t)")
      #expect(UTF8Key(again).hashValue == UTF8Key(t).hashValue)
    }
    #expect(table.count == texts.count)
  }

  @Test func differentBytesAreDifferentKeys() {
    let composed = "Quảng Trị"
    let decomposed = composed.decomposedStringWithCanonicalMapping
    #expect(composed == decomposed)
    #expect(UTF8Key(composed) != UTF8Key(decomposed))
    #expect(UTF8Key("29-NQ/TW") != UTF8Key("29-NQ/TU"))
    #expect(UTF8Key("29-NQ/TW") != UTF8Key("29-NQ/TW "))
    var table: [UTF8Key: Int] = [UTF8Key(composed): 1]
    table[UTF8Key(decomposed)] = 2
    #expect(table.count == 2)
  }
}
