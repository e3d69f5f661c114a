/// One thing the audit found, as swift-format reports findings: a category, a severity, a message, where, the
/// documents involved and a hint of what to do.
public struct Finding: Hashable, Sendable {
  /// The kinds of finding.
  public enum Category: String, Hashable, Sendable, CaseIterable, Comparable {
    case unfulfilledMandate = "unfulfilled-mandate"
    case levelGap = "level-gap"
    case missingDocument = "missing-document"
    case citationDefect = "citation-defect"
    case temporalAnomaly = "temporal-anomaly"
    /// A reference without a number that no registry or corpus document fits, or that several fit.
    case unidentifiedReference = "unidentified-reference"
    /// A citation whose date, plenum, term or issuer contradicts the registry.
    case registryContradiction = "registry-contradiction"

    public static func < (a: Category, b: Category) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// How much it matters: an error is a defect a reader must fix; a warning a gap or an assumption; a note
  /// information.
  public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
    case error, warning, note

    public static func < (a: Severity, b: Severity) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public var category: Category
  public var severity: Severity
  public var message: String
  /// The file the finding points at, nil when it is about the corpus as a whole.
  public var file: String?
  public var line: Int?
  public var column: Int?
  /// Graph keys of the documents involved.
  public var documents: [String]
  /// What to do about it.
  public var hint: String?

  public init(
    _ category: Category, _ severity: Severity, _ message: String, file: String? = nil,
    line: Int? = nil,
    column: Int? = nil, documents: [String] = [], hint: String? = nil
  ) {
    self.category = category
    self.severity = severity
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.documents = documents
    self.hint = hint
  }

  /// `path:line:column: severity: message`, as compilers and linters print it.
  public var compilerStyle: String {
    let place = file.map { "\($0):\(line ?? 1):\(column ?? 1): " } ?? ""
    return "\(place)\(severity.rawValue): \(message) [\(category.rawValue)]"
  }

  /// Sort order: category, then file, line, column, message.
  static func ordered(_ a: Finding, _ b: Finding) -> Bool {
    if a.category != b.category { return a.category < b.category }
    if (a.file ?? "") != (b.file ?? "") { return (a.file ?? "") < (b.file ?? "") }
    if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
    if (a.column ?? 0) != (b.column ?? 0) { return (a.column ?? 0) < (b.column ?? 0) }
    return a.message < b.message
  }
}
