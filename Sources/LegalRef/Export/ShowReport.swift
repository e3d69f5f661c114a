/// Writes one document's dependency report as text or JSON.
public enum ShowReport {
  public static func text(_ r: DependencyReport, graph g: ReferenceGraph) -> String {
    let n = r.node
    var out = "\(ReportText.id(n)) — \(ReportText.facts(n))\n"
    out += "  key: \(n.key)\n"
    if let issuer = n.issuer { out += "  issuer: \(issuer)\n" }
    if let title = n.title { out += "  title: \(title)\n" }
    if let file = n.file { out += "  file: \(file)\n" }
    if let source = n.registry { out += "  registry: \(source)\n" }
    out += "\nRests on (what it cites, implements or takes as its basis):\n"
    out += links(r.restsOn, g, verb: { "\($0.rawValue)" })
    out += "\nRested on by (what cites or implements it):\n"
    out += links(r.restedOnBy, g, verb: { $0.rawValue })
    out += "\nChains through it:\n"
    if r.chains.isEmpty { out += "  (none)\n" }
    for (k, c) in r.chains.enumerated() {
      let ids = c.steps.map { g.node($0.key).map(ReportText.id) ?? $0.key }
      out += "  \(k + 1). \(ids.joined(separator: " → "))\(c.endsInCycle ? " (cycle)" : "")\n"
    }
    out += "\nFindings:\n"
    if r.findings.isEmpty { out += "  (none)\n" }
    for f in r.findings { out += "  \(f.compilerStyle)\n" }
    return out
  }

  static func links(
    _ list: [DependencyReport.Link], _ g: ReferenceGraph, verb: (Relation) -> String
  ) -> String {
    guard !list.isEmpty else { return "  (none)\n" }
    var out = ""
    for l in list {
      let n = g.node(l.key)!
      let indent = String(repeating: "  ", count: l.depth)
      var notes: [String] = []
      if l.stated { notes.append("stated by a citing document") }
      if l.assumed { notes.append("assumed match") }
      if let e = l.evidence { notes.append(ReportText.evidence(e)) }
      out +=
        "\(indent)- \(verb(l.relation)): \(ReportText.id(n)) (\(ReportText.facts(n)))  [\(notes.joined(separator: "; "))]\n"
    }
    return out
  }

  public static func json(_ r: DependencyReport, graph g: ReferenceGraph) -> String {
    func link(_ l: DependencyReport.Link) -> JSONValue {
      .object([
        ("key", .string(l.key)), ("relation", .string(l.relation.rawValue)),
        ("depth", .int(l.depth)),
        ("assumed", .bool(l.assumed)), ("stated", .bool(l.stated)),
        ("file", .optional(l.evidence?.file)), ("line", l.evidence.map { .int($0.line) } ?? .null),
      ])
    }
    return JSONValue.object([
      ("schemaVersion", .int(1)),
      ("document", GraphJSON.value(r.node)),
      ("restsOn", .array(r.restsOn.map(link))),
      ("restedOnBy", .array(r.restedOnBy.map(link))),
      ("chains", .array(r.chains.map { c in .array(c.steps.map { .string($0.key) }) })),
      ("findings", .array(r.findings.map { .string($0.compilerStyle) })),
    ]).rendered()
  }
}
