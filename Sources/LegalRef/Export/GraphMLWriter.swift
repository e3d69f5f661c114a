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
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 8)
    escape(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether a byte may need escaping or dropping: a mark XML escapes, a control, or the lead byte of U+0080–U+009F
  /// (C2) or of U+FFFE and U+FFFF (EF).
  private static let attention: [Bool] = (0..<256).map { (v: Int) -> Bool in
    let b = UInt8(v)
    if b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xEF { return true }
    return "&<>\"'".utf8.contains(b)
  }

  /// `escape(_:)` appended to UTF-8 bytes, scalar by scalar as the bytes of valid UTF-8 spell them.
  static func escape(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { escape(utf8: $0, into: &out) }
  }

  /// `escape(_:)` of valid UTF-8 bytes, appended.
  static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    do {
      Self.attention.withUnsafeBufferPointer { attention in
        let n = bytes.count
        var k = 0
        while k < n {
          // A run of bytes that need nothing is copied at once.
          var e = k
          while e < n, !attention[Int(bytes[e])] { e += 1 }
          if e > k { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[k..<e])) }
          guard e < n else { break }
          let b = bytes[e]
          k = e + 1
          switch b {
          case UInt8(ascii: "&"): out.append(literal: "&amp;")
          case UInt8(ascii: "<"): out.append(literal: "&lt;")
          case UInt8(ascii: ">"): out.append(literal: "&gt;")
          case UInt8(ascii: "\""): out.append(literal: "&quot;")
          case UInt8(ascii: "'"): out.append(literal: "&apos;")
          case 0x09, 0x0A, 0x0D: out.append(b)
          case 0xC2:
            // U+0080–U+009F (C2 80–C2 9F) are dropped; the other scalars of this lead byte are kept.
            let next = bytes[k]
            k += 1
            if next > 0x9F {
              out.append(b)
              out.append(next)
            }
          case 0xEF:
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters; every other scalar of EF is.
            let (c1, c2) = (bytes[k], bytes[k + 1])
            k += 2
            if !(c1 == 0xBF && c2 >= 0xBE) {
              out.append(b)
              out.append(c1)
              out.append(c2)
            }
          default:
            // Other controls and DEL are dropped.
            break
          }
        }
      }
    }
  }

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
        for (i, ev) in e.evidence.prefix(10).enumerated() {
          if i > 0 { evidence.append(literal: "; ") }
          evidence.append(text: ev.file)
          evidence.append(UInt8(ascii: ":"))
          evidence.append(decimal: ev.line)
          evidence.append(UInt8(ascii: " "))
          evidence.append(text: ev.surface)
        }
        evidence.withUnsafeBufferPointer { escape(utf8: $0, into: &out) }
        out.append(literal: "</data>\n")
      }
      out.append(literal: "    </edge>\n")
      piece()
    }
    out.append(literal: "  </graph>\n</graphml>\n")
    return out
  }
}
