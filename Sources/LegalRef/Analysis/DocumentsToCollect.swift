/// The documents cited but not in the corpus, ranked by how many corpus documents cite each: what to collect next.
public enum DocumentsToCollect {
  /// One document to collect.
  public struct Item: Hashable, Sendable {
    public var key: String
    /// How many corpus documents cite it.
    public var citingDocuments: Int
    /// How many citations name it.
    public var citations: Int
    /// The first place it is cited.
    public var firstEvidence: Evidence
  }

  /// The list, most cited first, then by key.
  public static func list(_ g: ReferenceGraph) -> [Item] {
    var citing: [String: Set<String>] = [:]
    var count: [String: Set<Evidence>] = [:]
    // By index: a node's flag is read without copying the node.
    for e in g.edges {
      guard let to = g.index[e.to], !g.nodes[to].inCorpus, let from = g.index[e.from],
        g.nodes[from].inCorpus
      else {
        continue
      }
      citing[e.to, default: []].insert(e.from)
      count[e.to, default: []].formUnion(e.evidence)
    }
    return citing.map { key, docs in
      // Evidence is totally ordered: the first of the sorted set is its minimum.
      let evidence = count[key]!
      return Item(
        key: key, citingDocuments: docs.count, citations: evidence.count,
        firstEvidence: evidence.min()!)
    }.sorted {
      ($0.citingDocuments, $0.citations) != ($1.citingDocuments, $1.citations)
        ? ($0.citingDocuments, $0.citations) > ($1.citingDocuments, $1.citations) : $0.key < $1.key
    }
  }
}
