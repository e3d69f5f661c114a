import Foundation
import LegalRef

/// A large synthetic reference graph for timing the graph algorithms alone: implementation trees (central →
/// province → district → commune), legal grounds on a shared pool of cited-only laws and decrees, plain citations,
/// and a few cycles.
///
/// GraphNode and GraphEdge have no public initialiser, so one node and one edge are taken from the graph of a
/// two-document corpus and copied with every field set (all fields are public `var`s).
enum SyntheticGraph {
  struct Templates {
    let node: GraphNode
    let edge: GraphEdge
  }

  static func templates() throws -> Templates {
    let dir = NSTemporaryDirectory() + "legalref-bench-template-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let upper = """
      THỦ TƯỚNG CHÍNH PHỦ
      Số: 12/CT-TTg
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Hà Nội, ngày 02 tháng 3 năm 2021

      CHỈ THỊ
      Về phát triển văn hóa đọc
      Các bộ, ngành, địa phương thực hiện các nội dung sau.

      """
    let lower = """
      ỦY BAN NHÂN DÂN
      TỈNH NGHỆ AN
      Số: 45/KH-UBND
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Nghệ An, ngày 20 tháng 4 năm 2021

      KẾ HOẠCH
      Thực hiện Chỉ thị số 12/CT-TTg ngày 02/3/2021 của Thủ tướng Chính phủ về phát triển văn hóa đọc
      Thực hiện Chỉ thị số 12/CT-TTg ngày 02/3/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

      """
    try Data(upper.utf8).write(to: URL(fileURLWithPath: dir + "/a.txt"))
    try Data(lower.utf8).write(to: URL(fileURLWithPath: dir + "/b.txt"))
    let analysis = CorpusAnalysis.run(files: [dir + "/a.txt", dir + "/b.txt"], threads: 1)
    guard let node = analysis.graph.nodes.first, let edge = analysis.graph.edges.first else {
      throw CorpusError.io("the template corpus gave no node or no edge")
    }
    return Templates(node: node, edge: edge)
  }

  static let provinces = Geography.provinceNames

  /// About `nodes` nodes: 1 % cited-only pool, the rest in trees of 1 + 8 + 32 + 64 documents.
  static func make(nodes target: Int, template t: Templates) -> ([GraphNode], [GraphEdge]) {
    var rng = SplitMix64(seed: 0x6772_6170_6800, stream: 7, index: UInt64(target))
    var nodes: [GraphNode] = []
    var edges: [GraphEdge] = []
    nodes.reserveCapacity(target + 200)
    edges.reserveCapacity(target * 3)

    func node(
      key: String, number: DocumentNumber?, type: String, issuer: String, branch: Branch,
      level: Level,
      province: String?, district: String?, commune: String?, date: DayDate, inCorpus: Bool,
      period: String?
    ) -> String {
      var n = t.node
      n.key = key
      n.number = number
      n.type = type
      n.issuer = issuer
      n.branch = branch
      n.level = level
      n.jurisdiction = province
      n.district = district
      n.commune = commune
      n.date = DocumentDate(date)
      n.title = "Tài liệu tổng hợp " + key
      n.inCorpus = inCorpus
      n.file = inCorpus ? "synthetic/\(nodes.count).txt" : nil
      n.period = period
      nodes.append(n)
      return key
    }
    func edge(_ from: String, _ to: String, _ relation: Relation, line: Int) {
      var e = t.edge
      e.from = from
      e.to = to
      e.relation = relation
      e.assumed = false
      e.stated = false
      e.evidence = [Evidence(file: "synthetic/\(from).txt", line: line, column: 1, surface: to)]
      edges.append(e)
    }

    // The cited-only pool: laws and decrees (legal grounds), central letters.
    let poolCount = max(10, target / 100)
    var pool: [String] = []
    for i in 0..<poolCount {
      let year = 2012 + i % 12
      let normative = i % 3 != 2
      let number =
        normative
        ? DocumentNumber(
          number: i + 1, year: year, typeCode: "NĐ", issuers: ["CP"], shape: .normative)
        : DocumentNumber(
          number: 100 + i, typeCode: nil, issuers: ["BGDĐT", "GDTrH"], shape: .letter)
      pool.append(
        node(
          key: number.description + (normative ? "" : " @\(year)"), number: number,
          type: normative ? "Nghị định" : "Công văn",
          issuer: normative ? "Chính phủ" : "Bộ Giáo dục và Đào tạo",
          branch: .state, level: .central, province: nil, district: nil, commune: nil,
          date: DayDate(year: year, month: 1 + i % 12, day: 1 + i % 28)!, inCorpus: false,
          period: normative ? nil : String(year)))
    }

    var tree = 0
    while nodes.count < target {
      let year = 2013 + tree % 11
      let day = DayDate(year: year, month: 1 + tree % 9, day: 1 + tree % 28)!
      let rootNumber = DocumentNumber(
        number: tree + 1, typeCode: "CT", issuers: ["TTg"], shape: .state)
      let root = node(
        key: "\(rootNumber) @\(year)#\(tree)", number: rootNumber, type: "Chỉ thị",
        issuer: "Thủ tướng Chính phủ",
        branch: .state, level: .central, province: nil, district: nil, commune: nil, date: day,
        inCorpus: true,
        period: String(year))
      edge(root, pool[rng.below(pool.count)], .cites, line: 12)
      for pi in 0..<8 {
        let province = provinces[(tree * 8 + pi) % provinces.count]
        let pDay = DayDate(year: year, month: min(12, day.month + 1), day: day.day)!
        let pn = DocumentNumber(
          number: tree * 8 + pi + 1, typeCode: "KH", issuers: ["UBND"], shape: .state)
        let p = node(
          key: "\(pn) @\(year) #\(province)", number: pn, type: "Kế hoạch",
          issuer: "Ủy ban nhân dân tỉnh",
          branch: .state, level: .province, province: province, district: nil, commune: nil,
          date: pDay,
          inCorpus: true, period: String(year))
        edge(p, root, .implements, line: 14)
        edge(p, pool[rng.below(pool.count)], .basis, line: 10)
        for di in 0..<4 {
          let district = "Huyện \(di + 1)"
          let dDay = DayDate(year: year, month: min(12, day.month + 2), day: day.day)!
          let dn = DocumentNumber(
            number: pi * 4 + di + 1, typeCode: "KH", issuers: ["UBND"], shape: .state)
          let d = node(
            key: "\(dn) @\(year) #\(province)/\(district)#\(tree)", number: dn, type: "Kế hoạch",
            issuer: "Ủy ban nhân dân huyện", branch: .state, level: .district, province: province,
            district: district, commune: nil, date: dDay, inCorpus: true, period: String(year))
          edge(d, p, .implements, line: 11)
          edge(d, pool[rng.below(pool.count)], .cites, line: 30)
          // A cycle now and then: the provincial plan said to implement a district one.
          if tree % 50 == 7 && di == 0 && pi == 0 { edge(p, d, .implements, line: 40) }
          for ci in 0..<2 {
            let cDay = DayDate(year: year, month: min(12, day.month + 3), day: day.day)!
            let cn = DocumentNumber(
              number: di * 2 + ci + 1, typeCode: "KH", issuers: ["UBND"], shape: .state)
            let c = node(
              key: "\(cn) @\(year) #\(province)/\(district)/Xã \(ci + 1)#\(tree)", number: cn,
              type: "Kế hoạch",
              issuer: "Ủy ban nhân dân xã", branch: .state, level: .commune, province: province,
              district: district,
              commune: "Xã \(ci + 1)", date: cDay, inCorpus: true, period: String(year))
            edge(c, d, .implements, line: 9)
          }
        }
      }
      tree += 1
    }
    return (nodes, edges)
  }
}
