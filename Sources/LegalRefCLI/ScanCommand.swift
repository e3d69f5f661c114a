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
    let quiet = parsed.flag("--quiet")
    // Each file's rows are written as soon as it and the files before it are scanned (a megabyte at a time), and
    // its warnings shown just before them: memory holds a few hundred files' rows, not the whole table.
    let leading = inputWarnings(input)
    let trailing = ignoredNote(input)
    if !quiet { for w in leading { Console.error("legalref: \(w.message)") } }
    var unreadable = false
    StreamedScan.write(
      files: input.files, format: format == "json" ? .json : .tsv, threads: try threads(parsed),
      leadingWarnings: leading, trailingWarnings: trailing,
      onFile: { file in
        if case .unreadable = file.error { unreadable = true }
        if !quiet { for w in file.warnings { Console.error("legalref: \(w.message)") } }
      }, to: { Console.raw(bytes: $0) })
    if !quiet { for w in trailing { Console.error("legalref: \(w.message)") } }
    return input.problems.contains(where: \.isFailure) || unreadable
      ? ExitStatus.failure : ExitStatus.success
  }
}
