import Foundation
import Testing

@Suite(.serialized) struct AnalyzeCommandTests {
  static let expectedFiles = [
    "graph.dot", "graph.svg", "graph.json", "graph.graphml", "graph.mmd", "nodes.csv", "edges.csv",
    "chains.md",
    "audit.md", "citations.tsv", "report.html",
  ]

  /// Runs analyze on a corpus into a fresh folder and returns the folder.
  static func analyze(_ args: [String], cwd: URL? = nil) throws -> (URL, CLI.Result) {
    let out = try CLI.tempDir().appendingPathComponent("out")
    let r = try CLI.run(["analyze"] + args + ["--out", out.path, "--quiet"], cwd: cwd)
    return (out, r)
  }

  static func counts(_ json: URL) throws -> (nodes: Int, edges: Int) {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as! [String: Any]
    return ((object["nodes"] as! [Any]).count, (object["edges"] as! [Any]).count)
  }

  @Test(arguments: ["seeds", "sample"])
  func everyOutputParsesWithItsRealConsumerAndAgreesWithTheJSON(
    _ which: String
  ) throws {
    let corpus =
      which == "seeds"
      ? CLI.seeds : CLI.packageRoot.appendingPathComponent("graphs/sample/corpus").path
    let (out, r) = try Self.analyze([corpus])
    #expect(r.status == 0, "\(r.stderr)")
    for f in Self.expectedFiles {
      #expect(
        FileManager.default.fileExists(atPath: out.appendingPathComponent(f).path), "\(f) missing")
    }
    let (nodes, edges) = try Self.counts(out.appendingPathComponent("graph.json"))
    #expect(nodes > 10 && edges > 10)
    // Graphviz reads the DOT with nothing to say.
    let dot = try Tools.run(
      "dot", ["-Tsvg", "-o", "/dev/null", out.appendingPathComponent("graph.dot").path])
    #expect(dot.status == 0)
    #expect(dot.stderr.isEmpty, "\(dot.stderr)")
    // networkx opens the GraphML with the same counts; the XML parser reads the SVG.
    let nx = try Tools.python(
      """
      import sys, networkx as nx, xml.etree.ElementTree as ET
      g = nx.read_graphml(sys.argv[1])
      ET.parse(sys.argv[2])
      print(g.number_of_nodes(), g.number_of_edges(), nx.is_directed(g))
      """,
      [
        out.appendingPathComponent("graph.graphml").path,
        out.appendingPathComponent("graph.svg").path,
      ])
    #expect(nx.status == 0, "\(nx.stderr)")
    #expect(nx.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(nodes) \(edges) True")
    // CSV: RFC 4180 rows, same counts.
    let csv = try Tools.python(
      """
      import sys, csv
      n = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
      e = list(csv.DictReader(open(sys.argv[2], newline='', encoding='utf-8')))
      print(len(n), len(e), sorted(n[0].keys()) == sorted(['key','id','type','issuer','branch','level','jurisdiction','district','commune','date','period','title','inCorpus','file','registry']))
      """,
      [out.appendingPathComponent("nodes.csv").path, out.appendingPathComponent("edges.csv").path])
    #expect(
      csv.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(nodes) \(edges) True",
      "\(csv.stderr)")
    // Mermaid: a top-down flowchart with one node line per document and one edge line per relation.
    let mmd = try String(contentsOf: out.appendingPathComponent("graph.mmd"), encoding: .utf8)
    #expect(mmd.hasPrefix("flowchart TD\n"))
    let mmdLines = mmd.split(separator: "\n")
    #expect(mmdLines.filter { $0.hasPrefix("    n") && $0.contains("[\"") }.count == nodes)
    #expect(mmdLines.filter { $0.contains("-->|") || $0.contains("-.->|") }.count == edges)
    // The page loads in Chromium with no console message and shows the graph and the tables.
    let page = try Tools.chromium(out.appendingPathComponent("report.html"))
    #expect(page.console.isEmpty, "\(page.console)")
    #expect(page.dom.contains("<svg"))
    #expect(page.dom.contains("id=\"documents-table\""))
    #expect(page.dom.contains("id=\"findings-table\""))
  }

  @Test func noArgumentAnalysesTheSampleCorpus() throws {
    let out = try CLI.tempDir().appendingPathComponent("o")
    let r = try CLI.run(["analyze", "--out", out.path, "--quiet"], cwd: CLI.packageRoot)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("11 documents read"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
  }

  @Test func formatsLimitWhatIsWrittenAndOtherFilesAreNotTouched() throws {
    let out = try CLI.tempDir()
    let mine = out.appendingPathComponent("notes.txt")
    try Data("mine".utf8).write(to: mine)
    try Data("old".utf8).write(to: out.appendingPathComponent("graph.dot"))
    let r = try CLI.run([
      "analyze", CLI.seeds, "--out", out.path, "--formats", "dot,json", "--quiet",
    ])
    #expect(r.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == ["graph.dot", "graph.json", "notes.txt"])
    #expect(try String(contentsOf: mine, encoding: .utf8) == "mine")
    #expect(
      try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8).hasPrefix(
        "digraph"))
    #expect(
      try CLI.run(["analyze", CLI.seeds, "--out", out.path, "--formats", "dot,pdf"]).status == 64)
  }

  @Test func outputFolderInsideTheCorpusIsRefusedUnlessForced() throws {
    let corpus = try CLI.tempDir()
    try Data("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.".utf8).write(
      to: corpus.appendingPathComponent("a.txt"))
    let inside = corpus.appendingPathComponent("out")
    let r = try CLI.run(["analyze", corpus.path, "--out", inside.path, "--quiet"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("inside the corpus"))
    #expect(!FileManager.default.fileExists(atPath: inside.path))
    let forced = try CLI.run(["analyze", corpus.path, "--out", inside.path, "--force", "--quiet"])
    #expect(forced.status == 0)
  }

  @Test func hostileTitleShowsAsTextInTheReport() throws {
    let corpus = try CLI.tempDir()
    let text = """
      ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
      Số: 12/KH-UBND
      Nghệ An, ngày 5 tháng 6 năm 2023
      KẾ HOẠCH
      Về <script>document.title="pwned";console.log("pwned")</script> & "trích dẫn" \\N ]]> \u{202E}ngược
      Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị <img src=x onerror=alert(1)>.
      """
    try Data(text.utf8).write(to: corpus.appendingPathComponent("hostile.txt"))
    let (out, r) = try Self.analyze([corpus.path])
    #expect(r.status == 0)
    let page = try Tools.chromium(out.appendingPathComponent("report.html"))
    #expect(page.console.isEmpty, "\(page.console)")
    #expect(page.dom.contains("<title>LegalRef report</title>"))
    #expect(page.dom.contains("&lt;script&gt;document.title"))
    #expect(!page.dom.contains("<img src=\"x\""))
    let dot = try Tools.run(
      "dot", ["-Tsvg", "-o", "/dev/null", out.appendingPathComponent("graph.dot").path])
    #expect(dot.stderr.isEmpty)
    let xml = try Tools.python(
      "import sys, networkx as nx; nx.read_graphml(sys.argv[1]); print('ok')",
      [out.appendingPathComponent("graph.graphml").path])
    #expect(xml.stdout.hasPrefix("ok"), "\(xml.stderr)")
  }

  @Test func aLargeGraphGetsAnOverviewDrawingAndTheFullDOT() throws {
    let corpus = try CLI.tempDir()
    // Four plans citing 420 different decisions each: over 1,600 documents.
    for d in 0..<4 {
      var text =
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: \(d + 1)/KH-UBND\nNghệ An, ngày 5 tháng 6 năm 2023\nKẾ HOẠCH\n"
      for k in 0..<420 {
        text += "Theo Quyết định số \(d * 1000 + k + 1)/QĐ-BGDĐT ngày 1/3/2022 của Bộ.\n"
      }
      try Data(text.utf8).write(to: corpus.appendingPathComponent("plan\(d).txt"))
    }
    let (out, r) = try Self.analyze([corpus.path])
    #expect(r.status == 0)
    let (nodes, _) = try Self.counts(out.appendingPathComponent("graph.json"))
    #expect(nodes > 1_500)
    let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
    #expect(dot.contains("1680/QĐ-BGDĐT") || dot.contains("3420/QĐ-BGDĐT"))
    let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
    #expect(svg.contains("other cited documents"))
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("this is an overview"))
  }
}

/// Each view option on the sample corpus.
@Suite struct GraphViewCommandTests {
  static let sample = "graphs/sample/corpus"

  static func graph(_ args: [String]) throws -> (nodes: [[String: Any]], edges: [[String: Any]]) {
    let r = try CLI.run(
      ["graph", "--format", "json", sample, "--quiet"] + args, cwd: CLI.packageRoot)
    #expect(r.status == 0, "\(r.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    return (object["nodes"] as! [[String: Any]], object["edges"] as! [[String: Any]])
  }

  static func ids(_ nodes: [[String: Any]]) -> Set<String> {
    Set(nodes.compactMap { $0["id"] as? String })
  }

  @Test func focusDownstreamWithDepth() throws {
    let (nodes, _) = try Self.graph(["--focus", "142-KH/TU", "--downstream", "--depth", "1"])
    // One edge away: the plans implementing it, and the documents citing it.
    #expect(
      Self.ids(nodes) == [
        "142-KH/TU", "58-KH/HU", "67-KH/HU", "96/KH-UBND", "46-KH/ĐU", "131/KH-UBND",
      ])
    #expect(!Self.ids(nodes).contains("87/KH-UBND"))
    let (deeper, _) = try Self.graph(["--focus", "142-KH/TU", "--downstream"])
    #expect(Self.ids(deeper).isSuperset(of: ["46-KH/ĐU", "87/KH-UBND", "131/KH-UBND"]))
    #expect(!Self.ids(deeper).contains("31-CT/TW"))
  }

  @Test func focusUpstream() throws {
    let (nodes, _) = try Self.graph(["--focus", "58-KH/HU", "--upstream", "--depth", "2"])
    #expect(Self.ids(nodes).isSuperset(of: ["58-KH/HU", "142-KH/TU", "31-CT/TW"]))
    #expect(!Self.ids(nodes).contains("46-KH/ĐU"))
  }

  @Test func focusBothWays() throws {
    let (nodes, _) = try Self.graph(["--focus", "58-KH/HU", "--depth", "1"])
    #expect(Self.ids(nodes).isSuperset(of: ["58-KH/HU", "142-KH/TU", "46-KH/ĐU"]))
  }

  @Test func levelFilter() throws {
    let (nodes, edges) = try Self.graph(["--level", "district,commune"])
    #expect(Set(nodes.compactMap { $0["level"] as? String }) == ["district", "commune"])
    #expect(edges.count > 0)
  }

  @Test func relationFilter() throws {
    let (_, edges) = try Self.graph(["--relation", "implements"])
    #expect(!edges.isEmpty)
    #expect(edges.allSatisfy { $0["relation"] as? String == "implements" })
  }

  @Test func jurisdictionFilter() throws {
    let (nodes, _) = try Self.graph(["--jurisdiction", "Nghệ An"])
    let places = Set(nodes.map { ($0["jurisdiction"] as? String) ?? "central" })
    #expect(places == ["Nghệ An", "central"])
    #expect(Self.ids(nodes).contains("14/CT-UBND"))
  }

  @Test func corpusOnly() throws {
    let (nodes, _) = try Self.graph(["--corpus-only"])
    #expect(nodes.count == 11)
    #expect(nodes.allSatisfy { $0["inCorpus"] as? Bool == true })
  }

  @Test func collapseCitedOnce() throws {
    let (all, _) = try Self.graph([])
    let (nodes, _) = try Self.graph(["--collapse"])
    #expect(nodes.count < all.count)
    #expect(nodes.contains { ($0["title"] as? String)?.contains("other cited document") == true })
    // 80/2017/NĐ-CP is cited by seven documents: it stays.
    #expect(Self.ids(nodes).contains("80/2017/NĐ-CP"))
  }

  @Test func badViewOptionsAreUsageErrors() throws {
    #expect(
      try CLI.run(["graph", Self.sample, "--level", "planet"], cwd: CLI.packageRoot).status == 64)
    #expect(
      try CLI.run(["graph", Self.sample, "--focus", "1-XX/YY"], cwd: CLI.packageRoot).status == 64)
    #expect(try CLI.run(["graph", Self.sample, "--depth", "2"], cwd: CLI.packageRoot).status == 64)
  }
}
