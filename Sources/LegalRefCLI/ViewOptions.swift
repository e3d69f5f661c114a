import LegalRef

/// The options of the graph views, shared by `graph` and `analyze`.
enum ViewOptions {
  static let valued: Set<String> = [
    "--focus", "--depth", "--level", "--relation", "--jurisdiction",
  ]
  static let flags: Set<String> = ["--upstream", "--downstream", "--corpus-only", "--collapse"]

  static let help = """
    VIEW OPTIONS (for a large graph):
      --focus ID          only this document and what it reaches (both ways)
      --upstream          with --focus: only what it rests on (what it cites)
      --downstream        with --focus: only what rests on it (what cites it)
      --depth N           with --focus: at most N edges away
      --level L[,L…]      only documents of these levels (central, province,
                          district, commune)
      --relation R[,R…]   only edges of these relations (basis, implements,
                          guides, amends, replaces, repeals, cites)
      --jurisdiction J    only documents of province J (and the central ones
                          they link to)
      --corpus-only       hide documents that are only cited
      --collapse          fold the cited-only documents cited by one corpus
                          document into one "N other documents" node per level
    """

  static func parse(_ p: Arguments, graph: ReferenceGraph) throws -> GraphView {
    var v = GraphView()
    if let id = p.value("--focus") {
      let nodes =
        graph.nodes(matching: id)
        + graph.nodes.filter { n in
          n.file.map { $0 == id || $0.hasSuffix("/" + id) } ?? false
        }
      guard !nodes.isEmpty else {
        throw UsageError(description: "--focus: no document '\(id)' in the graph")
      }
      v.focus = nodes.map(\.key)
    }
    if p.flag("--upstream"), p.flag("--downstream") {
      v.direction = .both
    } else if p.flag("--upstream") {
      v.direction = .upstream
    } else if p.flag("--downstream") {
      v.direction = .downstream
    }
    if let d = p.value("--depth") {
      guard let n = Int(d), n >= 0 else { throw UsageError(description: "--depth needs a number") }
      v.depth = n
    }
    if let l = p.value("--level") {
      var set = Set<Level>()
      for part in l.split(separator: ",") {
        guard let level = Level(rawValue: String(part)) else {
          throw UsageError(description: "--level: unknown level '\(part)'")
        }
        set.insert(level)
      }
      v.levels = set
    }
    if let r = p.value("--relation") {
      var set = Set<Relation>()
      for part in r.split(separator: ",") {
        guard let rel = Relation(rawValue: String(part)) else {
          throw UsageError(description: "--relation: unknown relation '\(part)'")
        }
        set.insert(rel)
      }
      v.relations = set
    }
    v.jurisdiction = p.value("--jurisdiction")
    v.corpusOnly = p.flag("--corpus-only")
    v.collapseCitedOnce = p.flag("--collapse")
    if v.focus.isEmpty, p.flag("--upstream") || p.flag("--downstream") || p.value("--depth") != nil
    {
      throw UsageError(description: "--upstream, --downstream and --depth need --focus")
    }
    return v
  }
}
