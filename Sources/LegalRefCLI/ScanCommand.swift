import LegalRef

/// `legalref scan PATH... [--format tsv|json]`.
enum ScanCommand {
  static let help = """
    USAGE: legalref scan PATH... [--format tsv|json] [--threads N] [--quiet]

    Lists every citation of a numbered document in the files given (folders are
    read recursively for .txt files), one row per citation, in file then position
    order.

    OPTIONS:
      --format tsv|json  tsv (default, with a header row) or json
                         ({"schemaVersion": 1, "citations": [...], "warnings": [...]})
      --threads N        files read in parallel (default: every core)
      --quiet            no warnings on stderr (they stay in the JSON)
      -h, --help         show this help

    EXIT STATUS: 0 done; 1 a path could not be read; 64 usage error.

    EXAMPLE:
      legalref scan ../shared/seeds --format json
    """

  static func run(_ args: [String]) throws -> Int32 {
    let parsed = try Arguments(
      args, valued: ["--format", "--threads"], flagNames: ["-h", "--help", "--quiet"])
    if parsed.flag("-h") || parsed.flag("--help") {
      Console.out(help)
      return ExitStatus.success
    }
    let format = parsed.value("--format") ?? "tsv"
    guard format == "tsv" || format == "json" else {
      throw UsageError(description: "unknown format '\(format)' (expected tsv or json)")
    }
    guard !parsed.positional.isEmpty else {
      throw UsageError(description: "scan needs at least one PATH")
    }

    let input = InputFiles.collect(parsed.positional)
    let scans = CorpusScan.run(files: input.files, threads: try threads(parsed), keepText: false)
    KeptUntilExit.keep(scans)
    let warnings = report(input: input, scans: scans, quiet: parsed.flag("--quiet"))
    // Written a megabyte at a time as the rows are made.
    if format == "json" {
      CitationTable.writeJSON(scans, warnings: warnings, threads: try threads(parsed)) {
        Console.raw(bytes: $0)
      }
    } else {
      CitationTable.writeTSV(scans, threads: try threads(parsed)) { Console.raw(bytes: $0) }
    }
    return exitStatus(input: input, scans: scans)
  }
}
