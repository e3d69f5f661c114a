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
    var out: [UInt8] = []
    writeTSV(scans, threads: 1) { out.append(contentsOf: $0) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The TSV of `tsv(_:)`, handed to `sink` in pieces in order: the header, then the rows of a few hundred files
  /// at a time, each piece's rows made in parallel across files. A large table is never one buffer.
  public static func writeTSV(
    _ scans: [FileScan], threads: Int?, to sink: (UnsafeRawBufferPointer) -> Void
  ) {
    var header: [UInt8] = []
    header.append(text: columns.joined(separator: "\t"))
    header.append(0x0A)
    header.withUnsafeBytes { sink($0) }
    let batch = 256
    var from = 0
    while from < scans.count {
      let to = min(scans.count, from + batch)
      let pieces = parallelMap(Array(from..<to), threads: threads) { tsvRows(scans[$0]) }
      for piece in pieces { piece.withUnsafeBytes { sink($0) } }
      from = to
    }
  }

  /// One file's rows.
  static func tsvRows(_ scan: FileScan) -> [UInt8] {
    let citations = scan.result.citations
    var out: [UInt8] = []
    guard !citations.isEmpty else { return out }
    out.reserveCapacity(citations.count * 200)
    for c in citations {
      out.append(tsvField: scan.path)
      out.append(0x09)
      out.append(decimal: c.position.line)
      out.append(0x09)
      out.append(decimal: c.position.column)
      out.append(0x09)
      out.append(number: c.number)
      out.append(0x09)
      if let t = c.typeName { out.append(tsvField: t) }
      out.append(0x09)
      if let d = c.date { out.append(date: d) }
      out.append(0x09)
      if let i = c.issuer { out.append(tsvField: i) }
      out.append(0x09)
      if let s = c.subject { out.append(tsvField: s) }
      out.append(0x09)
      out.append(tsvField: c.surface)
      out.append(0x09)
      for (k, d) in c.diagnostics.enumerated() {
        if k > 0 { out.append(literal: " | ") }
        out.append(tsvField: d.description)
      }
      out.append(0x0A)
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
