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
    String(decoding: tsvBytes(scans, threads: 1, drain: nil), as: UTF8.self)
  }

  /// The TSV of `tsv(_:)`, handed to `sink` in pieces of about a megabyte, in order, as it is made: a large table
  /// is never one buffer. The rows of a few hundred files at a time are made in parallel across files.
  public static func writeTSV(
    _ scans: [FileScan], threads: Int?, to sink: @escaping (UnsafeRawBufferPointer) -> Void
  ) {
    let drain = ByteDrain(sink)
    var rest = tsvBytes(scans, threads: threads, drain: drain)
    drain.take(&rest)
  }

  /// The TSV's bytes, handed to `drain` as they pass its piece size when one is given (the rest is returned), as
  /// the other large writers do.
  static func tsvBytes(_ scans: [FileScan], threads: Int?, drain: ByteDrain?) -> [UInt8] {
    var out: [UInt8] = []
    out.append(text: columns.joined(separator: "\t"))
    out.append(0x0A)
    let batch = 256
    var from = 0
    while from < scans.count {
      let to = min(scans.count, from + batch)
      for piece in parallelMap(Array(from..<to), threads: threads, { tsvRows(scans[$0]) }) {
        out.append(contentsOf: piece)
        if let drain, out.count >= drain.pieceSize { drain.take(&out) }
      }
      from = to
    }
    return out
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
