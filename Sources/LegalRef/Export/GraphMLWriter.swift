/// The graph as GraphML (valid XML that networkx's `read_graphml`, Gephi and yEd open): `<key>` declarations for
/// every attribute, a directed graph, node ids n1… in key order and edge ids e1… in edge order, XML escaping, and the
/// characters XML 1.0 forbids removed.
public enum GraphMLWriter {
  static let nodeKeys: [(id: String, name: String, type: String)] = [
    ("d0", "key", "string"), ("d1", "number", "string"), ("d2", "type", "string"),
    ("d3", "issuer", "string"),
    ("d4", "branch", "string"), ("d5", "level", "string"), ("d6", "jurisdiction", "string"),
    ("d7", "district", "string"), ("d8", "date", "string"), ("d9", "title", "string"),
    ("d10", "inCorpus", "boolean"),
    ("d11", "file", "string"), ("d12", "label", "string"),
  ]
  static let edgeKeys: [(id: String, name: String, type: String)] = [
    ("r0", "relation", "string"), ("r1", "evidenceCount", "int"), ("r2", "assumed", "boolean"),
    ("r3", "stated", "boolean"), ("r4", "evidence", "string"),
  ]

  /// Escapes text for XML content and attributes, dropping characters XML 1.0 does not allow.
  public static func escape(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        let v = scalar.value
        let allowed =
          v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
          || (0xE000...0xFFFD).contains(v)
          || v >= 0x10000
        if allowed && !(0x7F...0x9F).contains(v) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  public static func render(_ g: ReferenceGraph) -> String {
    var ids: [String: String] = [:]
    for (k, n) in g.nodes.enumerated() { ids[n.key] = "n\(k + 1)" }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
    out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    out +=
      " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for k in nodeKeys {
      out +=
        "  <key id=\"\(k.id)\" for=\"node\" attr.name=\"\(k.name)\" attr.type=\"\(k.type)\"/>\n"
    }
    for k in edgeKeys {
      out +=
        "  <key id=\"\(k.id)\" for=\"edge\" attr.name=\"\(k.name)\" attr.type=\"\(k.type)\"/>\n"
    }
    out += "  <graph id=\"legalref\" edgedefault=\"directed\">\n"
    for n in g.nodes {
      out += "    <node id=\"\(ids[n.key]!)\">\n"
      let values: [(String, String?)] = [
        ("d0", n.key), ("d1", n.number?.description), ("d2", n.type), ("d3", n.issuer),
        ("d4", n.branch?.rawValue),
        ("d5", n.level?.rawValue), ("d6", n.jurisdiction), ("d7", n.district),
        ("d8", n.date?.description),
        ("d9", n.title), ("d10", n.inCorpus ? "true" : "false"), ("d11", n.file),
        ("d12", n.number?.description ?? n.file ?? n.title ?? n.key),
      ]
      for (key, value) in values {
        if let value { out += "      <data key=\"\(key)\">\(escape(value))</data>\n" }
      }
      out += "    </node>\n"
    }
    for (k, e) in g.edges.enumerated() {
      guard let from = ids[e.from], let to = ids[e.to] else { continue }
      out += "    <edge id=\"e\(k + 1)\" source=\"\(from)\" target=\"\(to)\">\n"
      out += "      <data key=\"r0\">\(e.relation.rawValue)</data>\n"
      out += "      <data key=\"r1\">\(e.evidence.count)</data>\n"
      out += "      <data key=\"r2\">\(e.assumed)</data>\n"
      out += "      <data key=\"r3\">\(e.stated)</data>\n"
      let evidence = e.evidence.prefix(10).map { "\($0.file):\($0.line) \($0.surface)" }.joined(
        separator: "; ")
      out += "      <data key=\"r4\">\(escape(evidence))</data>\n"
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }
}
