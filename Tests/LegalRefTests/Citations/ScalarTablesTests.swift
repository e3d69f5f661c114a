import Testing

@testable import LegalRef

@Suite struct ScalarTablesTests {
  @Test func theWrittenTablesAreWhatTheUnicodePropertiesGive() {
    let written = TextWindow.tablesInUse
    let computed = TextWindow.computedTables()
    #expect(written.lower.count == TextWindow.tableSize)
    #expect(written.flags.count == TextWindow.tableSize)
    let lowerDiffer = (0..<TextWindow.tableSize).filter { written.lower[$0] != computed.lower[$0] }
    let flagsDiffer = (0..<TextWindow.tableSize).filter { written.flags[$0] != computed.flags[$0] }
    #expect(lowerDiffer.isEmpty, "lowercase differs at \(lowerDiffer.prefix(5))")
    #expect(flagsDiffer.isEmpty, "flags differ at \(flagsDiffer.prefix(5))")
    // A few that matter for Vietnamese: capitals with tones lowercase, Đ is an uppercase letter.
    #expect(TextWindow.lowercase("Ế") == "ế")
    #expect(TextWindow.lowercase("Đ") == "đ")
    #expect(TextWindow.isUppercase("Đ") && TextWindow.isLetter("ự") && !TextWindow.isLetter("–"))
  }
}
