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
    var threads: Int?
    if let t = parsed.value("--threads") {
      guard let n = Int(t), n >= 1 else {
        throw UsageError(description: "--threads needs a positive number")
      }
      threads = n
    }
    guard !parsed.positional.isEmpty else {
      throw UsageError(description: "scan needs at least one PATH")
    }

    let input = InputFiles.collect(parsed.positional)
    let scans = CorpusScan.run(files: input.files, threads: threads)
    var warnings: [CitationTable.Warning] = input.problems.map {
      .init(file: $0.path, message: $0.description)
    }
    for scan in scans {
      warnings += scan.warnings.map { .init(file: scan.path, message: "\(scan.path): \($0)") }
    }
    if input.ignoredCount > 0 {
      let kinds = input.ignoredExtensions.keys.sorted().map { $0.isEmpty ? "(none)" : "." + $0 }
      warnings.append(
        .init(
          file: "",
          message:
            "note: ignored \(input.ignoredCount) file(s) with other extensions (\(kinds.joined(separator: ", ")))"
        ))
    }
    if !parsed.flag("--quiet") {
      for w in warnings { Console.error("legalref: \(w.message)") }
    }
    Console.raw(
      format == "json" ? CitationTable.json(scans, warnings: warnings) : CitationTable.tsv(scans))
    let failed =
      input.problems.contains { $0.isFailure }
      || scans.contains { if case .unreadable = $0.error { true } else { false } }
    return failed ? ExitStatus.failure : ExitStatus.success
  }
}
