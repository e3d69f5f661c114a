/// One self-contained HTML page (no network): summary figures, the SVG drawing inline when there is one, tables of
/// documents, chains, findings and documents to collect, sortable by clicking a column head. Every text from the
/// documents is escaped, so a title holding `<script>` shows as text.
public enum HTMLReport {
  /// What goes into the page.
  public struct Input {
    public var title: String
    public var corpus: [String]
    public var documents: [CorpusDocument]
    public var graph: ReferenceGraph
    public var chains: [Chain]
    public var findings: [Finding]
    /// The SVG drawing, when Graphviz made one.
    public var svg: String?
    /// Why there is no drawing, or what the drawing leaves out.
    public var graphNote: String?

    public init(
      title: String = "LegalRef report", corpus: [String], documents: [CorpusDocument],
      graph: ReferenceGraph,
      chains: [Chain], findings: [Finding], svg: String?, graphNote: String?
    ) {
      self.title = title
      self.corpus = corpus
      self.documents = documents
      self.graph = graph
      self.chains = chains
      self.findings = findings
      self.svg = svg
      self.graphNote = graphNote
    }
  }

  /// Escapes text for HTML content and attribute values (the same rules as XML: `&`, `<`, `>`, quotes, and no
  /// characters XML forbids).
  public static func escape(_ s: String) -> String { GraphMLWriter.escape(s) }

  /// The SVG from Graphviz without its XML prolog, doctype and comments, ready to sit inside the page.
  static func inlineSVG(_ svg: String) -> String {
    guard let start = svg.range(of: "<svg") else { return "" }
    var body = String(svg[start.lowerBound...])
    while let c = body.range(of: "<!--"),
      let end = body.range(of: "-->", range: c.upperBound..<body.endIndex)
    {
      body.removeSubrange(c.lowerBound..<end.upperBound)
    }
    return body
  }

  static let style = """
    body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#222;max-width:1600px}
    h1{font-size:24px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ccc}
    table{border-collapse:collapse;font-size:13px;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
    th{background:#f0f0f0;cursor:pointer;user-select:none}th:after{content:" \\2195";color:#999}
    .figures{display:flex;flex-wrap:wrap;gap:12px}.figure{border:1px solid #ccc;border-radius:6px;padding:10px 16px;min-width:140px}
    .figure b{display:block;font-size:22px}.graph{overflow:auto;border:1px solid #ccc;max-height:900px}
    .graph svg{max-width:100%;height:auto}.error{color:#a3241b;font-weight:bold}.warning{color:#b36b00}.note{color:#555}
    .chain{margin:4px 0}.muted{color:#777}
    """

  /// Sorts a table by the clicked column (numbers numerically); reads cell text only, never writes HTML.
  static let script = """
    document.querySelectorAll("table.sortable th").forEach(function (th, i) {
      th.addEventListener("click", function () {
        var table = th.closest("table"), body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var asc = th.getAttribute("data-dir") !== "asc";
        rows.sort(function (a, b) {
          var x = a.cells[i].textContent, y = b.cells[i].textContent;
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "vi");
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        th.setAttribute("data-dir", asc ? "asc" : "desc");
      });
    });
    """

  static func table(_ headers: [String], _ rows: [[String]], id: String) -> String {
    var out = "<table class=\"sortable\" id=\"\(id)\"><thead><tr>"
    out += headers.map { "<th>\(escape($0))</th>" }.joined()
    out += "</tr></thead><tbody>\n"
    for r in rows { out += "<tr>" + r.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
    out += "</tbody></table>\n"
    return out
  }

  public static func render(_ input: Input) -> String {
    let g = input.graph
    let inCorpus = g.nodes.filter(\.inCorpus).count
    let collect = DocumentsToCollect.list(g)
    let count = { (s: Finding.Severity) in input.findings.filter { $0.severity == s }.count }
    var out = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
    out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
    out += "<title>\(escape(input.title))</title>\n<style>\(style)</style>\n</head>\n<body>\n"
    out += "<h1>\(escape(input.title))</h1>\n"
    out +=
      "<p class=\"muted\">Corpus: \(escape(input.corpus.sorted().joined(separator: ", "))). Made by LegalRef.</p>\n"
    out += "<div class=\"figures\">\n"
    let figures: [(String, Int)] = [
      ("documents in the corpus", inCorpus), ("documents only cited", g.nodes.count - inCorpus),
      ("relations", g.edges.count), ("implementation chains", input.chains.count),
      ("errors", count(.error)),
      ("warnings", count(.warning)), ("documents to collect", collect.count),
    ]
    for (label, value) in figures {
      out += "<div class=\"figure\"><b>\(value)</b>\(escape(label))</div>\n"
    }
    out += "</div>\n"

    out += "<h2 id=\"graph\">Graph</h2>\n"
    if let note = input.graphNote { out += "<p>\(escape(note))</p>\n" }
    if let svg = input.svg { out += "<div class=\"graph\">\n\(inlineSVG(svg))\n</div>\n" }

    out += "<h2 id=\"documents\">Documents in the corpus</h2>\n"
    let docRows: [[String]] = input.documents.map { d in
      let p = d.profile
      return [
        escape(d.path), escape(p.number?.description ?? ""), escape(p.type ?? ""),
        escape(p.issuer ?? ""),
        escape(p.level?.rawValue ?? ""), escape(p.jurisdiction ?? ""),
        escape(p.date?.description ?? ""),
        escape(p.title ?? ""), String(d.citations.count),
      ]
    }
    out += table(
      ["file", "number", "type", "issuer", "level", "province", "date", "title", "citations"],
      docRows, id: "documents-table")

    out += "<h2 id=\"chains\">Implementation chains</h2>\n"
    if input.chains.isEmpty { out += "<p>None.</p>\n" }
    for c in input.chains.prefix(500) {
      let steps = c.steps.map { s -> String in
        let n = g.node(s.key)
        let id = n.map(ReportText.id) ?? s.key
        let facts = n.map(ReportText.facts) ?? ""
        return "<b>\(escape(id))</b> <span class=\"muted\">(\(escape(facts)))</span>"
      }
      out +=
        "<div class=\"chain\">" + steps.joined(separator: " → ")
        + (c.endsInCycle ? " <i>(cycle)</i>" : "") + "</div>\n"
    }
    if input.chains.count > 500 {
      out += "<p>… and \(input.chains.count - 500) more (see chains.md).</p>\n"
    }

    out += "<h2 id=\"findings\">Audit findings</h2>\n"
    let findingRows: [[String]] = input.findings.filter { $0.category != .missingDocument }.map {
      f in
      [
        "<span class=\"\(f.severity.rawValue)\">\(f.severity.rawValue)</span>",
        escape(f.category.rawValue),
        escape(f.file.map { "\($0):\(f.line ?? 1)" } ?? ""), escape(f.message),
        escape(f.hint ?? ""),
      ]
    }
    out += table(
      ["severity", "category", "where", "finding", "what to do"], findingRows, id: "findings-table")

    out += "<h2 id=\"collect\">Documents to collect</h2>\n"
    let collectRows: [[String]] = collect.map { item in
      let n = g.node(item.key)
      return [
        escape(n.map(ReportText.id) ?? item.key), escape(n?.type ?? ""),
        escape(n?.level?.rawValue ?? ""),
        escape(n?.jurisdiction ?? ""), String(item.citingDocuments), String(item.citations),
        escape("\(item.firstEvidence.file):\(item.firstEvidence.line)"),
      ]
    }
    out += table(
      ["document", "type", "level", "province", "cited by", "citations", "first cited at"],
      collectRows, id: "collect-table")
    out += "<script>\n\(script)\n</script>\n</body>\n</html>\n"
    return out
  }
}
