/// Cycles of implementation: strongly connected components (Tarjan, iterative) of the implements/basis edges with
/// more than one document. Linear in nodes and edges.
public enum Cycles {
  /// Each cycle's keys, starting at its smallest key, in edge order where possible; cycles sorted.
  public static func find(_ g: ReferenceGraph) -> [[String]] {
    findIds(g).map { $0.map { g.key(ofEnd: $0) } }
  }

  /// `find` on edge-end ids (see `ReferenceGraph.edgeFrom`).
  static func findIds(_ g: ReferenceGraph) -> [[Int]] {
    let n = g.endCount
    // Adjacency by key, as ranges of one array.
    var start = [Int](repeating: 0, count: n + 1)
    for e in g.edges.indices where g.edges[e].relation.isImplementing {
      start[Int(g.edgeFrom[e]) + 1] += 1
    }
    for k in 0..<n { start[k + 1] += start[k] }
    var fill = start
    var next = [Int](repeating: 0, count: start[n])
    for e in g.edges.indices where g.edges[e].relation.isImplementing {
      let from = Int(g.edgeFrom[e])
      next[fill[from]] = Int(g.edgeTo[e])
      fill[from] += 1
    }
    for k in 0..<n where start[k + 1] - start[k] > 1 {
      next[start[k]..<start[k + 1]].sort(by: g.endPrecedes)
    }
    func adjacent(_ v: Int) -> ArraySlice<Int> { next[start[v]..<start[v + 1]] }
    var index = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack: [Int] = []
    var counter = 0
    var components: [[Int]] = []
    let starts = (0..<n).filter { start[$0 + 1] > start[$0] }.sorted(by: g.endPrecedes)
    for first in starts where index[first] < 0 {
      var work: [(Int, Int)] = [(first, 0)]
      index[first] = counter
      low[first] = counter
      counter += 1
      stack.append(first)
      onStack[first] = true
      while let (v, i) = work.last {
        if i < start[v + 1] - start[v] {
          work[work.count - 1].1 += 1
          let w = next[start[v] + i]
          if index[w] < 0 {
            index[w] = counter
            low[w] = counter
            counter += 1
            stack.append(w)
            onStack[w] = true
            work.append((w, 0))
          } else if onStack[w] {
            low[v] = min(low[v], index[w])
          }
        } else {
          work.removeLast()
          if let (parent, _) = work.last { low[parent] = min(low[parent], low[v]) }
          if low[v] == index[v] {
            var component: [Int] = []
            while let w = stack.popLast() {
              onStack[w] = false
              component.append(w)
              if w == v { break }
            }
            if component.count > 1 { components.append(order(component, g, adjacent)) }
          }
        }
      }
    }
    return components.sorted { $0.lexicographicallyPrecedes($1, by: g.endPrecedes) }
  }

  /// Orders a component by following its edges from its smallest key.
  static func order(
    _ component: [Int], _ g: ReferenceGraph, _ adjacent: (Int) -> ArraySlice<Int>
  ) -> [Int] {
    let members = Set(component)
    var out = [component.min(by: g.endPrecedes)!]
    var seen: Set<Int> = [out[0]]
    while let next = adjacent(out.last!).first(where: {
      members.contains($0) && !seen.contains($0)
    }) {
      out.append(next)
      seen.insert(next)
    }
    for k in component.sorted(by: g.endPrecedes) where !seen.contains(k) { out.append(k) }
    return out
  }
}
