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
    var out: [UInt8] = []
    out.reserveCapacity(700 * g.nodes.count + 420 * g.edges.count + 4096)
    func string(_ s: String) { JSONValue.writeString(s, into: &out) }
    func optional(_ s: String?) {
      if let s { JSONValue.writeString(s, into: &out) } else { out.append(literal: "null") }
    }
    func bool(_ b: Bool) {
      if b { out.append(literal: "true") } else { out.append(literal: "false") }
    }
    out.append(literal: "{\n  \"schemaVersion\": 1,\n  \"nodes\": ")
    if g.nodes.isEmpty {
      out.append(literal: "[]")
    } else {
      out.append(UInt8(ascii: "["))
      for (k, n) in g.nodes.enumerated() {
        out.append(literal: k > 0 ? ",\n    {\n      \"key\": " : "\n    {\n      \"key\": ")
        string(n.key)
        out.append(literal: ",\n      \"id\": ")
        optional(n.number?.description)
        out.append(literal: ",\n      \"type\": ")
        optional(n.type)
        out.append(literal: ",\n      \"issuer\": ")
        optional(n.issuer)
        out.append(literal: ",\n      \"branch\": ")
        optional(n.branch?.rawValue)
        out.append(literal: ",\n      \"level\": ")
        optional(n.level?.rawValue)
        out.append(literal: ",\n      \"jurisdiction\": ")
        optional(n.jurisdiction)
        out.append(literal: ",\n      \"district\": ")
        optional(n.district)
        out.append(literal: ",\n      \"commune\": ")
        optional(n.commune)
        out.append(literal: ",\n      \"date\": ")
        optional(n.date?.description)
        out.append(literal: ",\n      \"period\": ")
        optional(n.period)
        out.append(literal: ",\n      \"title\": ")
        optional(n.title)
        out.append(literal: ",\n      \"inCorpus\": ")
        bool(n.inCorpus)
        out.append(literal: ",\n      \"file\": ")
        optional(n.file)
        out.append(literal: ",\n      \"registry\": ")
        optional(n.registry)
        out.append(literal: "\n    }")
      }
      out.append(literal: "\n  ]")
    }
    out.append(literal: ",\n  \"edges\": ")
    if g.edges.isEmpty {
      out.append(literal: "[]")
    } else {
      out.append(UInt8(ascii: "["))
      for (k, e) in g.edges.enumerated() {
        out.append(literal: k > 0 ? ",\n    {\n      \"from\": " : "\n    {\n      \"from\": ")
        string(e.from)
        out.append(literal: ",\n      \"to\": ")
        string(e.to)
        out.append(literal: ",\n      \"relation\": ")
        string(e.relation.rawValue)
        out.append(literal: ",\n      \"assumed\": ")
        bool(e.assumed)
        out.append(literal: ",\n      \"stated\": ")
        bool(e.stated)
        out.append(literal: ",\n      \"evidence\": ")
        if e.evidence.isEmpty {
          out.append(literal: "[]")
        } else {
          out.append(UInt8(ascii: "["))
          for (i, ev) in e.evidence.enumerated() {
            out.append(
              literal: i > 0
                ? ",\n        {\n          \"file\": " : "\n        {\n          \"file\": ")
            string(ev.file)
            out.append(literal: ",\n          \"line\": ")
            out.append(decimal: ev.line)
            out.append(literal: ",\n          \"column\": ")
            out.append(decimal: ev.column)
            out.append(literal: ",\n          \"surface\": ")
            string(ev.surface)
            out.append(literal: "\n        }")
          }
          out.append(literal: "\n      ]")
        }
        out.append(literal: "\n    }")
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
