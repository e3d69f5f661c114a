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
    // Node by node and edge by edge: the JSON values of the whole graph never exist at once.
    JSONValue.renderObject([
      ("schemaVersion", { out, indent in JSONValue.int(1).write(into: &out, indent: indent) }),
      (
        "nodes",
        { out, indent in
          JSONValue.writeArray(count: g.nodes.count, indent: indent, into: &out) {
            value(g.nodes[$0])
          }
        }
      ),
      (
        "edges",
        { out, indent in
          JSONValue.writeArray(count: g.edges.count, indent: indent, into: &out) {
            value(g.edges[$0])
          }
        }
      ),
      (
        "ambiguities",
        { out, indent in
          JSONValue.array(
            g.ambiguities.map {
              .object([
                ("key", .string($0.key)), ("candidates", .array($0.candidates.map { .string($0) })),
                ("file", .string($0.evidence.file)), ("line", .int($0.evidence.line)),
              ])
            }
          ).write(into: &out, indent: indent)
        }
      ),
    ])
  }
}
