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
    ranked(g).map {
      Item(
        key: g.nodes[$0.node].key, citingDocuments: $0.citingDocuments, citations: $0.citations,
        firstEvidence: $0.firstEvidence)
    }
  }

  /// `list` by node index.
  static func ranked(_ g: ReferenceGraph) -> [(
    node: Int, citingDocuments: Int, citations: Int, firstEvidence: Evidence
  )] {
    let n = g.nodes.count
    // The edges from a corpus document to a cited-only one, grouped by the cited one (in edge order).
    var start = [Int](repeating: 0, count: n + 1)
    func counts(_ e: Int) -> Bool {
      let to = Int(g.edgeTo[e])
      let from = Int(g.edgeFrom[e])
      return to < n && from < n && !g.nodes[to].inCorpus && g.nodes[from].inCorpus
    }
    var kept: [Int32] = []
    for e in g.edges.indices where counts(e) {
      kept.append(Int32(e))
      start[Int(g.edgeTo[e]) + 1] += 1
    }
    for k in 0..<n { start[k + 1] += start[k] }
    var fill = start
    var byTarget = [Int32](repeating: 0, count: kept.count)
    for e in kept {
      let to = Int(g.edgeTo[Int(e)])
      byTarget[fill[to]] = e
      fill[to] += 1
    }
    var out: [(node: Int, citingDocuments: Int, citations: Int, firstEvidence: Evidence)] = []
    for k in 0..<n where start[k + 1] > start[k] {
      let edges = byTarget[start[k]..<start[k + 1]]
      // The edges are sorted by citing node: distinct citers are where it changes.
      var citers = 0
      var last: Int32 = -1
      for e in edges where g.edgeFrom[Int(e)] != last {
        citers += 1
        last = g.edgeFrom[Int(e)]
      }
      // Distinct citations. Each edge's evidence is sorted, and the edges' evidence usually lies in separate
      // files: in the order of their first evidence, each list then ends before the next begins, so the counts
      // add up. Otherwise the lists are merged and sorted.
      var lists: [[Evidence]] = edges.map { e in
        let list = g.edges[Int(e)].evidence
        return GraphBuilder.isSorted(list) ? list : list.sorted()
      }
      lists.removeAll { $0.isEmpty }
      guard !lists.isEmpty else { continue }
      if lists.count > 1 {
        // Usually each list is of one citing file and no two lists share a file: no evidence is in two lists,
        // the counts add up and the first citation is the least of the lists' first ones.
        let separateFiles: Bool
        if !lists.allSatisfy({ list in list.allSatisfy { $0.file == list[0].file } }) {
          separateFiles = false
        } else if lists.count <= 8 {
          // A few lists: their files compared pairwise (a set of paths cost ~1,800 instructions an insert).
          separateFiles = lists.indices.allSatisfy { a in
            (0..<a).allSatisfy { lists[$0][0].file != lists[a][0].file }
          }
        } else {
          var files = Set<String>()
          separateFiles = lists.allSatisfy { files.insert($0[0].file).inserted }
        }
        if separateFiles {
          var distinct = 0
          var least = lists[0][0]
          for list in lists {
            distinct += 1
            for i in list.indices.dropFirst() where list[i] != list[i - 1] { distinct += 1 }
            if list[0] < least { least = list[0] }
          }
          out.append((k, citers, distinct, least))
          continue
        }
        if lists.count > 8 {
          // Many lists sharing files (a document cited from every corpus file, with the relations third
          // documents state): the distinct ones counted in a set and the least found in one pass, rather than
          // the lists sorted and merged, whose comparisons of file paths grow faster than the lists.
          var least = lists[0][0]
          var seen = Set<Evidence>()
          seen.reserveCapacity(lists.reduce(0) { $0 + $1.count })
          for list in lists {
            if list[0] < least { least = list[0] }
            for e in list { seen.insert(e) }
          }
          out.append((k, citers, seen.count, least))
          continue
        }
        lists.sort { $0[0] < $1[0] }
      }
      var separate = true
      for j in lists.indices.dropFirst() where !(lists[j - 1].last! < lists[j][0]) {
        separate = false
        break
      }
      // Overlapping lists (a stated relation's edge shares its evidence with the citing document's own edge):
      // merged pairwise, each list already in order, rather than joined and sorted again.
      while !separate && lists.count > 1 {
        var next: [[Evidence]] = []
        next.reserveCapacity((lists.count + 1) / 2)
        var j = 0
        while j + 1 < lists.count {
          next.append(Self.merged(lists[j], lists[j + 1]))
          j += 2
        }
        if j < lists.count { next.append(lists[j]) }
        lists = next
      }
      var distinct = 0
      for list in lists {
        distinct += 1
        for i in list.indices.dropFirst() where list[i] != list[i - 1] { distinct += 1 }
      }
      let firstEvidence = lists[0][0]
      out.append((k, citers, distinct, firstEvidence))
    }
    return out.sorted {
      ($0.citingDocuments, $0.citations) != ($1.citingDocuments, $1.citations)
        ? ($0.citingDocuments, $0.citations) > ($1.citingDocuments, $1.citations)
        : $0.node < $1.node
    }
  }

  /// Two lists in order merged into one in order (repeats kept: they are counted once by the caller).
  static func merged(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
    var out: [Evidence] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      if b[j] < a[i] {
        out.append(b[j])
        j += 1
      } else {
        out.append(a[i])
        i += 1
      }
    }
    out.append(contentsOf: a[i...])
    out.append(contentsOf: b[j...])
    return out
  }
}
