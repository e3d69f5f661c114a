import Foundation
import LegalRef

/// A monotonic clock (CLOCK_MONOTONIC), in seconds.
enum Clock {
  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}

/// This process's resource usage so far (every thread).
func selfUsage() -> rusage {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return usage
}

/// The peak resident set of this process so far, in KB (ru_maxrss is in KB on Linux).
func peakResidentKB() -> Int { Int(selfUsage().ru_maxrss) }

/// CPU time of this process so far (user and system, every thread), in seconds.
func cpuSeconds() -> Double {
  let usage = selfUsage()
  func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return s(usage.ru_utime) + s(usage.ru_stime)
}

/// The measured phases, each run in a child process (a hidden subcommand of this executable) so that each one's
/// peak memory is its own. A child prints one line, `RESULT` then tab-separated `key=value` fields.
enum Phases {
  static func report(_ fields: KeyValuePairs<String, String>) {
    var line = "RESULT"
    for (k, v) in fields { line += "\t\(k)=\(v)" }
    print(line)
  }

  static func seconds(_ s: Double) -> String { String(format: "%.6f", s) }

  /// `run-scan DIR [THREADS]`: InputFiles.collect, then StreamedScan.write as `legalref scan` runs it: every file
  /// read and scanned in parallel, its TSV rows written to /dev/null in file order, a megabyte at a time, as they
  /// are made.
  static func scan(dir: String, threads: Int?) {
    let c0 = cpuSeconds()
    let t0 = Clock.now()
    let input = InputFiles.collect([dir])
    let t1 = Clock.now()
    let sink = FileHandle(forWritingAtPath: "/dev/null")
    var tableBytes = 0
    var citations = 0
    var skipped = 0
    StreamedScan.write(
      files: input.files, format: .tsv, threads: threads,
      onFile: { file in
        citations += file.citations
        if file.error != nil { skipped += 1 }
      },
      to: { piece in
        tableBytes += piece.count
        sink?.write(Data(piece))
      })
    let t2 = Clock.now()
    let c2 = cpuSeconds()
    report([
      "collect": seconds(t1 - t0), "scan": seconds(t2 - t1), "total": seconds(t2 - t0),
      "cpu": seconds(c2 - c0), "tableBytes": String(tableBytes),
      "files": String(input.files.count), "skipped": String(skipped),
      "citations": String(citations),
      "maxrss": String(peakResidentKB()),
    ])
  }

  /// The formats `run-analyze --formats text` writes: every file `legalref analyze` makes but the drawing (graph.svg
  /// and report.html need Graphviz, and a corpus of thousands of documents is too large to draw anyway).
  static let textFormats = [
    "dot", "json", "graphml", "mermaid", "csv", "chains", "audit", "citations",
  ]

  /// `run-analyze DIR OUT [THREADS] [--formats text]`: the whole analyze as the CLI runs it — CorpusAnalysis.run,
  /// then the chains, the audit and the files side by side (AnalyzeOutputs.produce), written to OUT: graph.dot and
  /// graph.json, or with `--formats text` every text file (`textFormats`).
  static func analyze(dir: String, out: String, threads: Int?, formats: [String] = ["dot", "json"])
    throws
  {
    let c0 = cpuSeconds()
    let t0 = Clock.now()
    let input = InputFiles.collect([dir])
    let t1 = Clock.now()
    // As the CLI runs it: the scans keep their citations only for the citation table.
    let analysis = CorpusAnalysis.run(
      files: input.files, threads: threads, keepsScanCitations: formats.contains("citations"))
    let t2 = Clock.now()
    // As `legalref analyze --formats …` does it: the audit, the chains and the files as one set of jobs side by
    // side, each file written as soon as it is made.
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let produced = AnalyzeOutputs.produce(
      analysis, view: GraphView(), formats: Set(formats), threads: threads, writingTo: out,
      keepsChains: formats.contains("html"))
    if let failed = produced.written.values.compactMap({ $0 }).first { throw failed }
    let t3 = Clock.now()
    let c3 = cpuSeconds()
    let findings = produced.findings
    let size = { (name: String) in
      (try? FileManager.default.attributesOfItem(atPath: out + "/" + name)[.size] as? Int) ?? 0
    }
    let citations = analysis.documents.reduce(0) { $0 + $1.citations.count }
    report([
      "collect": seconds(t1 - t0), "analysis": seconds(t2 - t1), "outputs": seconds(t3 - t2),
      "total": seconds(t3 - t0), "cpu": seconds(c3 - c0), "files": String(input.files.count),
      "documents": String(analysis.documents.count),
      "citations": String(citations), "nodes": String(analysis.graph.nodes.count),
      "edges": String(analysis.graph.edges.count), "findings": String(findings.count),
      "chaincount": String(produced.chainCount), "dotbytes": String(size("graph.dot")),
      "jsonbytes": String(size("graph.json")),
      "outputbytes": String(produced.written.keys.reduce(0) { $0 + size($1) }),
      "maxrss": String(peakResidentKB()),
    ])
  }

  /// `run-serial DIR OUT REPEATS`: the serial steps after the per-file stage — GraphBuilder.build, Auditor.audit,
  /// ChainFinder.chains, DOTWriter.renderBytes, GraphJSON.renderBytes, writing — each run REPEATS times on one
  /// analysis; the fastest time of each (on a shared machine the minimum is the least noisy).
  static func serial(dir: String, out: String, repeats: Int, threads: Int?) throws {
    let input = InputFiles.collect([dir])
    let analysis = CorpusAnalysis.run(files: input.files, threads: threads)
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    var best = [Double](repeating: .infinity, count: 6)
    for _ in 0..<repeats {
      var t = [Clock.now()]
      let g = GraphBuilder.build(analysis.documents, registry: analysis.registry)
      t.append(Clock.now())
      let findings = Auditor.audit(analysis.documents, graph: g)
      t.append(Clock.now())
      let chains = ChainFinder.chains(g)
      t.append(Clock.now())
      let dot = DOTWriter.renderBytes(g)
      t.append(Clock.now())
      let json = GraphJSON.renderBytes(g)
      t.append(Clock.now())
      try AtomicWriter.write(bytes: dot, to: out + "/graph.dot")
      try AtomicWriter.write(bytes: json, to: out + "/graph.json")
      t.append(Clock.now())
      for k in 0..<6 { best[k] = min(best[k], t[k + 1] - t[k]) }
      withExtendedLifetime((findings, chains)) {}
    }
    report([
      "build": seconds(best[0]), "audit": seconds(best[1]), "chains": seconds(best[2]),
      "dot": seconds(best[3]), "json": seconds(best[4]), "write": seconds(best[5]),
      "sum": seconds(best.reduce(0, +)), "repeats": String(repeats),
    ])
  }

  /// `run-graph NODES`: the graph algorithms on a synthetic graph of about NODES nodes.
  static func graph(nodes: Int) throws {
    let template = try SyntheticGraph.templates()
    let t0 = Clock.now()
    let (nodeList, edgeList) = SyntheticGraph.make(nodes: nodes, template: template)
    let t1 = Clock.now()
    let g = ReferenceGraph(nodes: nodeList, edges: edgeList, ambiguities: [])
    let t2 = Clock.now()
    let chains = ChainFinder.chains(g)
    let t3 = Clock.now()
    let cycles = Cycles.find(g)
    let t4 = Clock.now()
    let findings = Auditor.audit([], graph: g)
    let t5 = Clock.now()
    report([
      "generate": seconds(t1 - t0), "build": seconds(t2 - t1), "chains": seconds(t3 - t2),
      "cycles": seconds(t4 - t3), "audit": seconds(t5 - t4), "nodes": String(g.nodes.count),
      "edges": String(g.edges.count), "chaincount": String(chains.count),
      "cyclecount": String(cycles.count),
      "findings": String(findings.count), "maxrss": String(peakResidentKB()),
    ])
  }
}
