/// What an issuer code alone says about a document's level and scope (DOMAIN.md §3).
public enum ProfileCodes {
  static let centralCodes: Set<String> = [
    "CTN", "CP", "TTg", "VPCP", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "UBDT", "MTTQ",
  ]

  /// The level an issuer code implies, or nil when the code is used at several levels (UBND, HĐND).
  public static func level(ofCode code: String) -> Level? {
    if code == "TW" || code.hasSuffix("TW") || centralCodes.contains(code)
      || CodeTables.parliamentCode(code) != nil
    {
      return .central
    }
    if code == "TU" || code.hasSuffix("TU") || code == "ĐUK"
      || (code.hasPrefix("S") && code.count >= 3)
    {
      return .province
    }
    if code == "HU" || code == "QU" || code == "ThU" || code.hasSuffix("HU")
      || code.hasPrefix("PGD")
    {
      return .district
    }
    if code == "ĐU" { return .commune }
    if code.hasPrefix("B"), code.count >= 3, !code.hasPrefix("BCS") { return .central }
    return nil
  }

  /// Whether documents of this issuer are numbered per jurisdiction: every local committee, council, people's
  /// committee, department and office.
  public static func isLocal(_ code: String) -> Bool {
    if let level = level(ofCode: code) { return level != .central }
    return code == "UBND" || code == "HĐND" || code.hasPrefix("UBND") || code.hasPrefix("HĐND")
  }
}
