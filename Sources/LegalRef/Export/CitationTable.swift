/// The citation table of a scan, as TSV or JSON: one row per citation, in file then position order.
public enum CitationTable {
  /// A warning about one file, shown on stderr and kept in the JSON output.
  public struct Warning: Hashable, Sendable {
    /// The file the warning is about.
    public var file: String
    /// What happened.
    public var message: String

    /// Creates a warning.
    public init(file: String, message: String) {
      self.file = file
      self.message = message
    }
  }

  /// The TSV columns, in order.
  public static let columns = [
    "file", "line", "column", "id", "type", "date", "issuer", "subject", "surface", "diagnostics",
  ]

  /// TSV with a header row. Tabs and line breaks inside fields become spaces; diagnostics are joined with " | ".
  public static func tsv(_ scans: [FileScan]) -> String {
    var out = columns.joined(separator: "\t") + "\n"
    for scan in scans {
      for c in scan.result.citations {
        let fields = [
          scan.path, String(c.position.line), String(c.position.column), c.number.description,
          c.typeName ?? "",
          c.date?.description ?? "", c.issuer ?? "", c.subject ?? "", c.surface,
          c.diagnostics.map(\.description).joined(separator: " | "),
        ]
        out += fields.map(TSV.clean).joined(separator: "\t") + "\n"
      }
    }
    return out
  }

  /// `{"schemaVersion": 1, "citations": [...], "warnings": [...]}`.
  public static func json(_ scans: [FileScan], warnings: [Warning]) -> String {
    var rows: [JSONValue] = []
    for scan in scans {
      for c in scan.result.citations {
        rows.append(
          .object([
            ("file", .string(scan.path)),
            ("line", .int(c.position.line)),
            ("column", .int(c.position.column)),
            ("id", .string(c.number.description)),
            ("shape", .string(c.number.shape.rawValue)),
            ("type", .optional(c.typeName)),
            ("date", .optional(c.date?.description)),
            ("issuer", .optional(c.issuer)),
            ("subject", .optional(c.subject)),
            ("surface", .string(c.surface)),
            (
              "diagnostics",
              .array(
                c.diagnostics.map {
                  .object([("kind", .string($0.kind.rawValue)), ("message", .string($0.message))])
                })
            ),
          ]))
      }
    }
    let warningValues: [JSONValue] = warnings.map {
      .object([("file", .string($0.file)), ("message", .string($0.message))])
    }
    return JSONValue.object([
      ("schemaVersion", .int(1)), ("citations", .array(rows)), ("warnings", .array(warningValues)),
    ]).rendered()
  }
}
