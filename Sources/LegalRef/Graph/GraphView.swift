/// Views of a large graph, as dependency-graph tools offer them: a focus on one document and what it reaches, a
/// depth limit, filters by level, relation and jurisdiction, hiding cited-only documents, and collapsing the
/// cited-only documents cited once into one "N other documents" node per level.
public struct GraphView: Sendable, Equatable {
  /// Which way a focus follows edges.
  public enum Direction: String, Sendable, Equatable {
    /// What the focused document rests on: the documents it cites or implements, and theirs.
    case upstream
    /// What rests on it: the documents that cite or implement it, and theirs.
    case downstream
    /// Both.
    case both
  }

  /// The focused documents' keys (resolve an ID with `ReferenceGraph.nodes(matching:)`).
  public var focus: [String] = []
  public var direction: Direction = .both
  /// How many edges away from the focus to go (nil: no limit).
  public var depth: Int?
  /// Keep only documents of these levels.
  public var levels: Set<Level>?
  /// Keep only edges of these relations.
  public var relations: Set<Relation>?
  /// Keep only documents of this province (and the central documents they link to).
  public var jurisdiction: String?
  /// Hide documents not in the corpus.
  public var corpusOnly = false
  /// Collapse cited-only documents cited by one corpus document into one node per level.
  public var collapseCitedOnce = false
  /// Collapse every cited-only document into one node per level and province (the overview of a huge graph).
  public var collapseAllCitedOnly = false

  public init() {}

  /// Whether the view changes nothing.
  public var isIdentity: Bool { self == GraphView() }

  /// The graph as this view shows it. Linear in nodes and edges.
  public func apply(_ g: ReferenceGraph) -> ReferenceGraph {
    var edges = g.edges
    if let relations { edges = edges.filter { relations.contains($0.relation) } }
    var keep = Set(g.nodes.map(\.key))
    if corpusOnly { keep = keep.filter { g.node($0)?.inCorpus == true } }
    if let levels { keep = keep.filter { g.node($0)?.level.map(levels.contains) == true } }
    if let jurisdiction {
      let local = Set(keep.filter { g.node($0)?.jurisdiction == jurisdiction })
      // Central documents linked to the province's documents stay, so its chains can be read.
      var linked = Set<String>()
      for e in edges {
        if local.contains(e.from), g.node(e.to)?.level == .central { linked.insert(e.to) }
        if local.contains(e.to), g.node(e.from)?.level == .central { linked.insert(e.from) }
      }
      keep = keep.filter { local.contains($0) || linked.contains($0) }
    }
    edges = edges.filter { keep.contains($0.from) && keep.contains($0.to) }
    if !focus.isEmpty {
      var out: [String: [String]] = [:]
      var into: [String: [String]] = [:]
      for e in edges {
        out[e.from, default: []].append(e.to)
        into[e.to, default: []].append(e.from)
      }
      var reached = Set(focus.filter { keep.contains($0) })
      var frontier = Array(reached)
      var level = 0
      while !frontier.isEmpty, depth.map({ level < $0 }) ?? true {
        var next: [String] = []
        for k in frontier {
          if direction != .downstream {
            next += (out[k] ?? []).filter { reached.insert($0).inserted }
          }
          if direction != .upstream {
            next += (into[k] ?? []).filter { reached.insert($0).inserted }
          }
        }
        frontier = next
        level += 1
      }
      keep = reached
      edges = edges.filter { keep.contains($0.from) && keep.contains($0.to) }
    }
    var nodes = g.nodes.filter { keep.contains($0.key) }
    if collapseAllCitedOnly || collapseCitedOnce {
      (nodes, edges) = collapse(nodes, edges, all: collapseAllCitedOnly)
    }
    return ReferenceGraph(
      nodes: nodes, edges: edges, ambiguities: g.ambiguities.filter { keep.contains($0.key) })
  }

  /// Replaces cited-only documents (all of them, or those cited by one corpus document) by one group node per
  /// level (and province, for `all`), keeping one edge per (citing document, relation, group).
  func collapse(_ nodes: [GraphNode], _ edges: [GraphEdge], all: Bool) -> ([GraphNode], [GraphEdge])
  {
    var citers: [String: Set<String>] = [:]
    var linksOn = Set<String>()
    for e in edges {
      citers[e.to, default: []].insert(e.from)
      linksOn.insert(e.from)
    }
    let byKey = Dictionary(uniqueKeysWithValues: nodes.map { ($0.key, $0) })
    var group: [String: String] = [:]
    var members: [String: [GraphNode]] = [:]
    for n in nodes where !n.inCorpus {
      // Only leaves: a cited-only document that itself links on (a stated relation) stays visible.
      guard all || (citers[n.key]?.count ?? 0) <= 1 else { continue }
      guard all || !linksOn.contains(n.key) else { continue }
      let level = n.level?.rawValue ?? "unknown"
      let place = all && n.level != .central ? " #" + (n.jurisdiction ?? "?") : ""
      let g = "group:" + level + place
      group[n.key] = g
      members[g, default: []].append(n)
    }
    var out = nodes.filter { group[$0.key] == nil }
    for (key, list) in members.sorted(by: { $0.key < $1.key }) {
      let first = list[0]
      let place = all && first.level != .central ? (first.jurisdiction ?? "province unknown") : nil
      out.append(
        GraphNode(
          key: key, number: nil, type: nil, issuer: nil, branch: nil, level: first.level,
          jurisdiction: all ? first.jurisdiction : nil, district: nil, date: nil,
          title:
            "\(list.count) other cited document\(list.count == 1 ? "" : "s")\(place.map { " (\($0))" } ?? "")",
          inCorpus: false, file: nil, period: nil))
    }
    var merged: [String: GraphEdge] = [:]
    for e in edges {
      var e = e
      e.from = group[e.from] ?? e.from
      e.to = group[e.to] ?? e.to
      guard e.from != e.to, byKey[e.from] != nil || e.from.hasPrefix("group:") else { continue }
      let k = "\(e.from)\u{0}\(e.to)\u{0}\(e.relation.rawValue)"
      if var m = merged[k] {
        m.evidence += e.evidence
        m.assumed = m.assumed && e.assumed
        merged[k] = m
      } else {
        merged[k] = e
      }
    }
    return (out, Array(merged.values))
  }
}
