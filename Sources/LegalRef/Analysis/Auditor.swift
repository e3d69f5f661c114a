/// The audit: orders nobody carried out, levels a document never reached, documents to collect, defects in
/// citations, dates that run backwards and cycles of implementation.
public enum Auditor {
  /// Runs every check. Findings are sorted by category, file, line.
  public static func audit(
    _ documents: [CorpusDocument], graph g: ReferenceGraph, registry: Registry = .builtIn,
    threads: Int? = nil
  ) -> [Finding] {
    func before(_ a: CorpusDocument, _ b: CorpusDocument) -> Bool {
      a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
    }
    // The corpus comes in path order: copied into a sorted array only when it is not.
    let inOrder = documents.indices.dropFirst().allSatisfy {
      !before(documents[$0], documents[$0 - 1])
    }
    let docs = inOrder ? documents : documents.sorted(by: before)
    let x = Index(docs, graph: g)
    // The checks read the same index and graph and nothing of each other's (but the level gaps, of the
    // unfulfilled orders): side by side, their findings joined in this order before sorting.
    let parts = parallelMap(Array(0..<6), threads: threads) { k -> [Finding] in
      switch k {
      case 0:
        let (mandates, owners) = unfulfilledMandates(docs, x, graph: g)
        return mandates + levelGaps(docs, x, graph: g, mandates: mandates, owners: owners)
      case 1: return missingDocuments(g)
      case 2: return citationDefects(docs, x, graph: g)
      case 3: return temporalAnomalies(g)
      case 4: return unidentifiedReferences(docs, x, graph: g)
      default: return registryContradictions(docs, x, graph: g, registry: registry)
      }
    }
    return sorted(Array(parts.joined()))
  }

  /// The findings in `Finding.ordered` order (stable), the files compared once each rather than at every
  /// comparison.
  static func sorted(_ findings: consuming [Finding]) -> [Finding] {
    var files = Array(Set(findings.map { $0.file ?? "" }))
    files.sort()
    var fileRank: [String: Int] = [:]
    fileRank.reserveCapacity(files.count)
    for (k, f) in files.enumerated() { fileRank[f] = k }
    let categories = Finding.Category.allCases
    var keys: [(category: Int, file: Int, line: Int, column: Int, k: Int)] = []
    keys.reserveCapacity(findings.count)
    for (k, f) in findings.enumerated() {
      keys.append(
        (
          categories.firstIndex(of: f.category)!, fileRank[f.file ?? ""]!, f.line ?? 0,
          f.column ?? 0, k
        ))
    }
    // The messages read through a pointer: the array's getter copies the whole finding.
    findings.withUnsafeBufferPointer { findings in
      keys.sort { a, b in
        if a.category != b.category { return a.category < b.category }
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if findings[a.k].message != findings[b.k].message {
          return findings[a.k].message < findings[b.k].message
        }
        return a.k < b.k
      }
    }
    // Moved into place, not copied: each finding is taken out of its slot once.
    let count = findings.count
    var slots: [Finding?] = []
    slots.reserveCapacity(count)
    while let f = findings.popLast() { slots.append(f) }
    var out: [Finding] = []
    out.reserveCapacity(count)
    for key in keys { out.append(slots[count - 1 - key.k].take()!) }
    return out
  }

  /// What every check needs, worked out once: each corpus document's node, the edge each citation was read
  /// into, and the corpus documents implementing each document.
  struct Index {
    /// The node of each document (by position in the sorted documents), -1 when none.
    var docNode: [Int32]
    /// Where document d's citations start in `citedEdge`.
    var citationStart: [Int]
    /// For each citation, the first edge (not stated by a third document) whose evidence it is, -1 when none.
    var citedEdge: [Int32]
    /// Edge-end id → its corpus implementers' node indices, as ranges of `implementerList`.
    var implementerStart: [Int]
    var implementerList: [Int32]

    init(_ docs: [CorpusDocument], graph g: ReferenceGraph) {
      // The graph key of each corpus document, by path.
      var byFile: [String: Int] = [:]
      for k in g.nodes.indices where g.nodes[k].inCorpus {
        if let f = g.nodes[k].file { byFile[f] = k }
      }
      // The first corpus node of each number, found once rather than by a search per document.
      var firstByNumber: [DocumentNumber: Int] = [:]
      docNode = []
      docNode.reserveCapacity(docs.count)
      var numbersIndexed = false
      for di in docs.indices {
        if let k = byFile[docs[di].path] {
          docNode.append(Int32(k))
          continue
        }
        // A second corpus file with the same number as another is merged into that node.
        if !numbersIndexed {
          for k in g.nodes.indices where g.nodes[k].inCorpus {
            if let number = g.nodes[k].number, firstByNumber[number] == nil {
              firstByNumber[number] = k
            }
          }
          numbersIndexed = true
        }
        if let number = docs[di].profile.number, let k = firstByNumber[number] {
          docNode.append(Int32(k))
        } else {
          docNode.append(-1)
        }
      }

      // The evidence of the edges, by citing file, then by position within each document; the first edge of
      // each evidence wins. No evidence is hashed: only its file is looked up, once per run of one file.
      var fileSlot: [String: Int32] = [:]
      fileSlot.reserveCapacity(docs.count)
      for d in docs.indices where fileSlot[docs[d].path] == nil {
        fileSlot[docs[d].path] = Int32(fileSlot.count)
      }
      // Every evidence of an edge not stated by a third document, by slot: (position, edge, evidence index).
      var slotOf: [Int32] = []
      var lastFile: String? = nil
      var lastSlot: Int32 = -1
      for e in g.edges.indices where !g.edges[e].stated {
        let evidence = g.edges[e].evidence
        for v in evidence.indices {
          if lastFile == nil || evidence[v].file != lastFile! {
            lastFile = evidence[v].file
            // Evidence from a file that is not one of the documents is never looked up.
            lastSlot = fileSlot[evidence[v].file] ?? -1
          }
          slotOf.append(lastSlot)
        }
      }
      var slotStart = [Int](repeating: 0, count: fileSlot.count + 1)
      for slot in slotOf where slot >= 0 { slotStart[Int(slot) + 1] += 1 }
      for k in 0..<fileSlot.count { slotStart[k + 1] += slotStart[k] }
      var slotFill = slotStart
      var entries = [(line: Int, column: Int, edge: Int32, evidence: Int32)](
        repeating: (0, 0, 0, 0), count: slotStart[fileSlot.count])
      var seen = 0
      for e in g.edges.indices where !g.edges[e].stated {
        let evidence = g.edges[e].evidence
        for v in evidence.indices {
          let slot = Int(slotOf[seen])
          seen += 1
          guard slot >= 0 else { continue }
          entries[slotFill[slot]] = (evidence[v].line, evidence[v].column, Int32(e), Int32(v))
          slotFill[slot] += 1
        }
      }
      // Within a file, by position (stable: edge order is kept among equal positions).
      var sortedSlots = [Bool](repeating: false, count: fileSlot.count)
      citationStart = []
      citationStart.reserveCapacity(docs.count + 1)
      citedEdge = []
      for di in docs.indices {
        citationStart.append(citedEdge.count)
        let slot = Int(fileSlot[docs[di].path]!)
        let range = slotStart[slot]..<slotStart[slot + 1]
        if !sortedSlots[slot] {
          entries[range].sort { ($0.line, $0.column, $0.edge) < ($1.line, $1.column, $1.edge) }
          sortedSlots[slot] = true
        }
        let citations = docs[di].citations
        for i in citations.indices {
          let position = citations[i].citation.position
          // The first entry at the position, then the first of them with the citation's surface.
          var low = range.lowerBound
          var high = range.upperBound
          while low < high {
            let mid = (low + high) / 2
            if (entries[mid].line, entries[mid].column) < (position.line, position.column) {
              low = mid + 1
            } else {
              high = mid
            }
          }
          var found: Int32 = -1
          while low < range.upperBound, entries[low].line == position.line,
            entries[low].column == position.column
          {
            let entry = entries[low]
            if g.edges[Int(entry.edge)].evidence[Int(entry.evidence)].surface
              == citations[i].citation.surface
            {
              found = entry.edge
              break
            }
            low += 1
          }
          citedEdge.append(found)
        }
      }
      citationStart.append(citedEdge.count)

      // For every edge end, the corpus documents that implement it directly, in edge order.
      let n = g.endCount
      var counts = [Int](repeating: 0, count: n + 1)
      for e in g.edges.indices where g.edges[e].relation.isImplementing {
        let from = Int(g.edgeFrom[e])
        if from < g.nodes.count, g.nodes[from].inCorpus { counts[Int(g.edgeTo[e]) + 1] += 1 }
      }
      for k in 0..<n { counts[k + 1] += counts[k] }
      var fill = counts
      implementerList = [Int32](repeating: 0, count: counts[n])
      for e in g.edges.indices where g.edges[e].relation.isImplementing {
        let from = Int(g.edgeFrom[e])
        if from < g.nodes.count, g.nodes[from].inCorpus {
          let to = Int(g.edgeTo[e])
          implementerList[fill[to]] = Int32(from)
          fill[to] += 1
        }
      }
      implementerStart = counts
    }

    /// The edge citation `i` of document `d` was read into, nil when none.
    func cited(_ d: Int, _ i: Int) -> Int? {
      let e = citedEdge[citationStart[d] + i]
      return e < 0 ? nil : Int(e)
    }

    /// The node indices of the corpus documents implementing edge end `id`.
    func implementers(_ id: Int) -> ArraySlice<Int32> {
      implementerList[implementerStart[id]..<implementerStart[id + 1]]
    }
  }

  static func family(_ n: borrowing GraphNode) -> String {
    ProfileReader.family(DocumentProfile(issuer: n.issuer, branch: n.branch, level: n.level))
  }

  static func name(_ g: ReferenceGraph, _ key: String) -> String {
    guard let k = g.index[key] else { return key }
    return name(g, node: k)
  }

  /// The name of edge end `id` (a node, or a key no node has).
  static func name(_ g: ReferenceGraph, end id: Int) -> String {
    id < g.nodes.count ? name(g, node: id) : g.key(ofEnd: id)
  }

  static func name(_ g: ReferenceGraph, node k: Int) -> String {
    // The node's fields read in place, not the node copied.
    if g.nodes[k].isUnnumberedReference {
      return "“\(g.nodes[k].title ?? g.nodes[k].key)” (no number)"
    }
    if let number = g.nodes[k].number {
      return "\(g.nodes[k].type.map { $0 + " " } ?? "")\(number)"
    }
    let file =
      g.nodes[k].file.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? g.nodes[k].key
    return "\(g.nodes[k].type ?? "document") [\(file)]"
  }

  // MARK: 1. Unfulfilled mandates

  /// The findings, and for each the node of the document that gives the order.
  static func unfulfilledMandates(
    _ docs: [CorpusDocument], _ x: Index, graph g: ReferenceGraph
  )
    -> ([Finding], [Int32])
  {
    var out: [Finding] = []
    var owners: [Int32] = []
    // The implementers of each target by level and province, grouped the first time the target is asked about: an
    // order is checked against the documents of its level and place only (a directive that thousands of plans
    // implement would otherwise be read through once per order, quadratic in the corpus).
    struct Place: Hashable {
      var level: Level?
      var province: String?
    }
    var groups: [Int: [Place: [Int32]]] = [:]
    func candidates(_ t: Int, level: Level, province: String?) -> [Int32] {
      if groups[t] == nil {
        var byPlace: [Place: [Int32]] = [:]
        for k in x.implementers(t) {
          let node = Int(k)
          byPlace[
            Place(level: g.nodes[node].level, province: g.nodes[node].jurisdiction), default: []
          ]
          .append(k)
        }
        groups[t] = byPlace
      }
      let byPlace = groups[t]!
      if let province { return byPlace[Place(level: level, province: province)] ?? [] }
      // No province: `answers` takes any of the level (or none); every one of the level is a candidate.
      return byPlace.filter { $0.key.level == level }.flatMap(\.value)
    }
    for di in docs.indices where !docs[di].mandates.isEmpty {
      guard x.docNode[di] >= 0 else { continue }
      let profile = docs[di].profile
      let mandates = docs[di].mandates
      let citationCount = docs[di].citations.count
      let ownNode = Int(x.docNode[di])
      let own = g.nodes[ownNode].key
      var seen = Set<String>()
      for m in mandates {
        guard let level = Bodies.resolvedLevel(m.body, province: profile.jurisdiction) else {
          continue
        }
        let province = m.body.province ?? profile.jurisdiction
        let named = m.body.placeName.map(ProfileReader.titleCase)
        // Which documents answer the order: the ordering one, or the documents it names.
        var targets = [ownNode]
        for i in m.objects where i < citationCount {
          if let e = x.cited(di, i) { targets.append(Int(g.edgeTo[e])) }
        }
        // The candidates are read through a buffer pointer, borrowed rather than copied.
        let answered = targets.contains { t in
          let found = candidates(t, level: level, province: province)
          return g.nodes.withUnsafeBufferPointer { nodes in
            found.contains { k in
              answers(
                nodes[Int(k)], mandate: m, level: level, province: province, named: named,
                from: profile, own: own)
            }
          }
        }
        guard !answered else { continue }
        let who =
          m.body.name + (named.map { " " + $0 } ?? "") + (m.body.plural ? " (every one)" : "")
        let place =
          province ?? (profile.level == .central ? "every province" : "province not named")
        let dedupe = "\(who)|\(m.action)"
        guard seen.insert(dedupe).inserted else { continue }
        let what = m.action == .issue ? "to issue its own plan implementing" : "to carry out"
        let objectNames = targets.map { name(g, end: $0) }
        out.append(
          Finding(
            .unfulfilledMandate, .warning,
            "\(name(g, node: ownNode)) orders \(who) [\(place)] \(what) \(objectNames.joined(separator: " and ")); no document of that body in the corpus implements it",
            file: docs[di].path, line: m.position.line, column: m.position.column,
            documents: targets.map { g.key(ofEnd: $0) },
            hint:
              "collect the \(level.rawValue)-level document of \(who) in \(place), or record that it was never issued"
          ))
        owners.append(Int32(ownNode))
      }
    }
    return (out, owners)
  }

  /// Whether corpus document `x` answers the order: the body's kind and level, in the right place.
  static func answers(
    _ x: borrowing GraphNode, mandate m: Mandate, level: Level, province: String?, named: String?,
    from: DocumentProfile,
    own: String
  ) -> Bool {
    guard x.key != own, x.level == level, family(x) == m.body.family else { return false }
    if let province {
      guard x.jurisdiction == province else { return false }
    } else if from.level != .central {
      // The ordering document's own province is unknown: nothing can be shown to answer it.
      return false
    }
    if let named { return x.district == named || x.commune == named }
    // "Ủy ban nhân dân huyện" in a district document means that district's own committee.
    if !m.body.plural, level == from.level, level != .province, let district = from.district {
      return x.district == district
    }
    return true
  }

  // MARK: 2. Level gaps

  static func levelGaps(
    _ docs: [CorpusDocument], _ x: Index, graph g: ReferenceGraph, mandates: [Finding],
    owners: [Int32]
  ) -> [Finding] {
    var out: [Finding] = []
    let n = g.nodes.count
    // Each node's province, as a small integer (-1: none).
    var provinceIds: [String: Int32] = [:]
    var provinceOf = [Int32](repeating: -1, count: n)
    for k in 0..<n {
      guard let p = g.nodes[k].jurisdiction else { continue }
      if let id = provinceIds[p] {
        provinceOf[k] = id
      } else {
        let id = Int32(provinceIds.count)
        provinceIds[p] = id
        provinceOf[k] = id
      }
    }
    // Which documents a district or commune document of each province reaches upwards through implementation:
    // one search per province from all its lower documents, so the whole check stays linear per province.
    let down = ChainFinder.down(g)
    var upCount = [Int](repeating: 0, count: n + 1)
    for c in down.child { upCount[Int(c) + 1] += 1 }
    for k in 0..<n { upCount[k + 1] += upCount[k] }
    var upFill = upCount
    var up = [Int32](repeating: 0, count: down.child.count)
    for u in 0..<n {
      for i in down.children(u) {
        let c = Int(down.child[i])
        up[upFill[c]] = Int32(u)
        upFill[c] += 1
      }
    }
    var lowerByProvince = [[Int32]](repeating: [], count: provinceIds.count)
    for k in 0..<n where (g.nodes[k].level ?? .central) >= .district && provinceOf[k] >= 0 {
      lowerByProvince[Int(provinceOf[k])].append(Int32(k))
    }
    // Whether a node is reached from the lower documents of its own province.
    var reachedOwn = [Bool](repeating: false, count: n)
    var mark = [Int32](repeating: -1, count: n)
    var stack: [Int32] = []
    for (province, starts) in lowerByProvince.enumerated() where !starts.isEmpty {
      let p = Int32(province)
      stack = starts
      for k in starts { mark[Int(k)] = p }
      while let k = stack.popLast() {
        if provinceOf[Int(k)] == p { reachedOwn[Int(k)] = true }
        for u in up[upCount[Int(k)]..<upCount[Int(k) + 1]] where mark[Int(u)] != p {
          mark[Int(u)] = p
          stack.append(u)
        }
      }
    }
    // (a) A provincial corpus document no district document of its province implements.
    // The unanswered orders by the document that gives them, so each document looks only at its own.
    var mandatesBy: [Int32: [Int]] = [:]
    for (f, owner) in owners.enumerated() { mandatesBy[owner, default: []].append(f) }
    for di in docs.indices {
      let k = Int(x.docNode[di])
      guard k >= 0, g.nodes[k].level == .province, let province = g.nodes[k].jurisdiction
      else { continue }
      if reachedOwn[k] { continue }
      let d = docs[di]
      // An order to the districts that nobody answered already says it.
      let mandateToLower = (mandatesBy[Int32(k)] ?? []).contains { f in
        d.mandates.contains { m in
          Bodies.resolvedLevel(m.body, province: province).map { $0 > .province } ?? false
            && mandates[f].line == m.position.line
        }
      }
      if mandateToLower { continue }
      out.append(
        Finding(
          .levelGap, .warning,
          "\(name(g, node: k)) (\(province), province) is not implemented by any district document of \(province) in the corpus",
          file: d.path, line: 1, column: 1, documents: [g.nodes[k].key],
          hint: "collect the district plans of \(province) that implement it"))
    }
    // (b) A district or commune document implementing a central one directly, with no provincial document of its
    // province implementing that central document.
    // The provinces with a provincial document implementing each document, and the provinces whose provincial
    // documents each document implements: (document, province) pairs.
    func pair(_ id: Int32, _ province: Int32) -> UInt64 {
      UInt64(UInt32(id)) << 32 | UInt64(UInt32(province))
    }
    var provincialImplementers = Set<UInt64>()
    var implementsProvincial = Set<UInt64>()
    for e in g.edges.indices where g.edges[e].relation.isImplementing {
      let from = g.edgeFrom[e]
      let to = g.edgeTo[e]
      if Int(from) < n, g.nodes[Int(from)].level == .province, provinceOf[Int(from)] >= 0 {
        provincialImplementers.insert(pair(to, provinceOf[Int(from)]))
      }
      if Int(to) < n, g.nodes[Int(to)].level == .province, provinceOf[Int(to)] >= 0 {
        implementsProvincial.insert(pair(from, provinceOf[Int(to)]))
      }
    }
    for e in g.edges.indices where g.edges[e].relation.isImplementing {
      let from = Int(g.edgeFrom[e])
      let to = Int(g.edgeTo[e])
      guard from < n, to < n, g.nodes[from].inCorpus, let ll = g.nodes[from].level,
        ll >= .district, let province = g.nodes[from].jurisdiction, g.nodes[to].level == .central
      else { continue }
      let p = provinceOf[from]
      if provincialImplementers.contains(pair(Int32(to), p)) { continue }
      // Nor through a provincial document the lower one also implements.
      if implementsProvincial.contains(pair(Int32(from), p)) { continue }
      let ev = g.edges[e].evidence.first
      let upperName = name(g, node: to)
      out.append(
        Finding(
          .levelGap, .warning,
          "\(name(g, node: from)) (\(province), \(ll.rawValue)) implements \(upperName) directly; no provincial document of \(province) implementing it is in the corpus",
          file: ev?.file, line: ev?.line, column: ev?.column,
          documents: [g.nodes[from].key, g.nodes[to].key],
          hint:
            "collect the \(province) provincial plan implementing \(upperName), or record that the province issued none"
        ))
    }
    return out
  }

  // MARK: 3. Missing documents

  static func missingDocuments(_ g: ReferenceGraph) -> [Finding] {
    // A reference without a number has its own finding (unidentified-reference).
    DocumentsToCollect.ranked(g).filter { !g.nodes[$0.node].isUnnumberedReference }.map {
      item in
      let ev = item.firstEvidence
      return Finding(
        .missingDocument, .note,
        "\(name(g, node: item.node)) is cited by \(item.citingDocuments) corpus document(s) (\(item.citations) citation(s)) but is not in the corpus",
        file: ev.file, line: ev.line, column: ev.column, documents: [g.nodes[item.node].key],
        hint: "add it to the corpus to follow its own citations")
    }
  }

  // MARK: 4. Citation defects

  static func citationDefects(
    _ docs: [CorpusDocument], _ x: Index, graph g: ReferenceGraph
  )
    -> [Finding]
  {
    var out: [Finding] = []
    let n = g.nodes.count
    // The dates each document is cited with: (date, document, citation).
    var datesByEnd = [[(DayDate, Int32, Int32)]](repeating: [], count: g.endCount)
    for di in docs.indices {
      let citations = docs[di].citations
      let own = docs[di].profile.date
      let ownDay = own.flatMap { $0.isLowerBound ? nil : $0.day }
      var reportedLists = Set<Int>()
      var undatedReported = Set<String>()
      // The numbers cited with a date in this document, worked out the first time they are needed.
      var datedHereSet: Set<String>? = nil
      func datedHere(_ number: String) -> Bool {
        if datedHereSet == nil {
          datedHereSet = Set(
            citations.filter { $0.citation.date != nil }.map { $0.citation.number.description })
        }
        return datedHereSet!.contains(number)
      }
      for i in citations.indices {
        // What can make a finding is read in place; the citation is copied only when it does.
        let end = x.cited(di, i).map { Int(g.edgeTo[$0]) }
        let date = citations[i].citation.date
        if let date, let end { datesByEnd[end].append((date, Int32(di), Int32(i))) }
        let shape = citations[i].citation.number.shape
        // A yearly-numbered State document cited without a date, whose node has no period.
        let undated =
          citations[i].citation.number.year == nil && (shape == .state || shape == .letter)
          && end.map { $0 >= n || g.nodes[$0].period == nil } == true
        let later =
          date != nil && ownDay != nil && date! > ownDay! && !citations[i].relation.isImplementing
        guard !citations[i].citation.diagnostics.isEmpty || undated || later else { continue }
        let c = citations[i]
        let cit = c.citation
        let d = docs[di]
        let key = end.map { g.key(ofEnd: $0) }
        let docsInvolved = key.map { [$0] } ?? []
        func add(_ severity: Finding.Severity, _ message: String, hint: String?) {
          out.append(
            Finding(
              .citationDefect, severity, message, file: d.path, line: cit.position.line,
              column: cit.position.column,
              documents: docsInvolved, hint: hint))
        }
        for diag in cit.diagnostics {
          switch diag.kind {
          case .spaceForHyphen, .missingHyphen, .dForĐ, .straySpace, .dashForHyphen,
            .swappedSeparators:
            add(
              .error, "malformed symbol '\(cit.surface)': \(diag.message)",
              hint: "write \(cit.number)")
          case .normativeWithoutYear:
            add(
              .error, diag.message,
              hint:
                "add the year: \(cit.number.number)/YYYY/\(([cit.number.typeCode].compactMap { $0 } + cit.number.issuers).joined(separator: "-"))"
            )
          case .yearContradictsDate:
            add(
              .error, diag.message, hint: "check the number or the date against the document itself"
            )
          case .listExpansion:
            if reportedLists.insert(cit.range.upperBound).inserted {
              add(
                .warning, "several numbers share one symbol in '\(cit.surface)'",
                hint: "cite each document with its full number")
            }
          case .lineBreak:
            add(.note, diag.message, hint: nil)
          default:
            break
          }
        }
        // A yearly-numbered State document cited without a date anywhere in this document: its year is unknown.
        if undated, !cit.diagnostics.contains(where: { $0.kind == .normativeWithoutYear }) {
          let number = cit.number.description
          if !datedHere(number), undatedReported.insert(number).inserted {
            add(
              .warning,
              "\(cit.typeName ?? "document") \(cit.number) is cited without a date: numbers restart every year, so which year's document is meant cannot be told",
              hint: "add the date of \(cit.number)")
          }
        }
        // A cited date later than the citing document's own date (implements edges are temporal anomalies).
        if later, let date, let ownDay {
          add(
            .error,
            "\(cit.number) is dated \(date), after the citing document's own date \(ownDay)",
            hint: "check both dates")
        }
      }
    }
    let ends = g.endKeys.isEmpty ? Array(0..<n) : (0..<g.endCount).sorted(by: g.endPrecedes)
    for end in ends where datesByEnd[end].count > 1 {
      let list = datesByEnd[end]
      let first = list[0]
      guard list.contains(where: { $0.0 != first.0 }) else { continue }
      let distinct = Set(list.map(\.0))
      let d = docs[Int(first.1)]
      let position = d.citations[Int(first.2)].citation.position
      out.append(
        Finding(
          .citationDefect, .warning,
          "\(name(g, end: end)) is cited with different dates: \(distinct.sorted().map(\.description).joined(separator: ", "))",
          file: d.path, line: position.line, column: position.column,
          documents: [g.key(ofEnd: end)],
          hint: "check which date is right; if both are, they are two documents"))
    }
    for a in g.ambiguities {
      out.append(
        Finding(
          .citationDefect, .warning,
          "\(a.evidence.surface) has no date and could be any of \(a.candidates.joined(separator: ", "))",
          file: a.evidence.file, line: a.evidence.line, column: a.evidence.column,
          documents: [a.key] + a.candidates,
          hint: "add the date"))
    }
    return out
  }

  // MARK: 5. Temporal anomalies

  static func temporalAnomalies(_ g: ReferenceGraph) -> [Finding] {
    var out: [Finding] = []
    let n = g.nodes.count
    for e in g.edges.indices where g.edges[e].relation == .implements {
      let from = Int(g.edgeFrom[e])
      let to = Int(g.edgeTo[e])
      guard from < n, to < n, let ld = g.nodes[from].date,
        !ld.isLowerBound,
        let ud = g.nodes[to].date, !ud.isLowerBound, ld.day < ud.day,
        let ev = g.edges[e].evidence.first
      else { continue }
      out.append(
        Finding(
          .temporalAnomaly, .warning,
          "\(name(g, node: from)) (dated \(ld.day)) implements \(name(g, node: to)), which is dated later (\(ud.day))",
          file: ev.file, line: ev.line, column: ev.column,
          documents: [g.nodes[from].key, g.nodes[to].key],
          hint: "check both dates, and whether the right document is named"))
    }
    let cycles = Cycles.findIds(g)
    // The first implementing edge from each cycle's first document to its second (the evidence the finding
    // names): only those pairs are looked for, in one pass over the edges.
    func pair(_ from: Int, _ to: Int) -> UInt64 { UInt64(UInt32(from)) << 32 | UInt64(UInt32(to)) }
    var firstEdge: [UInt64: Int] = [:]
    for cycle in cycles { firstEdge[pair(cycle[0], cycle[1 % cycle.count])] = -1 }
    if !firstEdge.isEmpty {
      for e in g.edges.indices where g.edges[e].relation.isImplementing {
        let k = pair(Int(g.edgeFrom[e]), Int(g.edgeTo[e]))
        if let found = firstEdge[k], found < 0 { firstEdge[k] = e }
      }
    }
    for cycle in cycles {
      let first = firstEdge[pair(cycle[0], cycle[1 % cycle.count])].flatMap { $0 >= 0 ? $0 : nil }
      let ev = first.flatMap { g.edges[$0].evidence.first }
      out.append(
        Finding(
          .temporalAnomaly, .warning,
          "implementation cycle: \((cycle + [cycle[0]]).map { name(g, end: $0) }.joined(separator: " → "))",
          file: ev?.file, line: ev?.line, column: ev?.column,
          documents: cycle.map { g.key(ofEnd: $0) },
          hint: "one of these documents names the wrong document as the one it implements"))
    }
    return out
  }
}
