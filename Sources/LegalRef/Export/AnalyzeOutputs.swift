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

  /// The text outputs (everything but the SVG and the HTML, which need the drawing), by file name.
  public static func texts(
    _ a: CorpusAnalysis, view: GraphView, formats: Set<String>, chains: [Chain], findings: [Finding]
  ) -> [String: String] {
    let g = view.isIdentity ? a.graph : view.apply(a.graph)
    var out: [String: String] = [:]
    if formats.contains("dot") { out["graph.dot"] = DOTWriter.render(g) }
    if formats.contains("json") { out["graph.json"] = GraphJSON.render(g) }
    if formats.contains("graphml") { out["graph.graphml"] = GraphMLWriter.render(g) }
    if formats.contains("mermaid") { out["graph.mmd"] = MermaidWriter.render(g) }
    if formats.contains("csv") {
      out["nodes.csv"] = CSVWriter.nodes(g)
      out["edges.csv"] = CSVWriter.edges(g)
    }
    if formats.contains("chains") { out["chains.md"] = ChainReport.markdown(a.graph) }
    if formats.contains("audit") {
      out["audit.md"] = AuditReport.markdown(findings, graph: a.graph)
    }
    if formats.contains("citations") { out["citations.tsv"] = CitationTable.tsv(a.scans) }
    return out
  }
}
