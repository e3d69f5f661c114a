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
  public var nodes: [GraphNode]
  public var edges: [GraphEdge]
  public var ambiguities: [Ambiguity]
  /// Node index by key.
  public let index: [String: Int]

  public init(nodes: [GraphNode], edges: [GraphEdge], ambiguities: [Ambiguity]) {
    self.nodes = nodes.sorted { $0.key < $1.key }
    self.edges = edges.sorted { ($0.from, $0.to, $0.relation) < ($1.from, $1.to, $1.relation) }
    self.ambiguities = ambiguities
    var index: [String: Int] = [:]
    for (k, n) in self.nodes.enumerated() { index[n.key] = k }
    self.index = index
  }

  /// The node with this key.
  public func node(_ key: String) -> GraphNode? { index[key].map { nodes[$0] } }

  /// The nodes whose canonical number is `id` ("29-NQ/TW"), or whose key is `id`.
  public func nodes(matching id: String) -> [GraphNode] {
    if let n = node(id) { return [n] }
    let canonical = DocumentNumberParser.parse(id)?.description ?? id
    return nodes.filter { $0.number?.description == canonical }
  }
}
