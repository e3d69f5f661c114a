import Foundation
import Testing

@testable import LegalRef

/// Files are read in parallel; every output must be the one a single thread gives, whatever the thread count and
/// the order the files are named in.
@Suite struct CorpusThreadsTests {
  /// The seed documents and the sample corpus together.
  static let files = ExpectedCorpus.seeds.files + ExpectedCorpus.sample.files

  /// Everything a run writes: the scan table, the graph as DOT and JSON, the audit and the chains.
  static func outputs(_ files: [String], threads: Int) -> [String] {
    let scans = CorpusScan.run(files: files, threads: threads)
    let a = CorpusAnalysis.run(files: files, threads: threads)
    let findings = Auditor.audit(a.documents, graph: a.graph)
    return [
      CitationTable.tsv(scans), CitationTable.tsv(a.scans), DOTWriter.render(a.graph),
      GraphJSON.render(a.graph), AuditReport.json(findings), ChainReport.json(a.graph),
      a.scans.flatMap(\.warnings).joined(separator: "\n"),
    ]
  }

  @Test(arguments: [2, 3, 8]) func outputsAreThoseOfOneThread(threads: Int) {
    let one = Self.outputs(Self.files, threads: 1)
    let many = Self.outputs(Self.files, threads: threads)
    #expect(one.count == many.count)
    for (k, (x, y)) in zip(one, many).enumerated() {
      #expect(Array(x.utf8) == Array(y.utf8), "output \(k) differs with \(threads) threads")
    }
  }

  /// `legalref analyze` makes the audit, the chains and the files as one set of jobs, writing each file when it is
  /// made: the same chains, findings and bytes as each made alone, kept or written.
  @Test(arguments: [1, 2, 8]) func producedOutputsAreThoseMadeAlone(threads: Int) throws {
    let a = CorpusAnalysis.run(files: Self.files, threads: 2)
    let all = Set(AnalyzeOutputs.formats.map(\.name))
    let findings = Auditor.audit(a.documents, graph: a.graph, registry: a.registry)
    let alone: [String: [UInt8]] = [
      "graph.dot": DOTWriter.render(a.graph), "graph.json": GraphJSON.render(a.graph),
      "graph.graphml": GraphMLWriter.render(a.graph), "graph.mmd": MermaidWriter.render(a.graph),
      "nodes.csv": CSVWriter.nodes(a.graph), "edges.csv": CSVWriter.edges(a.graph),
      "chains.md": ChainReport.markdown(a.graph),
      "audit.md": AuditReport.markdown(findings, graph: a.graph),
      "citations.tsv": CitationTable.tsv(a.scans),
    ].mapValues { Array($0.utf8) }
    let kept = AnalyzeOutputs.produce(a, view: GraphView(), formats: all, threads: threads)
    #expect(kept.chains == ChainFinder.chains(a.graph))
    #expect(kept.chainCount == kept.chains.count)
    #expect(kept.findings == findings)
    #expect(kept.files == alone)
    #expect(kept.written.isEmpty)

    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "legalref-produce-\(threads)-\(getpid())"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let written = AnalyzeOutputs.produce(
      a, view: GraphView(), formats: ["dot", "json", "audit", "csv"], threads: threads,
      writingTo: dir, keepsChains: false)
    #expect(written.files.isEmpty)
    // The chains only counted, as `legalref analyze` does when no file needs them.
    #expect(written.chains.isEmpty)
    #expect(written.chainCount == kept.chains.count)
    #expect(
      Set(written.written.keys) == [
        "graph.dot", "graph.json", "audit.md", "nodes.csv", "edges.csv",
      ])
    for (name, error) in written.written {
      #expect(error == nil, "\(name)")
      let bytes = FileManager.default.contents(atPath: dir + "/" + name).map { [UInt8]($0) }
      #expect(bytes == alone[name], "\(name) as written")
    }
    // A folder that is not there: every file fails, and says so.
    let missing = AnalyzeOutputs.produce(
      a, view: GraphView(), formats: ["json", "audit"], threads: threads,
      writingTo: dir + "/not-there")
    #expect(missing.written.count == 2)
    #expect(missing.written.values.allSatisfy { $0 != nil })
  }

  @Test func analysisDoesNotDependOnTheOrderOfTheFiles() {
    let forward = CorpusAnalysis.run(files: Self.files, threads: 4)
    let backward = CorpusAnalysis.run(files: Self.files.reversed(), threads: 4)
    #expect(
      Array(DOTWriter.render(forward.graph).utf8) == Array(DOTWriter.render(backward.graph).utf8))
    #expect(
      Array(GraphJSON.render(forward.graph).utf8) == Array(GraphJSON.render(backward.graph).utf8))
    #expect(
      Array(AuditReport.json(Auditor.audit(forward.documents, graph: forward.graph)).utf8)
        == Array(AuditReport.json(Auditor.audit(backward.documents, graph: backward.graph)).utf8))
  }
}

/// The whole corpus is never in memory at once: each text is let go after its file is read, and the texts kept for
/// placing documents in a province (``JurisdictionInference``) once the corpus has been placed.
@Suite struct CorpusTextsTests {
  @Test func noDocumentKeepsItsTextAfterTheRun() {
    let files = CorpusThreadsTests.files
    // Some of these documents do need their text kept until the corpus is placed.
    let placeable = files.filter { path in
      guard let d = CorpusDocument.read(CorpusScan.scanOne(path)) else { return false }
      return JurisdictionInference.mayPlace(d.profile)
    }
    #expect(!placeable.isEmpty)
    let a = CorpusAnalysis.run(files: files, threads: 2)
    #expect(a.documents.count > placeable.count)
    #expect(a.documents.allSatisfy { $0.text == nil })
  }

  /// A run that makes no citation table lets the scans go of their citations: the documents, the graph and the
  /// audit are those of a run that keeps them.
  @Test func scansWithoutTheirCitationsGiveTheSameAnalysis() {
    let files = CorpusThreadsTests.files
    let kept = CorpusAnalysis.run(files: files, threads: 2)
    let dropped = CorpusAnalysis.run(files: files, threads: 2, keepsScanCitations: false)
    #expect(kept.scans.contains { !$0.result.citations.isEmpty })
    #expect(dropped.scans.allSatisfy { $0.result.citations.isEmpty })
    #expect(dropped.scans.map(\.warnings) == kept.scans.map(\.warnings))
    #expect(DOTWriter.render(dropped.graph) == DOTWriter.render(kept.graph))
    #expect(GraphJSON.render(dropped.graph) == GraphJSON.render(kept.graph))
    #expect(
      AuditReport.json(Auditor.audit(dropped.documents, graph: dropped.graph))
        == AuditReport.json(Auditor.audit(kept.documents, graph: kept.graph)))
    #expect(
      dropped.documents.map { $0.citations.map(\.citation.surface) }
        == kept.documents.map { $0.citations.map(\.citation.surface) })
  }
}
