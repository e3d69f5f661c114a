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
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return s }
    return "\"" + s.replacing("\"", with: "\"\"") + "\""
  }

  static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  public static func nodes(_ g: ReferenceGraph) -> String {
    var out = row(nodeColumns)
    for n in g.nodes {
      out += row([
        n.key, n.number?.description ?? "", n.type ?? "", n.issuer ?? "", n.branch?.rawValue ?? "",
        n.level?.rawValue ?? "", n.jurisdiction ?? "", n.district ?? "", n.commune ?? "",
        n.date?.description ?? "",
        n.period ?? "", n.title ?? "", n.inCorpus ? "true" : "false", n.file ?? "",
        n.registry ?? "",
      ])
    }
    return out
  }

  public static func edges(_ g: ReferenceGraph) -> String {
    var out = row(edgeColumns)
    for e in g.edges {
      out += row([
        e.from, e.to, e.relation.rawValue, String(e.assumed), String(e.stated),
        String(e.evidence.count),
        e.evidence.map { "\($0.file):\($0.line) \($0.surface)" }.joined(separator: "; "),
      ])
    }
    return out
  }
}
