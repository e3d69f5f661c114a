import Testing

@testable import LegalRef

/// The code tables the scanner reads for every symbol answer as the dictionaries they are made from: codes of one
/// to twelve bytes (the longer ones in the fallback), with Đ, digits and lowercase letters, present or not.
@Suite struct PackedCodesTests {
  @Test(arguments: 0..<50)
  func answersAsTheDictionaryDoes(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 17_000)
    let pieces = ["A", "B", "Q", "Đ", "T", "W", "h", "1", "5", "NQ", "CP", "GDĐT"]
    func code() -> String {
      var s = ""
      for _ in 0..<(1 + random.below(6)) { s += pieces[random.below(pieces.count)] }
      return s
    }
    var dictionary: [String: Int] = [:]
    for k in 0..<random.below(80) { dictionary[code()] = k }
    let table = PackedCodes(dictionary.map { ($0.key, $0.value) })
    for key in dictionary.keys { #expect(table[key] == dictionary[key], "\(key)") }
    for _ in 0..<200 {
      let probe = code()
      #expect(table[probe] == dictionary[probe], "\(probe)")
    }
    #expect(table[""] == nil)
  }

  @Test func tablesOfTheScannerAnswerAsTheirDictionaries() {
    for (code, name) in CodeTables.stateTypes { #expect(CodeTables.stateTypeTable[code] == name) }
    for (code, name) in CodeTables.partyTypes { #expect(CodeTables.partyTypeTable[code] == name) }
    for code in CodeTables.knownIssuers { #expect(CodeTables.knownIssuerTable.contains(code)) }
    #expect(!CodeTables.knownIssuerTable.contains("XYZ"))
  }
}
