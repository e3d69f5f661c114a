import Foundation
import Testing

@testable import LegalRef

@Suite struct DOTWriterTests {
  @Test func seedGraphIsValidForTheRealDot() throws {
    let dot = DOTWriter.render(SeedGraphTests.graph)
    let r = try Graphviz.render(dot)
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty, "dot said: \(r.stderr)")
    // Graphviz writes "-" as "&#45;" in SVG text.
    let svg = String(decoding: r.stdout, as: UTF8.self).replacingOccurrences(of: "&#45;", with: "-")
    #expect(svg.contains("29-NQ/TW"))
    #expect(svg.contains("Trung ương — central"))
  }

  @Test func longTitlesAreCutOnAWordBoundaryWithAnEllipsis() {
    let title = "Về đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa"
    let cut = DOTWriter.shorten(title, 40)
    #expect(cut == "Về đổi mới căn bản, toàn diện giáo dục…")
    #expect(cut.count <= 41)
    #expect(DOTWriter.shorten("Chỉ thị về nhiệm vụ", 40) == "Chỉ thị về nhiệm vụ")
    // No space in the second half: cut at the limit. Exactly the limit: kept whole.
    #expect(
      DOTWriter.shorten(String(repeating: "ư", count: 12), 10) == String(repeating: "ư", count: 10)
        + "…")
    #expect(
      DOTWriter.shorten(String(repeating: "ư", count: 10), 10) == String(repeating: "ư", count: 10))
    // A decomposed letter is one character of two scalars: counted as one, never split from its mark.
    let decomposed = String(repeating: "u\u{31B}", count: 12)
    #expect(DOTWriter.shorten(decomposed, 10) == String(repeating: "u\u{31B}", count: 10) + "…")
  }

  @Test func outputIsDeterministic() {
    #expect(DOTWriter.render(SeedGraphTests.graph) == DOTWriter.render(SeedGraphTests.graph))
    let shuffled = GraphBuilder.build(
      SeedCorpus.documents.reversed().map {
        CorpusDocument(path: $0.scan.path, profile: $0.profile, citations: $0.classified)
      })
    #expect(DOTWriter.render(shuffled) == DOTWriter.render(SeedGraphTests.graph))
  }

  @Test func nodeIdsAreSyntheticASCII() {
    let dot = DOTWriter.render(SeedGraphTests.graph)
    for line in dot.split(separator: "\n") where line.contains("[label=") && !line.contains("lg") {
      let id = line.trimmingCharacters(in: .whitespaces).prefix { $0 != " " }
      #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }, "\(id)")
    }
    #expect(!dot.hasPrefix("\u{FEFF}"))
  }

  static let hostile: [String] = [
    "Về \"trích dẫn\" và \\ dấu gạch", "Kết thúc bằng \\", "Chứa \\N và \\G và \\l",
    "<script>alert(1)</script> & ]]>", "Điều khiển \u{01}\u{07}\u{1B} ký tự",
    "RTL \u{202E}mark\u{202C}",
    "Dòng một\nDòng hai", String(repeating: "rất dài ", count: 400),
  ]

  @Test(arguments: hostile) func hostileTitlesStayValidAndShowAsText(_ title: String) throws {
    let node = GraphNode(
      key: "file:hostile.txt", number: nil, type: "Chỉ thị", issuer: title, branch: .state,
      level: .province,
      jurisdiction: title, district: nil, date: nil, title: title, inCorpus: true,
      file: "hostile \"x\".txt",
      period: nil)
    let cited = GraphNode(
      key: "29-NQ/TW @XI", number: DocumentNumberParser.parse("29-NQ/TW"), type: "Nghị quyết",
      issuer: title,
      branch: .party, level: .central, jurisdiction: nil, district: nil, date: nil, title: title,
      inCorpus: false,
      file: nil, period: "XI")
    let edge = GraphEdge(
      from: node.key, to: cited.key, relation: .implements, assumed: false, stated: false,
      evidence: [Evidence(file: "hostile \"x\".txt", line: 1, column: 1, surface: title)])
    let g = ReferenceGraph(nodes: [node, cited], edges: [edge], ambiguities: [])
    let r = try Graphviz.render(DOTWriter.render(g, title: title))
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty, "dot said: \(r.stderr)")
    let svg = String(decoding: r.stdout, as: UTF8.self)
    #expect(!svg.contains("<script>"))
  }

  @Test func focusViewOfHostileTitlesIsValidForTheRealDot() throws {
    var nodes: [GraphNode] = []
    var edges: [GraphEdge] = []
    for (k, title) in Self.hostile.enumerated() {
      nodes.append(
        GraphNode(
          key: "file:h\(k).txt", number: nil, type: "Kế hoạch", issuer: title, branch: .party,
          level: .district,
          jurisdiction: title, district: title, date: nil, title: title, inCorpus: true,
          file: "h\(k) \"\\N\".txt",
          period: nil))
      edges.append(
        GraphEdge(
          from: "file:h\(k).txt", to: "29-NQ/TW @XI", relation: k % 2 == 0 ? .implements : .cites,
          assumed: k % 3 == 0,
          stated: false,
          evidence: [Evidence(file: "h\(k).txt", line: k + 1, column: 1, surface: title)]))
    }
    nodes.append(
      GraphNode(
        key: "29-NQ/TW @XI", number: DocumentNumberParser.parse("29-NQ/TW"), type: "Nghị quyết",
        issuer: nil,
        branch: .party, level: .central, jurisdiction: nil, district: nil, date: nil, title: "<b>",
        inCorpus: false,
        file: nil, period: "XI"))
    let g = ReferenceGraph(nodes: nodes, edges: edges, ambiguities: [])
    var view = GraphView()
    view.focus = ["29-NQ/TW @XI"]
    view.direction = .downstream
    view.depth = 1
    let focused = view.apply(g)
    #expect(focused.nodes.count == nodes.count)
    let r = try Graphviz.render(DOTWriter.render(focused, title: "focus \"29-NQ/TW\" \\ <script>"))
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty, "dot said: \(r.stderr)")
    #expect(!String(decoding: r.stdout, as: UTF8.self).contains("<script>"))
  }

  @Test func escapingOrder() {
    #expect(DOTWriter.escape("a\\\"b\nc") == "a\\\\\\\"b\\nc")
  }

  /// A node's shape follows its type, typed with composed or decomposed letters alike.
  @Test func shapesByType() {
    let cases: [(String?, String)] = [
      ("Nghị quyết", "box"), ("Chỉ thị", "hexagon"), ("Kế hoạch", "folder"),
      ("Chương trình hành động", "folder"), ("Quyết định", "octagon"), ("Công văn", "note"),
      ("Hướng dẫn", "note"), (nil, "ellipse"),
    ]
    for (type, shape) in cases {
      #expect(DOTWriter.shape(type) == shape, "\(type ?? "nil")")
      if let type {
        #expect(DOTWriter.shape(type.decomposedStringWithCanonicalMapping) == shape, "\(type) in NFD")
      }
    }
  }
}
