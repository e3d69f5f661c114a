import LegalRef

/// `legalref graph PATH... [-o FILE] [--format dot|json] [--manifest FILE]`.
enum GraphCommand {
  static let help = """
    USAGE: legalref graph PATH... [-o FILE] [--format dot|json] [--manifest FILE]
                          [--registry FILE] [--threads N] [--quiet]

    Builds the reference graph of the documents given (folders are read
    recursively for .txt files): one node per document, in the corpus or only
    cited, and one edge per relation (basis, implements, guides, amends,
    replaces, repeals, cites) with its evidence.

    OPTIONS:
      -o, --output FILE   write to FILE (atomically) instead of stdout
      --format dot|json   Graphviz DOT (default) or JSON
                          ({"schemaVersion": 1, "nodes": [...], "edges": [...]})
      --manifest FILE     a TSV or JSON file stating any of id, type, issuer,
                          branch, level, jurisdiction, district, date, title per
                          file; it overrides what the text suggests
      --registry FILE     more well-known documents (TSV, the built-in
                          registry's format: see 'legalref registry --help')
      --threads N         files read in parallel (default: every core)
      --quiet             no warnings on stderr

    EXAMPLES:
      legalref graph ../shared/seeds -o seeds.dot && dot -Tsvg seeds.dot -o seeds.svg
      legalref graph --format json corpus/ > graph.json
      legalref graph ../shared/seeds --focus 29-NQ/TW --downstream --depth 2

    """ + ViewOptions.help

  static func run(_ args: [String]) throws -> Int32 {
    let parsed = try Arguments(
      args,
      valued: Set(["--format", "-o", "--output", "--manifest", "--registry", "--threads"]).union(
        ViewOptions.valued),
      flagNames: Set(["-h", "--help", "--quiet"]).union(ViewOptions.flags))
    if parsed.flag("-h") || parsed.flag("--help") {
      Console.out(help)
      return ExitStatus.success
    }
    let format = parsed.value("--format") ?? "dot"
    guard format == "dot" || format == "json" else {
      throw UsageError(description: "unknown format '\(format)' (expected dot or json)")
    }
    guard !parsed.positional.isEmpty else {
      throw UsageError(description: "graph needs at least one PATH")
    }
    let manifest = try loadManifest(parsed)
    let input = InputFiles.collect(parsed.positional)
    let analysis = CorpusAnalysis.run(
      files: input.files, manifest: manifest, registry: try loadRegistry(parsed),
      threads: try threads(parsed), keepsScanCitations: false)
    KeptUntilExit.keep(analysis)
    report(input: input, scans: analysis.scans, quiet: parsed.flag("--quiet"))
    let graph = try ViewOptions.parse(parsed, graph: analysis.graph).apply(analysis.graph)
    let output = format == "json" ? GraphJSON.render(graph) : DOTWriter.render(graph)
    if let path = parsed.value("-o") ?? parsed.value("--output") {
      try AtomicWriter.write(output, to: path)
    } else {
      Console.raw(output)
    }
    return exitStatus(input: input, scans: analysis.scans)
  }
}

/// The `--registry FILE` option: the built-in registry with the file's entries added.
func loadRegistry(_ parsed: Arguments) throws -> Registry {
  guard let path = parsed.value("--registry") else { return .builtIn }
  return Registry.builtIn.adding(try Registry.load(path: path))
}

/// The `--manifest FILE` option.
func loadManifest(_ parsed: Arguments) throws -> Manifest? {
  guard let path = parsed.value("--manifest") else { return nil }
  return try Manifest(path: path)
}
