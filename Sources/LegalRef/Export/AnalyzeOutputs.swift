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

  /// The chains and the audit of one analysis, computed side by side (each on a core of its own when there are
  /// two; the results are the same as one after the other).
  public static func chainsAndFindings(_ a: CorpusAnalysis, threads: Int? = nil) -> (
    chains: [Chain], findings: [Finding]
  ) {
    enum Part: Sendable {
      case chains([Chain])
      case findings([Finding])
    }
    let parts = parallelMap([0, 1], threads: threads) { k -> Part in
      k == 0
        ? .chains(ChainFinder.chains(a.graph))
        : .findings(Auditor.audit(a.documents, graph: a.graph, registry: a.registry))
    }
    var chains: [Chain] = []
    var findings: [Finding] = []
    for part in parts {
      switch part {
      case .chains(let c): chains = c
      case .findings(let f): findings = f
      }
    }
    return (chains, findings)
  }

  /// The text outputs (everything but the SVG and the HTML, which need the drawing) as UTF-8, by file name. Each
  /// file is made on its own worker (`threads` nil: every core); each is what it would be alone.
  public static func files(
    _ a: CorpusAnalysis, view: GraphView, formats: Set<String>, chains: [Chain],
    findings: [Finding],
    threads: Int? = nil
  ) -> [String: [UInt8]] {
    let g = view.isIdentity ? a.graph : view.apply(a.graph)
    let wanted: [(format: String, file: String)] = [
      ("dot", "graph.dot"), ("json", "graph.json"), ("graphml", "graph.graphml"),
      ("mermaid", "graph.mmd"), ("csv", "nodes.csv"), ("csv", "edges.csv"), ("chains", "chains.md"),
      ("audit", "audit.md"), ("citations", "citations.tsv"),
    ].filter { formats.contains($0.format) }
    let made = parallelMap(wanted.map(\.file), threads: threads) { file -> [UInt8] in
      switch file {
      case "graph.dot": return DOTWriter.renderBytes(g)
      case "graph.json": return GraphJSON.renderBytes(g)
      case "graph.graphml": return Array(GraphMLWriter.render(g).utf8)
      case "graph.mmd": return Array(MermaidWriter.render(g).utf8)
      case "nodes.csv": return Array(CSVWriter.nodes(g).utf8)
      case "edges.csv": return Array(CSVWriter.edges(g).utf8)
      case "chains.md": return Array(ChainReport.markdown(a.graph).utf8)
      case "audit.md": return Array(AuditReport.markdown(findings, graph: a.graph).utf8)
      case "citations.tsv": return Array(CitationTable.tsv(a.scans).utf8)
      default: preconditionFailure("no such output: \(file)")
      }
    }
    var out: [String: [UInt8]] = [:]
    for (k, item) in wanted.enumerated() { out[item.file] = made[k] }
    return out
  }

  /// Writes `files` (name → bytes) into the folder `dir`, each atomically, side by side (`threads` nil: every
  /// core), in the order of `names`; returns the names written. When some cannot be written the others still
  /// are, and the error of the first that failed, in that order, is thrown.
  public static func write(
    _ files: [String: [UInt8]], names: [String], to dir: String, threads: Int? = nil
  ) throws(OutputError) -> [String] {
    let present = names.filter { files[$0] != nil }
    let errors = parallelMap(present, threads: threads) { name -> OutputError? in
      do throws(OutputError) {
        try AtomicWriter.write(
          bytes: files[name]!, to: dir.hasSuffix("/") ? dir + name : dir + "/" + name)
        return nil
      } catch {
        return error
      }
    }
    if let first = errors.compactMap({ $0 }).first { throw first }
    return present
  }
}
