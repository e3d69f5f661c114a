/// One step of an implementation chain: a document and how it joined the chain.
public struct ChainStep: Hashable, Sendable {
  /// The document's graph key.
  public var key: String
  /// Where the step's document says it implements the previous one (nil for the root).
  public var evidence: Evidence?
  /// The node's index in the graph the chain was found in (-1 when not known), so that the reports need not look
  /// the key up again; ``ReferenceGraph/nodeIndex(of:)`` checks it against the key.
  var node = -1

  public init(key: String, evidence: Evidence?) {
    self.key = key
    self.evidence = evidence
  }

  init(key: String, evidence: Evidence?, node: Int) {
    self.key = key
    self.evidence = evidence
    self.node = node
  }

  // A step is its key and evidence: the node index is a cache.
  public static func == (a: ChainStep, b: ChainStep) -> Bool {
    a.key == b.key && a.evidence == b.evidence
  }
  public func hash(into h: inout Hasher) {
    h.combine(key)
    h.combine(evidence)
  }
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

  /// The top-down implementation graph: for each node, the nodes that implement it (in key order, as the edges
  /// are sorted), with the edge.
  struct Down {
    /// Node k's children are `child[start[k]..<start[k + 1]]`.
    var start: [Int]
    var child: [Int32]
    /// The edge each child implements its parent through.
    var edge: [Int32]

    func children(_ k: Int) -> Range<Int> { start[k]..<start[k + 1] }
    func hasChildren(_ k: Int) -> Bool { start[k + 1] > start[k] }
  }

  /// The top-down implementation graph of `g`, built once.
  static func down(_ g: ReferenceGraph) -> Down {
    let n = g.nodes.count
    var keep = [Bool](repeating: false, count: g.edges.count)
    var start = [Int](repeating: 0, count: n + 1)
    // Whether each node is a legal ground, decided once per node that a basis edge names.
    var legalGround = [UInt8](repeating: 0, count: n)
    for e in g.edges.indices where g.edges[e].relation.isImplementing {
      let upper = Int(g.edgeTo[e])
      let lower = Int(g.edgeFrom[e])
      guard upper < n, lower < n else { continue }
      // "Căn cứ Luật …, Nghị định …": a legal ground, not an order being carried down the levels.
      if g.edges[e].relation == .basis {
        if legalGround[upper] == 0 { legalGround[upper] = isLegalGround(g.nodes[upper]) ? 1 : 2 }
        if legalGround[upper] == 1 { continue }
      }
      // Never climb a level: a province document cannot implement a district one in a chain.
      if let lu = g.nodes[upper].level, let ll = g.nodes[lower].level, ll < lu { continue }
      keep[e] = true
      start[upper + 1] += 1
    }
    for k in 0..<n { start[k + 1] += start[k] }
    var fill = start
    var child = [Int32](repeating: 0, count: start[n])
    var via = [Int32](repeating: 0, count: start[n])
    // Edges come sorted by (from, to, relation): each node's children arrive in key order.
    for e in g.edges.indices where keep[e] {
      let upper = Int(g.edgeTo[e])
      child[fill[upper]] = g.edgeFrom[e]
      via[fill[upper]] = Int32(e)
      fill[upper] += 1
    }
    return Down(start: start, child: child, edge: via)
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
    var out: [Chain] = []
    var path: [ChainStep] = []
    func step(_ node: Int, _ edge: Int) -> ChainStep {
      ChainStep(key: g.nodes[node].key, evidence: g.edges[edge].evidence.first, node: node)
    }
    walk(
      g,
      root: { path = [ChainStep(key: g.nodes[$0].key, evidence: nil, node: $0)] },
      down: { path.append(step($0, $1)) },
      up: { path.removeLast() },
      chain: { cycle in
        if let (node, edge) = cycle {
          var steps = path
          steps.append(step(node, edge))
          out.append(Chain(steps: steps, endsInCycle: true))
        } else {
          out.append(Chain(steps: path, endsInCycle: false))
        }
      })
    return out
  }

  /// How many chains `chains(_:)` finds, found by the same walk without making them (for a run that reports only
  /// the count: 159,307 chains of 10,000 documents hold about 800,000 steps).
  public static func count(_ g: ReferenceGraph) -> Int {
    var total = 0
    walk(g, root: { _ in }, down: { _, _ in }, up: {}, chain: { _ in total += 1 })
    return total
  }

  /// The walk of `chains` and `count`: from each root in order, depth first down the implementation tree, told
  /// to `root` (a node), `down` (the node stepped to and the edge), `up` (the step back) and `chain` for each chain,
  /// which ends at a document with nothing below it, or at one already on the path (a cycle: the node and edge of
  /// that last step are given); at most `maxChainsPerRoot` chains a root (a cycle found at the limit still counts).
  static func walk(
    _ g: ReferenceGraph, root: (Int) -> Void, down step: (Int, Int) -> Void, up: () -> Void,
    chain: ((node: Int, edge: Int)?) -> Void
  ) {
    let down = down(g)
    var onPath = [Bool](repeating: false, count: g.nodes.count)
    var length = 0
    for r in roots(g, down) {
      var count = 0
      root(r)
      length = 1
      onPath[r] = true
      func walk(_ k: Int) {
        guard count < maxChainsPerRoot else { return }
        var extended = false
        for i in down.children(k) {
          let c = Int(down.child[i])
          extended = true
          if onPath[c] {
            // Back to a document already on the chain: a cycle ends it.
            chain((c, Int(down.edge[i])))
            count += 1
            continue
          }
          step(c, Int(down.edge[i]))
          length += 1
          onPath[c] = true
          walk(c)
          onPath[c] = false
          length -= 1
          up()
        }
        if !extended, length > 1 {
          chain(nil)
          count += 1
        }
      }
      walk(r)
      onPath[r] = false
    }
  }

  /// The roots of the chains in order: the nodes with children and no parent, then one node of each cycle that
  /// nothing is above, by level, then key.
  static func roots(_ g: ReferenceGraph, _ down: Down) -> [Int] {
    let n = g.nodes.count
    var hasParent = [Bool](repeating: false, count: n)
    for c in down.child { hasParent[Int(c)] = true }
    var roots = (0..<n).filter { down.hasChildren($0) && !hasParent[$0] }
    // A cycle with nothing above it has no root: start it at its first key.
    var covered = [Bool](repeating: false, count: n)
    var stack: [Int] = []
    func mark(_ k: Int) {
      stack.append(k)
      while let x = stack.popLast() {
        guard !covered[x] else { continue }
        covered[x] = true
        for c in down.children(x) { stack.append(Int(down.child[c])) }
      }
    }
    for r in roots { mark(r) }
    for k in 0..<n where down.hasChildren(k) && !covered[k] {
      roots.append(k)
      mark(k)
    }
    // Each root's depth looked up once, not at every comparison; node indices follow key order.
    var ranked: [(depth: Int, node: Int)] = []
    ranked.reserveCapacity(roots.count)
    for r in roots { ranked.append((g.nodes[r].level?.depth ?? 9, r)) }
    ranked.sort { x, y in x.depth != y.depth ? x.depth < y.depth : x.node < y.node }
    return ranked.map(\.node)
  }

  /// Per root: the provinces its chains reach and the levels in each. Each node is counted once per root however
  /// many of the root's chains pass through it (chains share their first steps: 159,307 chains of 10,000 documents
  /// hold about 800,000 steps, but a few tens of thousands of distinct root and node pairs).
  public static func coverage(_ g: ReferenceGraph, chains: [Chain]) -> [Coverage] {
    var ordinalOf: [String: Int] = [:]
    var roots: [String] = []
    var reached: [[String: Set<Level>]] = []
    // The ordinal of the last root that counted each node.
    var countedFor = [Int](repeating: -1, count: g.nodes.count)
    var lastRoot: String?
    var current = -1
    for c in chains {
      let root = c.root
      if root != lastRoot {
        if let k = ordinalOf[root] {
          current = k
        } else {
          current = roots.count
          ordinalOf[root] = current
          roots.append(root)
          reached.append([:])
        }
        lastRoot = root
      }
      for s in c.steps {
        guard let i = g.nodeIndex(of: s), countedFor[i] != current else { continue }
        countedFor[i] = current
        // The node's fields read where they are, not the node copied for each step.
        guard let level = g.nodes[i].level, level != .central else { continue }
        reached[current][g.nodes[i].jurisdiction ?? "?", default: []].insert(level)
      }
    }
    return roots.indices.map { k in
      Coverage(
        root: roots[k],
        provinces: reached[k].sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted()) })
    }
  }
}

extension ReferenceGraph {
  /// The index of a chain step's node: the one the chain finder noted when it is this graph's node of that key,
  /// else looked up by key.
  func nodeIndex(of step: ChainStep) -> Int? {
    let i = step.node
    if i >= 0, i < nodes.count, nodes[i].key == step.key { return i }
    return index[step.key]
  }
}
