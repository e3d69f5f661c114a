/// Where an edge was read: the citing file, the line of the cited number, and the number as written.
public struct Evidence: Hashable, Sendable, Comparable {
  public var file: String
  public var line: Int
  public var column: Int
  public var surface: String

  public init(file: String, line: Int, column: Int, surface: String) {
    self.file = file
    self.line = line
    self.column = column
    self.surface = surface
  }

  public static func < (a: Evidence, b: Evidence) -> Bool {
    (a.file, a.line, a.column, a.surface) < (b.file, b.line, b.column, b.surface)
  }
}

/// One document: in the corpus, or only cited.
public struct GraphNode: Hashable, Sendable {
  /// The identity: the canonical number with its period (year or Party term) and place when they matter, or
  /// "file:PATH" for a corpus file without a number of its own.
  public var key: String
  /// The canonical number, nil for a corpus file without one.
  public var number: DocumentNumber?
  public var type: String?
  public var issuer: String?
  public var branch: Branch?
  public var level: Level?
  /// The province, for local documents.
  public var jurisdiction: String?
  public var district: String?
  /// The commune, for commune documents, when named.
  public var commune: String? = nil
  public var date: DocumentDate?
  public var title: String?
  /// Whether the document is a corpus file.
  public var inCorpus: Bool
  /// The corpus file.
  public var file: String?
  /// The year (State) or Party term the number belongs to, when known.
  public var period: String?
  /// For a document the registry knows: the public source its facts were checked against.
  public var registry: String? = nil

  /// Whether this is a document referred to without a number that nothing identified ("Chỉ thị của Bộ Giáo dục và
  /// Đào tạo về nhiệm vụ năm học 2021-2022"): its key is its description in brackets, its title the description.
  public var isUnnumberedReference: Bool { number == nil && file == nil && key.hasPrefix("[") }
}

/// One relation between two documents, with every place it was read.
public struct GraphEdge: Hashable, Sendable {
  /// The key of the citing (or implementing) document.
  public var from: String
  /// The key of the cited (or implemented) document.
  public var to: String
  public var relation: Relation
  /// Whether the edge rests on an assumption (an undated number matched to its only dated candidate).
  public var assumed: Bool
  /// Whether a third document stated this relation ("Kế hoạch số 97-KH/TU … về việc thực hiện Kết luận …").
  public var stated: Bool
  public var evidence: [Evidence]
}

/// A number that could mean several documents (an undated yearly number with several dated candidates).
public struct Ambiguity: Hashable, Sendable {
  /// The key of the node the citation was left on.
  public var key: String
  /// The candidate keys.
  public var candidates: [String]
  public var evidence: Evidence
}

/// The reference graph: nodes sorted by key, edges by (from, to, relation).
public struct ReferenceGraph: Sendable {
  public private(set) var nodes: [GraphNode]
  public private(set) var edges: [GraphEdge]
  public private(set) var ambiguities: [Ambiguity]
  /// Node index by key.
  public let index: [String: Int]
  /// For each edge, the id of its `from` end: the index of its node in `nodes`, or for a key no node has,
  /// `nodes.count` plus its position in `endKeys`.
  let edgeFrom: [Int32]
  /// For each edge, the id of its `to` end (as `edgeFrom`).
  let edgeTo: [Int32]
  /// The keys edges name that are no node (none in a built graph), by id − `nodes.count`.
  let endKeys: [String]

  public init(nodes: [GraphNode], edges: [GraphEdge], ambiguities: [Ambiguity]) {
    // Nodes sorted once by key (stable); every later order is by node index, an integer.
    let order = KeyOrder.sortedIndices(nodes.map(\.key))
    var index: [String: Int] = [:]
    index.reserveCapacity(nodes.count)
    var sorted: [GraphNode] = []
    sorted.reserveCapacity(nodes.count)
    for (k, i) in order.enumerated() {
      sorted.append(nodes[i])
      index[nodes[i].key] = k
    }
    var from: [Int32] = []
    var to: [Int32] = []
    from.reserveCapacity(edges.count)
    to.reserveCapacity(edges.count)
    var endKeys: [String] = []
    var endIndex: [String: Int] = [:]
    func id(_ key: String) -> Int32 {
      if let k = index[key] { return Int32(k) }
      if let k = endIndex[key] { return Int32(sorted.count + k) }
      endIndex[key] = endKeys.count
      endKeys.append(key)
      return Int32(sorted.count + endKeys.count - 1)
    }
    for e in edges {
      from.append(id(e.from))
      to.append(id(e.to))
    }
    self.init(
      sortedNodes: sorted, index: index, edges: edges, from: from, to: to, endKeys: endKeys,
      ambiguities: ambiguities)
  }

  /// A graph of nodes already sorted by key (unique), with `index` their positions and `from`/`to` the ids of
  /// each edge's ends (see `edgeFrom`). Edges are sorted here.
  init(
    sortedNodes: [GraphNode], index: [String: Int], edges: consuming [GraphEdge], from: [Int32],
    to: [Int32], endKeys: [String] = [], ambiguities: [Ambiguity]
  ) {
    self.nodes = sortedNodes
    self.index = index
    self.ambiguities = ambiguities
    self.endKeys = endKeys
    let order: [Int]
    if !endKeys.isEmpty {
      // An edge to a key that is no node: compare the keys themselves.
      order = edges.indices.sorted { a, b in
        let x = edges[a]
        let y = edges[b]
        if x.from != y.from { return x.from < y.from }
        if x.to != y.to { return x.to < y.to }
        if x.relation != y.relation { return x.relation < y.relation }
        return a < b
      }
    } else {
      // Node indices follow key order, so (from, to, relation) is one integer per edge.
      var packed: [(UInt64, Int32)] = []
      packed.reserveCapacity(edges.count)
      for k in edges.indices {
        let key = Self.edgeKey(Int(from[k]), Int(to[k]), edges[k].relation)
        packed.append((key, Int32(k)))
      }
      packed.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      order = packed.map { Int($0.1) }
    }
    // The edges are put in order where they are (moved, not copied), their ends' ids gathered.
    var sortedEdges = consume edges
    sortedEdges.permute(by: order)
    self.edges = sortedEdges
    self.edgeFrom = order.map { from[$0] }
    self.edgeTo = order.map { to[$0] }
  }

  /// A graph of nodes sorted by key (unique) and edges sorted by (from, to, relation), with `index` the nodes'
  /// positions and `from`/`to` the node index of each edge's ends.
  init(
    sortedNodes: [GraphNode], index: [String: Int], sortedEdges: [GraphEdge], from: [Int32],
    to: [Int32], ambiguities: [Ambiguity]
  ) {
    self.nodes = sortedNodes
    self.index = index
    self.ambiguities = ambiguities
    self.endKeys = []
    self.edges = sortedEdges
    self.edgeFrom = from
    self.edgeTo = to
  }

  /// An edge as one integer that sorts as (from, to, relation): its ends' ids and the relation's ordinal.
  static func edgeKey(_ from: Int, _ to: Int, _ relation: Relation) -> UInt64 {
    UInt64(UInt32(from)) << 35 | UInt64(UInt32(to)) << 3 | UInt64(ordinal(relation))
  }

  /// The ends' ids of an `edgeKey`.
  static func ends(ofEdgeKey key: UInt64) -> (from: Int32, to: Int32) {
    (Int32(truncatingIfNeeded: key >> 35), Int32(truncatingIfNeeded: (key >> 3) & 0xFFFF_FFFF))
  }

  /// A relation's position in `Relation.allCases`, the order `<` follows.
  static func ordinal(_ r: Relation) -> Int {
    switch r {
    case .basis: return 0
    case .implements: return 1
    case .guides: return 2
    case .amends: return 3
    case .replaces: return 4
    case .repeals: return 5
    case .cites: return 6
    }
  }

  /// The node with this key.
  public func node(_ key: String) -> GraphNode? { index[key].map { nodes[$0] } }

  /// How many edge-end ids there are: the nodes, then the keys no node has.
  var endCount: Int { nodes.count + endKeys.count }

  /// The key of an edge-end id.
  func key(ofEnd id: Int) -> String { id < nodes.count ? nodes[id].key : endKeys[id - nodes.count] }

  /// Whether edge-end id `a`'s key sorts before `b`'s. Node indices follow key order, so two nodes compare as
  /// integers.
  func endPrecedes(_ a: Int, _ b: Int) -> Bool {
    a < nodes.count && b < nodes.count ? a < b : key(ofEnd: a) < key(ofEnd: b)
  }

  /// The nodes whose canonical number is `id` ("29-NQ/TW"), or whose key is `id`.
  public func nodes(matching id: String) -> [GraphNode] {
    if let n = node(id) { return [n] }
    let canonical = DocumentNumberParser.parse(id)?.description ?? id
    return nodes.filter { $0.number?.description == canonical }
  }
}
