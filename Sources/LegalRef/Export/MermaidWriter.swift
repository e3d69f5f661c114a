/// The graph as a Mermaid flowchart (renders on GitHub): `flowchart TD`, one subgraph per level, labels quoted and
/// escaped with Mermaid's entity codes, edges drawn from the cited document down to the citing one and labelled
/// with the relation read that way ("implemented by").
public enum MermaidWriter {
  /// Escapes a label for a double-quoted Mermaid string: quotes, angle brackets, `#` and the like as entity codes,
  /// line breaks as `<br/>`.
  public static func escape(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "#quot;"
      case "#": out += "#35;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "&": out += "#amp;"
      case "`": out += "#96;"
      case "\\": out += "#92;"
      case "|": out += "#124;"
      case "\n": out += "<br/>"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || (0x202A...0x202E).contains(scalar.value)
          || (0x2066...0x2069).contains(scalar.value)
        {
          continue
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

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
    var ids: [String: String] = [:]
    for (k, n) in g.nodes.enumerated() { ids[n.key] = "n\(k + 1)" }
    var out = "flowchart TD\n"
    out += "  classDef party fill:#f8d0cc,stroke:#a3241b\n"
    out += "  classDef state fill:#cfdff5,stroke:#1f4e9e\n"
    out += "  classDef cited stroke-dasharray: 5 5,fill:#ffffff\n"
    let levels: [Level?] = Level.allCases.map { Optional($0) } + [nil]
    for level in levels {
      let members = g.nodes.filter { $0.level == level }
      guard !members.isEmpty else { continue }
      let name = level.map { DOTWriter.levelNames[$0]! } ?? "Cấp chưa rõ — level unknown"
      out += "  subgraph \(level?.rawValue ?? "unknown")[\"\(escape(name))\"]\n"
      for n in members {
        out += "    \(ids[n.key]!)[\"\(escape(DOTWriter.label(n)))\"]\n"
      }
      out += "  end\n"
    }
    for e in g.edges {
      guard let from = ids[e.from], let to = ids[e.to] else { continue }
      let arrow = e.relation == .cites ? "-.->" : "-->"
      out += "  \(to) \(arrow)|\(inverse(e.relation))| \(from)\n"
    }
    for n in g.nodes {
      var classes: [String] = []
      if let b = n.branch { classes.append(b.rawValue) }
      if !n.inCorpus { classes.append("cited") }
      if !classes.isEmpty { out += "  class \(ids[n.key]!) \(classes.joined(separator: ","))\n" }
    }
    return out
  }
}
