import Foundation

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
    let text = try String(
      contentsOf: folder.appendingPathComponent("expected/\(name)"), encoding: .utf8)
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
  static func prefix(of path: String) -> String {
    String(URL(fileURLWithPath: path).lastPathComponent.prefix(3))
  }
}
