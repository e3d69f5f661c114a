/// Nodes and edges as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks in
/// double quotes with quotes doubled), UTF-8 without BOM, a header row; the same fields as the JSON graph.
public enum CSVWriter {
  public static let nodeColumns = [
    "key", "id", "type", "issuer", "branch", "level", "jurisdiction", "district", "commune", "date",
    "period",
    "title", "inCorpus", "file", "registry",
  ]
  public static let edgeColumns = [
    "from", "to", "relation", "assumed", "stated", "evidenceCount", "evidence",
  ]

  /// One RFC 4180 field.
  public static func field(_ s: String) -> String {
    var out: [UInt8] = []
    out.append(csvField: s)
    return String(decoding: out, as: UTF8.self)
  }

  public static func nodes(_ g: ReferenceGraph) -> String {
    String(decoding: nodesBytes(g), as: UTF8.self)
  }

  public static func edges(_ g: ReferenceGraph) -> String {
    String(decoding: edgesBytes(g), as: UTF8.self)
  }

  /// The header row of `columns`.
  static func header(_ columns: [String], into out: inout [UInt8]) {
    for (k, c) in columns.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      out.append(csvField: c)
    }
    out.append(literal: "\r\n")
  }

  /// nodes.csv as UTF-8, handed to `drain` in pieces when one is given (what is left is returned).
  static func nodesBytes(_ g: ReferenceGraph, drain: ByteDrain? = nil) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(drain.map { 2 * $0.pieceSize } ?? 200 * g.nodes.count + 256)
    header(nodeColumns, into: &out)
    g.nodes.withUnsafeBufferPointer { nodes in
      for n in nodes {
        let fields: [String?] = [
          n.key, n.number?.description, n.type, n.issuer, n.branch?.rawValue, n.level?.rawValue,
          n.jurisdiction, n.district, n.commune, n.date?.description, n.period, n.title,
          n.inCorpus ? "true" : "false", n.file, n.registry,
        ]
        for (k, f) in fields.enumerated() {
          if k > 0 { out.append(UInt8(ascii: ",")) }
          if let f { out.append(csvField: f) }
        }
        out.append(literal: "\r\n")
        if let drain, out.count >= drain.pieceSize { drain.take(&out) }
      }
    }
    return out
  }

  /// edges.csv as UTF-8, handed to `drain` in pieces when one is given (what is left is returned).
  static func edgesBytes(_ g: ReferenceGraph, drain: ByteDrain? = nil) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(drain.map { 2 * $0.pieceSize } ?? 200 * g.edges.count + 256)
    header(edgeColumns, into: &out)
    var evidence: [UInt8] = []
    g.edges.withUnsafeBufferPointer { edges in
      for e in edges {
        out.append(csvField: e.from)
        out.append(UInt8(ascii: ","))
        out.append(csvField: e.to)
        out.append(UInt8(ascii: ","))
        out.append(text: e.relation.rawValue)
        out.append(literal: e.assumed ? ",true," : ",false,")
        out.append(literal: e.stated ? "true," : "false,")
        out.append(decimal: e.evidence.count)
        out.append(UInt8(ascii: ","))
        // "file:line surface; …", one field.
        evidence.removeAll(keepingCapacity: true)
        evidence.append(evidenceList: e.evidence)
        evidence.withUnsafeBufferPointer { out.append(csvField: $0) }
        out.append(literal: "\r\n")
        if let drain, out.count >= drain.pieceSize { drain.take(&out) }
      }
    }
    return out
  }
}

extension Array where Element == UInt8 {
  /// Appends one RFC 4180 field: as it is, or in double quotes with its quotes doubled when it holds a comma, a
  /// quote or a line break (each one byte in UTF-8, so the bytes tell).
  mutating func append(csvField s: String) {
    var s = s
    s.withUTF8 { append(csvField: $0) }
  }

  mutating func append(csvField bytes: UnsafeBufferPointer<UInt8>) {
    var quoted = false
    for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
      quoted = true
      break
    }
    guard quoted else {
      append(contentsOf: bytes)
      return
    }
    append(0x22)
    var start = 0
    for i in 0..<bytes.count where bytes[i] == 0x22 {
      append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...i]))
      append(0x22)
      start = i + 1
    }
    append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    append(0x22)
  }
}
