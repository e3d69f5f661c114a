import LegalRef

/// `legalref documents PATH...`: what each file is.
enum DocumentsCommand {
  static let help = """
    USAGE: legalref documents PATH... [--threads N] [--quiet]

    Tells what each document is, from its text alone: its own number, type,
    issuer, branch (party/state), level (central/province/district/commune),
    jurisdiction (province or centrally-run city), district, date (">=" when the
    text gives none: on or after the newest document it cites) and title.
    One TSV row per file, with a header row.

    EXAMPLE:
      legalref documents ../shared/seeds
    """

  static func run(_ args: [String]) throws -> Int32 {
    let parsed = try Arguments(args, valued: ["--threads"], flagNames: ["-h", "--help", "--quiet"])
    if parsed.flag("-h") || parsed.flag("--help") {
      Console.out(help)
      return ExitStatus.success
    }
    guard !parsed.positional.isEmpty else {
      throw UsageError(description: "documents needs at least one PATH")
    }
    let input = InputFiles.collect(parsed.positional)
    // Each document is told on the worker that read it, and its text let go there.
    let read = CorpusScan.profiles(files: input.files, threads: try threads(parsed))
    KeptUntilExit.keep(read)
    let scans = read.map(\.scan)
    report(input: input, scans: scans, quiet: parsed.flag("--quiet"))
    let rows = read.compactMap { r in r.profile.map { (path: r.scan.path, profile: $0) } }
    Console.raw(DocumentTable.tsv(rows))
    return exitStatus(input: input, scans: scans)
  }
}
