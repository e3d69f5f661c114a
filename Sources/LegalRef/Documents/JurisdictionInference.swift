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
    var byNumber: [String: [Int]] = [:]
    for (k, d) in documents.enumerated() {
      if let n = d.profile.number { byNumber[n.description, default: []].append(k) }
    }
    var out = documents
    for (k, d) in documents.enumerated() {
      guard mayPlace(d.profile), let level = d.profile.level else { continue }
      var found: Set<String> = []
      var district: String?
      for c in d.citations where c.relation.isImplementing && c.parent == nil {
        guard let targets = byNumber[c.citation.number.description], targets.count == 1 else {
          continue
        }
        let target = documents[targets[0]].profile
        guard let j = target.jurisdiction, let tl = target.level, tl != .central, tl <= level else {
          continue
        }
        if let named = c.district, let td = target.district, named != td { continue }
        found.insert(j)
        if tl == .district { district = target.district }
      }
      guard found.count == 1 else { continue }
      var doc = d
      doc.profile.jurisdiction = found.first
      if level == .commune, doc.profile.district == nil { doc.profile.district = district }
      out[k] = reclassify(doc)
    }
    return out
  }
}
