/// `legalref scan` as one job: the files are read and scanned in parallel, each file's rows are made on the thread
/// that scanned it, and the table is written in input order as soon as a file and every file before it are done.
/// Memory then holds the rows of a few hundred files, not the whole corpus's table (a national corpus of 150,000
/// documents has millions of citations), and the output is byte for byte that of ``CitationTable/writeTSV``
/// and ``CitationTable/writeJSON`` over ``CorpusScan/run``.
public enum StreamedScan {
  /// What is kept of one file once its rows are made.
  public struct FileSummary: Sendable {
    /// The file's path.
    public var path: String
    /// The warnings about it, each message starting with the path (as on stderr and in the JSON).
    public var warnings: [CitationTable.Warning]
    /// The number of citations found.
    public var citations: Int
    /// Why it was skipped, if it was.
    public var error: TextError?
  }

  /// Scans `files` and hands the table to `sink` in pieces of about a megabyte, in order. `onFile` is called on the
  /// calling thread for each file in input order, before that file's rows are written (for its warnings);
  /// `leadingWarnings` and `trailingWarnings` are the JSON's warnings before and after the files'.
  public static func write(
    files: [String], format: CitationTable.Format, threads: Int?,
    leadingWarnings: [CitationTable.Warning] = [], trailingWarnings: [CitationTable.Warning] = [],
    onFile: (FileSummary) -> Void, to sink: @escaping (UnsafeRawBufferPointer) -> Void
  ) {
    let drain = ByteDrain(sink)
    var writer = CitationTable.Writer(format: format)
    var warnings = leadingWarnings
    orderedStream(files, threads: threads) { path -> (FileSummary, [UInt8]) in
      let scan = CorpusScan.scanOne(path)
      let rows = CitationTable.rows(scan, format)
      let summary = FileSummary(
        path: path, warnings: scan.tableWarnings, citations: scan.result.citations.count,
        error: scan.error)
      return (summary, rows)
    } consume: { _, item in
      onFile(item.0)
      if format == .json { warnings += item.0.warnings }
      writer.add(rows: item.1)
      if writer.out.count >= drain.pieceSize { drain.take(&writer.out) }
    }
    writer.finish(warnings: warnings + trailingWarnings)
    drain.take(&writer.out)
  }
}

extension FileScan {
  /// ``warnings`` as the citation table and stderr show them: each message starts with the path.
  public var tableWarnings: [CitationTable.Warning] {
    warnings.map { .init(file: path, message: "\(path): \($0)") }
  }
}
