/// Builds the reference graph from the corpus documents: one node per real-world document (DOMAIN.md identity
/// rules), one edge per relation kind between two documents, with its evidence.
public enum GraphBuilder {
  /// A mention of a document: a corpus file's own number or a citation.
  struct Mention {
    var number: DocumentNumber
    /// The period the number belongs to when known: the year of a yearly State number, the Party term.
    var period: String?
    /// Whether a period is needed to tell documents apart (yearly State and Party numbers).
    var needsPeriod: Bool
    /// The place scope of a local number ("Hải Phòng", "Hải Phòng/Vân Đồn", "?file"), nil for central.
    var place: String?

    var base: String { number.description + (place.map { " #" + $0 } ?? "") }
    func key(period p: String?) -> String {
      number.description + (p.map { " @" + $0 } ?? "") + (place.map { " #" + $0 } ?? "")
    }
  }

  /// Builds the graph.
  public static func build(_ documents: [CorpusDocument]) -> ReferenceGraph {
    let docs = documents.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }

    // 1. Mentions, and the periods known for each number and place.
    var ownMentions: [Int: Mention] = [:]
    var citationMentions: [[Mention]] = []
    var knownPeriods: [String: Set<String>] = [:]
    func note(_ m: Mention) {
      if let p = m.period { knownPeriods[m.base, default: []].insert(p) }
    }
    for (d, doc) in docs.enumerated() {
      if let n = doc.profile.number {
        let m = mention(
          n, date: doc.profile.date.flatMap { $0.isLowerBound ? nil : $0.day },
          level: doc.profile.level,
          isLocal: ProfileCodes.isLocal(n.issuerCode)
            || (doc.profile.level.map { $0 != .central } ?? false),
          jurisdiction: doc.profile.jurisdiction, district: doc.profile.district,
          commune: doc.profile.commune,
          scopeFile: doc.path)
        ownMentions[d] = m
        note(m)
      }
      var list: [Mention] = []
      for c in doc.citations {
        let m = mention(
          c.citation.number, date: c.citation.date, level: c.level, isLocal: c.isLocal,
          jurisdiction: c.jurisdiction, district: c.district, commune: c.commune,
          scopeFile: doc.path)
        list.append(m)
        note(m)
      }
      citationMentions.append(list)
    }

    // 2. Resolve a mention to a key; undated numbers go to their only dated candidate (assumed).
    var ambiguities: [Ambiguity] = []
    func resolve(_ m: Mention, evidence: Evidence?) -> (key: String, assumed: Bool) {
      if !m.needsPeriod || m.period != nil { return (m.key(period: m.period), false) }
      let candidates = (knownPeriods[m.base] ?? []).sorted()
      if candidates.count == 1 { return (m.key(period: candidates[0]), true) }
      let key = m.key(period: nil)
      if candidates.count > 1, let evidence {
        ambiguities.append(
          Ambiguity(key: key, candidates: candidates.map { m.key(period: $0) }, evidence: evidence))
      }
      return (key, false)
    }

    // 3. Nodes: corpus documents first, then cited-only documents.
    var nodes: [String: GraphNode] = [:]
    var docKeys: [String] = []
    for (d, doc) in docs.enumerated() {
      let p = doc.profile
      let key = ownMentions[d].map { resolve($0, evidence: nil).key } ?? "file:" + doc.path
      docKeys.append(key)
      if nodes[key]?.inCorpus == true { continue }
      nodes[key] = GraphNode(
        key: key, number: p.number, type: p.type, issuer: p.issuer, branch: p.branch,
        level: p.level,
        jurisdiction: p.jurisdiction, district: p.district, date: p.date, title: p.title,
        inCorpus: true,
        file: doc.path, period: ownMentions[d]?.period)
      nodes[key]!.commune = p.commune
    }

    var edges: [EdgeKey: GraphEdge] = [:]
    func addEdge(
      _ from: String, _ to: String, _ relation: Relation, assumed: Bool, stated: Bool, _ e: Evidence
    ) {
      guard from != to else { return }
      let k = EdgeKey(from: from, to: to, relation: relation)
      if var edge = edges[k] {
        edge.evidence.append(e)
        edge.assumed = edge.assumed && assumed
        edges[k] = edge
      } else {
        edges[k] = GraphEdge(
          from: from, to: to, relation: relation, assumed: assumed, stated: stated, evidence: [e])
      }
    }

    for (d, doc) in docs.enumerated() {
      var keys: [(String, Bool)] = []
      for (i, c) in doc.citations.enumerated() {
        let cit = c.citation
        let evidence = Evidence(
          file: doc.path, line: cit.position.line, column: cit.position.column, surface: cit.surface
        )
        let m = citationMentions[d][i]
        let (key, assumed) = resolve(m, evidence: evidence)
        keys.append((key, assumed))
        if nodes[key] == nil {
          nodes[key] = GraphNode(
            key: key, number: cit.number, type: cit.typeName, issuer: c.issuerBody ?? cit.issuer,
            branch: c.branch,
            level: c.level, jurisdiction: c.jurisdiction, district: c.district,
            date: (m.period != nil || !m.needsPeriod) ? cit.date.map { DocumentDate($0) } : nil,
            title: cit.subject, inCorpus: false, file: nil, period: m.period)
          nodes[key]!.commune = c.commune
        } else if var node = nodes[key], !node.inCorpus {
          // Fill in what the first mention did not say.
          // A written type word ("Chương trình hành động") says more than the code ("Chương trình").
          if node.type == nil
            || (cit.typeWritten && cit.typeName != nil && node.type == cit.number.typeNameFromCode)
          {
            node.type = cit.typeName
          }
          if node.issuer == nil { node.issuer = c.issuerBody ?? cit.issuer }
          if node.title == nil { node.title = cit.subject }
          if node.date == nil, let date = cit.date, m.period != nil || !m.needsPeriod {
            node.date = DocumentDate(date)
          }
          nodes[key] = node
        }
        addEdge(docKeys[d], key, c.relation, assumed: assumed, stated: false, evidence)
        if let parent = c.parent, let stated = c.statedRelation {
          let (parentKey, parentAssumed) = keys[parent]
          addEdge(parentKey, key, stated, assumed: assumed || parentAssumed, stated: true, evidence)
        }
      }
    }
    var edgeList = Array(edges.values)
    for k in edgeList.indices { edgeList[k].evidence.sort() }
    return ReferenceGraph(nodes: Array(nodes.values), edges: edgeList, ambiguities: ambiguities)
  }

  struct EdgeKey: Hashable {
    var from: String
    var to: String
    var relation: Relation
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
