/// The table of corpus documents: what each file is.
public enum DocumentTable {
  /// The TSV columns, in order.
  public static let columns = [
    "file", "id", "type", "issuer", "branch", "level", "jurisdiction", "district", "commune",
    "date", "title",
  ]

  /// TSV with a header row, one row per file.
  public static func tsv(_ rows: [(path: String, profile: DocumentProfile)]) -> String {
    var out = columns.joined(separator: "\t") + "\n"
    for (path, p) in rows {
      let fields = [
        path, p.number?.description ?? "", p.type ?? "", p.issuer ?? "", p.branch?.rawValue ?? "",
        p.level?.rawValue ?? "", p.jurisdiction ?? "", p.district ?? "", p.commune ?? "",
        p.date?.description ?? "",
        p.title ?? "",
      ]
      out += fields.map(TSV.clean).joined(separator: "\t") + "\n"
    }
    return out
  }
}

/// TSV field cleaning shared by the TSV writers.
enum TSV {
  /// Tabs and line breaks inside a field become spaces.
  static func clean(_ field: String) -> String {
    if !field.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return field }
    var out: [UInt8] = []
    out.append(tsvField: field)
    return String(decoding: out, as: UTF8.self)
  }
}
