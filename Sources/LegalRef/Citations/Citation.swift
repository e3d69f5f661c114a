/// One citation of a numbered document found in a text.
public struct Citation: Hashable, Sendable {
  /// The canonical number and symbol.
  public var number: DocumentNumber
  /// The Vietnamese type name: the type word written before the number when there is one, else the code's meaning.
  public var typeName: String?
  /// Whether `typeName` comes from a written type word ("Chỉ thị số …") rather than from the code.
  public var typeWritten: Bool
  /// Where the number starts, in the original file (1-based line and column).
  public var position: SourcePosition
  /// Byte range of the number and symbol in the normalised text.
  public var range: Range<Int>
  /// Byte range from the type word (or the number when there is none) to the end of the trailing date, issuer and
  /// subject phrases, in the normalised text: everything this citation's words cover.
  public var extent: Range<Int>
  /// The number and symbol as written (line breaks shown as spaces).
  public var surface: String
  /// The date written beside the citation.
  public var date: DayDate?
  /// The issuer phrase ("Ban Bí thư", "Ủy ban nhân dân thành phố Hải Phòng", "UBND tỉnh").
  public var issuer: String?
  /// The subject phrase after "về" ("đổi mới căn bản, toàn diện giáo dục và đào tạo").
  public var subject: String?
  /// Words after the issuer that describe the cited document ("quy định về môi trường giáo dục…", "thực hiện"), when
  /// they do not start with "về".
  public var descriptor: String?
  /// Every repair made to read the number, and every defect noticed in it.
  public var diagnostics: [CitationDiagnostic]
  /// How a reference written without its number and symbol was read ("Nghị quyết Trung ương 8 khóa XI"); nil for a
  /// written number.
  public var reference: ReferenceNote? {
    get { referenceBox?.note }
    set { referenceBox = newValue.map(ReferenceBox.init) }
  }
  /// `reference`, held out of line: most citations have none, and a citation is copied often (into its
  /// classification, its graph edge's evidence, a batch's results), so it costs a pointer rather than the note's
  /// 129 bytes.
  private var referenceBox: ReferenceBox? = nil
  /// The plenum written beside a Party number ("… của Ban Chấp hành Trung ương 4 (khóa XI)" → 4).
  public var plenum: Int? = nil
  /// The term written beside a Party number ("khóa XI" → "XI").
  public var term: String? = nil

  /// Creates a citation.
  public init(
    number: DocumentNumber, typeName: String?, typeWritten: Bool, position: SourcePosition,
    range: Range<Int>, extent: Range<Int>, surface: String, date: DayDate?, issuer: String?,
    subject: String?, descriptor: String? = nil, diagnostics: [CitationDiagnostic]
  ) {
    self.number = number
    self.typeName = typeName
    self.typeWritten = typeWritten
    self.position = position
    self.range = range
    self.extent = extent
    self.surface = surface
    self.date = date
    self.issuer = issuer
    self.subject = subject
    self.descriptor = descriptor
    self.diagnostics = diagnostics
  }
}

/// A reference note held by reference: never changed once made (a changed note is a new box).
final class ReferenceBox: Hashable, Sendable {
  let note: ReferenceNote
  init(_ note: ReferenceNote) { self.note = note }
  static func == (a: ReferenceBox, b: ReferenceBox) -> Bool { a === b || a.note == b.note }
  func hash(into hasher: inout Hasher) { hasher.combine(note) }
}

/// How a reference without a written number and symbol was read and resolved.
public struct ReferenceNote: Hashable, Sendable {
  /// The kind of reference.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A Central Committee plenum named by number and term ("Nghị quyết Trung ương 8 khóa XI").
    case plenum
    /// A law, code or ordinance named by its name and year ("Luật Giáo dục năm 2019", "Luật Trẻ em").
    case law
    /// A type word and a number without its symbol ("Nghị quyết số 29", "Thông tư số 17").
    case shortForm = "short-form"
    /// A type word and its issuer, subject or school year, with no number ("Chỉ thị của Bộ Giáo dục và Đào tạo về
    /// nhiệm vụ năm học 2021-2022").
    case description
  }

  /// How it ended.
  public enum Resolution: String, Hashable, Sendable {
    /// One document fits: the citation's number is that document's.
    case resolved
    /// Several documents fit and nothing written beside it decides (`candidates` lists them).
    case ambiguous
    /// No registry or corpus document fits.
    case unidentified
  }

  /// The kind.
  public var kind: Kind
  /// The words as written ("Nghị quyết Trung ương 8 khóa XI").
  public var text: String
  /// How it ended.
  public var resolution: Resolution
  /// What decided it, for a reader ("registry: …", "cited in full at line 12"), or why nothing did.
  public var how: String
  /// Whether the match rests on an assumption (a version chosen by the citing document's date, a description
  /// matched by its subject).
  public var assumed: Bool
  /// The candidate numbers of an ambiguous reference.
  public var candidates: [String] = []
  /// The school year named in a description ("2021-2022").
  public var schoolYear: String? = nil
  /// The number a description says its document implements ("Chương trình hành động … thực hiện Nghị quyết số
  /// 29-NQ/TW" → 29-NQ/TW).
  public var implements: DocumentNumber? = nil

  /// Creates a note.
  public init(
    kind: Kind, text: String, resolution: Resolution, how: String, assumed: Bool,
    candidates: [String] = [], schoolYear: String? = nil
  ) {
    self.kind = kind
    self.text = text
    self.resolution = resolution
    self.how = how
    self.assumed = assumed
    self.candidates = candidates
    self.schoolYear = schoolYear
  }
}

/// A repair made while reading a citation, or a defect in it.
public struct CitationDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// What was repaired or noticed.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A space stands for the hyphen of a Party number ("29 NQ/TW").
    case spaceForHyphen = "space-for-hyphen"
    /// The hyphen between type and issuer is missing ("56/2017/NĐCP").
    case missingHyphen = "missing-hyphen"
    /// D is written for Đ ("TT-BGDDT").
    case dForĐ = "d-for-dj"
    /// Spaces inside the symbol ("32 /2026/TT- NHNN").
    case straySpace = "stray-space"
    /// A dash other than the hyphen ("29–NQ/TW").
    case dashForHyphen = "dash-for-hyphen"
    /// A Party number written with the State separators ("29/NQ-TW").
    case swappedSeparators = "swapped-separators"
    /// "&" inside a code ("BGD&ĐT"), an older style: dropped.
    case ampersandInCode = "ampersand-in-code"
    /// The symbol runs into the next word ("29-NQ/TWngày").
    case missingSpaceAfter = "missing-space-after"
    /// A line break inside the number and symbol.
    case lineBreak = "line-break"
    /// Several numbers share one symbol ("Thông tư số 17, 18, 19/TT-BGDĐT"): this is one of them.
    case listExpansion = "list-expansion"
    /// A normative document (Nghị định, Thông tư…) cited without the year in its number.
    case normativeWithoutYear = "normative-without-year"
    /// The year in a normative number contradicts the date written beside it.
    case yearContradictsDate = "year-contradicts-date"
    /// The written type word contradicts the type code.
    case typeWordContradictsCode = "type-word-contradicts-code"
  }

  /// The kind.
  public var kind: Kind
  /// A message a reader can act on, naming what was written and how it was read.
  public var message: String

  /// Creates a diagnostic.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { "\(kind.rawValue): \(message)" }

  /// Whether the symbol as written is malformed (the corrected form is the citation's canonical number).
  public var isMalformedSymbol: Bool {
    switch kind {
    case .spaceForHyphen, .missingHyphen, .dForĐ, .straySpace, .dashForHyphen, .swappedSeparators:
      return true
    default: return false
    }
  }
}

/// The document's own number, read from its header line ("Số 01-TT/TU", "Số: 12/KH-UBND"): not a citation.
public struct OwnNumber: Hashable, Sendable {
  /// The canonical number.
  public var number: DocumentNumber
  /// Where it is written.
  public var position: SourcePosition
  /// Repairs made to read it.
  public var diagnostics: [CitationDiagnostic]
}

/// Everything the scanner finds in one text.
public struct ScanResult: Sendable {
  /// Citations in text order (list expansions in the order written).
  public var citations: [Citation]
  /// The document's own number lines.
  public var ownNumbers: [OwnNumber]
}
