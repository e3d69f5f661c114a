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
  public static func escape(_ s: String) -> String { xml.escaped(s) }

  static func escape(_ s: String, into out: inout [UInt8]) { xml.escape(s, into: &out) }

  /// XML 1.0 on bytes: the five marks as entities; controls but tab and line ends, DEL, U+0080–U+009F (C2 80–C2 9F)
  /// and U+FFFE, U+FFFF (EF BF BE, EF BF BF) dropped.
  static let xml = ByteEscaper(
    entities: [
      UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;",
      UInt8(ascii: "\""): "&quot;", UInt8(ascii: "'"): "&apos;",
    ], keeping: [0x09, 0x0A, 0x0D], lead: 0xEF, drops: { c1, c2 in c1 == 0xBF && c2 >= 0xBE })

  public static func render(_ g: ReferenceGraph) -> String {
    String(decoding: renderBytes(g), as: UTF8.self)
  }

  /// The GraphML as UTF-8, handed to `drain` in pieces when one is given (what is left is returned).
  static func renderBytes(_ g: ReferenceGraph, drain: ByteDrain? = nil) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(
      drain.map { 2 * $0.pieceSize } ?? 400 * g.nodes.count + 300 * g.edges.count + 4096)
    out.append(literal: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    out.append(literal: "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
    out.append(literal: " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
    out.append(
      literal:
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    )
    for (keys, target) in [(nodeKeys, "node"), (edgeKeys, "edge")] {
      for k in keys {
        out.append(
          text:
            "  <key id=\"\(k.id)\" for=\"\(target)\" attr.name=\"\(k.name)\" attr.type=\"\(k.type)\"/>\n"
        )
      }
    }
    out.append(literal: "  <graph id=\"legalref\" edgedefault=\"directed\">\n")
    func piece() {
      if let drain, out.count >= drain.pieceSize { drain.take(&out) }
    }
    func data(_ key: StaticString, _ value: String?) {
      guard let value else { return }
      out.append(literal: "      <data key=\"")
      out.append(literal: key)
      out.append(literal: "\">")
      escape(value, into: &out)
      out.append(literal: "</data>\n")
    }
    for k in g.nodes.indices {
      out.append(literal: "    <node id=\"n")
      out.append(decimal: k + 1)
      out.append(literal: "\">\n")
      // Through a buffer pointer: the node is read where it is, not copied.
      g.nodes.withUnsafeBufferPointer { nodes in
        let n = nodes[k]
        let number = n.number?.description
        data("d0", n.key)
        data("d1", number)
        data("d2", n.type)
        data("d3", n.issuer)
        data("d4", n.branch?.rawValue)
        data("d5", n.level?.rawValue)
        data("d6", n.jurisdiction)
        data("d7", n.district)
        data("d8", n.date?.description)
        data("d9", n.title)
        data("d10", n.inCorpus ? "true" : "false")
        data("d11", n.file)
        data("d12", number ?? n.file ?? n.title ?? n.key)
      }
      out.append(literal: "    </node>\n")
      piece()
    }
    let nodeCount = g.nodes.count
    var evidence: [UInt8] = []
    for k in g.edges.indices {
      // An edge whose end is no node (none in a built graph) is left out.
      let from = Int(g.edgeFrom[k])
      let to = Int(g.edgeTo[k])
      guard from < nodeCount, to < nodeCount else { continue }
      out.append(literal: "    <edge id=\"e")
      out.append(decimal: k + 1)
      out.append(literal: "\" source=\"n")
      out.append(decimal: from + 1)
      out.append(literal: "\" target=\"n")
      out.append(decimal: to + 1)
      out.append(literal: "\">\n")
      g.edges.withUnsafeBufferPointer { edges in
        let e = edges[k]
        out.append(literal: "      <data key=\"r0\">")
        out.append(text: e.relation.rawValue)
        out.append(literal: "</data>\n      <data key=\"r1\">")
        out.append(decimal: e.evidence.count)
        out.append(literal: "</data>\n      <data key=\"r2\">")
        if e.assumed { out.append(literal: "true") } else { out.append(literal: "false") }
        out.append(literal: "</data>\n      <data key=\"r3\">")
        if e.stated { out.append(literal: "true") } else { out.append(literal: "false") }
        out.append(literal: "</data>\n      <data key=\"r4\">")
        // "file:line surface; …" of the first ten, escaped as one text.
        evidence.removeAll(keepingCapacity: true)
        evidence.append(evidenceList: e.evidence.prefix(10))
        evidence.withUnsafeBufferPointer { xml.escape(utf8: $0, into: &out) }
        out.append(literal: "</data>\n")
      }
      out.append(literal: "    </edge>\n")
      piece()
    }
    out.append(literal: "  </graph>\n</graphml>\n")
    return out
  }
}
