import Foundation

/// What a user states about corpus files, overriding what the text suggests: a TSV file with a header row naming a
/// `file` column and any of `id type issuer branch level jurisdiction district date title`, or a JSON file
/// `{"documents": [{"file": …, "level": …}]}`. A file is matched by its path as given, else by its name.
public struct Manifest: Sendable {
  /// One file's stated fields (nil where the manifest says nothing).
  public struct Entry: Sendable, Equatable {
    public var fields: [String: String]

    /// The profile with every stated field replaced.
    public func applied(to profile: DocumentProfile) -> DocumentProfile {
      var p = profile
      if let v = fields["id"] {
        if let n = DocumentNumberParser.parse(v) { p.number = n }
      }
      if let v = fields["type"] { p.type = v }
      if let v = fields["issuer"] { p.issuer = v }
      if let v = fields["branch"], let b = Branch(rawValue: v) { p.branch = b }
      if let v = fields["level"], let l = Level(rawValue: v) { p.level = l }
      if let v = fields["jurisdiction"] { p.jurisdiction = v == "?" ? nil : v }
      if let v = fields["district"] { p.district = v }
      if let v = fields["date"], let d = DocumentNumberParser.isoDate(v) {
        p.date = DocumentDate(d)
      }
      if let v = fields["title"] { p.title = v }
      if p.level == .central { p.jurisdiction = nil }
      return p
    }
  }

  /// The fields a manifest may state.
  public static let fieldNames: Set<String> = [
    "id", "type", "issuer", "branch", "level", "jurisdiction", "district", "date", "title",
  ]

  private var byPath: [String: Entry] = [:]
  private var byName: [String: Entry] = [:]

  /// Reads a manifest file (TSV, or JSON when it starts with "{").
  public init(path: String) throws(ManifestError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path)
    }
    let text = String(decoding: data, as: UTF8.self)
    if text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\u{FEFF}" }).first == "{" {
      guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let docs = object["documents"] as? [[String: Any]]
      else { throw .malformed(path: path, reason: "expected {\"documents\": [{\"file\": …}]}") }
      for (k, doc) in docs.enumerated() {
        guard let file = doc["file"] as? String else {
          throw .malformed(path: path, reason: "document \(k + 1) has no \"file\"")
        }
        var fields: [String: String] = [:]
        for (key, value) in doc where Self.fieldNames.contains(key) {
          // In NFC, as the texts are (a type, issuer or place is compared with theirs by its bytes).
          if let s = value as? String, !s.isEmpty {
            fields[key] = s.precomposedStringWithCanonicalMapping
          }
        }
        add(file, Entry(fields: fields))
      }
      return
    }
    var lines = text.split(whereSeparator: \.isNewline).map(String.init).filter {
      !$0.hasPrefix("#")
    }
    guard !lines.isEmpty else { return }
    let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")
    }
    guard let fileColumn = header.firstIndex(of: "file") else {
      throw .malformed(path: path, reason: "the header row has no 'file' column")
    }
    for (n, line) in lines.enumerated() {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fileColumn < cells.count, !cells[fileColumn].isEmpty else {
        throw .malformed(path: path, reason: "row \(n + 2) has no file")
      }
      var fields: [String: String] = [:]
      for (k, name) in header.enumerated() where Self.fieldNames.contains(name) && k < cells.count {
        let v = cells[k].trimmingCharacters(in: .whitespaces)
        if !v.isEmpty { fields[name] = v.precomposedStringWithCanonicalMapping }
      }
      add(cells[fileColumn], Entry(fields: fields))
    }
  }

  private mutating func add(_ file: String, _ entry: Entry) {
    byPath[file] = entry
    byName[(file as NSString).lastPathComponent] = entry
  }

  /// The entry for a corpus path, by full path then by file name.
  public func entry(for path: String) -> Entry? {
    byPath[path] ?? byName[(path as NSString).lastPathComponent]
  }
}

/// A manifest that cannot be used.
public enum ManifestError: Error, CustomStringConvertible, Equatable {
  /// The manifest file cannot be read.
  case unreadable(path: String)
  /// The manifest's content is not in either format.
  case malformed(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path): return "cannot read manifest '\(path)'"
    case .malformed(let path, let reason): return "manifest '\(path)' is malformed: \(reason)"
    }
  }
}
