import Foundation

/// One well-known document of the registry: its number, type, issuer, date, term, title and the names it is
/// cited by.
public struct RegistryEntry: Hashable, Sendable {
  /// The canonical number.
  public var number: DocumentNumber
  /// The Vietnamese type name ("Nghị quyết", "Luật").
  public var type: String
  /// The issuing body ("Ban Chấp hành Trung ương", "Bộ Chính trị", "Quốc hội").
  public var issuer: String
  /// The day it was issued (adopted, for laws).
  public var date: DayDate
  /// The Party or National Assembly term in roman numerals ("XI"), when the row gives one.
  public var term: String?
  /// The title.
  public var title: String
  /// The names it is cited by instead of its number ("Nghị quyết Trung ương 8 khóa XI", "Luật Giáo dục 2019").
  public var aliases: [String]
  /// The public source the row was checked against.
  public var source: String
  /// Where the row was read: "built-in" or the registry file's path.
  public var origin: String
  /// The row's line in its file (1-based, the header is line 1).
  public var line: Int

  /// Creates an entry.
  public init(
    number: DocumentNumber, type: String, issuer: String, date: DayDate, term: String?,
    title: String, aliases: [String], source: String, origin: String = "built-in", line: Int = 0
  ) {
    self.number = number
    self.type = type
    self.issuer = issuer
    self.date = date
    self.term = term
    self.title = title
    self.aliases = aliases
    self.source = source
    self.origin = origin
    self.line = line
  }

  /// The period its number belongs to in the graph: the Party term for a Party number, the year for a yearly State
  /// number, nil when the number carries its year.
  public var period: String? {
    switch number.shape {
    case .party: return PartyTerm.centralTerm(date)
    case .state, .letter: return String(date.year)
    case .normative, .parliament, .unnumbered: return nil
    }
  }

  /// The plenum of the Central Committee that adopted it, read from an alias such as "Nghị quyết Trung ương 8 khóa
  /// XI" (nil when no alias names one).
  public var plenum: Int? {
    for alias in aliases {
      if let p = PlenumName.parse(alias) { return p.plenum }
    }
    return nil
  }

  /// The name a law, code or ordinance is cited by, without its year ("Luật Giáo dục"); nil for other types.
  public var lawName: String? {
    guard Self.namedTypes.contains(type) else { return nil }
    return title
  }

  /// Types cited by name and year rather than by number.
  static let namedTypes: Set<String> = ["Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"]
}

/// "Nghị quyết Trung ương 8 khóa XI", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI": a
/// plenum named by its number and term.
enum PlenumName {
  /// The plenum and the term in a name such as an alias.
  static func parse(_ text: String) -> (plenum: Int, term: String)? {
    parse(folded: Registry.fold(text))
  }

  /// `parse(_:)` of a name already folded (`Registry.fold`).
  static func parse(folded: String) -> (plenum: Int, term: String)? {
    let words = folded.split(separator: " ").map(String.init)
    guard let tw = words.firstIndex(where: { $0 == "ương" || $0 == "tw" }) else { return nil }
    var plenum: Int?
    // "… lần thứ tám Ban Chấp hành Trung ương …" or "Trung ương 8 …".
    if let lan = words.firstIndex(of: "thứ"), lan < tw, lan + 1 < words.count {
      plenum = ordinal(words[lan + 1])
    }
    var k = tw + 1
    if k < words.count, words[k] == "đảng" { k += 1 }
    if plenum == nil, k < words.count, let n = ordinal(words[k]) {
      plenum = n
      k += 1
    }
    guard let plenum else { return nil }
    while k < words.count, words[k] == "," || words[k] == "(" { k += 1 }
    guard k + 1 < words.count, words[k] == "khoá" || words[k] == "khóa",
      let term = RomanNumeral.canonical(words[k + 1])
    else { return nil }
    return (plenum, term)
  }

  /// 8, "8", "tám", "thứ tám" → 8.
  static func ordinal(_ word: String) -> Int? {
    let trim: Set<Unicode.Scalar> = [",", "(", ")"]
    let scalars = word.unicodeScalars
    guard let lo = scalars.firstIndex(where: { !trim.contains($0) }),
      let hi = scalars.lastIndex(where: { !trim.contains($0) })
    else { return nil }
    let w = String(scalars[lo...hi])
    if let n = Int(w), (1...20).contains(n) { return n }
    return ordinalWords[w]
  }

  private static let ordinalWords = [
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10,
  ]
}

/// Roman numerals for terms (khóa I … XX).
enum RomanNumeral {
  static let values: [String: Int] = {
    var out: [String: Int] = [:]
    let names = [
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
      "XVI", "XVII", "XVIII", "XIX", "XX",
    ]
    for (i, n) in names.enumerated() { out[n] = i + 1 }
    return out
  }()

  /// The numeral in upper case when `word` is one ("xi", "XI)" → "XI"), else nil.
  static func canonical(_ word: String) -> String? {
    let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()")).uppercased()
    return values[w] != nil ? w : nil
  }

  /// 14 → "XIV".
  static func name(_ value: Int) -> String? { values.first { $0.value == value }?.key }
}
