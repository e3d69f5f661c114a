import Foundation
import LegalRef

/// `legalref analyze [CORPUS...] --out DIR`: the main job.
enum AnalyzeCommand {
  static let help = """
    USAGE: legalref analyze [CORPUS...] [--out DIR] [--formats F[,F…]] [--force]
                            [--manifest FILE] [--registry FILE] [--threads N] [--quiet]
                            [view options]

    Reads the corpus once and writes into DIR (default: legalref-out):
      graph.dot      the graph for Graphviz          graph.svg    drawn by Graphviz dot
      graph.json     the graph as JSON               graph.graphml  for networkx, Gephi, yEd
      graph.mmd      Mermaid flowchart               nodes.csv, edges.csv
      chains.md      implementation chains           audit.md     the audit
      citations.tsv  every citation                  report.html  one self-contained page
    With no CORPUS it analyses the sample corpus in graphs/sample/corpus.
    Each file is written atomically; DIR is created if needed; other files in
    DIR are never touched. graph.svg needs Graphviz; without it the rest is
    written and a note says so. A graph of more than 1,500 documents keeps its
    full DOT, but graph.svg and the report show an overview (cited-only
    documents folded per level and province). View options apply to the graph
    files (dot, svg, json, graphml, mmd, csv).

    OPTIONS:
      --out DIR        where to write (must not be inside a CORPUS folder
                       unless --force)
      --formats LIST   only these: dot, svg, json, graphml, mermaid, csv,
                       chains, audit, citations, html
      --force          allow DIR inside a corpus folder
      --registry FILE  more well-known documents (see 'legalref registry --help')

    EXAMPLE:
      legalref analyze ../shared/seeds --out out/seeds

    """ + ViewOptions.help

  static func run(_ args: [String]) throws -> Int32 {
    let parsed = try Arguments(
      args,
      valued: Set(["--out", "-o", "--formats", "--manifest", "--registry", "--threads"]).union(
        ViewOptions.valued),
      flagNames: Set(["-h", "--help", "--quiet", "--force"]).union(ViewOptions.flags))
    if parsed.flag("-h") || parsed.flag("--help") {
      Console.out(help)
      return ExitStatus.success
    }
    let quiet = parsed.flag("--quiet")
    var formats = Set(AnalyzeOutputs.formats.map(\.name))
    if let list = parsed.value("--formats") {
      formats = Set(
        list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
      let unknown = formats.subtracting(AnalyzeOutputs.formats.map(\.name))
      guard unknown.isEmpty else {
        throw UsageError(
          description: "--formats: unknown format(s) \(unknown.sorted().joined(separator: ", "))")
      }
    }
    var corpus = parsed.positional
    if corpus.isEmpty {
      guard let sample = sampleCorpus() else {
        throw UsageError(
          description: "no CORPUS given and the sample corpus graphs/sample/corpus was not found")
      }
      corpus = [sample]
    }
    let out = parsed.value("--out") ?? parsed.value("-o") ?? "legalref-out"
    try checkOutputFolder(out, corpus: corpus, force: parsed.flag("--force"))
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      Console.error("legalref: error: cannot create '\(out)': \(error.localizedDescription)")
      return ExitStatus.failure
    }

    let manifest = try loadManifest(parsed)
    let input = InputFiles.collect(corpus)
    let progress = ProgressLine(enabled: !quiet && isatty(2) == 1)
    let threadCount = try threads(parsed)
    let analysis = CorpusAnalysis.run(
      files: input.files, manifest: manifest, registry: try loadRegistry(parsed),
      threads: threadCount, progress: progress.callback,
      keepsScanCitations: formats.contains("citations"))
    KeptUntilExit.keep(analysis)
    progress.finish()
    report(input: input, scans: analysis.scans, quiet: quiet)

    let view = try ViewOptions.parse(parsed, graph: analysis.graph)
    let graph = view.isIdentity ? analysis.graph : view.apply(analysis.graph)
    // The chains, the audit and the text files side by side; each text file is written as soon as it is made.
    let produced = AnalyzeOutputs.produce(
      analysis, view: view, formats: formats, threads: threadCount, writingTo: out,
      keepsChains: formats.contains("html"))
    KeptUntilExit.keep(produced)
    KeptUntilExit.keep(graph)
    let (chains, findings) = (produced.chains, produced.findings)
    var files: [String: [UInt8]] = [:]

    // The drawing: the whole graph, or its overview when it is too large for Graphviz.
    var svg: String?
    var graphNote: String?
    if formats.contains("svg") || formats.contains("html") {
      var drawn = graph
      if graph.nodes.count > AnalyzeOutputs.overviewThreshold {
        drawn = AnalyzeOutputs.overview(graph)
        graphNote =
          "The graph has \(graph.nodes.count) documents, too many to draw: this is an overview, with the documents that are only cited folded into one node per level and province (\(drawn.nodes.count) nodes). graph.dot has the full graph."
      }
      if drawn.nodes.count > AnalyzeOutputs.overviewThreshold {
        graphNote =
          "The graph has \(graph.nodes.count) documents, too many to draw even as an overview; graph.dot has the full graph."
      } else {
        do {
          let (s, warnings) = try GraphvizRenderer.svg(DOTWriter.render(drawn))
          svg = s
          if !warnings.isEmpty, !quiet { Console.error("legalref: dot: \(warnings)") }
        } catch {
          Console.error("legalref: note: no graph.svg: \(error)")
          graphNote = "No drawing: \(error)."
        }
      }
      if let note = graphNote, !quiet, svg != nil { Console.error("legalref: note: \(note)") }
      if formats.contains("svg"), let svg { files["graph.svg"] = Array(svg.utf8) }
    }
    if formats.contains("html") {
      files["report.html"] = Array(
        HTMLReport.render(
          .init(
            corpus: corpus, documents: analysis.documents, graph: graph, chains: chains,
            findings: findings, svg: svg,
            graphNote: graphNote)
        ).utf8)
    }

    let names = AnalyzeOutputs.formats.flatMap(\.files)
    var outcome = produced.written
    // The drawing's files (the SVG, the HTML report), each atomically.
    for name in names where files[name] != nil {
      do throws(OutputError) {
        try AtomicWriter.write(
          bytes: files[name]!, to: out.hasSuffix("/") ? out + name : out + "/" + name)
        outcome[name] = .some(nil)
      } catch {
        outcome[name] = .some(error)
      }
    }
    // The first file that could not be written, in the order of the formats, is the error.
    if let failed = names.compactMap({ outcome[$0] ?? nil }).first { throw failed }
    let written = names.filter { outcome[$0] != nil }
    let inCorpus = analysis.graph.nodes.filter { $0.inCorpus }.count
    Console.out(
      "legalref: \(analysis.documents.count) documents read, \(analysis.graph.nodes.count) documents in the graph (\(inCorpus) in the corpus), \(analysis.graph.edges.count) relations, \(produced.chainCount) chains, \(findings.count) findings"
    )
    let kinds = input.countsByExtension.sorted { $0.key < $1.key }.map { "\($0.value) .\($0.key)" }
    Console.out("files read: \(kinds.isEmpty ? "none" : kinds.joined(separator: ", "))")
    Console.out("wrote to \(out): \(written.joined(separator: ", "))")
    return exitStatus(input: input, scans: analysis.scans)
  }

  /// graphs/sample/corpus, from the current folder or from the package the binary was built in.
  static func sampleCorpus() -> String? {
    let fm = FileManager.default
    if fm.fileExists(atPath: "graphs/sample/corpus") { return "graphs/sample/corpus" }
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("graphs/sample/corpus")
      if fm.fileExists(atPath: candidate.path) { return candidate.path }
      dir = dir.deletingLastPathComponent()
    }
    return nil
  }

  /// Outputs must never become inputs: DIR may not be inside a corpus folder unless --force.
  static func checkOutputFolder(_ out: String, corpus: [String], force: Bool) throws {
    guard !force else { return }
    let outReal = resolved(out)
    for c in corpus {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: c, isDirectory: &isDir), isDir.boolValue else {
        continue
      }
      let root = resolved(c)
      if outReal == root || outReal.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
        throw UsageError(
          description:
            "the output folder '\(out)' is inside the corpus folder '\(c)': its files would be read next time (use --force to allow it)"
        )
      }
    }
  }

  /// The absolute, symlink-free form of a path that may not exist yet.
  static func resolved(_ path: String) -> String {
    var url = URL(fileURLWithPath: path).standardizedFileURL
    var tail: [String] = []
    while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
      tail.insert(url.lastPathComponent, at: 0)
      url.deleteLastPathComponent()
    }
    var base = url.resolvingSymlinksInPath().path
    for t in tail { base = (base as NSString).appendingPathComponent(t) }
    return base
  }
}

/// "files 120/1000, 3.4 MB/s" on stderr, redrawn in place, only when stderr is a terminal.
final class ProgressLine: @unchecked Sendable {
  private let enabled: Bool
  private let lock = NSLock()
  private var last = DispatchTime.now()
  private let start = DispatchTime.now()
  private var shown = false

  init(enabled: Bool) { self.enabled = enabled }

  var callback: ScanProgress? {
    guard enabled else { return nil }
    return { [self] done, total, bytes in self.update(done, total, bytes) }
  }

  private func update(_ done: Int, _ total: Int, _ bytes: Int) {
    lock.lock()
    defer { lock.unlock() }
    let now = DispatchTime.now()
    guard done == total || now.uptimeNanoseconds - last.uptimeNanoseconds > 100_000_000 else {
      return
    }
    last = now
    let seconds = max(Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, 1e-3)
    let rate = Double(bytes) / 1e6 / seconds
    FileHandle.standardError.write(
      Data("\rreading: \(done)/\(total) files, \(String(format: "%.1f", rate)) MB/s   ".utf8))
    shown = true
  }

  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
