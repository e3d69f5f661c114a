/// Cycles of implementation: strongly connected components (Tarjan, iterative) of the implements/basis edges with
/// more than one document. Linear in nodes and edges.
public enum Cycles {
  /// Each cycle's keys, starting at its smallest key, in edge order where possible; cycles sorted.
  public static func find(_ g: ReferenceGraph) -> [[String]] {
    var adjacency: [String: [String]] = [:]
    for e in g.edges where e.relation.isImplementing { adjacency[e.from, default: []].append(e.to) }
    for k in adjacency.keys { adjacency[k]!.sort() }
    var index: [String: Int] = [:]
    var low: [String: Int] = [:]
    var onStack = Set<String>()
    var stack: [String] = []
    var counter = 0
    var components: [[String]] = []
    for start in adjacency.keys.sorted() where index[start] == nil {
      var work: [(String, Int)] = [(start, 0)]
      index[start] = counter
      low[start] = counter
      counter += 1
      stack.append(start)
      onStack.insert(start)
      while let (v, i) = work.last {
        let next = adjacency[v] ?? []
        if i < next.count {
          work[work.count - 1].1 += 1
          let w = next[i]
          if index[w] == nil {
            index[w] = counter
            low[w] = counter
            counter += 1
            stack.append(w)
            onStack.insert(w)
            work.append((w, 0))
          } else if onStack.contains(w) {
            low[v] = min(low[v]!, index[w]!)
          }
        } else {
          work.removeLast()
          if let (parent, _) = work.last { low[parent] = min(low[parent]!, low[v]!) }
          if low[v] == index[v] {
            var component: [String] = []
            while let w = stack.popLast() {
              onStack.remove(w)
              component.append(w)
              if w == v { break }
            }
            if component.count > 1 { components.append(order(component, adjacency)) }
          }
        }
      }
    }
    return components.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Orders a component by following its edges from its smallest key.
  static func order(_ component: [String], _ adjacency: [String: [String]]) -> [String] {
    let members = Set(component)
    var out = [component.min()!]
    var seen: Set<String> = [out[0]]
    while let next = (adjacency[out.last!] ?? []).first(where: {
      members.contains($0) && !seen.contains($0)
    }) {
      out.append(next)
      seen.insert(next)
    }
    for k in component.sorted() where !seen.contains(k) { out.append(k) }
    return out
  }
}
