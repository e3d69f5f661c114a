/// The audit's checks of references without a number and of what citations say against the registry.
extension Auditor {
  // MARK: 6. Unidentified references

  /// A reference without a number that nothing identified, or that several documents fit: one finding per citing
  /// document and reference.
  static func unidentifiedReferences(
    _ docs: [CorpusDocument], _ x: Index, graph g: ReferenceGraph
  ) -> [Finding] {
    var out: [Finding] = []
    for di in docs.indices {
      var seen = Set<Int>()
      let citations = docs[di].citations
      for i in citations.indices {
        // Read in place; the citation is copied only for a finding.
        guard let resolution = citations[i].citation.reference?.resolution, resolution != .resolved
        else { continue }
        guard let e = x.cited(di, i) else { continue }
        let k = Int(g.edgeTo[e])
        guard k < g.nodes.count, !g.nodes[k].inCorpus, seen.insert(k).inserted else { continue }
        let d = docs[di]
        let c = citations[i]
        let cit = c.citation
        let note = cit.reference!
        let key = g.nodes[k].key
        let type = cit.typeName ?? "document"
        var message = "“\(note.text)” names no number"
        if let year = note.schoolYear { message += " (school year \(year))" }
        let hint: String
        switch note.resolution {
        case .ambiguous:
          message += "; it could be any of \(note.candidates.joined(separator: ", "))"
          hint = "write the number and symbol, or the year, so that one document is meant"
        default:
          message += ": \(note.how)"
          switch note.kind {
          case .description:
            let issuer = c.issuerBody ?? cit.issuer ?? "its issuer"
            if let year = note.schoolYear {
              hint =
                "look for the \(type) of \(issuer) on the school year \(year) (such documents are issued around August \(year.prefix(4))); add it to the corpus or to a registry file (--registry)"
            } else if let target = note.implements {
              hint =
                "look for the \(type) of \(issuer) implementing \(target); add it to the corpus or to a registry file (--registry)"
            } else {
              hint =
                "look for the \(type) of \(issuer)\(cit.subject.map { " on “\($0)”" } ?? ""); add it to the corpus or to a registry file (--registry)"
            }
          case .law:
            hint =
              "check the law's exact name and year; add it to a registry file (--registry) if the registry lacks it"
          case .plenum:
            hint =
              "add the documents of that plenum to a registry file (--registry), or cite the number"
          case .shortForm:
            hint = "cite it in full once (number and symbol, date, issuer)"
          }
        }
        out.append(
          Finding(
            .unidentifiedReference, .warning, message, file: d.path, line: cit.position.line,
            column: cit.position.column, documents: [key], hint: hint))
      }
    }
    return out
  }

  // MARK: 7. Contradictions with the registry

  /// A citation whose date, plenum, term or issuer contradicts the registry's entry for the document it names.
  static func registryContradictions(
    _ docs: [CorpusDocument], _ x: Index, graph g: ReferenceGraph, registry: Registry
  ) -> [Finding] {
    var out: [Finding] = []
    for di in docs.indices {
      // Through pointers: a field is read where it is (the arrays' getters copied a whole citation or node,
      // retaining each of its strings, for each field read).
      docs[di].citations.withUnsafeBufferPointer { citations in
        g.nodes.withUnsafeBufferPointer { nodes in
          for i in citations.indices where citations[i].citation.reference == nil {
            // Only a citation of a document the registry knows is looked at further.
            guard let edge = x.cited(di, i) else { continue }
            let k = Int(g.edgeTo[edge])
            guard k < nodes.count, nodes[k].registry != nil, let number = nodes[k].number,
              let e = registry.entry(number: number, period: nodes[k].period)
            else { continue }
            let d = docs[di]
            let c = citations[i]
            let cit = c.citation
            let node = nodes[k]
            let key = node.key
            var problems: [String] = []
            if let date = cit.date, date != e.date {
              problems.append("it is dated \(date) here, the registry has \(e.date)")
            }
            if let p = cit.plenum, let q = e.plenum, p != q {
              problems.append(
                "it is attributed to plenum \(p) here, but it was adopted at plenum \(q) of term \(e.term ?? node.period ?? "?")"
              )
            }
            if let t = cit.term, let u = e.term, t != u, number.shape == .party {
              problems.append("it is attributed to term \(t) here, the registry has term \(u)")
            }
            if let body = c.issuerBody, centralBodies.contains(body),
              centralBodies.contains(e.issuer),
              !ReferenceResolver.issuerMatches(e.issuer, body)
            {
              problems.append("it is attributed to \(body) here, the registry has \(e.issuer)")
            }
            guard !problems.isEmpty else { continue }
            out.append(
              Finding(
                .registryContradiction, .warning,
                "\(cit.typeName ?? e.type) \(number): \(problems.joined(separator: "; "))",
                file: d.path, line: cit.position.line, column: cit.position.column,
                documents: [key],
                hint:
                  "check the citation against the document itself (registry source: \(e.source.isEmpty ? e.origin : e.source))"
              ))
          }
        }
      }
    }
    return out
  }

  /// Central bodies whose documents the registry holds, as the issuer phrase names them.
  static let centralBodies: Set<String> = [
    "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Chính phủ", "Thủ tướng Chính phủ", "Bộ Giáo dục và Đào tạo",
    "Bộ trưởng Bộ Giáo dục và Đào tạo",
  ]
}
