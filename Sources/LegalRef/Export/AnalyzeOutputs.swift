/// The files `legalref analyze` writes, by format name, and how they are made from one analysis.
public enum AnalyzeOutputs {
  /// Format names, in the order they are written, with their files.
  public static let formats: [(name: String, files: [String])] = [
    ("dot", ["graph.dot"]), ("svg", ["graph.svg"]), ("json", ["graph.json"]),
    ("graphml", ["graph.graphml"]),
    ("mermaid", ["graph.mmd"]), ("csv", ["nodes.csv", "edges.csv"]), ("chains", ["chains.md"]),
    ("audit", ["audit.md"]), ("citations", ["citations.tsv"]), ("html", ["report.html"]),
  ]

  /// Above this many nodes Graphviz takes too long: the drawing shows an overview instead.
  public static let overviewThreshold = 1_500

  /// The overview of a large graph: every cited-only document folded into one node per level and province.
  public static func overview(_ g: ReferenceGraph) -> ReferenceGraph {
    var v = GraphView()
    v.collapseAllCitedOnly = true
    return v.apply(g)
  }

  /// The text files (everything but the SVG and the HTML, which need the drawing), with the formats they belong
  /// to, largest first.
  static let textFiles: [(format: String, file: String)] = [
    ("dot", "graph.dot"), ("json", "graph.json"), ("graphml", "graph.graphml"),
    ("mermaid", "graph.mmd"), ("csv", "nodes.csv"), ("csv", "edges.csv"), ("chains", "chains.md"),
    ("audit", "audit.md"), ("citations", "citations.tsv"),
  ]

  /// One text file of an analysis (`g` is its graph through the view). The two large ones hand their bytes to
  /// `drain` in pieces as they are made, when one is given (the rest is returned); the others are made whole.
  static func render(
    _ file: String, _ a: CorpusAnalysis, viewed g: ReferenceGraph, findings: [Finding],
    drain: ByteDrain? = nil, chains: [Chain]? = nil
  ) -> [UInt8] {
    switch file {
    case "graph.dot": return DOTWriter.renderBytes(g, title: DOTWriter.defaultTitle, drain: drain)
    case "graph.json": return GraphJSON.renderBytes(g, drain: drain)
    case "graph.graphml": return GraphMLWriter.renderBytes(g, drain: drain)
    case "graph.mmd": return MermaidWriter.renderBytes(g, drain: drain)
    case "nodes.csv": return CSVWriter.nodesBytes(g, drain: drain)
    case "edges.csv": return CSVWriter.edgesBytes(g, drain: drain)
    case "chains.md":
      let chains = chains ?? ChainFinder.chains(a.graph)
      return ChainReport.markdownBytes(
        a.graph, chains: chains, coverage: ChainFinder.coverage(a.graph, chains: chains),
        drain: drain)
    case "audit.md": return AuditReport.markdownBytes(findings, graph: a.graph, drain: drain)
    case "citations.tsv": return CitationTable.tsvBytes(a.scans, threads: 1, drain: drain)
    default: preconditionFailure("no such output: \(file)")
    }
  }

  /// What `produce` gives: the chains, the findings, the files kept in memory (those not written), and for each
  /// file written, nil or the error that kept it from being written.
  public struct Produced: Sendable {
    /// The chains, when kept (see `produce`), else empty.
    public var chains: [Chain] = []
    /// How many chains there are, kept or not.
    public var chainCount = 0
    public var findings: [Finding] = []
    public var files: [String: [UInt8]] = [:]
    public var written: [String: OutputError?] = [:]
  }

  /// The chains, the audit and the text files of `formats`, as one set of jobs on `threads` workers (nil: every
  /// core), the longest first: the files that do not need the findings (all but audit.md) are made, and written
  /// into `dir` when one is given, while the audit runs. Each file is what its writer makes alone, and the results
  /// are the same whatever the number of workers; a file that cannot be written does not stop the others.
  /// Without `keepsChains` (and without chains.md) the chains are only counted, not made.
  public static func produce(
    _ a: CorpusAnalysis, view: GraphView, formats: Set<String>, threads: Int? = nil,
    writingTo dir: String? = nil, keepsChains: Bool = true
  ) -> Produced {
    enum Job: Sendable {
      case audit, chains
      case file(String)
    }
    enum Result: Sendable {
      case chains([Chain])
      case chainCount(Int)
      case findings([Finding])
      case file(String, [UInt8])
      case written(String, OutputError?)
    }
    let g = view.isIdentity ? a.graph : view.apply(a.graph)
    let wanted = textFiles.filter { formats.contains($0.format) }.map(\.file)
    // A file is kept, or written as it is made (DOT and JSON in pieces, never whole in memory).
    @Sendable func make(_ file: String, findings: [Finding], chains: [Chain]? = nil) -> Result {
      guard let dir else {
        return .file(file, render(file, a, viewed: g, findings: findings, chains: chains))
      }
      do throws(OutputError) {
        try AtomicWriter.write(to: dir.hasSuffix("/") ? dir + file : dir + "/" + file) { drain in
          render(file, a, viewed: g, findings: findings, drain: drain, chains: chains)
        }
        return .written(file, nil)
      } catch {
        return .written(file, error)
      }
    }
    // chains.md is made by the job that finds the chains, from them (it is the longest after the audit).
    let chainsReport = wanted.contains("chains.md")
    let jobs: [Job] =
      [.audit] + (chainsReport ? [.chains] : [])
      + wanted.filter { $0 != "audit.md" && $0 != "chains.md" }.map { .file($0) }
      + (chainsReport ? [] : [.chains])
    var results = parallelMap(jobs, threads: threads) { job -> [Result] in
      switch job {
      case .audit:
        return [
          .findings(
            Auditor.audit(a.documents, graph: a.graph, registry: a.registry, threads: threads))
        ]
      case .chains:
        guard chainsReport || keepsChains else { return [.chainCount(ChainFinder.count(a.graph))] }
        let chains = ChainFinder.chains(a.graph)
        guard chainsReport else { return [.chains(chains)] }
        return [.chains(chains), make("chains.md", findings: [], chains: chains)]
      case .file(let name): return [make(name, findings: [])]
      }
    }.flatMap { $0 }
    var out = Produced()
    for case .findings(let f) in results { out.findings = f }
    if wanted.contains("audit.md") {
      results.append(make("audit.md", findings: out.findings))
    }
    for result in results {
      switch result {
      case .chains(let c):
        out.chains = c
        out.chainCount = c.count
      case .chainCount(let n): out.chainCount = n
      case .findings: break
      case .file(let name, let bytes): out.files[name] = bytes
      case .written(let name, let error): out.written[name] = .some(error)
      }
    }
    return out
  }
}
