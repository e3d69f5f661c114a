import Testing

@testable import LegalRef

/// The graph algorithms on a generated graph of about 50,000 documents: they must finish within an ordinary test
/// run (they are linear in nodes and edges; the benchmark's `run-graph` reports their time) and give, for every
/// implementation tree, what they give for one.
@Suite struct LargeGraphTests {
  /// `trees` implementation trees: a Prime Minister's directive, implemented by 8 provincial plans, each by 4
  /// district plans, each by 2 commune plans (105 documents); every provincial plan also rests on a decree of its
  /// tree, cited only. One tree in ten has a district plan that a provincial plan says it implements (a cycle).
  static func graph(trees: Int) -> ReferenceGraph {
    var nodes: [GraphNode] = []
    var edges: [GraphEdge] = []
    func add(
      _ key: String, _ number: DocumentNumber, type: String, level: Level, province: String?,
      district: String?, commune: String?, year: Int, inCorpus: Bool
    ) -> String {
      nodes.append(
        GraphNode(
          key: key, number: number, type: type, issuer: nil, branch: .state, level: level,
          jurisdiction: province, district: district, commune: commune,
          date: DocumentDate(DayDate(year: year, month: 3, day: 1)!), title: "Tài liệu " + key,
          inCorpus: inCorpus, file: inCorpus ? "g/\(key).txt" : nil, period: String(year)))
      return key
    }
    func link(_ from: String, _ to: String, _ relation: Relation) {
      edges.append(
        GraphEdge(
          from: from, to: to, relation: relation, assumed: false, stated: false,
          evidence: [Evidence(file: "g/\(from).txt", line: 1, column: 1, surface: to)]))
    }
    let provinces = Array(Geography.provinces.prefix(8))
    for t in 0..<trees {
      let year = 2015 + t % 8
      let root = add(
        "\(t + 1)/CT-TTg @\(year)",
        DocumentNumber(number: t + 1, typeCode: "CT", issuers: ["TTg"], shape: .state),
        type: "Chỉ thị", level: .central, province: nil, district: nil, commune: nil, year: year,
        inCorpus: true)
      let decree = add(
        "\(t + 1)/\(year)/NĐ-CP",
        DocumentNumber(
          number: t + 1, year: year, typeCode: "NĐ", issuers: ["CP"], shape: .normative),
        type: "Nghị định", level: .central, province: nil, district: nil, commune: nil, year: year,
        inCorpus: false)
      for (pi, province) in provinces.enumerated() {
        let p = add(
          "\(t * 8 + pi + 1)/KH-UBND @\(year) #\(province)",
          DocumentNumber(number: t * 8 + pi + 1, typeCode: "KH", issuers: ["UBND"], shape: .state),
          type: "Kế hoạch", level: .province, province: province, district: nil, commune: nil,
          year: year, inCorpus: true)
        link(p, root, .implements)
        link(p, decree, .basis)
        for di in 0..<4 {
          let district = "Huyện \(di + 1)"
          let d = add(
            "\(di + 1)/KH-UBND @\(year) #\(province)/\(district)#\(t)",
            DocumentNumber(number: di + 1, typeCode: "KH", issuers: ["UBND"], shape: .state),
            type: "Kế hoạch", level: .district, province: province, district: district,
            commune: nil,
            year: year, inCorpus: true)
          link(d, p, .implements)
          if t % 10 == 3, pi == 0, di == 0 { link(p, d, .implements) }
          for ci in 0..<2 {
            let c = add(
              "\(ci + 1)/KH-UBND @\(year) #\(province)/\(district)/Xã \(ci + 1)#\(t)",
              DocumentNumber(number: ci + 1, typeCode: "KH", issuers: ["UBND"], shape: .state),
              type: "Kế hoạch", level: .commune, province: province, district: district,
              commune: "Xã \(ci + 1)", year: year, inCorpus: true)
            link(c, d, .implements)
          }
        }
      }
    }
    return ReferenceGraph(nodes: nodes, edges: edges, ambiguities: [])
  }

  struct Counts: Equatable {
    var chains: Int
    var cycles: Int
    var findings: Int
  }

  static func counts(_ g: ReferenceGraph) -> Counts {
    let chains = ChainFinder.chains(g).count
    // The count a run that keeps no chains reports is the number of chains made.
    #expect(ChainFinder.count(g) == chains)
    return Counts(
      chains: chains, cycles: Cycles.find(g).count, findings: Auditor.audit([], graph: g).count)
  }

  @Test func fiftyThousandDocumentsGiveWhatTenTreesGiveTimesTheirNumber() {
    // 480 trees of 105 documents and their decrees: 50,880 nodes; ten trees hold one cycle each in 480.
    let large = Self.graph(trees: 480)
    #expect(large.nodes.count == 480 * 106)
    #expect(large.edges.count == 480 * (8 * 2 + 32 + 64) + 48)
    let small = Self.counts(Self.graph(trees: 10))
    // Every commune plan ends a chain from its tree's directive; each tree's directive is listed (a finding), and
    // so is the one cycle.
    #expect(small.chains == 10 * 64)
    #expect(small.findings > 0)
    #expect(small.cycles == 1)
    #expect(
      Self.counts(large)
        == Counts(chains: small.chains * 48, cycles: 48, findings: small.findings * 48))
  }
}
