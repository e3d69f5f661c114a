/// One step of an implementation chain: a document and how it joined the chain.
public struct ChainStep: Hashable, Sendable {
  /// The document's graph key.
  public var key: String
  /// Where the step's document says it implements the previous one (nil for the root).
  public var evidence: Evidence?
}

/// A maximal path of implements/basis edges read top-down: a root that implements nothing in the graph, then the
/// documents that implement it, and so on, never climbing a level. A basis on a law, decree or circular ("Căn cứ
/// Luật …") is a legal ground, not a link.
public struct Chain: Hashable, Sendable {
  public var steps: [ChainStep]
  /// The root's key.
  public var root: String { steps[0].key }
  /// Whether the chain stopped because it came back to a document already on it (a cycle).
  public var endsInCycle: Bool
}

/// What one root reached: per province, the levels.
public struct Coverage: Hashable, Sendable {
  public var root: String
  /// Province → levels reached there (sorted).
  public var provinces: [(String, [Level])]

  public static func == (a: Coverage, b: Coverage) -> Bool {
    a.root == b.root && a.provinces.map(\.0) == b.provinces.map(\.0)
      && a.provinces.map(\.1) == b.provinces.map(\.1)
  }
  public func hash(into h: inout Hasher) {
    h.combine(root)
    for (p, l) in provinces {
      h.combine(p)
      h.combine(l)
    }
  }
}

/// Finds implementation chains in a graph. Linear in nodes and edges per chain listed; the number of chains is
/// capped so a dense graph cannot explode.
public enum ChainFinder {
  /// The most chains listed per root.
  public static let maxChainsPerRoot = 2_000

  /// The top-down implementation graph: for each document, the documents that implement it (sorted), with evidence.
  static func implementers(_ g: ReferenceGraph) -> [String: [(String, Evidence?)]] {
    var down: [String: [(String, Evidence?)]] = [:]
    for e in g.edges where e.relation.isImplementing {
      // By index, so that the nodes are read in place rather than copied.
      guard let upper = g.index[e.to], let lower = g.index[e.from] else { continue }
      // "Căn cứ Luật …, Nghị định …": a legal ground, not an order being carried down the levels.
      if e.relation == .basis, isLegalGround(g.nodes[upper]) { continue }
      // Never climb a level: a province document cannot implement a district one in a chain.
      if let lu = g.nodes[upper].level, let ll = g.nodes[lower].level, ll < lu { continue }
      down[e.to, default: []].append((e.from, e.evidence.first))
    }
    for k in down.keys { down[k]!.sort { $0.0 < $1.0 } }
    return down
  }

  /// Laws, decrees, circulars and other normative documents: a basis on them is a legal ground, not a chain link.
  static func isLegalGround(_ n: GraphNode) -> Bool {
    if let shape = n.number?.shape, shape == .normative || shape == .parliament { return true }
    guard let t = n.type else { return false }
    return CodeTables.normativeTypeNames.contains(t)
      || ["Luật", "Bộ luật", "Hiến pháp"].contains(t)
  }

  /// Every maximal chain, grouped by root (roots sorted by level, then key).
  public static func chains(_ g: ReferenceGraph) -> [Chain] {
    let down = implementers(g)
    var hasParent = Set<String>()
    for (_, children) in down { for (c, _) in children { hasParent.insert(c) } }
    var roots = down.keys.filter { !hasParent.contains($0) }
    // A cycle with nothing above it has no root: start it at its first key.
    var covered = Set<String>()
    func mark(_ k: String) {
      var stack = [k]
      while let x = stack.popLast() {
        guard covered.insert(x).inserted else { continue }
        for (c, _) in down[x] ?? [] { stack.append(c) }
      }
    }
    for r in roots { mark(r) }
    for k in down.keys.sorted() where !covered.contains(k) {
      roots.append(k)
      mark(k)
    }
    // Each root's depth looked up once, not at every comparison.
    var ranked: [(depth: Int, key: String)] = []
    ranked.reserveCapacity(roots.count)
    for r in roots {
      let depth: Int = g.index[r].flatMap { g.nodes[$0].level?.depth } ?? 9
      ranked.append((depth, r))
    }
    ranked.sort { x, y in x.depth != y.depth ? x.depth < y.depth : x.key < y.key }
    roots = ranked.map(\.key)
    var out: [Chain] = []
    for r in roots {
      var count = 0
      var path: [ChainStep] = [ChainStep(key: r, evidence: nil)]
      var onPath: Set<String> = [r]
      func walk(_ k: String) {
        guard count < maxChainsPerRoot else { return }
        let children = down[k] ?? []
        var extended = false
        for (c, ev) in children {
          if onPath.contains(c) {
            // Back to a document already on the chain: a cycle ends it.
            out.append(Chain(steps: path + [ChainStep(key: c, evidence: ev)], endsInCycle: true))
            count += 1
            extended = true
            continue
          }
          extended = true
          path.append(ChainStep(key: c, evidence: ev))
          onPath.insert(c)
          walk(c)
          onPath.remove(c)
          path.removeLast()
        }
        if !extended, path.count > 1 {
          out.append(Chain(steps: path, endsInCycle: false))
          count += 1
        }
      }
      walk(r)
    }
    return out
  }

  /// Per root: the provinces its chains reach and the levels in each.
  public static func coverage(_ g: ReferenceGraph, chains: [Chain]) -> [Coverage] {
    var byRoot: [String: [String: Set<Level>]] = [:]
    var order: [String] = []
    for c in chains {
      if byRoot[c.root] == nil {
        byRoot[c.root] = [:]
        order.append(c.root)
      }
      for s in c.steps {
        guard let n = g.node(s.key), let level = n.level, level != .central else { continue }
        byRoot[c.root]![n.jurisdiction ?? "?", default: []].insert(level)
      }
    }
    return order.map { root in
      Coverage(
        root: root,
        provinces: byRoot[root]!.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted()) })
    }
  }
}
