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
    for e in g.edges {
      guard let to = g.node(e.to), !to.inCorpus, let from = g.node(e.from), from.inCorpus else {
        continue
      }
      citing[e.to, default: []].insert(e.from)
      count[e.to, default: []].formUnion(e.evidence)
    }
    return citing.map { key, docs in
      let evidence = count[key]!.sorted()
      return Item(
        key: key, citingDocuments: docs.count, citations: evidence.count, firstEvidence: evidence[0]
      )
    }.sorted {
      ($0.citingDocuments, $0.citations) != ($1.citingDocuments, $1.citations)
        ? ($0.citingDocuments, $0.citations) > ($1.citingDocuments, $1.citations) : $0.key < $1.key
    }
  }
}
