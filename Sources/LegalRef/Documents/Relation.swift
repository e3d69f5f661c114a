/// How a citing document relates to a document it cites (DOMAIN.md §5).
public enum Relation: String, Hashable, Sendable, CaseIterable, Comparable {
  /// "Căn cứ …": the legal ground.
  case basis
  /// "Thực hiện …", "triển khai …", "cụ thể hoá …".
  case implements
  /// "Hướng dẫn (thi hành) …", "quy định chi tiết …".
  case guides
  /// "Sửa đổi, bổ sung …".
  case amends
  /// "Thay thế …".
  case replaces
  /// "Bãi bỏ …", "hết hiệu lực …".
  case repeals
  /// "Theo …", "theo quy định tại …", or a bare mention.
  case cites

  /// Whether the relation carries an order down the levels (used by chains).
  public var isImplementing: Bool { self == .implements || self == .basis }

  public static func < (lhs: Relation, rhs: Relation) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
