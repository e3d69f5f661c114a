import Testing

@testable import LegalRef

/// The reference graph of the five seeds.
@Suite struct SeedGraphTests {
  static let graph = GraphBuilder.build(
    SeedCorpus.documents.map {
      CorpusDocument(path: $0.scan.path, profile: $0.profile, citations: $0.classified)
    })

  func node(_ id: String) -> [GraphNode] { Self.graph.nodes(matching: id) }

  func hasEdge(_ from: String, _ to: String, _ relation: Relation) -> Bool {
    let froms = Set(node(from).map(\.key))
    let tos = Set(node(to).map(\.key))
    return Self.graph.edges.contains {
      froms.contains($0.from) && tos.contains($0.to) && $0.relation == relation
    }
  }

  @Test(arguments: [
    ("01-KL/TW", "05-CT/TW"), ("41-CTr/TU", "42-CT/TW"), ("134-KL/TU", "34-CTr/TU"),
    ("34-CTr/TU", "29-NQ/TW"),
    ("97-KH/TU", "51-KL/TW"),
  ])
  func statedImplementsEdges(_ from: String, _ to: String) {
    #expect(hasEdge(from, to, .implements), "\(from) → \(to)")
  }

  @Test func twentyNineNQTWIsOneNodeCitedByFourSeedsAndImplementedBy34CTrTU() throws {
    let nodes = node("29-NQ/TW")
    #expect(nodes.count == 1)
    let key = try #require(nodes.first?.key)
    let citingFiles = Set(
      Self.graph.edges.filter { $0.to == key }.flatMap(\.evidence).map { Seeds.prefix(of: $0.file) }
    )
    // Seed 004 names it only as "Nghị quyết Trung ương 8 khóa XI".
    #expect(citingFiles == ["000", "001", "002", "004"])
    let citers = Set(
      Self.graph.edges.filter { $0.to == key }.compactMap { Self.graph.node($0.from) })
    #expect(citers.filter { $0.inCorpus }.count == 4)
    #expect(hasEdge("34-CTr/TU", "29-NQ/TW", .implements))
  }

  @Test func localNumbersAreScopedByJurisdiction() throws {
    let hp = try #require(node("21/CT-UBND").first)
    #expect(hp.jurisdiction == "Hải Phòng")
    #expect(hp.key.contains("Hải Phòng"))
    let bg = try #require(node("93/KH-UBND").first)
    #expect(bg.jurisdiction == "Bắc Giang")
    #expect(bg.key.contains("Bắc Giang"))
    // The same number from another province is another node.
    var other = SeedCorpus.document("003")
    var c = other.classified[0]
    c.citation.number = try #require(DocumentNumberParser.parse("21/CT-UBND"))
    c.citation.date = DayDate(year: 2021, month: 9, day: 15)
    c.jurisdiction = "An Giang"
    c.isLocal = true
    other.classified = [c]
    let docs =
      SeedCorpus.documents.map {
        CorpusDocument(path: $0.scan.path, profile: $0.profile, citations: $0.classified)
      }
      + [CorpusDocument(path: "other.txt", profile: other.profile, citations: other.classified)]
    let g = GraphBuilder.build(docs)
    #expect(g.nodes(matching: "21/CT-UBND").count == 2)
  }

  @Test func unknownProvinceIsNeverMerged() throws {
    let n = try #require(node("97-KH/TU").first)
    #expect(n.jurisdiction == nil)
    #expect(n.key.contains("?"))
  }

  @Test func corpusDocumentWithItsOwnNumberIsThatNode() throws {
    let n = try #require(node("01-TT/TU").first)
    #expect(n.inCorpus)
    #expect(n.file.map(Seeds.prefix) == "000")
    #expect(n.level == .province)
  }

  @Test func undatedNumberMatchedToItsOnlyCandidateIsMarkedAssumed() throws {
    // 05-CT/TW is cited without a date in seed 004; the only 05-CT/TW known (the registry's, of term XII) is meant.
    let key = try #require(node("05-CT/TW").first?.key)
    #expect(key == "05-CT/TW @XII")
    let fromSeed4 = Self.graph.edges.filter {
      $0.to == key && $0.evidence.allSatisfy { Seeds.prefix(of: $0.file) == "004" }
    }
    #expect(!fromSeed4.isEmpty)
    #expect(fromSeed4.allSatisfy { $0.assumed })
    let fromSeed0 = Self.graph.edges.filter {
      $0.to == key && $0.evidence.contains { Seeds.prefix(of: $0.file) == "000" }
    }
    #expect(!fromSeed0.isEmpty)
    #expect(fromSeed0.allSatisfy { !$0.assumed })
  }
}
