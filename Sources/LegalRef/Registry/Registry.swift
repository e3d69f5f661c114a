import Foundation

/// What went wrong reading a registry file.
public enum RegistryError: Error, CustomStringConvertible, Equatable {
  /// The file could not be read (missing, no permission, not UTF-8).
  case cannotRead(path: String, reason: String)
  /// The header row lacks a required column.
  case missingColumn(path: String, column: String)
  /// A row could not be read: its line and what is wrong with it.
  case malformedRow(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .cannotRead(let path, let reason): return "cannot read registry '\(path)': \(reason)"
    case .missingColumn(let path, let column):
      return
        "registry '\(path)' is malformed: the header row has no '\(column)' column (expected: \(Registry.columns.joined(separator: ", ")))"
    case .malformedRow(let path, let line, let reason):
      return "registry '\(path)' is malformed: line \(line): \(reason)"
    }
  }
}

/// The registry of well-known documents: the central documents local documents cite most, with the names they are
/// cited by, so that references without a number ("Nghị quyết Trung ương 8 khóa XI", "Luật Giáo dục năm 2019") can
/// be resolved and what a citation says can be checked.
///
/// The format is TSV, UTF-8, one header row naming the columns `number type issuer date term title aliases source`
/// (any order; `term`, `aliases` and `source` may be empty); aliases are separated by " | "; dates are yyyy-mm-dd;
/// lines starting with "#" and empty lines are skipped.
public struct Registry: Sendable {
  /// The columns of a registry file.
  public static let columns = [
    "number", "type", "issuer", "date", "term", "title", "aliases", "source",
  ]

  /// Every entry, built-in first, in file order.
  public private(set) var entries: [RegistryEntry] = []
  private var byNumber: [String: [Int]] = [:]
  private var byName: [String: [Int]] = [:]
  private var byPlenum: [String: [Int]] = [:]
  /// Law names (folded), longest first, for reading "Luật …" in text.
  private(set) var lawNames: [String] = []
  /// The same as the scalars a text window matches.
  private(set) var lawNameLetters: [[Unicode.Scalar]] = []

  /// An empty registry.
  public init() {}

  /// The registry shipped with LegalRef (see `RegistryData`).
  public static let builtIn: Registry = {
    do {
      return try Registry(tsv: RegistryData.tsv, origin: "built-in")
    } catch {
      preconditionFailure("the built-in registry is malformed: \(error)")
    }
  }()

  /// Reads a registry from TSV text; `origin` names it in messages.
  public init(tsv: String, origin: String) throws(RegistryError) {
    // Lines and fields are cut on bytes ("\n", "\t" and "\r" are single bytes in UTF-8), not characters.
    var lines = Self.split(tsv, on: 0x0A).map { line -> String in
      line.utf8.last == 0x0D ? String(line.dropLast()) : line
    }
    // The built-in table is indented in its Swift literal.
    lines = lines.map { $0.utf8.starts(with: "    ".utf8) ? String($0.dropFirst(4)) : $0 }
    guard let headerIndex = lines.firstIndex(where: { !$0.isEmpty && !$0.hasPrefix("#") }) else {
      throw .missingColumn(path: origin, column: "number")
    }
    let header = Self.split(lines[headerIndex], on: 0x09).map { Self.trimmed($0).lowercased() }
    var col: [String: Int] = [:]
    for (i, h) in header.enumerated() { col[h] = i }
    for required in ["number", "type", "issuer", "date", "title"] where col[required] == nil {
      throw .missingColumn(path: origin, column: required)
    }
    for index in (headerIndex + 1)..<lines.count {
      let line = lines[index]
      if Self.trimmed(line).isEmpty || line.hasPrefix("#") { continue }
      let fields = Self.split(line, on: 0x09).map(Self.trimmed)
      func field(_ name: String) -> String {
        guard let i = col[name], i < fields.count else { return "" }
        return fields[i]
      }
      let lineNumber = index + 1
      guard let number = DocumentNumberParser.parse(field("number")) else {
        throw .malformedRow(
          path: origin, line: lineNumber, reason: "'\(field("number"))' is not a number and symbol")
      }
      guard let date = DocumentNumberParser.isoDate(field("date")) else {
        throw .malformedRow(
          path: origin, line: lineNumber, reason: "'\(field("date"))' is not a date (yyyy-mm-dd)")
      }
      for required in ["type", "issuer", "title"] where field(required).isEmpty {
        throw .malformedRow(path: origin, line: lineNumber, reason: "the \(required) is empty")
      }
      let term = field("term")
      if !term.isEmpty, RomanNumeral.canonical(term) == nil {
        throw .malformedRow(
          path: origin, line: lineNumber, reason: "'\(term)' is not a term in roman numerals")
      }
      let aliases = Self.split(field("aliases"), on: UInt8(ascii: "|")).map(Self.trimmed).filter {
        !$0.isEmpty
      }
      add(
        RegistryEntry(
          number: number, type: field("type"), issuer: field("issuer"), date: date,
          term: term.isEmpty ? nil : RomanNumeral.canonical(term), title: field("title"),
          aliases: aliases, source: field("source"), origin: origin, line: lineNumber))
    }
    lawNameLetters = lawNames.map(TextWindow.letters)
  }

  /// The pieces of `text` between the bytes `separator` (an ASCII byte), empty pieces included.
  static func split(_ text: String, on separator: UInt8) -> [String] {
    var pieces: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for i in 0..<bytes.count where bytes[i] == separator {
        pieces.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        start = i + 1
      }
      pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
    }
    return pieces
  }

  /// `text` without the white space at either end, as `trimmingCharacters(in: .whitespaces)` trims it (tabs and
  /// the space separators, Unicode category Zs).
  static func trimmed(_ text: String) -> String {
    func isSpace(_ s: Unicode.Scalar) -> Bool {
      s == " " || s == "\t" || (!s.isASCII && s.properties.generalCategory == .spaceSeparator)
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return text }
    if !isSpace(first) && !isSpace(last) { return text }
    guard let lo = scalars.firstIndex(where: { !isSpace($0) }),
      let hi = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[lo...hi])
  }

  /// Reads a registry file.
  public static func load(path: String) throws(RegistryError) -> Registry {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
      throw .cannotRead(path: path, reason: reason)
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .cannotRead(path: path, reason: "not UTF-8 text")
    }
    return try Registry(tsv: text.precomposedStringWithCanonicalMapping, origin: path)
  }

  /// This registry with `other`'s entries added; an entry of `other` with the same number and period as one here
  /// replaces it.
  public func adding(_ other: Registry) -> Registry {
    var out = Registry()
    let replaced = Set(other.entries.map { $0.number.description + "@" + ($0.period ?? "") })
    for e in entries where !replaced.contains(e.number.description + "@" + (e.period ?? "")) {
      out.add(e)
    }
    for e in other.entries { out.add(e) }
    out.lawNameLetters = out.lawNames.map(TextWindow.letters)
    return out
  }

  private mutating func add(_ e: RegistryEntry) {
    let i = entries.count
    entries.append(e)
    byNumber[e.number.description, default: []].append(i)
    let foldedAliases = e.aliases.map(Self.fold)
    var names = Set(foldedAliases)
    if let law = e.lawName { names.insert(Self.fold(law)) }
    for n in names { byName[n, default: []].append(i) }
    let plenums = Set(
      foldedAliases.compactMap { PlenumName.parse(folded: $0) }.map {
        Self.plenumKey(e.type, $0.plenum, $0.term)
      })
    for key in plenums { byPlenum[key, default: []].append(i) }
    if let law = e.lawName {
      let folded = Self.fold(law)
      if !lawNames.contains(folded) {
        lawNames.append(folded)
        lawNames.sort {
          $0.utf8.count > $1.utf8.count || ($0.utf8.count == $1.utf8.count && $0 < $1)
        }
      }
    }
  }

  static func plenumKey(_ type: String, _ plenum: Int, _ term: String) -> String {
    "\(type)|\(plenum)|\(term)"
  }

  // MARK: Look-ups

  /// The entries with this number (several when a Party number repeats across terms, or a State one across years).
  public func entries(number: DocumentNumber) -> [RegistryEntry] {
    (byNumber[number.description] ?? []).map { entries[$0] }
  }

  /// The entry with this number and period (the graph's Party term or year), or the only one when `period` is nil
  /// and there is one.
  public func entry(number: DocumentNumber, period: String?) -> RegistryEntry? {
    let list = entries(number: number)
    if let period { return list.first { $0.period == period } }
    return list.count == 1 ? list[0] : nil
  }

  /// The entries cited by this name or alias (case, spacing and tone placement do not matter).
  public func entries(named name: String) -> [RegistryEntry] {
    (byName[Self.fold(name)] ?? []).map { entries[$0] }
  }

  /// The entries of this type adopted at this plenum of this term ("Nghị quyết", 8, "XI").
  public func entries(type: String, plenum: Int, term: String) -> [RegistryEntry] {
    (byPlenum[Self.plenumKey(type, plenum, term)] ?? []).map { entries[$0] }
  }

  /// Text folded for comparison: lowercased, tone placement made uniform, runs of spaces made one.
  public static func fold(_ text: String) -> String {
    let lowered = ToneMarks.fold(TextCase.lowercased(text))
    // Most names have single spaces between their words and none at either end: splitting and joining them would
    // give them back unchanged.
    var plain = true
    var previous: UInt8 = 0x20
    for b in lowered.utf8 {
      if b == 0x09 || b == 0x0A || (b == 0x20 && previous == 0x20) {
        plain = false
        break
      }
      previous = b
    }
    if plain && previous != 0x20 { return lowered }
    return lowered.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(
      separator: " ")
  }
}
