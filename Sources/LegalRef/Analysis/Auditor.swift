/// The audit: orders nobody carried out, levels a document never reached, documents to collect, defects in
/// citations, dates that run backwards and cycles of implementation.
public enum Auditor {
  /// Runs every check. Findings are sorted by category, file, line.
  public static func audit(
    _ documents: [CorpusDocument], graph g: ReferenceGraph, registry: Registry = .builtIn
  ) -> [Finding] {
    let docs = documents.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    let keys = documentKeys(docs, graph: g)
    var findings: [Finding] = []
    let mandates = unfulfilledMandates(docs, keys: keys, graph: g)
    findings += mandates
    findings += levelGaps(docs, keys: keys, graph: g, mandates: mandates)
    findings += missingDocuments(g)
    findings += citationDefects(docs, keys: keys, graph: g)
    findings += temporalAnomalies(g)
    findings += unidentifiedReferences(docs, graph: g)
    findings += registryContradictions(docs, graph: g, registry: registry)
    return findings.sorted(by: Finding.ordered)
  }

  /// The graph key of each corpus document, by path.
  static func documentKeys(_ docs: [CorpusDocument], graph g: ReferenceGraph) -> [String: String] {
    var out: [String: String] = [:]
    for n in g.nodes where n.inCorpus {
      if let f = n.file { out[f] = n.key }
    }
    // The first corpus node of each number, found once rather than by a search per document.
    var firstByNumber: [DocumentNumber: Int] = [:]
    for (k, n) in g.nodes.enumerated() where n.inCorpus {
      if let number = n.number, firstByNumber[number] == nil { firstByNumber[number] = k }
    }
    for d in docs where out[d.path] == nil {
      // A second corpus file with the same number as another is merged into that node.
      if let number = d.profile.number, let k = firstByNumber[number] {
        out[d.path] = g.nodes[k].key
      }
    }
    return out
  }

  /// For every document key, the keys of the corpus documents that implement it (directly).
  static func implementersInCorpus(_ g: ReferenceGraph) -> [String: [GraphNode]] {
    var out: [String: [GraphNode]] = [:]
    for e in g.edges where e.relation.isImplementing {
      if let n = g.node(e.from), n.inCorpus { out[e.to, default: []].append(n) }
    }
    return out
  }

  static func family(_ n: GraphNode) -> String {
    ProfileReader.family(DocumentProfile(issuer: n.issuer, branch: n.branch, level: n.level))
  }

  static func name(_ g: ReferenceGraph, _ key: String) -> String {
    guard let n = g.node(key) else { return key }
    if n.isUnnumberedReference { return "“\(n.title ?? key)” (no number)" }
    if let number = n.number { return "\(n.type.map { $0 + " " } ?? "")\(number)" }
    let file = n.file.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? key
    return "\(n.type ?? "document") [\(file)]"
  }

  /// The cited document's key for each citation of a corpus document, by where it was read.
  static func citedKeys(_ g: ReferenceGraph) -> [Evidence: String] {
    var out: [Evidence: String] = [:]
    out.reserveCapacity(g.edges.reduce(0) { $0 + ($1.stated ? 0 : $1.evidence.count) })
    for e in g.edges where !e.stated {
      for ev in e.evidence where out[ev] == nil { out[ev] = e.to }
    }
    return out
  }

  // MARK: 1. Unfulfilled mandates

  static func unfulfilledMandates(
    _ docs: [CorpusDocument], keys: [String: String], graph g: ReferenceGraph
  )
    -> [Finding]
  {
    let implementers = implementersInCorpus(g)
    let cited = citedKeys(g)
    var out: [Finding] = []
    for d in docs {
      guard let own = keys[d.path] else { continue }
      var seen = Set<String>()
      for m in d.mandates {
        guard let level = Bodies.resolvedLevel(m.body, province: d.profile.jurisdiction) else {
          continue
        }
        let province = m.body.province ?? d.profile.jurisdiction
        let named = m.body.placeName.map(ProfileReader.titleCase)
        // Which documents answer the order: the ordering one, or the documents it names.
        var targets = [own]
        for i in m.objects where i < d.citations.count {
          let c = d.citations[i].citation
          let evidence = Evidence(
            file: d.path, line: c.position.line, column: c.position.column, surface: c.surface)
          if let key = cited[evidence] {
            targets.append(key)
          }
        }
        let candidates = targets.flatMap { implementers[$0] ?? [] }
        let answered = candidates.contains { x in
          answers(
            x, mandate: m, level: level, province: province, named: named, from: d.profile, own: own
          )
        }
        guard !answered else { continue }
        let who =
          m.body.name + (named.map { " " + $0 } ?? "") + (m.body.plural ? " (every one)" : "")
        let place =
          province ?? (d.profile.level == .central ? "every province" : "province not named")
        let dedupe = "\(who)|\(m.action)"
        guard seen.insert(dedupe).inserted else { continue }
        let what = m.action == .issue ? "to issue its own plan implementing" : "to carry out"
        let objectNames = ([own] + targets.dropFirst()).map { name(g, $0) }
        out.append(
          Finding(
            .unfulfilledMandate, .warning,
            "\(name(g, own)) orders \(who) [\(place)] \(what) \(objectNames.joined(separator: " and ")); no document of that body in the corpus implements it",
            file: d.path, line: m.position.line, column: m.position.column,
            documents: [own] + targets.dropFirst(),
            hint:
              "collect the \(level.rawValue)-level document of \(who) in \(place), or record that it was never issued"
          ))
      }
    }
    return out
  }

  /// Whether corpus document `x` answers the order: the body's kind and level, in the right place.
  static func answers(
    _ x: GraphNode, mandate m: Mandate, level: Level, province: String?, named: String?,
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
    _ docs: [CorpusDocument], keys: [String: String], graph g: ReferenceGraph, mandates: [Finding]
  ) -> [Finding] {
    var out: [Finding] = []
    // Which documents a district or commune document of each province reaches upwards through implementation:
    // one search per province from all its lower documents, so the whole check stays linear per province.
    var up: [String: [String]] = [:]
    for (upper, children) in ChainFinder.implementers(g) {
      for (c, _) in children { up[c, default: []].append(upper) }
    }
    var reachedFrom: [String: Set<String>] = [:]
    var lowerByProvince: [String: [String]] = [:]
    for n in g.nodes where (n.level ?? .central) >= .district {
      if let p = n.jurisdiction { lowerByProvince[p, default: []].append(n.key) }
    }
    for (province, starts) in lowerByProvince {
      var stack = starts
      var seen = Set(starts)
      while let k = stack.popLast() {
        for u in up[k] ?? [] where seen.insert(u).inserted { stack.append(u) }
      }
      for k in seen { reachedFrom[k, default: []].insert(province) }
    }
    func reaches(_ from: String, level: Level, province: String) -> Bool {
      reachedFrom[from]?.contains(province) == true
    }
    // (a) A provincial corpus document no district document of its province implements.
    // The unanswered orders by the document that gives them, so each document looks only at its own.
    var mandatesBy: [String: [Finding]] = [:]
    for f in mandates {
      if let first = f.documents.first { mandatesBy[first, default: []].append(f) }
    }
    for d in docs {
      guard let key = keys[d.path], let node = g.node(key), node.level == .province,
        let province = node.jurisdiction
      else { continue }
      if reaches(key, level: .district, province: province) { continue }
      // An order to the districts that nobody answered already says it.
      let mandateToLower = (mandatesBy[key] ?? []).contains { f in
        f.documents.first == key
          && d.mandates.contains { m in
            Bodies.resolvedLevel(m.body, province: province).map { $0 > .province } ?? false
              && f.line == m.position.line
          }
      }
      if mandateToLower { continue }
      out.append(
        Finding(
          .levelGap, .warning,
          "\(name(g, key)) (\(province), province) is not implemented by any district document of \(province) in the corpus",
          file: d.path, line: 1, column: 1, documents: [key],
          hint: "collect the district plans of \(province) that implement it"))
    }
    // (b) A district or commune document implementing a central one directly, with no provincial document of its
    // province implementing that central document.
    // The provinces with a provincial document implementing each document, and the provinces whose provincial
    // documents each document implements.
    var provincialImplementers: [String: Set<String>] = [:]
    var implementsProvincial: [String: Set<String>] = [:]
    for x in g.edges where x.relation.isImplementing {
      if let n = g.node(x.from), n.level == .province, let p = n.jurisdiction {
        provincialImplementers[x.to, default: []].insert(p)
      }
      if let n = g.node(x.to), n.level == .province, let p = n.jurisdiction {
        implementsProvincial[x.from, default: []].insert(p)
      }
    }
    for e in g.edges where e.relation.isImplementing {
      guard let lower = g.node(e.from), lower.inCorpus, let ll = lower.level, ll >= .district,
        let province = lower.jurisdiction, let upper = g.node(e.to), upper.level == .central
      else { continue }
      if provincialImplementers[e.to]?.contains(province) == true { continue }
      // Nor through a provincial document the lower one also implements.
      if implementsProvincial[e.from]?.contains(province) == true { continue }
      let ev = e.evidence.first
      out.append(
        Finding(
          .levelGap, .warning,
          "\(name(g, lower.key)) (\(province), \(ll.rawValue)) implements \(name(g, upper.key)) directly; no provincial document of \(province) implementing it is in the corpus",
          file: ev?.file, line: ev?.line, column: ev?.column, documents: [lower.key, upper.key],
          hint:
            "collect the \(province) provincial plan implementing \(name(g, upper.key)), or record that the province issued none"
        ))
    }
    return out
  }

  // MARK: 3. Missing documents

  static func missingDocuments(_ g: ReferenceGraph) -> [Finding] {
    // A reference without a number has its own finding (unidentified-reference).
    DocumentsToCollect.list(g).filter { g.node($0.key)?.isUnnumberedReference != true }.map {
      item in
      let ev = item.firstEvidence
      return Finding(
        .missingDocument, .note,
        "\(name(g, item.key)) is cited by \(item.citingDocuments) corpus document(s) (\(item.citations) citation(s)) but is not in the corpus",
        file: ev.file, line: ev.line, column: ev.column, documents: [item.key],
        hint: "add it to the corpus to follow its own citations")
    }
  }

  // MARK: 4. Citation defects

  static func citationDefects(
    _ docs: [CorpusDocument], keys: [String: String], graph g: ReferenceGraph
  )
    -> [Finding]
  {
    let cited = citedKeys(g)
    var out: [Finding] = []
    var datesByNode: [String: [(DayDate, Evidence)]] = [:]
    for d in docs {
      var reportedLists = Set<Int>()
      var undatedReported = Set<String>()
      let datedHere = Set(
        d.citations.filter { $0.citation.date != nil }.map { $0.citation.number.description })
      for c in d.citations {
        let cit = c.citation
        let ev = Evidence(
          file: d.path, line: cit.position.line, column: cit.position.column, surface: cit.surface)
        let key = cited[ev]
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
        if cit.number.year == nil, cit.number.shape == .state || cit.number.shape == .letter,
          !cit.diagnostics.contains(where: { $0.kind == .normativeWithoutYear }),
          !datedHere.contains(cit.number.description), let key, g.node(key)?.period == nil,
          undatedReported.insert(cit.number.description).inserted
        {
          add(
            .warning,
            "\(cit.typeName ?? "document") \(cit.number) is cited without a date: numbers restart every year, so which year's document is meant cannot be told",
            hint: "add the date of \(cit.number)")
        }
        if let date = cit.date, let key { datesByNode[key, default: []].append((date, ev)) }
        // A cited date later than the citing document's own date (implements edges are temporal anomalies).
        if let date = cit.date, let own = d.profile.date, !own.isLowerBound, date > own.day,
          !c.relation.isImplementing
        {
          add(
            .error,
            "\(cit.number) is dated \(date), after the citing document's own date \(own.day)",
            hint: "check both dates")
        }
      }
    }
    for (key, list) in datesByNode.sorted(by: { $0.key < $1.key }) {
      let distinct = Set(list.map(\.0))
      guard distinct.count > 1, let first = list.first else { continue }
      out.append(
        Finding(
          .citationDefect, .warning,
          "\(name(g, key)) is cited with different dates: \(distinct.sorted().map(\.description).joined(separator: ", "))",
          file: first.1.file, line: first.1.line, column: first.1.column, documents: [key],
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
    for e in g.edges where e.relation == .implements {
      guard let lower = g.node(e.from), let upper = g.node(e.to), let ld = lower.date,
        !ld.isLowerBound,
        let ud = upper.date, !ud.isLowerBound, ld.day < ud.day, let ev = e.evidence.first
      else { continue }
      out.append(
        Finding(
          .temporalAnomaly, .warning,
          "\(name(g, lower.key)) (dated \(ld.day)) implements \(name(g, upper.key)), which is dated later (\(ud.day))",
          file: ev.file, line: ev.line, column: ev.column, documents: [lower.key, upper.key],
          hint: "check both dates, and whether the right document is named"))
    }
    for cycle in Cycles.find(g) {
      let first = g.edges.first {
        $0.from == cycle[0] && $0.to == cycle[1 % cycle.count] && $0.relation.isImplementing
      }
      let ev = first?.evidence.first
      out.append(
        Finding(
          .temporalAnomaly, .warning,
          "implementation cycle: \((cycle + [cycle[0]]).map { name(g, $0) }.joined(separator: " → "))",
          file: ev?.file, line: ev?.line, column: ev?.column, documents: cycle,
          hint: "one of these documents names the wrong document as the one it implements"))
    }
    return out
  }
}
