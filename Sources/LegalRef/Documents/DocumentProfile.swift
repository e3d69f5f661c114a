/// The branch of the political system a document belongs to.
public enum Branch: String, Hashable, Sendable, CaseIterable, Comparable {
  /// The Communist Party: committees at every level and their organs.
  case party
  /// The State: the National Assembly, the Government, ministries, People's Councils and Committees.
  case state

  public static func < (lhs: Branch, rhs: Branch) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The administrative level of an issuer, top to bottom.
public enum Level: String, Hashable, Sendable, CaseIterable, Comparable {
  case central, province, district, commune

  /// 0 for central down to 3 for commune.
  public var depth: Int {
    switch self {
    case .central: 0
    case .province: 1
    case .district: 2
    case .commune: 3
    }
  }

  /// The level below, nil for the commune.
  public var below: Level? { Level.allCases.first { $0.depth == depth + 1 } }

  public static func < (lhs: Level, rhs: Level) -> Bool { lhs.depth < rhs.depth }
}

/// A date, or the earliest a document can be dated when its text gives no date.
public struct DocumentDate: Hashable, Sendable, CustomStringConvertible {
  /// The day.
  public var day: DayDate
  /// Whether `day` is only a lower bound ("on or after"): the newest document the text cites.
  public var isLowerBound: Bool

  /// Creates a date.
  public init(_ day: DayDate, isLowerBound: Bool = false) {
    self.day = day
    self.isLowerBound = isLowerBound
  }

  /// "2021-08-09", or ">=2021-09-15" for a lower bound.
  public var description: String { (isLowerBound ? ">=" : "") + day.description }
}

/// What a document is, as far as its text (or a manifest) tells.
public struct DocumentProfile: Hashable, Sendable {
  /// Its own number, from the header's "Số …" line.
  public var number: DocumentNumber?
  /// Its type ("Chỉ thị", "Kế hoạch").
  public var type: String?
  /// The issuing body as named in the text ("Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh").
  public var issuer: String?
  /// Party or State.
  public var branch: Branch?
  /// Central, province, district or commune.
  public var level: Level?
  /// The province or centrally-run city, for local documents.
  public var jurisdiction: String?
  /// The district, when named (for a commune document, the district it belongs to).
  public var district: String?
  /// The commune, ward or town, for commune documents, when named.
  public var commune: String?
  /// The date, or its lower bound.
  public var date: DocumentDate?
  /// The title ("Về nhiệm vụ năm học 2021-2022").
  public var title: String?

  /// Creates a profile; every field defaults to unknown.
  public init(
    number: DocumentNumber? = nil, type: String? = nil, issuer: String? = nil,
    branch: Branch? = nil,
    level: Level? = nil, jurisdiction: String? = nil, district: String? = nil,
    commune: String? = nil,
    date: DocumentDate? = nil,
    title: String? = nil
  ) {
    self.number = number
    self.type = type
    self.issuer = issuer
    self.branch = branch
    self.level = level
    self.jurisdiction = jurisdiction
    self.district = district
    self.commune = commune
    self.date = date
    self.title = title
  }

  /// The issuer with its place: "Ban Thường vụ Tỉnh ủy Bến Tre".
  public var issuerWithPlace: String? {
    guard let issuer else { return nil }
    guard let jurisdiction, level != .central, !issuer.contains(jurisdiction) else { return issuer }
    if level == .province { return "\(issuer) \(jurisdiction)" }
    return "\(issuer) (\(district.map { "\($0), " } ?? "")\(jurisdiction))"
  }
}
