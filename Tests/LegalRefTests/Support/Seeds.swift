import Foundation

/// A folder of documents with the tables a careful reader made of them (`expected/citations.tsv`, `documents.tsv`).
struct ExpectedCorpus: Sendable {
  /// The folder holding the .txt files.
  var folder: URL
  /// The folder holding the expected tables.
  var expected: URL

  /// The five real seed documents in ../shared/seeds (never copied into the project).
  static let seeds = ExpectedCorpus(
    folder: Seeds.folder, expected: Seeds.folder.appendingPathComponent("expected"))
  /// The sample corpus written for this project, in graphs/sample.
  static let sample = ExpectedCorpus(
    folder: Seeds.packageRoot.appendingPathComponent("graphs/sample/corpus"),
    expected: Seeds.packageRoot.appendingPathComponent("graphs/sample/expected"))

  /// The text files, sorted.
  var files: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map {
      folder.appendingPathComponent($0).path
    }
  }

  /// The rows of an expected table (comments dropped), keyed by column name.
  func table(_ name: String) throws -> [[String: String]] {
    try Seeds.parseTable(
      try String(contentsOf: expected.appendingPathComponent(name), encoding: .utf8))
  }

  /// The document prefix of a file: the part of its name before the first "_" ("000", "01").
  static func prefix(of path: String) -> String {
    String(URL(fileURLWithPath: path).lastPathComponent.prefix { $0 != "_" })
  }
}

/// The five seed documents and their expected tables, read from ../shared/seeds beside the package (never copied
/// into the project).
enum Seeds {
  /// The package root: three levels up from this file (Tests/LegalRefTests/Support).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// ../shared/seeds.
  static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

  /// The seed text files, sorted.
  static var files: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map {
      folder.appendingPathComponent($0).path
    }
  }

  /// The rows of an expected TSV table (comments and the header dropped), as dictionaries keyed by column name.
  static func table(_ name: String) throws -> [[String: String]] {
    try ExpectedCorpus.seeds.table(name)
  }

  /// Parses a tab-separated table with a header row; lines starting with "#" are comments.
  static func parseTable(_ text: String) throws -> [[String: String]] {
    var header: [String]?
    var rows: [[String: String]] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true)
    where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard let h = header else {
        header = fields
        continue
      }
      var row: [String: String] = [:]
      for (k, name) in h.enumerated() { row[name] = k < fields.count ? fields[k] : "" }
      rows.append(row)
    }
    return rows
  }

  /// The document prefix ("000") of a seed file path.
  static func prefix(of path: String) -> String { ExpectedCorpus.prefix(of: path) }
}
