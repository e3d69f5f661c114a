import Testing

@testable import LegalRef

/// Chains and audit of the five seeds against `expected/chains.md`.
@Suite struct SeedAnalysisTests {
  static let corpus = AnalyzedCorpus.seeds
  static var graph: ReferenceGraph { corpus.analysis.graph }
  static let findings = Auditor.audit(corpus.analysis.documents, graph: corpus.analysis.graph)
  static let chains = ChainFinder.chains(corpus.analysis.graph)

  /// A chain step as the expected table names it: the number, or the seed prefix for a file without one.
  static func label(_ key: String) -> String {
    guard let n = graph.node(key) else { return key }
    return n.number?.description ?? n.file.map(ExpectedCorpus.prefix) ?? key
  }

  static let expectedChains: [[String]] = [
    // 51-KL/TW continues "Nghị quyết Trung ương 8 khóa XI", which the registry knows as 29-NQ/TW.
    ["29-NQ/TW", "51-KL/TW", "97-KH/TU", "004"],
    ["29-NQ/TW", "34-CTr/TU", "134-KL/TU", "001"],
    ["21/CT-UBND", "001"],
    ["05-CT/TW", "01-KL/TW", "01-TT/TU"],
    ["05-CT/TW", "01-KL/TW", "003"],
    ["42-CT/TW", "41-CTr/TU", "01-TT/TU"],
    ["666/CT-BGDĐT", "002"],
    ["2457/QĐ-BGDĐT", "003"],
  ]

  @Test(arguments: expectedChains) func chainIsListed(_ steps: [String]) {
    let listed = Self.chains.map { $0.steps.map { Self.label($0.key) } }
    #expect(listed.contains(steps), "\(steps) not among \(listed.count) chains")
  }

  @Test func provinceOf97KHTUIsShownAsUnknown() throws {
    let chain = try #require(
      Self.chains.first { c in c.steps.contains { Self.label($0.key) == "97-KH/TU" } })
    let step = try #require(chain.steps.first { Self.label($0.key) == "97-KH/TU" })
    #expect(Self.graph.node(step.key)?.jurisdiction == nil)
    let text = ChainReport.text(Self.graph, filter: .init(roots: [chain.root]))
    #expect(
      text.contains("97-KH/TU  Kế hoạch, province province unknown")
        || text.contains("province unknown"))
  }

  /// Every missing implementation of chains.md: an unfulfilled mandate or a level gap in that file.
  @Test(arguments: [
    ("004", Level.district), ("002", .province), ("002", .district), ("003", .district),
    ("000", .province),
    ("001", .district),
  ])
  func missingImplementationIsReported(_ doc: String, _ level: Level) {
    let inFile = Self.findings.filter {
      ($0.category == .unfulfilledMandate || $0.category == .levelGap)
        && $0.file.map(ExpectedCorpus.prefix) == doc
    }
    #expect(!inFile.isEmpty, "nothing reported for \(doc)")
  }

  @Test func districtOrdersAreReported() {
    let mandates = Self.findings.filter { $0.category == .unfulfilledMandate }
    #expect(
      mandates.contains {
        $0.file.map(ExpectedCorpus.prefix) == "004" && $0.message.contains("Ủy ban nhân dân huyện")
      })
    #expect(
      mandates.contains {
        $0.file.map(ExpectedCorpus.prefix) == "002" && $0.message.contains("Sở Giáo dục và Đào tạo")
      })
    #expect(
      mandates.contains {
        $0.file.map(ExpectedCorpus.prefix) == "003" && $0.message.contains("Ủy ban nhân dân huyện")
      })
    #expect(
      mandates.contains {
        $0.file.map(ExpectedCorpus.prefix) == "000" && $0.message.contains("Ban Cán sự đảng")
      })
    #expect(
      mandates.contains {
        $0.file.map(ExpectedCorpus.prefix) == "001"
          && $0.message.contains("Phòng Giáo dục và Đào tạo")
      })
    #expect(
      Self.findings.contains {
        $0.category == .levelGap && $0.file.map(ExpectedCorpus.prefix) == "002"
      })
  }

  @Test(arguments: [
    ("001", 15, "54/2014/NQ-HĐND", "contradicts"), ("001", 67, "54/2014/NQ-HĐND", "contradicts"),
    ("000", 32, "56/2017/NĐCP", "malformed"), ("001", 19, "51/2020/TT-BGDDT", "malformed"),
    ("001", 15, "17/TT-BGDĐT", "without the year"), ("001", 15, "18/TT-BGDĐT", "without the year"),
    ("001", 15, "19/TT-BGDĐT", "without the year"), ("002", 36, "105/KH-UBND", "without a date"),
    ("002", 53, "155/KH-UBND", "without a date"),
  ])
  func inconsistencyIsReported(_ doc: String, _ line: Int, _ text: String, _ kind: String) {
    let hit = Self.findings.contains {
      $0.category == .citationDefect && $0.file.map(ExpectedCorpus.prefix) == doc && $0.line == line
        && $0.message.contains(text) && $0.message.contains(kind)
    }
    #expect(hit, "\(doc):\(line) \(text) \(kind)")
  }

  @Test func severities() {
    #expect(
      Self.findings.filter { $0.message.contains("56/2017/NĐCP") }.allSatisfy {
        $0.severity == .error
      })
    #expect(
      Self.findings.filter { $0.category == .missingDocument }.allSatisfy { $0.severity == .note })
    #expect(
      Self.findings.filter { $0.category == .unfulfilledMandate }.allSatisfy {
        $0.severity == .warning
      })
  }
}
