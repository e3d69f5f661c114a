import Testing

@testable import LegalRef

/// The sample corpus of graphs/: every chain, gap, cycle and defect built into it is reported, and nothing else.
@Suite struct SampleAnalysisTests {
  static let corpus = AnalyzedCorpus.sample
  static var graph: ReferenceGraph { corpus.analysis.graph }
  static let findings = Auditor.audit(corpus.analysis.documents, graph: corpus.analysis.graph)

  static func prefix(_ key: String) -> String {
    graph.node(key)?.file.map(ExpectedCorpus.prefix) ?? key
  }

  @Test func exactlyTheEightChainsOfTheOneRoot() {
    let chains = ChainFinder.chains(Self.graph).map { $0.steps.map { Self.prefix($0.key) } }
    let expected: Set<[String]> = [
      ["01", "02", "04", "06"], ["01", "02", "03", "05"], ["01", "03", "05"],
      ["01", "02", "09", "10", "09"],
      ["01", "02", "03", "10", "09", "10"], ["01", "03", "10", "09", "10"], ["01", "07", "11"],
      ["01", "08"],
    ]
    #expect(Set(chains) == expected)
    #expect(chains.count == 8)
  }

  @Test func coverageOfTheRoot() throws {
    let chains = ChainFinder.chains(Self.graph)
    let coverage = try #require(ChainFinder.coverage(Self.graph, chains: chains).first)
    let byProvince = Dictionary(uniqueKeysWithValues: coverage.provinces.map { ($0.0, $0.1) })
    #expect(byProvince["Quảng Ninh"] == [.province, .district, .commune])
    #expect(byProvince["Nghệ An"] == [.province])
    #expect(byProvince["Thanh Hóa"] == [.district])
    #expect(byProvince.count == 3)
  }

  /// Coverage counts each node once per root; chains made by hand (no node index noted, a root's chains apart)
  /// have the same coverage as the finder's, and the provinces and levels a step-by-step count finds.
  @Test func coverageIsTheStepByStepCount() {
    let chains = ChainFinder.chains(Self.graph)
    let byHand = chains.map { c in
      Chain(
        steps: c.steps.map { ChainStep(key: $0.key, evidence: $0.evidence) },
        endsInCycle: c.endsInCycle)
    }
    // The first chain again at the end: its root comes back after the others.
    let coverage = ChainFinder.coverage(Self.graph, chains: chains)
    #expect(ChainFinder.coverage(Self.graph, chains: byHand + [byHand[0]]) == coverage)
    var expected: [String: [String: Set<Level>]] = [:]
    for c in chains {
      for s in c.steps {
        guard let n = Self.graph.node(s.key), let level = n.level, level != .central else {
          continue
        }
        expected[c.root, default: [:]][n.jurisdiction ?? "?", default: []].insert(level)
      }
    }
    #expect(coverage.count == Set(chains.map(\.root)).count)
    for c in coverage {
      let reached = Dictionary(uniqueKeysWithValues: c.provinces.map { ($0.0, Set($0.1)) })
      #expect(reached == expected[c.root] ?? [:])
    }
  }

  @Test func unfulfilledMandatesAreExactlyTheFiveBuiltIn() {
    let places = Self.findings.filter { $0.category == .unfulfilledMandate }.map {
      "\(ExpectedCorpus.prefix(of: $0.file!)):\($0.line!)"
    }
    #expect(Set(places) == ["02:25", "03:27", "07:21", "07:24", "11:24"])
    #expect(places.count == 5)
  }

  @Test func theOnlyLevelGapIsTheDistrictThatSkipsItsProvince() {
    let gaps = Self.findings.filter { $0.category == .levelGap }
    #expect(gaps.count == 1)
    #expect(gaps.first.map { ExpectedCorpus.prefix(of: $0.file!) } == "08")
    #expect(gaps.first?.message.contains("Thanh Hóa") == true)
  }

  @Test func temporalAnomalyAndCycle() {
    let t = Self.findings.filter { $0.category == .temporalAnomaly }
    #expect(t.count == 2)
    #expect(
      t.contains {
        $0.message.contains("87/KH-UBND") && $0.message.contains("96/KH-UBND")
          && $0.message.contains("dated later")
      })
    let cycle = t.first { $0.message.contains("cycle") }
    #expect(Set(cycle?.documents.map(Self.prefix) ?? []) == ["09", "10"])
  }

  @Test func citationDefectsAreExactlyTheEightBuiltIn() {
    let places = Set(
      Self.findings.filter { $0.category == .citationDefect }.map {
        "\(ExpectedCorpus.prefix(of: $0.file!)):\($0.line!)"
      })
    #expect(places == ["03:24", "06:19", "10:11", "10:21", "05:18", "08:20", "07:18", "11:20"])
  }

  @Test func documentsToCollectAreTheFifteenCitedOnes() {
    let list = DocumentsToCollect.list(Self.graph)
    // Fourteen cited by number, and Luật An toàn thực phẩm (55/2010/QH12), cited by name in 03 and 07.
    #expect(list.count == 15)
    let law = list.first { Self.graph.node($0.key)?.number?.description == "55/2010/QH12" }
    #expect(law?.citingDocuments == 2)
    #expect(list.first.flatMap { Self.graph.node($0.key)?.number?.description } == "80/2017/NĐ-CP")
    #expect(list.first?.citingDocuments == 7)
    #expect(list.first?.citations == 8)
    #expect(Self.findings.filter { $0.category == .missingDocument }.count == 15)
  }

  @Test func nothingElse() {
    // 5 mandates + 1 gap + 2 temporal + 8 defect places (9 findings: two numbers share one symbol, one finding)
    // + 15 documents to collect; every reference without a number is identified, and nothing contradicts the
    // registry.
    #expect(Self.findings.count == 5 + 1 + 2 + 8 + 15)
  }
}
