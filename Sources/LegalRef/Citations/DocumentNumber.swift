/// A document's "số, ký hiệu" in canonical form: the number, the year when the number carries one, the type code and
/// the issuer code or codes.
///
/// The shapes follow DOMAIN.md §1. The canonical text pads numbers below 10 with a zero ("05-CT/TW", "08/CT-TTg"), so
/// "5-CT/TW" and "05-CT/TW" are one number.
public struct DocumentNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The shape of a number and symbol.
  public enum Shape: String, Hashable, Sendable, CaseIterable {
    /// `N-TYPE/ISSUER` (29-NQ/TW): numbering restarts every Party term.
    case party
    /// `N/TYPE-ISSUER` (666/CT-BGDĐT): numbering restarts every year.
    case state
    /// `N/YYYY/TYPE-ISSUER` (80/2017/NĐ-CP): the year is in the number.
    case normative
    /// `N/ISSUER-UNIT` (3954/UBND-VX): an official letter, no type code; numbering restarts every year.
    case letter
    /// `N/YYYY/QH{k}` or `N/YYYY/UBTVQH{k}` (43/2019/QH14): laws and National Assembly resolutions.
    case parliament
    /// No number at all: a reference by description ("Chỉ thị của Bộ Giáo dục và Đào tạo về nhiệm vụ năm học
    /// 2021-2022") that nothing identified. Its only issuer entry is the description's identity text.
    case unnumbered
  }

  /// The number, without leading zeros.
  public var number: Int
  /// The year written in the number (normative and parliament shapes), else nil.
  public var year: Int?
  /// The type code ("NQ", "NĐ", "CTr"), nil for letters and parliament numbers.
  public var typeCode: String?
  /// The issuer code followed by any unit or co-issuer codes ("BGDĐT", "BTTTT"; "UBND", "VX").
  public var issuers: [String]
  /// The shape.
  public var shape: Shape

  /// Creates a number from its parts.
  public init(number: Int, year: Int? = nil, typeCode: String?, issuers: [String], shape: Shape) {
    self.number = number
    self.year = year
    self.typeCode = typeCode
    self.issuers = issuers
    self.shape = shape
  }

  /// The number as printed canonically: 29-NQ/TW, 05-CT/TW, 666/CT-BGDĐT, 80/2017/NĐ-CP, 3954/UBND-VX, 43/2019/QH14.
  public var description: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    bytes.append(number: self)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The first issuer code: the body that issued the document ("TW", "UBND", "BGDĐT", "QH14").
  public var issuerCode: String { issuers.first ?? "" }

  /// The Vietnamese type name implied by the code alone, or nil when the code says nothing.
  public var typeNameFromCode: String? {
    switch shape {
    case .party:
      return typeCode.flatMap { CodeTables.partyTypeTable[$0] }
    case .state, .normative:
      return typeCode.flatMap { CodeTables.stateTypeTable[$0] }
    case .letter:
      return "Công văn"
    case .parliament:
      if issuerCode.hasPrefix("UBTVQH") { return "Nghị quyết" }
      return "Luật"
    case .unnumbered:
      return typeCode
    }
  }

  public static func < (lhs: DocumentNumber, rhs: DocumentNumber) -> Bool {
    lhs.description < rhs.description
  }
}
