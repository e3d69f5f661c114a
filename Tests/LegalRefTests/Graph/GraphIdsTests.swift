import Testing

@testable import LegalRef

/// The integer ids of a graph's nodes and edge ends, and the indexes the analysis builds on them, checked against
/// the plain String-keyed computations they replace.
@Suite struct GraphIdsTests {
  static func node(_ key: String, inCorpus: Bool = false, level: Level? = .central) -> GraphNode {
    GraphNode(
      key: key, number: nil, type: nil, issuer: nil, branch: nil, level: level, jurisdiction: nil,
      district: nil, date: nil, title: nil, inCorpus: inCorpus, file: inCorpus ? key : nil,
      period: nil)
  }

  static func edge(_ from: String, _ to: String, _ r: Relation, stated: Bool = false, line: Int = 1)
    -> GraphEdge
  {
    GraphEdge(
      from: from, to: to, relation: r, assumed: false, stated: stated,
      evidence: [Evidence(file: from, line: line, column: 1, surface: to)])
  }

  /// Keys that sort differently as Strings and as bytes would not, Vietnamese letters included, and an edge end
  /// that is no node.
  static let handMade = ReferenceGraph(
    nodes: [node("Đ-2"), node("b"), node("a", inCorpus: true), node("Á-1"), node("c")],
    edges: [
      edge("a", "b", .implements), edge("a", "b", .basis), edge("Á-1", "a", .cites),
      edge("c", "missing", .implements), edge("Đ-2", "a", .implements), edge("b", "a", .implements),
      edge("a", "Đ-2", .guides),
    ], ambiguities: [])

  /// The graphs checked, by name (a name keeps the test log short).
  static func graph(_ name: String) -> ReferenceGraph {
    switch name {
    case "seeds": return SeedGraphTests.graph
    case "sample": return AnalyzedCorpus.sample.analysis.graph
    default: return handMade
    }
  }

  @Test func relationOrdinalsFollowAllCases() {
    for (k, r) in Relation.allCases.enumerated() { #expect(ReferenceGraph.ordinal(r) == k) }
  }

  @Test(arguments: ["hand-made", "seeds", "sample"])
  func idsNameTheEndsAndFollowKeyOrder(_ name: String) {
    let g = Self.graph(name)
    #expect(g.nodes.map(\.key) == g.nodes.map(\.key).sorted())
    let expected = g.edges.sorted { ($0.from, $0.to, $0.relation) < ($1.from, $1.to, $1.relation) }
    #expect(
      g.edges.map { [$0.from, $0.to, $0.relation.rawValue] }
        == expected.map { [$0.from, $0.to, $0.relation.rawValue] })
    for (k, e) in g.edges.enumerated() {
      #expect(g.key(ofEnd: Int(g.edgeFrom[k])) == e.from)
      #expect(g.key(ofEnd: Int(g.edgeTo[k])) == e.to)
      #expect((Int(g.edgeTo[k]) < g.nodes.count) == (g.index[e.to] != nil))
    }
    for a in 0..<g.endCount {
      for b in 0..<g.endCount {
        #expect(g.endPrecedes(a, b) == (g.key(ofEnd: a) < g.key(ofEnd: b)))
      }
    }
  }

  @Test func aBuiltGraphHasNoEndThatIsNoNode() {
    #expect(SeedGraphTests.graph.endKeys.isEmpty)
    #expect(AnalyzedCorpus.sample.analysis.graph.endKeys.isEmpty)
    #expect(Self.handMade.endKeys == ["missing"])
  }

  /// The cited key of each citation, by where it was read: the first edge not stated by a third document whose
  /// evidence it is (what `Auditor.Index.citedEdge` must give).
  static func citedKeys(_ g: ReferenceGraph) -> [Evidence: String] {
    var out: [Evidence: String] = [:]
    for e in g.edges where !e.stated {
      for ev in e.evidence where out[ev] == nil { out[ev] = e.to }
    }
    return out
  }

  @Test(arguments: ["sample", "seeds"])
  func auditIndexFindsTheEdgeOfEachCitation(_ name: String) {
    let corpus = name == "seeds" ? AnalyzedCorpus.seeds : AnalyzedCorpus.sample
    let g = corpus.analysis.graph
    let docs = corpus.analysis.documents.sorted {
      $0.path.utf8.lexicographicallyPrecedes($1.path.utf8)
    }
    let x = Auditor.Index(docs, graph: g)
    let cited = Self.citedKeys(g)
    var found = 0
    for (d, doc) in docs.enumerated() {
      #expect(x.docNode[d] >= 0)
      for (i, c) in doc.citations.enumerated() {
        let ev = Evidence(
          file: doc.path, line: c.citation.position.line, column: c.citation.position.column,
          surface: c.citation.surface)
        #expect(x.cited(d, i).map { g.edges[$0].to } == cited[ev])
        if cited[ev] != nil { found += 1 }
      }
    }
    #expect(found > 0)
    // The corpus implementers of every node, in edge order.
    for k in 0..<g.endCount {
      let expected = g.edges.filter {
        $0.to == g.key(ofEnd: k) && $0.relation.isImplementing && g.node($0.from)?.inCorpus == true
      }.map(\.from)
      #expect(x.implementers(k).map { g.nodes[Int($0)].key } == expected)
    }
  }

  @Test(arguments: ["hand-made", "seeds", "sample"])
  func documentsToCollectAsCountedOneByOne(_ name: String) {
    let g = Self.graph(name)
    var citing: [String: Set<String>] = [:]
    var count: [String: Set<Evidence>] = [:]
    for e in g.edges {
      guard let to = g.node(e.to), !to.inCorpus, g.node(e.from)?.inCorpus == true else { continue }
      citing[e.to, default: []].insert(e.from)
      count[e.to, default: []].formUnion(e.evidence)
    }
    let expected = citing.map { key, docs in
      DocumentsToCollect.Item(
        key: key, citingDocuments: docs.count, citations: count[key]!.count,
        firstEvidence: count[key]!.min()!)
    }.sorted {
      ($0.citingDocuments, $0.citations) != ($1.citingDocuments, $1.citations)
        ? ($0.citingDocuments, $0.citations) > ($1.citingDocuments, $1.citations) : $0.key < $1.key
    }
    #expect(DocumentsToCollect.list(g) == expected)
  }

  @Test func documentsToCollectCountsEvidenceSharedByOverlappingEdges() {
    // Four edges into x whose evidence lists interleave (a stated relation's edge repeats the citing document's
    // evidence): distinct citations are counted once, the first is the least of all.
    func ev(_ file: String, _ line: Int) -> Evidence {
      Evidence(file: file, line: line, column: 1, surface: "x")
    }
    func edge(_ from: String, _ r: Relation, _ evidence: [Evidence]) -> GraphEdge {
      GraphEdge(from: from, to: "x", relation: r, assumed: false, stated: false, evidence: evidence)
    }
    let g = ReferenceGraph(
      nodes: [Self.node("p", inCorpus: true), Self.node("q", inCorpus: true), Self.node("x")],
      edges: [
        edge("p", .basis, [ev("p", 3), ev("p", 9)]),
        edge("p", .implements, [ev("p", 1), ev("p", 3), ev("p", 7)]),
        edge("q", .cites, [ev("p", 2), ev("q", 5), ev("q", 5)]),
        edge("q", .basis, [ev("p", 8), ev("q", 4)]),
      ], ambiguities: [])
    #expect(
      DocumentsToCollect.list(g) == [
        DocumentsToCollect.Item(
          key: "x", citingDocuments: 2, citations: 8, firstEvidence: ev("p", 1))
      ])
  }

  @Test func documentsToCollectCountsEvidenceOfOneFileInTwoEdges() {
    // Two edges into x from the same file, each list all of that file (a citation and the relation it states):
    // the shared citation is counted once, as when the lists are merged.
    func ev(_ line: Int) -> Evidence { Evidence(file: "p", line: line, column: 1, surface: "x") }
    let g = ReferenceGraph(
      nodes: [Self.node("p", inCorpus: true), Self.node("x")],
      edges: [
        GraphEdge(
          from: "p", to: "x", relation: .basis, assumed: false, stated: false,
          evidence: [ev(2), ev(6)]),
        GraphEdge(
          from: "p", to: "x", relation: .implements, assumed: false, stated: true,
          evidence: [ev(6), ev(9)]),
      ], ambiguities: [])
    #expect(
      DocumentsToCollect.list(g) == [
        DocumentsToCollect.Item(key: "x", citingDocuments: 1, citations: 3, firstEvidence: ev(2))
      ])
  }

  @Test func documentsToCollectCountsEvidenceSharedByManyEdges() {
    // Twenty corpus documents cite x, and each states that the next implements x, in its own file: forty lists
    // sharing files (a stated edge's evidence repeats its stater's citation), each citation counted once.
    func ev(_ file: Int, _ line: Int) -> Evidence {
      Evidence(file: "d\(file)", line: line, column: 1, surface: "x")
    }
    var nodes = [Self.node("x")]
    var edges: [GraphEdge] = []
    var expected = Set<Evidence>()
    for d in 0..<20 {
      nodes.append(Self.node("d\(d)", inCorpus: true))
      let own = [ev(d, 5 + d % 3), ev(d, 40)]
      // Stated by the document before: its line 40, and a line of its own.
      let stated = [ev((d + 19) % 20, 40), ev((d + 19) % 20, 41)].sorted()
      edges.append(
        GraphEdge(
          from: "d\(d)", to: "x", relation: .basis, assumed: false, stated: false, evidence: own))
      edges.append(
        GraphEdge(
          from: "d\(d)", to: "x", relation: .implements, assumed: false, stated: true,
          evidence: stated))
      expected.formUnion(own + stated)
    }
    let g = ReferenceGraph(nodes: nodes, edges: edges, ambiguities: [])
    #expect(expected.count == 60)
    #expect(
      DocumentsToCollect.list(g) == [
        DocumentsToCollect.Item(
          key: "x", citingDocuments: 20, citations: 60, firstEvidence: expected.min()!)
      ])
  }

  @Test func cyclesAcrossAnEndThatIsNoNode() {
    // a → b → a is a cycle; Đ-2 → a and a → Đ-2 (guides) is none (guides does not implement).
    #expect(Cycles.find(Self.handMade) == [["a", "b"]])
  }

  @Test func chainsOnIndicesAsOnKeys() {
    // Everything implemented is also implementing (a ⇄ b), so the cycle starts at its first key; b is implemented
    // by a twice (basis, then implements), each a chain ending in the cycle; "missing" is no node.
    let chains = ChainFinder.chains(Self.handMade)
    #expect(
      chains.map { $0.steps.map(\.key) } == [["a", "b", "a"], ["a", "b", "a"], ["a", "Đ-2"]])
    #expect(chains.map(\.endsInCycle) == [true, true, false])
  }
}
