import Testing

@testable import LegalRef

/// What each seed document is, against `expected/documents.tsv`.
@Suite struct SeedDocumentTests {
  @Test func titlesAreRead() {
    #expect(SeedCorpus.document("000").profile.title == "Về nhiệm vụ năm học 2021-2022")
    #expect(
      SeedCorpus.document("003").profile.title
        == "Về việc thực hiện nhiệm vụ trọng tâm năm học 2023-2024 trên địa bàn tỉnh An Giang")
  }
}

/// The relation of every seed citation, against `expected/citations.tsv`.
@Suite struct SeedRelationTests {
  @Test func jurisdictionOfLocalCitedDocuments() throws {
    for row in try Seeds.table("citations.tsv") where !row["jurisdiction"]!.isEmpty {
      let doc = SeedCorpus.document(row["doc"]!)
      let c = try #require(
        doc.classified.first {
          $0.citation.position.line == Int(row["line"]!)!
            && $0.citation.number.description == row["id"]
        })
      #expect(c.isLocal)
      #expect(
        c.jurisdiction ?? "?" == row["jurisdiction"], "\(row["doc"]!):\(row["line"]!) \(row["id"]!)"
      )
    }
  }

  @Test func statedRelationsBetweenCitedDocuments() {
    func stated(_ prefix: String, _ from: String, _ to: String) -> Relation? {
      let doc = SeedCorpus.document(prefix)
      for c in doc.classified where c.citation.number.description == to {
        if let p = c.parent, doc.classified[p].citation.number.description == from {
          return c.statedRelation
        }
      }
      return nil
    }
    #expect(stated("000", "01-KL/TW", "05-CT/TW") == .implements)
    #expect(stated("000", "41-CTr/TU", "42-CT/TW") == .implements)
    #expect(stated("001", "134-KL/TU", "34-CTr/TU") == .implements)
    #expect(stated("001", "34-CTr/TU", "29-NQ/TW") == .implements)
    #expect(stated("004", "97-KH/TU", "51-KL/TW") == .implements)
    #expect(stated("002", "2161/QĐ-BGDĐT", "93/KH-UBND") == nil)
  }
}
