/// The graph as a Mermaid flowchart (renders on GitHub): `flowchart TD`, one subgraph per level, labels quoted and
/// escaped with Mermaid's entity codes, edges drawn from the cited document down to the citing one and labelled
/// with the relation read that way ("implemented by").
public enum MermaidWriter {
  /// Escapes a label for a double-quoted Mermaid string: quotes, angle brackets, `#` and the like as entity codes,
  /// line breaks as `<br/>`.
  public static func escape(_ s: String) -> String { label.escaped(s) }

  static func escape(_ s: String, into out: inout [UInt8]) { label.escape(s, into: &out) }

  /// Mermaid labels on bytes: the marks as entity codes, a line break as `<br/>`; controls, DEL, U+0080–U+009F
  /// (C2 80–C2 9F) and the bidirectional controls U+202A–U+202E (E2 80 AA–AE) and U+2066–U+2069 (E2 81 A6–A9)
  /// dropped.
  static let label = ByteEscaper(
    entities: [
      UInt8(ascii: "\""): "#quot;", UInt8(ascii: "#"): "#35;", UInt8(ascii: "<"): "#lt;",
      UInt8(ascii: ">"): "#gt;", UInt8(ascii: "&"): "#amp;", UInt8(ascii: "`"): "#96;",
      UInt8(ascii: "\\"): "#92;", UInt8(ascii: "|"): "#124;", 0x0A: "<br/>",
    ], lead: 0xE2,
    drops: { c1, c2 in
      (c1 == 0x80 && c2 >= 0xAA && c2 <= 0xAE) || (c1 == 0x81 && c2 >= 0xA6 && c2 <= 0xA9)
    })

  static func inverse(_ r: Relation) -> String {
    switch r {
    case .implements: "implemented by"
    case .basis: "basis of"
    case .guides: "guided by"
    case .amends: "amended by"
    case .replaces: "replaced by"
    case .repeals: "repealed by"
    case .cites: "cited by"
    }
  }

  public static func render(_ g: ReferenceGraph) -> String {
    String(decoding: renderBytes(g), as: UTF8.self)
  }

  /// The flowchart as UTF-8, handed to `drain` in pieces when one is given (what is left is returned). Node ids
  /// are n1, n2… in node order.
  static func renderBytes(_ g: ReferenceGraph, drain: ByteDrain? = nil) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(
      drain.map { 2 * $0.pieceSize } ?? 120 * g.nodes.count + 40 * g.edges.count + 1024)
    func piece() {
      if let drain, out.count >= drain.pieceSize { drain.take(&out) }
    }
    func id(_ k: Int) {
      out.append(UInt8(ascii: "n"))
      out.append(decimal: k + 1)
    }
    out.append(literal: "flowchart TD\n")
    out.append(literal: "  classDef party fill:#f8d0cc,stroke:#a3241b\n")
    out.append(literal: "  classDef state fill:#cfdff5,stroke:#1f4e9e\n")
    out.append(literal: "  classDef cited stroke-dasharray: 5 5,fill:#ffffff\n")
    let levels: [Level?] = Level.allCases.map { Optional($0) } + [nil]
    for level in levels {
      let members = g.nodes.indices.filter { g.nodes[$0].level == level }
      guard !members.isEmpty else { continue }
      let name = level.map { DOTWriter.levelNames[$0]! } ?? "Cấp chưa rõ — level unknown"
      out.append(literal: "  subgraph ")
      out.append(text: level?.rawValue ?? "unknown")
      out.append(literal: "[\"")
      escape(name, into: &out)
      out.append(literal: "\"]\n")
      g.nodes.withUnsafeBufferPointer { nodes in
        for k in members {
          out.append(literal: "    ")
          id(k)
          out.append(literal: "[\"")
          escape(DOTWriter.label(nodes[k]), into: &out)
          out.append(literal: "\"]\n")
          piece()
        }
      }
      out.append(literal: "  end\n")
    }
    let nodeCount = g.nodes.count
    for k in g.edges.indices {
      // An edge whose end is no node (none in a built graph) is left out.
      let from = Int(g.edgeFrom[k])
      let to = Int(g.edgeTo[k])
      guard from < nodeCount, to < nodeCount else { continue }
      let relation = g.edges[k].relation
      out.append(literal: "  ")
      id(to)
      out.append(literal: relation == .cites ? " -.->|" : " -->|")
      out.append(text: inverse(relation))
      out.append(literal: "| ")
      id(from)
      out.append(UInt8(ascii: "\n"))
      piece()
    }
    for k in g.nodes.indices {
      let branch = g.nodes[k].branch
      let cited = !g.nodes[k].inCorpus
      guard branch != nil || cited else { continue }
      out.append(literal: "  class ")
      id(k)
      out.append(UInt8(ascii: " "))
      if let branch { out.append(text: branch.rawValue) }
      if cited { out.append(literal: branch == nil ? "cited" : ",cited") }
      out.append(UInt8(ascii: "\n"))
      piece()
    }
    return out
  }
}
