import LegalRef

/// Options shared by the commands that analyse a corpus.
struct CorpusOptions {
  var parsed: Arguments
  var analysis: CorpusAnalysis
  var input: InputFiles

  static let valued: Set<String> = ["--format", "--manifest", "--registry", "--threads"]
  static let flags: Set<String> = ["-h", "--help", "--quiet"]

  /// Parses the arguments, reads the corpus and prints its warnings.
  static func load(
    _ args: [String], valued extra: Set<String> = [], flags extraFlags: Set<String> = [],
    formats: [String], help: String, minimumPaths: Int = 1
  ) throws -> CorpusOptions? {
    let parsed = try Arguments(
      args, valued: valued.union(extra), flagNames: flags.union(extraFlags))
    if parsed.flag("-h") || parsed.flag("--help") {
      Console.out(help)
      return nil
    }
    if let f = parsed.value("--format"), !formats.contains(f) {
      throw UsageError(
        description: "unknown format '\(f)' (expected \(formats.joined(separator: ", ")))")
    }
    guard parsed.positional.count >= minimumPaths else {
      throw UsageError(description: "a PATH is needed")
    }
    let manifest = try loadManifest(parsed)
    let paths = Array(parsed.positional.dropFirst(minimumPaths - 1))
    let input = InputFiles.collect(paths)
    let analysis = CorpusAnalysis.run(
      files: input.files, manifest: manifest, registry: try loadRegistry(parsed),
      threads: try threads(parsed), keepsScanCitations: false)
    KeptUntilExit.keep(analysis)
    report(input: input, scans: analysis.scans, quiet: parsed.flag("--quiet"))
    return CorpusOptions(parsed: parsed, analysis: analysis, input: input)
  }

  var format: String { parsed.value("--format") ?? "text" }
  var status: Int32 { exitStatus(input: input, scans: analysis.scans) }
}

/// The `LEVEL` option values.
func level(_ parsed: Arguments, _ name: String) throws -> Level? {
  guard let v = parsed.value(name) else { return nil }
  guard let l = Level(rawValue: v) else {
    throw UsageError(
      description: "\(name) takes central, province, district or commune, not '\(v)'")
  }
  return l
}

/// `legalref chains PATH... [--from LEVEL] [--to LEVEL] [--root ID] [--format text|markdown|json]`.
enum ChainsCommand {
  static let help = """
    USAGE: legalref chains PATH... [--from LEVEL] [--to LEVEL] [--root ID]
                           [--format text|markdown|json] [--manifest FILE]
                           [--registry FILE] [--quiet]

    Lists every maximal implementation chain: a document, the documents that
    implement it (or take it as their basis), the documents that implement
    those, never climbing a level. Chains are grouped by their root, with each
    step's number, type, level, province, date and the line that names the step
    above; under each root, the provinces it reached and the levels in each.

    OPTIONS:
      --from LEVEL   only chains whose root is at LEVEL (central, province,
                     district, commune)
      --to LEVEL     only chains that reach LEVEL or below
      --root ID      only the chains of this document (e.g. 05-CT/TW)
      --format F     text (default), markdown or json

    EXAMPLE:
      legalref chains ../shared/seeds --from central --format markdown
    """

  static func run(_ args: [String]) throws -> Int32 {
    guard
      let o = try CorpusOptions.load(
        args, valued: ["--from", "--to", "--root"], formats: ["text", "markdown", "json"],
        help: help)
    else { return ExitStatus.success }
    let g = o.analysis.graph
    var filter = ChainReport.Filter(
      from: try level(o.parsed, "--from"), to: try level(o.parsed, "--to"))
    if let id = o.parsed.value("--root") {
      let matches = g.nodes(matching: id)
      guard !matches.isEmpty else {
        throw UsageError(description: "no document '\(id)' in the graph")
      }
      filter.roots = Set(matches.map(\.key))
    }
    switch o.format {
    case "json": Console.raw(ChainReport.json(g, filter: filter))
    case "markdown": Console.raw(ChainReport.markdown(g, filter: filter))
    default: Console.raw(ChainReport.text(g, filter: filter))
    }
    return o.status
  }
}

/// `legalref audit PATH... [--strict] [--format text|markdown|json]`.
enum AuditCommand {
  static let help = """
    USAGE: legalref audit PATH... [--strict] [--format text|markdown|json]
                          [--manifest FILE] [--registry FILE] [--quiet]

    Reports what an inspector looks for:
      unfulfilled-mandate  an order to a named body to issue or carry out a
                           document that no corpus document of that body answers
      level-gap            a provincial document no district document of its
                           province implements; a district document implementing
                           a central one with no provincial document in between
      missing-document     documents cited but not in the corpus (what to collect)
      citation-defect      malformed symbols, normative documents without their
                           year, years contradicting dates, conflicting dates,
                           yearly numbers cited without a date
      temporal-anomaly     a document implementing one dated after it; cycles
      unidentified-reference  a reference without a number ("Chỉ thị của Bộ
                           Giáo dục và Đào tạo về nhiệm vụ năm học 2021-2022")
                           that no registry or corpus document fits, or several do
      registry-contradiction  a citation whose date, plenum, term or issuer
                           contradicts the registry of well-known documents
    Severity: error (a defect to fix), warning (a gap or an assumption), note.
    Text output: path:line:column: severity: message [category], then a hint.

    OPTIONS:
      --strict       exit status 1 when any finding is an error
      --format F     text (default), markdown or json
      --registry FILE  more well-known documents (see 'legalref registry --help')

    EXAMPLE:
      legalref audit ../shared/seeds --format markdown > audit.md
    """

  static func run(_ args: [String]) throws -> Int32 {
    guard
      let o = try CorpusOptions.load(
        args, flags: ["--strict"], formats: ["text", "markdown", "json"], help: help)
    else { return ExitStatus.success }
    let findings = Auditor.audit(
      o.analysis.documents, graph: o.analysis.graph, registry: o.analysis.registry)
    switch o.format {
    case "json": Console.raw(AuditReport.json(findings))
    case "markdown": Console.raw(AuditReport.markdown(findings, graph: o.analysis.graph))
    default: Console.raw(AuditReport.text(findings))
    }
    if o.parsed.flag("--strict"), findings.contains(where: { $0.severity == .error }) {
      return ExitStatus.failure
    }
    return o.status
  }
}

/// `legalref show ID PATH... [--depth N] [--format text|json]`.
enum ShowCommand {
  static let help = """
    USAGE: legalref show ID PATH... [--depth N] [--format text|json] [--manifest FILE]
                                    [--registry FILE]
                         [--quiet]

    One document's dependency report: what it is; what it rests on (what it
    cites, implements or takes as its basis, recursively to --depth levels,
    default 3); what rests on it (what cites or implements it, recursively);
    the implementation chains through it; the audit findings that involve it.
    ID is a number ("29-NQ/TW", "29 NQ/TW" works too), a graph key, the file
    name of a corpus document without a number of its own, or a name the
    registry knows ("Luật Giáo dục 2019", "Nghị quyết Trung ương 8 khóa XI").

    EXAMPLE:
      legalref show 29-NQ/TW ../shared/seeds
    """

  static func run(_ args: [String]) throws -> Int32 {
    guard
      let o = try CorpusOptions.load(
        args, valued: ["--depth"], formats: ["text", "json"], help: help, minimumPaths: 2)
    else { return ExitStatus.success }
    let id = o.parsed.positional[0]
    var depth = 3
    if let d = o.parsed.value("--depth") {
      guard let n = Int(d), n >= 1 else {
        throw UsageError(description: "--depth needs a positive number")
      }
      depth = n
    }
    let g = o.analysis.graph
    var matches = g.nodes(matching: id)
    if matches.isEmpty {
      matches = g.nodes.filter { n in n.file.map { $0 == id || $0.hasSuffix("/" + id) } ?? false }
    }
    if matches.isEmpty {
      // A name the registry knows ("Luật Giáo dục 2019", "Nghị quyết Trung ương 8 khóa XI").
      let named = o.analysis.registry.entries(named: id)
      matches = g.nodes.filter { n in
        n.number.map { number in
          named.contains { $0.number == number && ($0.period == nil || $0.period == n.period) }
        } ?? false
      }
    }
    guard !matches.isEmpty else {
      Console.error("legalref: error: no document '\(id)' in the graph of these files")
      return ExitStatus.failure
    }
    let findings = Auditor.audit(o.analysis.documents, graph: g, registry: o.analysis.registry)
    var texts: [String] = []
    for n in matches {
      guard let r = DependencyReport.make(n.key, graph: g, findings: findings, depth: depth) else {
        continue
      }
      texts.append(o.format == "json" ? ShowReport.json(r, graph: g) : ShowReport.text(r, graph: g))
    }
    Console.raw(texts.joined(separator: o.format == "json" ? "" : "\n"))
    return o.status
  }
}
