import Foundation
import Testing

@testable import LegalRef

extension ExpectedCorpus: CustomTestStringConvertible {
  var testDescription: String { folder.lastPathComponent == "corpus" ? "sample corpus" : "seeds" }
  var analyzed: AnalyzedCorpus { folder.lastPathComponent == "corpus" ? .sample : .seeds }
}

/// The seeds and the sample corpus against the tables a careful reader made of them.
@Suite struct ExpectedCorpusTests {
  /// One row reduced to what the scanner must get right: document, line, canonical id, type and date.
  struct Row: Hashable, CustomStringConvertible {
    var doc: String
    var line: Int
    var id: String
    var type: String
    var date: String
    var description: String { "\(doc):\(line) \(id) [\(type)] \(date)" }
  }

  @Test(arguments: [ExpectedCorpus.seeds, .sample])
  func everyExpectedCitationIsFoundAndNothingElse(_ corpus: ExpectedCorpus) throws {
    let expected = try corpus.table("citations.tsv").map {
      Row(
        doc: $0["doc"]!, line: Int($0["line"]!)!, id: $0["id"]!, type: $0["type"]!,
        date: $0["date"]!)
    }
    #expect(expected.count == (corpus.testDescription == "seeds" ? 65 : 54))
    let found = corpus.analyzed.documents.flatMap { doc in
      doc.scan.result.citations.map {
        Row(
          doc: doc.prefix, line: $0.position.line, id: $0.number.description,
          type: $0.typeName ?? "",
          date: $0.date?.description ?? "")
      }
    }
    let missing = multisetDifference(expected, found)
    let extra = multisetDifference(found, expected)
    #expect(missing.isEmpty, "missing: \(missing)")
    #expect(extra.isEmpty, "extra: \(extra)")
  }

  @Test(arguments: [ExpectedCorpus.seeds, .sample])
  func everyDocumentProfileMatches(_ corpus: ExpectedCorpus) throws {
    let rows = try corpus.table("documents.tsv")
    #expect(rows.count == corpus.analyzed.documents.count)
    for row in rows {
      let p = corpus.analyzed.document(row["doc"]!).profile
      let doc = row["doc"]!
      #expect(p.type == row["type"], "\(doc) type")
      #expect(p.number?.description ?? "" == row["id"], "\(doc) id")
      #expect(p.branch?.rawValue == row["branch"], "\(doc) branch")
      #expect(p.level?.rawValue == row["level"], "\(doc) level")
      #expect(
        p.jurisdiction ?? (p.level == .central ? "" : "?") == row["jurisdiction"],
        "\(doc) jurisdiction")
      #expect(p.date?.description == row["date"], "\(doc) date")
      // The table adds the place in words ("Ban Thường vụ Tỉnh ủy Bến Tre").
      let issuer = p.issuer ?? "(none)"
      #expect(row["issuer"]!.hasPrefix(issuer), "\(doc) issuer '\(issuer)' vs '\(row["issuer"]!)'")
    }
  }

  @Test(arguments: [ExpectedCorpus.seeds, .sample])
  func everyRelationIsClassifiedAsWritten(_ corpus: ExpectedCorpus) throws {
    var checked = 0
    for row in try corpus.table("citations.tsv") {
      let doc = corpus.analyzed.document(row["doc"]!)
      let matches = doc.classified.filter {
        $0.citation.position.line == Int(row["line"]!)!
          && $0.citation.number.description == row["id"]
      }
      #expect(!matches.isEmpty, "\(row["doc"]!):\(row["line"]!) \(row["id"]!) not found")
      guard row["relation"] != "*" else { continue }
      #expect(
        matches.contains { $0.relation.rawValue == row["relation"] },
        "\(row["doc"]!):\(row["line"]!) \(row["id"]!): \(matches.map(\.relation)) expected \(row["relation"]!)"
      )
      checked += 1
    }
    #expect(checked >= 50)
  }

  private func multisetDifference(_ a: [Row], _ b: [Row]) -> [Row] {
    var counts: [Row: Int] = [:]
    for r in b { counts[r, default: 0] += 1 }
    var out: [Row] = []
    for r in a {
      if let c = counts[r], c > 0 { counts[r] = c - 1 } else { out.append(r) }
    }
    return out
  }
}
