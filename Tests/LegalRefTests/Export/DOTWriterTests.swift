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

  @Test func escapingOrder() {
    #expect(DOTWriter.escape("a\\\"b\nc") == "a\\\\\\\"b\\nc")
  }
}
