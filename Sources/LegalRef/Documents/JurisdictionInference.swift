/// Places a local document whose text never names its province, from the corpus document it implements: a commune
/// plan that says "Thực hiện Kế hoạch số 58-KH/HU … của Ban Thường vụ Huyện ủy Vân Đồn" belongs where 58-KH/HU
/// belongs, when exactly one corpus document carries that number (and the district, if named, agrees).
public enum JurisdictionInference {
  /// Whether `apply` may place a document of this profile (and re-place its citations): a local document whose
  /// province is not known.
  static func mayPlace(_ p: DocumentProfile) -> Bool {
    guard p.jurisdiction == nil, let level = p.level else { return false }
    return level != .central
  }

  /// Returns the documents with inferred jurisdictions filled in; citations of changed documents are re-placed.
  public static func apply(
    _ documents: [CorpusDocument], reclassify: (CorpusDocument) -> CorpusDocument
  )
    -> [CorpusDocument]
  {
    var out = documents
    apply(to: &out, reclassify: reclassify)
    return out
  }

  /// Fills in the inferred jurisdictions in place; citations of changed documents are re-placed. Every document
  /// is placed from the documents as they were before any was changed.
  public static func apply(
    to documents: inout [CorpusDocument], reclassify: (CorpusDocument) -> CorpusDocument
  ) {
    // The documents are read in place (a corpus document is a large value: copying one retains its every
    // string), and only the ones placed are copied.
    var byNumber: [String: [Int]] = [:]
    for k in documents.indices {
      if let n = documents[k].profile.number { byNumber[n.description, default: []].append(k) }
    }
    var placed: [(Int, String, String?)] = []
    for k in documents.indices {
      guard mayPlace(documents[k].profile), let level = documents[k].profile.level else { continue }
      var found: Set<String> = []
      var district: String?
      let citations = documents[k].citations
      for i in citations.indices
      where citations[i].relation.isImplementing && citations[i].parent == nil {
        guard let targets = byNumber[citations[i].citation.number.description], targets.count == 1
        else {
          continue
        }
        let t = targets[0]
        guard let j = documents[t].profile.jurisdiction, let tl = documents[t].profile.level,
          tl != .central, tl <= level
        else {
          continue
        }
        if let named = citations[i].district, let td = documents[t].profile.district, named != td {
          continue
        }
        found.insert(j)
        if tl == .district { district = documents[t].profile.district }
      }
      guard found.count == 1, let j = found.first else { continue }
      placed.append((k, j, level == .commune ? district : nil))
    }
    for (k, j, district) in placed {
      var doc = documents[k]
      doc.profile.jurisdiction = j
      if doc.profile.district == nil, let district { doc.profile.district = district }
      documents[k] = reclassify(doc)
    }
  }
}
