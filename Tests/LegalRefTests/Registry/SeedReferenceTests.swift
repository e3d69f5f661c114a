import Testing

@testable import LegalRef

/// What the registry and the reading of references without numbers show on the five seed documents.
@Suite struct SeedReferenceTests {
  static let corpus = AnalyzedCorpus.seeds
  static var graph: ReferenceGraph { corpus.analysis.graph }
  static let findings = Auditor.audit(corpus.analysis.documents, graph: corpus.analysis.graph)

  static func references(_ prefix: String) -> [Citation] {
    corpus.document(prefix).classified.map(\.citation).filter { $0.reference != nil }
  }

  @Test func theEighthPlenumOfTermXIIn004Is29NQTWAnd51KLTWContinuesIt() throws {
    let plenum = Self.references("004").filter {
      $0.reference?.text == "Nghị quyết Trung ương 8 khóa XI"
    }
    #expect(plenum.count >= 3)
    #expect(
      plenum.allSatisfy {
        $0.number.description == "29-NQ/TW" && $0.reference?.resolution == .resolved
      })
    let edge = Self.graph.edges.first {
      $0.from.hasPrefix("51-KL/TW") && $0.to == "29-NQ/TW @XI" && $0.relation == .implements
    }
    #expect(edge?.stated == true)
    let chains = ChainFinder.chains(Self.graph).map {
      $0.steps.map {
        Self.graph.node($0.key)?.number?.description ?? Self.graph.node($0.key)?.file.map(
          ExpectedCorpus.prefix) ?? $0.key
      }
    }
    #expect(chains.contains(["29-NQ/TW", "51-KL/TW", "97-KH/TU", "004"]))
  }

  @Test(arguments: ["001", "002"]) func theEducationLawOf2019IsNamedWithoutItsNumber(
    _ prefix: String
  ) {
    let laws = Self.references(prefix).filter {
      $0.reference?.kind == .law && $0.surface.hasPrefix("Luật Giáo dục")
    }
    #expect(!laws.isEmpty)
    #expect(laws.allSatisfy { $0.number.description == "43/2019/QH14" })
  }

  @Test func thePlenumContradictionIn001IsReported() throws {
    let f = try #require(
      Self.findings.first {
        $0.category == .registryContradiction && $0.file.map(ExpectedCorpus.prefix) == "001"
      })
    #expect(f.line == 89)
    #expect(f.message.contains("29-NQ/TW"))
    #expect(f.message.contains("plenum 4"))
    #expect(f.message.contains("plenum 8"))
  }

  @Test func selfReferencesLinkNothingNew() {
    // "Chỉ thị này", "Kế hoạch này", "Thông tri này" are the documents themselves: no citation, node or edge.
    for d in Self.corpus.documents {
      #expect(!d.classified.contains { $0.citation.surface.hasSuffix(" này") }, "\(d.prefix)")
    }
    #expect(!Self.graph.edges.contains { $0.evidence.contains { $0.surface.hasSuffix("này") } })
    #expect(!Self.graph.edges.contains { $0.from == $0.to })
  }

  @Test func theUnnumberedSchoolYearDirectiveIn000IsAnUnidentifiedReference() throws {
    let f = try #require(
      Self.findings.first {
        $0.category == .unidentifiedReference && $0.file.map(ExpectedCorpus.prefix) == "000"
          && $0.message.contains("Chỉ thị của Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2021-2022")
      })
    #expect(f.message.contains("school year 2021-2022"))
    #expect(f.hint?.contains("school year 2021-2022") == true)
    let key = try #require(f.documents.first)
    let node = try #require(Self.graph.node(key))
    #expect(node.isUnnumberedReference)
    #expect(node.type == "Chỉ thị")
  }

  @Test func theUnnumberedProgrammeIn002ImplementsTheResolutionAnd002ImplementsTheProgramme() throws
  {
    let programme = try #require(
      Self.graph.nodes.first { $0.isUnnumberedReference && $0.type == "Chương trình hành động" })
    #expect(programme.jurisdiction == "Bắc Giang")
    #expect(
      Self.graph.edges.contains { $0.from == programme.key && $0.to == "29-NQ/TW @XI" && $0.stated }
    )
    #expect(Self.graph.edges.contains { $0.to == programme.key && $0.relation == .implements })
  }
}
