import Foundation
import Testing

@testable import LegalRef

/// The whole citation table of the five seed documents against `expected/citations.tsv`.
@Suite struct SeedCitationTests {
  @Test func ownNumberLineIsNotACitation() throws {
    let scan = CorpusScan.scanOne(Seeds.files[0])
    #expect(scan.result.ownNumbers.map(\.number.description) == ["01-TT/TU"])
    #expect(!scan.result.citations.contains { $0.number.description == "01-TT/TU" })
  }

  @Test func issuerPhrasesAreCaptured() throws {
    let expected = try Seeds.table("citations.tsv")
    let scans = CorpusScan.run(files: Seeds.files)
    var checked = 0
    for row in expected where !row["issuer"]!.isEmpty && !row["issuer"]!.hasPrefix("[") {
      let scan = scans.first { Seeds.prefix(of: $0.path) == row["doc"] }!
      let citation = scan.result.citations.first {
        $0.position.line == Int(row["line"]!)! && $0.number.description == row["id"]
      }
      let issuer = try #require(
        citation?.issuer, "\(row["doc"]!):\(row["line"]!) \(row["id"]!) has no issuer")
      // The table names the body; the text may add a term ("Bộ Chính trị khóa XII") or a plenum.
      let body = row["issuer"]!.lowercased().replacing("khoá", with: "khóa")
      #expect(
        issuer.lowercased().replacing("khoá", with: "khóa").hasPrefix(body)
          || body.hasPrefix(issuer.lowercased()),
        "\(row["doc"]!):\(row["line"]!) \(row["id"]!): issuer '\(issuer)', expected '\(row["issuer"]!)'"
      )
      checked += 1
    }
    #expect(checked > 40)
  }

  @Test func repairsAreReported() throws {
    let scans = CorpusScan.run(files: Seeds.files)
    let all = scans.flatMap(\.result.citations)
    func kinds(_ id: String, line: Int) -> Set<CitationDiagnostic.Kind> {
      Set(
        all.filter { $0.number.description == id && $0.position.line == line }.flatMap(
          \.diagnostics
        ).map(\.kind))
    }
    #expect(kinds("56/2017/NĐ-CP", line: 32).contains(.missingHyphen))
    #expect(kinds("51/2020/TT-BGDĐT", line: 19).contains(.dForĐ))
    #expect(kinds("29-NQ/TW", line: 89).contains(.spaceForHyphen))
    #expect(kinds("17/TT-BGDĐT", line: 15).isSuperset(of: [.listExpansion, .normativeWithoutYear]))
    #expect(kinds("54/2014/NQ-HĐND", line: 67).contains(.yearContradictsDate))
    #expect(kinds("80/2017/NĐ-CP", line: 32).isEmpty)
  }
}
