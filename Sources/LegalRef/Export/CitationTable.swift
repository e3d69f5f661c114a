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
    batchedBytes(scans, format: .tsv, warnings: [], threads: threads, drain: drain)
  }

  /// The table of `scans` in `format`, the rows of a few hundred files at a time made in parallel across files.
  private static func batchedBytes(
    _ scans: [FileScan], format: Format, warnings: [Warning], threads: Int?, drain: ByteDrain?
  ) -> [UInt8] {
    var writer = Writer(format: format)
    let batch = 256
    var from = 0
    while from < scans.count {
      let to = min(scans.count, from + batch)
      for piece in parallelMap(Array(from..<to), threads: threads, { rows(scans[$0], format) }) {
        writer.add(rows: piece)
        if let drain, writer.out.count >= drain.pieceSize { drain.take(&writer.out) }
      }
      from = to
    }
    writer.finish(warnings: warnings)
    return writer.out
  }

  /// The two forms of the table.
  public enum Format: String, Sendable {
    case tsv
    case json
  }

  /// One file's rows in `format` (for JSON, each row after its ",\n    ").
  static func rows(_ scan: FileScan, _ format: Format) -> [UInt8] {
    switch format {
    case .tsv: return tsvRows(scan)
    case .json: return jsonRows(scan)
    }
  }

  /// The table put together from each file's rows, in order: the header first, and for JSON the brackets and the
  /// warnings at the end.
  struct Writer {
    let format: Format
    var out: [UInt8] = []
    private var wroteRow = false

    init(format: Format) {
      self.format = format
      switch format {
      case .tsv:
        out.append(text: columns.joined(separator: "\t"))
        out.append(0x0A)
      case .json:
        out.append(literal: "{\n  \"schemaVersion\": 1,\n  \"citations\": ")
      }
    }

    mutating func add(rows piece: [UInt8]) {
      guard !piece.isEmpty else { return }
      if format == .tsv || wroteRow {
        out.append(contentsOf: piece)
      } else {
        // The first row's comma is left out.
        out.append(UInt8(ascii: "["))
        out.append(contentsOf: piece[1...])
        wroteRow = true
      }
    }

    /// Ends the table; `warnings` are written into the JSON.
    mutating func finish(warnings: [Warning]) {
      guard format == .json else { return }
      out.append(literal: wroteRow ? "\n  ]" : "[]")
      out.append(literal: ",\n  \"warnings\": ")
      let warningValues: [JSONValue] = warnings.map {
        .object([("file", .string($0.file)), ("message", .string($0.message))])
      }
      JSONValue.array(warningValues).write(into: &out, indent: 1)
      out.append(literal: "\n}\n")
    }
  }

  /// One file's rows.
  static func tsvRows(_ scan: FileScan) -> [UInt8] {
    let citations = scan.result.citations
    var out: [UInt8] = []
    guard !citations.isEmpty else { return out }
    out.reserveCapacity(citations.count * 200)
    // The file's field, made once for all its rows.
    var path: [UInt8] = []
    path.append(tsvField: scan.path)
    path.append(0x09)
    for c in citations {
      out.append(contentsOf: path)
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
    String(decoding: jsonBytes(scans, warnings: warnings, threads: 1, drain: nil), as: UTF8.self)
  }

  /// The JSON of `json(_:warnings:)`, handed to `sink` in pieces of about a megabyte, in order, as it is made; the
  /// rows of a few hundred files at a time are made in parallel across files.
  public static func writeJSON(
    _ scans: [FileScan], warnings: [Warning], threads: Int?,
    to sink: @escaping (UnsafeRawBufferPointer) -> Void
  ) {
    let drain = ByteDrain(sink)
    var rest = jsonBytes(scans, warnings: warnings, threads: threads, drain: drain)
    drain.take(&rest)
  }

  /// The JSON's bytes, pretty-printed exactly as `JSONValue.rendered()` prints the whole object, but with each
  /// row made only when it is written (the table never exists as values all at once).
  static func jsonBytes(
    _ scans: [FileScan], warnings: [Warning], threads: Int?, drain: ByteDrain?
  ) -> [UInt8] {
    batchedBytes(scans, format: .json, warnings: warnings, threads: threads, drain: drain)
  }

  /// One file's JSON rows, each written after ",\n    " (the separator and the indentation of an array item two
  /// levels in).
  static func jsonRows(_ scan: FileScan) -> [UInt8] {
    var piece: [UInt8] = []
    for c in scan.result.citations {
      piece.append(literal: ",\n    ")
      row(scan.path, c).write(into: &piece, indent: 2)
    }
    return piece
  }

  /// One citation's row of the JSON.
  static func row(_ path: String, _ c: Citation) -> JSONValue {
    .object([
      ("file", .string(path)),
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
    ])
  }
}
