import Foundation

/// What an issuer code alone says about a document's level and scope (DOMAIN.md §3).
public enum ProfileCodes {
  static let centralCodes: Set<String> = [
    "CTN", "CP", "TTg", "VPCP", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "UBDT", "MTTQ",
  ]

  /// `centralCodes` in a table of packed codes.
  private static let centralCodeTable = PackedCodes(set: centralCodes)

  /// The level an issuer code implies, or nil when the code is used at several levels (UBND, HĐND).
  ///
  /// Read on the code's bytes: a code is ASCII letters and digits and Đ, each one scalar and one character, so
  /// comparing bytes gives what comparing characters would, at a fraction of the cost (this runs for every
  /// citation).
  public static func level(ofCode code: String) -> Level? {
    var bytes = code
    return bytes.withUTF8 { b -> Level? in
      let n = b.count
      @inline(__always) func at(_ k: Int, _ s: StaticString) -> Bool {
        let m = s.utf8CodeUnitCount
        guard k >= 0, k + m <= n, let base = b.baseAddress else { return false }
        return memcmp(base + k, s.utf8Start, m) == 0
      }
      @inline(__always) func ends(_ s: StaticString) -> Bool { at(n - s.utf8CodeUnitCount, s) }
      @inline(__always) func starts(_ s: StaticString) -> Bool { at(0, s) }
      @inline(__always) func equals(_ s: StaticString) -> Bool {
        n == s.utf8CodeUnitCount && at(0, s)
      }
      var scalars = 0
      var ascii = true
      for x in b {
        if x & 0xC0 != 0x80 { scalars += 1 }
        if x >= 0x80 { ascii = false }
      }
      let central = ascii && centralCodeTable.contains(code)
      if ends("TW") || central || CodeTables.parliamentCode(code) != nil {
        return .central
      }
      if ends("TU") || equals("ĐUK") || (starts("S") && scalars >= 3) { return .province }
      if ends("HU") || equals("QU") || equals("ThU") || starts("PGD") { return .district }
      if equals("ĐU") { return .commune }
      if starts("B"), scalars >= 3, !starts("BCS") { return .central }
      return nil
    }
  }

  /// Whether documents of this issuer are numbered per jurisdiction: every local committee, council, people's
  /// committee, department and office.
  public static func isLocal(_ code: String) -> Bool {
    if let level = level(ofCode: code) { return level != .central }
    return code.utf8.starts(with: "UBND".utf8) || code.utf8.starts(with: "HĐND".utf8)
  }
}
