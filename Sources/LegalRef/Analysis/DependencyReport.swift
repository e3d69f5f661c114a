/// One document's dependency report: what it rests on (recursively), what rests on it (recursively), the chains
/// through it and the findings that involve it.
public struct DependencyReport: Sendable {
  /// A document reached from the reported one, with the relation and depth that reached it.
  public struct Link: Hashable, Sendable {
    public var key: String
    public var relation: Relation
    /// 1 for a direct link.
    public var depth: Int
    public var assumed: Bool
    public var stated: Bool
    public var evidence: Evidence?
  }

  public var node: GraphNode
  /// What it cites, implements, rests on — depth first, each document once.
  public var restsOn: [Link]
  /// What cites or implements it — depth first, each document once.
  public var restedOnBy: [Link]
  public var chains: [Chain]
  public var findings: [Finding]

  /// Builds the report of `key` down to `depth` levels of links.
  public static func make(
    _ key: String, graph g: ReferenceGraph, findings: [Finding], depth maxDepth: Int = 3
  ) -> DependencyReport? {
    guard let node = g.node(key) else { return nil }
    var outgoing: [String: [GraphEdge]] = [:]
    var incoming: [String: [GraphEdge]] = [:]
    for e in g.edges {
      outgoing[e.from, default: []].append(e)
      incoming[e.to, default: []].append(e)
    }
    func walk(_ edges: [String: [GraphEdge]], forward: Bool) -> [Link] {
      var out: [Link] = []
      var seen: Set<String> = [key]
      func visit(_ k: String, _ depth: Int) {
        guard depth <= maxDepth else { return }
        for e in edges[k] ?? [] {
          let next = forward ? e.to : e.from
          guard seen.insert(next).inserted else { continue }
          out.append(
            Link(
              key: next, relation: e.relation, depth: depth, assumed: e.assumed, stated: e.stated,
              evidence: e.evidence.first))
          visit(next, depth + 1)
        }
      }
      visit(key, 1)
      return out
    }
    let chains = ChainFinder.chains(g).filter { $0.steps.contains { $0.key == key } }
    return DependencyReport(
      node: node, restsOn: walk(outgoing, forward: true),
      restedOnBy: walk(incoming, forward: false), chains: chains,
      findings: findings.filter { $0.documents.contains(key) })
  }
}
