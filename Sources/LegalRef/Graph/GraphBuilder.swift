/// Builds the reference graph from the corpus documents: one node per real-world document (DOMAIN.md identity
/// rules), one edge per relation kind between two documents, with its evidence.
public enum GraphBuilder {
  /// A mention of a document: a corpus file's own number or a citation.
  struct Mention {
    /// The shape of the number.
    var shape: DocumentNumber.Shape
    /// The period the number belongs to when known: the year of a yearly State number, the Party term.
    var period: String?
    /// Whether a period is needed to tell documents apart (yearly State and Party numbers).
    var needsPeriod: Bool
    /// The place scope of a local number ("Hải Phòng", "Hải Phòng/Vân Đồn", "?file"), nil for central.
    var place: String? { didSet { base = Self.base(text, place) } }
    /// The canonical number, printed once.
    let text: String
    /// The number and place: what the periods known are collected by.
    private(set) var base: String

    init(number: DocumentNumber, period: String?, needsPeriod: Bool, place: String?) {
      self.shape = number.shape
      self.period = period
      self.needsPeriod = needsPeriod
      self.place = place
      text = number.description
      base = Self.base(text, place)
    }

    static func base(_ text: String, _ place: String?) -> String {
      guard let place else { return text }
      return joined(text, nil, place)
    }

    func key(period p: String?) -> String {
      if p == nil, place == nil { return text }
      return Self.joined(text, p, place)
    }

    /// "text @period #place" (each part when given), made in one buffer: `+=` on a String took ~300
    /// instructions a piece, and a key is made for every citation.
    static func joined(_ text: String, _ period: String?, _ place: String?) -> String {
      let count =
        text.utf8.count + (period.map { $0.utf8.count + 2 } ?? 0)
        + (place.map { $0.utf8.count + 2 } ?? 0)
      return String(unsafeUninitializedCapacity: count) { buffer in
        // The length so far is passed in, not captured: a captured variable changed in a closure is checked for
        // exclusive access at run time on each change.
        var n = 0
        func put(_ s: String, _ n: inout Int) {
          var s = s
          let written = s.withUTF8 { bytes -> Int in
            guard let from = bytes.baseAddress, let to = buffer.baseAddress else { return 0 }
            (to + n).update(from: from, count: bytes.count)
            return bytes.count
          }
          n += written
        }
        func put(_ a: UInt8, _ b: UInt8, _ n: inout Int) {
          buffer[n] = a
          buffer[n + 1] = b
          n += 2
        }
        put(text, &n)
        if let period {
          put(0x20, UInt8(ascii: "@"), &n)
          put(period, &n)
        }
        if let place {
          put(0x20, UInt8(ascii: "#"), &n)
          put(place, &n)
        }
        return n
      }
    }

    /// Whether the base names a place (holds " #"): a local number.
    var isScoped: Bool {
      place != nil || (text.utf8.contains(UInt8(ascii: "#")) && text.contains(" #"))
    }
  }

  /// The edges as they are found, column by column (a GraphEdge is made once, in key order, at the end: moving a
  /// million of them into order cost more than making them there). A value with a mutating `add`, so that the
  /// columns are reached without the run-time exclusivity check each captured variable a helper changes costs.
  struct EdgeColumns {
    var from: [Int32] = []
    var to: [Int32] = []
    var relation: [Relation] = []
    var assumed: [Bool] = []
    var stated: [Bool] = []
    var evidence: [[Evidence]] = []
    var index: [UInt64: Int] = [:]

    /// Room for `capacity` edges, made once: growing the table would hash every key again at each doubling.
    init(capacity: Int) {
      from.reserveCapacity(capacity)
      to.reserveCapacity(capacity)
      relation.reserveCapacity(capacity)
      assumed.reserveCapacity(capacity)
      stated.reserveCapacity(capacity)
      evidence.reserveCapacity(capacity)
      index.reserveCapacity(capacity)
    }

    /// Adds the evidence `e` of the edge `from` → `to`, making the edge the first time.
    mutating func add(
      _ from: Int, _ to: Int, _ relation: Relation, assumed: Bool, stated: Bool, _ e: Evidence
    ) {
      guard from != to else { return }
      let k = ReferenceGraph.edgeKey(from, to, relation)
      if let i = index[k] {
        evidence[i].append(e)
        self.assumed[i] = self.assumed[i] && assumed
      } else {
        index[k] = self.from.count
        self.from.append(Int32(from))
        self.to.append(Int32(to))
        self.relation.append(relation)
        self.assumed.append(assumed)
        self.stated.append(stated)
        evidence.append([e])
      }
    }
  }

  /// Builds the graph. The registry's documents are candidates for undated numbers and fill in what citations do
  /// not say of the documents they cite.
  public static func build(
    _ documents: [CorpusDocument], registry: Registry = .builtIn, threads: Int? = nil
  )
    -> ReferenceGraph
  {
    func before(_ a: CorpusDocument, _ b: CorpusDocument) -> Bool {
      a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
    }
    // The corpus comes in path order: the documents are copied into a sorted array only when they are not.
    let inOrder = documents.indices.dropFirst().allSatisfy {
      !before(documents[$0], documents[$0 - 1])
    }
    let docs = inOrder ? documents : documents.sorted(by: before)

    // 1. Mentions, and the periods known for each number and place.
    // Room in the tables by document and number for the documents and for cited-only ones, one for every four
    // citations (the benchmark corpus has one for every ten; a table grows past it when needed): a table that
    // grows hashes every key again at each doubling.
    let citationCount = docs.reduce(0) { $0 + $1.citations.count }
    let expectedNodes = docs.count + citationCount / 4
    var knownPeriods: [UTF8Key: Set<String>] = [:]
    knownPeriods.reserveCapacity(expectedNodes)
    func note(_ m: Mention) {
      if let p = m.period { knownPeriods[UTF8Key(m.base), default: []].insert(p) }
    }
    // The registry's entries by number, as `Registry.entries(number:)` finds them, so that the number is
    // printed once per mention.
    var byNumber: [UTF8Key: [Int]] = [:]
    for (k, e) in registry.entries.enumerated() {
      byNumber[UTF8Key(e.number.description), default: []].append(k)
    }
    let registryByNumber = byNumber
    // Each document's mentions depend on it alone (and the registry): read side by side, in order.
    var read = parallelMap(Array(docs.indices), threads: threads) { d -> (Mention?, [Mention]) in
      mentions(of: docs[d], registry: registry, byNumber: registryByNumber)
    }
    // Moved out of `read`, not copied (a mention holds up to four strings).
    var ownList: [Mention?] = []
    var citationList: [[Mention]] = []
    ownList.reserveCapacity(read.count)
    citationList.reserveCapacity(read.count)
    read.drainInOrder { mentions in
      let (own, list) = mentions
      if let own { note(own) }
      for k in list.indices { note(list[k]) }
      ownList.append(own)
      citationList.append(list)
    }
    let ownMentions = ownList
    let citationMentions = citationList
    // The registry's documents are candidates too.
    for e in registry.entries {
      if let p = e.period { knownPeriods[UTF8Key(e.number.description), default: []].insert(p) }
    }

    // 2. Resolve a mention to a key; undated numbers go to their only dated candidate (assumed). Depends on the
    // mention, the periods known and the registry alone, so it is worked out side by side for many citations;
    // the ambiguity it finds is kept in citation order.
    let periods = knownPeriods
    @Sendable func resolve(_ m: Mention, evidence: Evidence?, citingDay: DayDate? = nil)
      -> Resolution
    {
      if !m.needsPeriod || m.period != nil {
        return Resolution(key: m.key(period: m.period), assumed: false, period: m.period)
      }
      var candidates = (periods[UTF8Key(m.base)] ?? []).sorted()
      if candidates.count > 1, let day = citingDay {
        // A document cannot cite one of a term or year that began after it.
        // The registry knows the day of its documents; otherwise the period's first day is the earliest.
        let earlier = candidates.filter { period in
          // The registry's entry of the number and period, as `Registry.entry(number:period:)` finds it.
          let entry = registryByNumber[UTF8Key(m.text)]?.first {
            registry.entries[$0].period == period
          }
          let start =
            m.place == nil
            ? entry.map { registry.entries[$0].date } ?? periodStart(period, shape: m.shape)
            : periodStart(period, shape: m.shape)
          return start.map { $0 <= day } ?? true
        }
        if !earlier.isEmpty { candidates = earlier }
      }
      if candidates.count == 1 {
        return Resolution(key: m.key(period: candidates[0]), assumed: true, period: candidates[0])
      }
      let key = m.key(period: nil)
      var r = Resolution(key: key, assumed: false, period: nil)
      if candidates.count > 1, let evidence {
        r.ambiguity = Ambiguity(
          key: key, candidates: candidates.map { m.key(period: $0) }, evidence: evidence)
      }
      return r
    }
    var ambiguities: [Ambiguity] = []

    // 3. Nodes: corpus documents first, then cited-only documents. A node is its index in `nodes`; the keys are
    // looked up once per mention, and edges are found by their ends' indices.
    var nodes: [GraphNode] = []
    // Looked up for every citation: keyed by bytes (the keys are built from normalised text).
    var nodeIndex: [UTF8Key: Int] = [:]
    nodeIndex.reserveCapacity(expectedNodes)
    // The printed number of each cited-only node (nil for the others).
    var nodeNumbers: [String?] = []
    var docNodes: [Int] = []
    docNodes.reserveCapacity(docs.count)
    for d in docs.indices {
      let p = docs[d].profile
      let path = docs[d].path
      let key = ownMentions[d].map { resolve($0, evidence: nil).key } ?? "file:" + path
      if let k = nodeIndex[UTF8Key(key)] {
        // Every node so far is a corpus document: a second file with the same identity joins the first.
        docNodes.append(k)
        continue
      }
      var node = GraphNode(
        key: key, number: p.number, type: p.type, issuer: p.issuer, branch: p.branch,
        level: p.level,
        jurisdiction: p.jurisdiction, district: p.district, date: p.date, title: p.title,
        inCorpus: true,
        file: path, period: ownMentions[d]?.period)
      node.commune = p.commune
      nodeIndex[UTF8Key(key)] = nodes.count
      docNodes.append(nodes.count)
      nodes.append(node)
      nodeNumbers.append(nil)
    }

    // The edges as they are found, with room for an edge per citation (most citations make one).
    var found = EdgeColumns(capacity: citationCount)

    // Corpus documents by kind, built the first time a description without a number needs them.
    var describable: DescribableIndex? = nil
    // The citations' resolutions, a batch of documents at a time, worked out on the other threads while this one
    // makes the nodes and edges of the batches before, in document and citation order (a batch is held only from
    // its resolution to its turn, a few at a time).
    let batch = 64
    let batches = Array(stride(from: 0, to: docs.count, by: batch))
    orderedStream(batches, threads: threads, window: 8) { from -> [[(Evidence, Resolution)]] in
      (from..<min(docs.count, from + batch)).map { d in
        let path = docs[d].path
        let citingDay = docs[d].profile.date.flatMap { $0.isLowerBound ? nil : $0.day }
        let mentions = citationMentions[d]
        return docs[d].citations.indices.map { i in
          let position = docs[d].citations[i].citation.position
          let evidence = Evidence(
            file: path, line: position.line, column: position.column,
            surface: docs[d].citations[i].citation.surface)
          return (evidence, resolve(mentions[i], evidence: evidence, citingDay: citingDay))
        }
      }
    } consume: { b, resolved in
      for d in batches[b]..<min(docs.count, batches[b] + batch) {
        // Read through a pointer: each `citations[i].field` then reads the field where it is, where the array's
        // getter copied the whole citation (retaining each of its strings) for every field read.
        docs[d].citations.withUnsafeBufferPointer { citations in
          var keys: [(Int, Bool)] = []
          keys.reserveCapacity(citations.count)
          let mentions = citationMentions[d]
          let resolutions = resolved[d - batches[b]]
          for i in citations.indices {
            // Read in place: a citation is copied only to make a new node or match a description.
            let (evidence, resolution) = resolutions[i]
            if let a = resolution.ambiguity { ambiguities.append(a) }
            let key = resolution.key
            var assumed = resolution.assumed
            let period = resolution.period
            // Whether the citation's date is the cited document's: its period is known or not needed.
            let dated = mentions[i].period != nil || !mentions[i].needsPeriod
            var matched: Int? = nil
            if let note = citations[i].citation.reference {
              assumed = assumed || note.assumed
              if citations[i].citation.number.shape == .unnumbered, note.kind == .description,
                let match = describedCorpusDocument(
                  citations[i].citation, citations[i], docs: docs, self: d, index: &describable)
              {
                matched = docNodes[match]
                assumed = true
              }
            }
            let target: Int
            if let matched {
              target = matched
            } else if let k = nodeIndex[UTF8Key(key)] {
              target = k
              if !nodes[k].inCorpus {
                // Fill in what the first mention did not say.
                // A written type word ("Chương trình hành động") says more than the code ("Chương trình").
                // The flags first: the two comparisons of Vietnamese strings are made only for a written type.
                if nodes[k].type == nil
                  || (citations[i].citation.typeWritten && citations[i].citation.typeName != nil
                    && nodes[k].type != citations[i].citation.typeName
                    && nodes[k].type == citations[i].citation.number.typeNameFromCode)
                {
                  nodes[k].type = citations[i].citation.typeName
                }
                if nodes[k].issuer == nil {
                  nodes[k].issuer = citations[i].issuerBody ?? citations[i].citation.issuer
                }
                if nodes[k].title == nil { nodes[k].title = citations[i].citation.subject }
                if nodes[k].date == nil, let date = citations[i].citation.date, dated {
                  nodes[k].date = DocumentDate(date)
                }
              }
            } else {
              let c = citations[i]
              let cit = c.citation
              let unnumbered = cit.number.shape == .unnumbered
              var node = GraphNode(
                key: key, number: unnumbered ? nil : cit.number, type: cit.typeName,
                issuer: c.issuerBody ?? cit.issuer,
                branch: c.branch,
                level: c.level, jurisdiction: c.jurisdiction, district: c.district,
                date: dated ? cit.date.map { DocumentDate($0) } : nil,
                title: unnumbered ? cit.number.issuers.first : cit.subject, inCorpus: false,
                file: nil,
                period: period)
              node.commune = c.commune
              target = nodes.count
              nodeIndex[UTF8Key(key)] = target
              nodes.append(node)
              nodeNumbers.append(unnumbered ? nil : mentions[i].text)
            }
            keys.append((target, assumed))
            found.add(
              docNodes[d], target, citations[i].relation, assumed: assumed, stated: false, evidence)
            if let parent = citations[i].parent, let stated = citations[i].statedRelation {
              let (parentNode, parentAssumed) = keys[parent]
              found.add(
                parentNode, target, stated, assumed: assumed || parentAssumed, stated: true,
                evidence)
            }
          }
        }
      }
    }
    // What the registry knows of the documents only cited (as `Registry.entry(number:period:)` finds it).
    for k in nodes.indices where !nodes[k].inCorpus {
      guard let number = nodes[k].number, let text = nodeNumbers[k],
        let list = registryByNumber[UTF8Key(text)]
      else { continue }
      let e: RegistryEntry
      if let period = nodes[k].period {
        guard let i = list.first(where: { registry.entries[$0].period == period }) else { continue }
        e = registry.entries[i]
      } else {
        guard list.count == 1 else { continue }
        e = registry.entries[list[0]]
      }
      nodes[k].registry = e.source.isEmpty ? e.origin : e.source
      nodes[k].title = e.title
      nodes[k].issuer = e.issuer
      if nodes[k].date == nil { nodes[k].date = DocumentDate(e.date) }
      if nodes[k].type == nil || nodes[k].type == number.typeNameFromCode { nodes[k].type = e.type }
    }
    for k in found.evidence.indices where !Self.isSorted(found.evidence[k]) {
      found.evidence[k].sort()
    }

    // Nodes in key order; the edges' ends follow them.
    let order = KeyOrder.sortedIndices(nodes.map(\.key))
    var rank = [Int32](repeating: 0, count: nodes.count)
    for (r, k) in order.enumerated() { rank[k] = Int32(r) }
    // Put in order where they are (moved, not copied).
    var sortedNodes: [GraphNode] = []
    swap(&sortedNodes, &nodes)
    sortedNodes.permute(by: order)
    // The same table, its values renumbered (no key is hashed again).
    var index: [String: Int] = [:]
    index.reserveCapacity(nodeIndex.count)
    for (key, k) in nodeIndex { index[key.string] = Int(rank[k]) }
    // The edges in (from, to, relation) order: node indices follow key order, so that is one integer per edge,
    // and no two edges have the same one.
    var packed: [(key: UInt64, edge: Int32)] = []
    packed.reserveCapacity(found.from.count)
    for k in found.from.indices {
      let key = ReferenceGraph.edgeKey(
        Int(rank[Int(found.from[k])]), Int(rank[Int(found.to[k])]), found.relation[k])
      packed.append((key, Int32(k)))
    }
    packed.sort { $0.key < $1.key }
    // Each edge made where it goes, its evidence moved out of the column.
    var edges: [GraphEdge] = []
    var from: [Int32] = []
    var to: [Int32] = []
    edges.reserveCapacity(packed.count)
    from.reserveCapacity(packed.count)
    to.reserveCapacity(packed.count)
    for (key, edge) in packed {
      let (f, t) = ReferenceGraph.ends(ofEdgeKey: key)
      let k = Int(edge)
      var evidence: [Evidence] = []
      swap(&evidence, &found.evidence[k])
      edges.append(
        GraphEdge(
          from: sortedNodes[Int(f)].key, to: sortedNodes[Int(t)].key, relation: found.relation[k],
          assumed: found.assumed[k], stated: found.stated[k], evidence: evidence))
      from.append(f)
      to.append(t)
    }
    return ReferenceGraph(
      sortedNodes: sortedNodes, index: index, sortedEdges: edges, from: from, to: to,
      ambiguities: ambiguities)
  }

  /// What a mention resolves to: its node's key, whether the period was assumed, the period, and the ambiguity
  /// found when several periods fit.
  struct Resolution: Sendable {
    var key: String
    var assumed: Bool
    var period: String?
    var ambiguity: Ambiguity? = nil
  }

  /// Whether evidence is already in order (it usually is: citations are read in text order).
  static func isSorted(_ list: [Evidence]) -> Bool {
    var k = 1
    while k < list.count {
      if list[k] < list[k - 1] { return false }
      k += 1
    }
    return true
  }

  /// The period a citation's own words decide: the term written beside a Party number ("khóa XI"), else the
  /// registry document its subject names when the number has several. `byNumber` is the registry's entries by
  /// printed number.
  /// The mention of a document's own number and those of its citations, the periods filled in as one document
  /// gives them (a number cited again without its date is the one cited before with it).
  static func mentions(
    of document: CorpusDocument, registry: Registry, byNumber registryByNumber: [UTF8Key: [Int]]
  ) -> (own: Mention?, citations: [Mention]) {
    let path = document.path
    var own: Mention?
    if let n = document.profile.number {
      let profile = document.profile
      own = mention(
        n, date: profile.date.flatMap { $0.isLowerBound ? nil : $0.day },
        level: profile.level,
        isLocal: ProfileCodes.isLocal(n.issuerCode)
          || (profile.level.map { $0 != .central } ?? false),
        jurisdiction: profile.jurisdiction, district: profile.district,
        commune: profile.commune,
        scopeFile: path)
    }
    // Each citation read in place, through a pointer (the array's getter copies the whole citation for each
    // field read).
    var list: [Mention] = []
    list.reserveCapacity(document.citations.count)
    document.citations.withUnsafeBufferPointer { citations in
      for i in citations.indices {
        var m = mention(
          citations[i].citation.number, date: citations[i].citation.date,
          level: citations[i].level, isLocal: citations[i].isLocal,
          jurisdiction: citations[i].jurisdiction, district: citations[i].district,
          commune: citations[i].commune,
          scopeFile: path)
        if citations[i].citation.reference?.kind == .shortForm,
          citations[i].citation.number.shape == .unnumbered
        {
          // "Nghị quyết số 29" that nothing identified: only this file's.
          m.place = "?" + path
        }
        if m.needsPeriod, m.period == nil, citations[i].citation.number.shape != .unnumbered,
          !m.isScoped
        {
          m.period = writtenPeriod(
            citations[i].citation, m, registry: registry, byNumber: registryByNumber)
        }
        list.append(m)
      }
    }
    // A number cited again without its date in the same document is the same document (official style gives
    // the date on first citation only).
    if list.contains(where: { $0.needsPeriod && $0.period == nil }) {
      var periodHere: [UTF8Key: String] = [:]
      for k in list.indices where list[k].needsPeriod {
        if let p = list[k].period, periodHere[UTF8Key(list[k].base)] == nil {
          periodHere[UTF8Key(list[k].base)] = p
        }
      }
      for k in list.indices where list[k].needsPeriod && list[k].period == nil {
        list[k].period = periodHere[UTF8Key(list[k].base)]
      }
    }
    return (own, list)
  }

  static func writtenPeriod(
    _ c: Citation, _ m: Mention, registry: Registry, byNumber: [UTF8Key: [Int]]
  ) -> String? {
    guard c.number.shape != .unnumbered, !m.isScoped else { return nil }
    if let term = c.term, c.number.shape == .party { return term }
    guard let list = byNumber[UTF8Key(m.text)], list.count > 1 else { return nil }
    let entries = list.map { registry.entries[$0] }
    return ReferenceResolver.bestBySubject(entries, c.subject ?? c.descriptor)?.period
  }

  /// The first day of a period: a Party term's congress, a year's 1 January.
  static func periodStart(_ period: String, shape: DocumentNumber.Shape) -> DayDate? {
    if shape == .party {
      if let t = PartyTerm.central.first(where: { $0.name == period }) { return t.start }
      if let y = Int(period.prefix(4)) { return DayDate(year: y, month: 10, day: 1) }
      return nil
    }
    return Int(period).flatMap { DayDate(year: $0, month: 1, day: 1) }
  }

  /// Corpus documents by type, branch and level, and by those and province: the candidates a description without a
  /// number can name, found without looking at every document. Each group's lookups (school year, implemented
  /// number, title words) are built the first time a description of that group is matched, so a group of thousands
  /// of documents is read once, however many descriptions name it.
  struct DescribableIndex {
    var byKind: [String: [Int]] = [:]
    var byKindAndPlace: [String: [Int]] = [:]
    private var groups: [String: Group] = [:]

    /// One group's documents, looked up by what a description can say of them.
    struct Group {
      /// The group's documents, in corpus order.
      let members: [Int]
      /// Members by the school year their title names (`ReferenceResolver.schoolYear(in:)`).
      private(set) var bySchoolYear: [String: [Int]]? = nil
      /// Members by a number they cite as implemented, each member once under each number.
      private(set) var byImplemented: [DocumentNumber: [Int]]? = nil
      /// Positions in `members` by a content word of their title, and each member's count of such words.
      private(set) var byTitleWord: [String: [Int32]]? = nil
      private(set) var titleWordCounts: [Int] = []
      /// Shared words per member while one description is matched (all zero between matches).
      private var shared: [Int32] = []

      init(_ members: [Int]) { self.members = members }

      /// The members, other than `d`, whose title names school year `year`.
      mutating func schoolYear(_ year: String, _ docs: [CorpusDocument], except d: Int) -> [Int] {
        if bySchoolYear == nil {
          var map: [String: [Int]] = [:]
          for k in members {
            if let y = ReferenceResolver.schoolYear(in: docs[k].profile.title ?? "") {
              map[y, default: []].append(k)
            }
          }
          bySchoolYear = map
        }
        return (bySchoolYear![year] ?? []).filter { $0 != d }
      }

      /// The members, other than `d`, that cite `target` as a document they implement.
      mutating func implementing(
        _ target: DocumentNumber, _ docs: [CorpusDocument], except d: Int
      ) -> [Int] {
        if byImplemented == nil {
          var map: [DocumentNumber: [Int]] = [:]
          for k in members {
            for c in docs[k].citations where c.relation.isImplementing {
              // A member citing the same number twice is listed once.
              if map[c.citation.number]?.last != k { map[c.citation.number, default: []].append(k) }
            }
          }
          byImplemented = map
        }
        return (byImplemented![target] ?? []).filter { $0 != d }
      }

      /// The members, other than `d`, whose title shares enough of `words` (`ReferenceResolver.overlap(words:_:)`
      /// at least `threshold`), counted from the words' postings: only members sharing a word are looked at.
      mutating func titleMatches(
        _ words: Set<String>, threshold: Double, _ docs: [CorpusDocument], except d: Int
      ) -> [Int] {
        // Fewer than two words overlap nothing.
        guard words.count >= 2 else { return [] }
        if byTitleWord == nil {
          var map: [String: [Int32]] = [:]
          titleWordCounts = members.indices.map { p in
            let title = ReferenceResolver.contentWords(docs[members[p]].profile.title ?? "")
            for w in title { map[w, default: []].append(Int32(p)) }
            return title.count
          }
          byTitleWord = map
          shared = Array(repeating: 0, count: members.count)
        }
        var touched: [Int32] = []
        for w in words {
          for p in byTitleWord![w] ?? [] {
            if shared[Int(p)] == 0 { touched.append(p) }
            shared[Int(p)] += 1
          }
        }
        var fits: [Int] = []
        for p in touched.sorted() {
          let n = Int(shared[Int(p)])
          shared[Int(p)] = 0
          let k = members[Int(p)]
          if k != d,
            ReferenceResolver.overlap(
              shared: n, words.count, titleWordCounts[Int(p)]) >= threshold
          {
            fits.append(k)
          }
        }
        return fits
      }
    }

    static func kind(_ type: String?, _ branch: Branch?, _ level: Level?) -> String {
      "\(type ?? "")|\(branch?.rawValue ?? "")|\(level?.rawValue ?? "")"
    }

    init(_ docs: [CorpusDocument]) {
      for (k, doc) in docs.enumerated() {
        let p = doc.profile
        let kind = Self.kind(p.type, p.branch, p.level)
        byKind[kind, default: []].append(k)
        if let place = p.jurisdiction { byKindAndPlace[kind + "|" + place, default: []].append(k) }
      }
    }

    /// The group a description of this kind (and province) names, made ready the first time.
    mutating func withGroup<T>(
      kind: String, place: String?, _ body: (inout Group) -> T
    ) -> T {
      let key = place.map { kind + "|" + $0 } ?? kind
      if groups[key] == nil {
        groups[key] = Group((place == nil ? byKind[kind] : byKindAndPlace[key]) ?? [])
      }
      return body(&groups[key]!)
    }
  }

  /// The corpus document a description without a number fits ("Chương trình hành động của Ban Thường vụ Tỉnh ủy
  /// thực hiện Nghị quyết số 29-NQ/TW" → the province's programme implementing 29-NQ/TW), when exactly one does:
  /// among the corpus documents of the type, branch and level it names (and its province, when it names one), the
  /// one whose title names its school year, or that implements the number it names, or whose title shares at least
  /// 0.6 of its subject's content words.
  static func describedCorpusDocument(
    _ cit: Citation, _ c: ClassifiedCitation, docs: [CorpusDocument], self d: Int,
    index: inout DescribableIndex?
  ) -> Int? {
    guard let note = cit.reference else { return nil }
    if index == nil { index = DescribableIndex(docs) }
    let kind = DescribableIndex.kind(cit.typeName, c.branch, c.level)
    let fits = index!.withGroup(kind: kind, place: c.jurisdiction) { group -> [Int] in
      if let year = note.schoolYear { return group.schoolYear(year, docs, except: d) }
      if let target = note.implements { return group.implementing(target, docs, except: d) }
      let words = [cit.subject, cit.descriptor].compactMap { $0 }.joined(separator: " ")
      return group.titleMatches(
        ReferenceResolver.contentWords(words), threshold: 0.6, docs, except: d)
    }
    return fits.count == 1 ? fits[0] : nil
  }

  /// The identity parts of a number as mentioned.
  static func mention(
    _ n: DocumentNumber, date: DayDate?, level: Level?, isLocal: Bool, jurisdiction: String?,
    district: String?,
    commune: String?, scopeFile: String
  ) -> Mention {
    var period: String?
    var needs = false
    switch n.shape {
    case .party:
      needs = true
      if let date {
        period =
          level == .central || ProfileCodes.level(ofCode: n.issuerCode) == .central
          ? PartyTerm.centralTerm(date) : PartyTerm.localTerm(date)
      }
    case .state, .letter:
      needs = n.year == nil
      if needs, let date { period = String(date.year) }
    case .normative, .parliament, .unnumbered:
      needs = false
    }
    var place: String?
    if isLocal {
      // Unknown places never merge with anything outside the citing file.
      if let province = jurisdiction {
        switch level {
        case .district: place = province + "/" + (district ?? "?" + scopeFile)
        case .commune:
          place = province + "/" + (district ?? "?") + "/" + (commune ?? "?" + scopeFile)
        default: place = province
        }
      } else {
        place = "?" + scopeFile
      }
    }
    return Mention(number: n, period: period, needsPeriod: needs, place: place)
  }
}
