/// The graph as JSON: `{"schemaVersion": 1, "nodes": [...], "edges": [...], "ambiguities": [...]}`.
public enum GraphJSON {
  /// The JSON value of a node.
  static func value(_ n: GraphNode) -> JSONValue {
    .object([
      ("key", .string(n.key)),
      ("id", .optional(n.number?.description)),
      ("type", .optional(n.type)),
      ("issuer", .optional(n.issuer)),
      ("branch", .optional(n.branch?.rawValue)),
      ("level", .optional(n.level?.rawValue)),
      ("jurisdiction", .optional(n.jurisdiction)),
      ("district", .optional(n.district)),
      ("commune", .optional(n.commune)),
      ("date", .optional(n.date?.description)),
      ("period", .optional(n.period)),
      ("title", .optional(n.title)),
      ("inCorpus", .bool(n.inCorpus)),
      ("file", .optional(n.file)),
      ("registry", .optional(n.registry)),
    ])
  }

  /// The JSON value of an edge.
  static func value(_ e: GraphEdge) -> JSONValue {
    .object([
      ("from", .string(e.from)),
      ("to", .string(e.to)),
      ("relation", .string(e.relation.rawValue)),
      ("assumed", .bool(e.assumed)),
      ("stated", .bool(e.stated)),
      (
        "evidence",
        .array(
          e.evidence.map {
            .object([
              ("file", .string($0.file)), ("line", .int($0.line)), ("column", .int($0.column)),
              ("surface", .string($0.surface)),
            ])
          })
      ),
    ])
  }

  /// The whole graph.
  public static func render(_ g: ReferenceGraph) -> String {
    String(decoding: renderBytes(g), as: UTF8.self)
  }

  /// `render` as UTF-8 bytes: written straight into one buffer, exactly as the pretty-printed `JSONValue` of the
  /// whole graph would be (two-space indentation, keys in order), without making the values.
  public static func renderBytes(_ g: ReferenceGraph) -> [UInt8] {
    renderBytes(g, drain: nil)
  }

  /// `renderBytes`, handing the bytes made so far to `drain` (which empties the buffer) whenever they pass
  /// its `pieceSize` after a node or an edge; returns what is left. The pieces and the rest, joined, are
  /// `renderBytes(g)`.
  static func renderBytes(_ g: ReferenceGraph, drain: ByteDrain?) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(
      drain.map { 2 * $0.pieceSize } ?? 700 * g.nodes.count + 420 * g.edges.count + 4096)
    // The buffer is handed to the helpers, not captured by them: a captured variable is checked for exclusive
    // access at run time at every use inside the loops' closures.
    func piece(_ out: inout [UInt8]) {
      if let drain, out.count >= drain.pieceSize { drain.take(&out) }
    }
    func string(_ s: String, _ out: inout [UInt8]) { JSONValue.writeString(s, into: &out) }
    func optional(_ s: String?, _ out: inout [UInt8]) {
      if let s { JSONValue.writeString(s, into: &out) } else { out.append(literal: "null") }
    }
    func bool(_ b: Bool, _ out: inout [UInt8]) {
      if b { out.append(literal: "true") } else { out.append(literal: "false") }
    }
    out.append(literal: "{\n  \"schemaVersion\": 1,\n  \"nodes\": ")
    if g.nodes.isEmpty {
      out.append(literal: "[]")
    } else {
      out.append(UInt8(ascii: "["))
      // Through a buffer pointer: no array is retained per field read.
      g.nodes.withUnsafeBufferPointer { nodes in
        for k in nodes.indices {
          out.append(literal: k > 0 ? ",\n    {\n      \"key\": " : "\n    {\n      \"key\": ")
          string(nodes[k].key, &out)
          out.append(literal: ",\n      \"id\": ")
          optional(nodes[k].number?.description, &out)
          out.append(literal: ",\n      \"type\": ")
          optional(nodes[k].type, &out)
          out.append(literal: ",\n      \"issuer\": ")
          optional(nodes[k].issuer, &out)
          out.append(literal: ",\n      \"branch\": ")
          optional(nodes[k].branch?.rawValue, &out)
          out.append(literal: ",\n      \"level\": ")
          optional(nodes[k].level?.rawValue, &out)
          out.append(literal: ",\n      \"jurisdiction\": ")
          optional(nodes[k].jurisdiction, &out)
          out.append(literal: ",\n      \"district\": ")
          optional(nodes[k].district, &out)
          out.append(literal: ",\n      \"commune\": ")
          optional(nodes[k].commune, &out)
          out.append(literal: ",\n      \"date\": ")
          optional(nodes[k].date?.description, &out)
          out.append(literal: ",\n      \"period\": ")
          optional(nodes[k].period, &out)
          out.append(literal: ",\n      \"title\": ")
          optional(nodes[k].title, &out)
          out.append(literal: ",\n      \"inCorpus\": ")
          bool(nodes[k].inCorpus, &out)
          out.append(literal: ",\n      \"file\": ")
          optional(nodes[k].file, &out)
          out.append(literal: ",\n      \"registry\": ")
          optional(nodes[k].registry, &out)
          out.append(literal: "\n    }")
          piece(&out)
        }
      }
      out.append(literal: "\n  ]")
    }
    out.append(literal: ",\n  \"edges\": ")
    if g.edges.isEmpty {
      out.append(literal: "[]")
    } else {
      out.append(UInt8(ascii: "["))
      g.edges.withUnsafeBufferPointer { edges in
        for k in edges.indices {
          out.append(literal: k > 0 ? ",\n    {\n      \"from\": " : "\n    {\n      \"from\": ")
          string(edges[k].from, &out)
          out.append(literal: ",\n      \"to\": ")
          string(edges[k].to, &out)
          out.append(literal: ",\n      \"relation\": ")
          string(edges[k].relation.rawValue, &out)
          out.append(literal: ",\n      \"assumed\": ")
          bool(edges[k].assumed, &out)
          out.append(literal: ",\n      \"stated\": ")
          bool(edges[k].stated, &out)
          out.append(literal: ",\n      \"evidence\": ")
          if edges[k].evidence.isEmpty {
            out.append(literal: "[]")
          } else {
            out.append(UInt8(ascii: "["))
            edges[k].evidence.withUnsafeBufferPointer { evidence in
              for i in evidence.indices {
                out.append(
                  literal: i > 0
                    ? ",\n        {\n          \"file\": " : "\n        {\n          \"file\": ")
                string(evidence[i].file, &out)
                out.append(literal: ",\n          \"line\": ")
                out.append(decimal: evidence[i].line)
                out.append(literal: ",\n          \"column\": ")
                out.append(decimal: evidence[i].column)
                out.append(literal: ",\n          \"surface\": ")
                string(evidence[i].surface, &out)
                out.append(literal: "\n        }")
              }
            }
            out.append(literal: "\n      ]")
          }
          out.append(literal: "\n    }")
          piece(&out)
        }
      }
      out.append(literal: "\n  ]")
    }
    out.append(literal: ",\n  \"ambiguities\": ")
    JSONValue.array(
      g.ambiguities.map {
        .object([
          ("key", .string($0.key)), ("candidates", .array($0.candidates.map { .string($0) })),
          ("file", .string($0.evidence.file)), ("line", .int($0.evidence.line)),
        ])
      }
    ).write(into: &out, indent: 1)
    out.append(literal: "\n}\n")
    return out
  }
}
