import Foundation
import Testing

@testable import LegalRef

/// DOT, JSON, GraphML, Mermaid, the CSV files, the audit and the chains report are written to their files in pieces as they are made: the pieces joined must be the whole output,
/// however small the pieces, and a file that cannot be written must leave nothing behind.
@Suite struct StreamedOutputTests {
  static let graph = CorpusAnalysis.run(files: ExpectedCorpus.sample.files, threads: 1).graph

  static func pieces(_ size: Int, _ render: (ByteDrain) -> [UInt8]) -> (count: Int, bytes: [UInt8])
  {
    var joined: [UInt8] = []
    var count = 0
    let drain = ByteDrain(pieceSize: size) { piece in
      joined.append(contentsOf: piece)
      count += 1
    }
    joined.append(contentsOf: render(drain))
    return (count, joined)
  }

  @Test(arguments: [1, 64, 4_096, 1 << 20]) func piecesJoinedAreTheWholeOutput(size: Int) {
    let dot = Self.pieces(size) { DOTWriter.renderBytes(Self.graph, title: "t", drain: $0) }
    #expect(dot.bytes == DOTWriter.renderBytes(Self.graph, title: "t"))
    let json = Self.pieces(size) { GraphJSON.renderBytes(Self.graph, drain: $0) }
    #expect(json.bytes == GraphJSON.renderBytes(Self.graph))
    let graphml = Self.pieces(size) { GraphMLWriter.renderBytes(Self.graph, drain: $0) }
    #expect(graphml.bytes == GraphMLWriter.renderBytes(Self.graph))
    #expect(graphml.bytes.count > 1_000)
    let mermaid = Self.pieces(size) { MermaidWriter.renderBytes(Self.graph, drain: $0) }
    #expect(mermaid.bytes == MermaidWriter.renderBytes(Self.graph))
    #expect(mermaid.bytes.starts(with: Array("flowchart TD\n".utf8)))
    let nodes = Self.pieces(size) { CSVWriter.nodesBytes(Self.graph, drain: $0) }
    #expect(nodes.bytes == CSVWriter.nodesBytes(Self.graph))
    let edges = Self.pieces(size) { CSVWriter.edgesBytes(Self.graph, drain: $0) }
    #expect(edges.bytes == CSVWriter.edgesBytes(Self.graph))
    let chains = ChainFinder.chains(Self.graph)
    #expect(!chains.isEmpty)
    let coverage = ChainFinder.coverage(Self.graph, chains: chains)
    let md = Self.pieces(size) {
      ChainReport.markdownBytes(Self.graph, chains: chains, coverage: coverage, drain: $0)
    }
    #expect(md.bytes == Array(ChainReport.markdown(Self.graph).utf8))
    let findings = Auditor.audit(
      CorpusAnalysis.run(files: ExpectedCorpus.sample.files, threads: 1).documents,
      graph: Self.graph)
    let audit = Self.pieces(size) {
      AuditReport.markdownBytes(findings, graph: Self.graph, drain: $0)
    }
    #expect(audit.bytes == Array(AuditReport.markdown(findings, graph: Self.graph).utf8))
    #expect(String(decoding: audit.bytes, as: UTF8.self).contains("## Orders nobody carried out"))
    if size <= 64 {
      #expect(audit.count >= findings.count)
      #expect(graphml.count >= Self.graph.nodes.count + Self.graph.edges.count)
      #expect(md.count >= chains.count)
      // One piece per node or edge at least: the output really went out in pieces.
      #expect(dot.count >= Self.graph.nodes.count + Self.graph.edges.count)
      #expect(json.count >= Self.graph.nodes.count + Self.graph.edges.count)
    }
  }

  @Test func aStreamedFileIsWrittenWholeOrNotAtAll() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "legalref-stream-\(getpid())"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try AtomicWriter.write(to: dir + "/graph.json") { GraphJSON.renderBytes(Self.graph, drain: $0) }
    #expect(
      FileManager.default.contents(atPath: dir + "/graph.json").map { [UInt8]($0) }
        == GraphJSON.renderBytes(Self.graph))
    #expect(throws: OutputError.self) {
      try AtomicWriter.write(to: dir + "/missing/graph.json") {
        GraphJSON.renderBytes(Self.graph, drain: $0)
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["graph.json"])
  }
}
