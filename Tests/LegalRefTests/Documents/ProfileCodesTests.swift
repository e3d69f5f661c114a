import Testing

@testable import LegalRef

/// The level each issuer code says by itself (DOMAIN.md §3), read on the code's bytes.
@Suite struct ProfileCodesTests {
  @Test(arguments: [
    ("TW", Level.central), ("BTCTW", .central), ("CP", .central), ("TTg", .central),
    ("VKSNDTC", .central), ("QH14", .central), ("UBTVQH15", .central), ("BGDĐT", .central),
    ("TU", .province), ("BTGTU", .province), ("ĐUK", .province), ("SGDĐT", .province),
    ("HU", .district), ("QU", .district), ("ThU", .district), ("PGDĐT", .district),
    ("ĐU", .commune),
  ])
  func aCodeNamesItsLevel(code: String, level: Level) {
    #expect(ProfileCodes.level(ofCode: code) == level)
  }

  @Test func codesUsedAtSeveralLevelsNameNone() {
    for code in ["UBND", "HĐND", "BCSĐ", "BCS", "S", "SG", "B", "BT", "QH", "QH123", "VX", ""] {
      #expect(ProfileCodes.level(ofCode: code) == nil, "\(code)")
    }
    #expect(
      ProfileCodes.isLocal("UBND") && ProfileCodes.isLocal("HĐND") && ProfileCodes.isLocal("UBNDX"))
    #expect(
      ProfileCodes.isLocal("SGDĐT") && ProfileCodes.isLocal("TU") && ProfileCodes.isLocal("ĐU"))
    #expect(
      !ProfileCodes.isLocal("CP") && !ProfileCodes.isLocal("BGDĐT") && !ProfileCodes.isLocal("VX"))
  }
}
