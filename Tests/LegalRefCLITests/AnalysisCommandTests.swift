import Foundation
import Testing

@Suite struct AnalysisCommandTests {
  @Test func auditJSONIsVersionedAndStrictExitsOneOnErrors() throws {
    let r = try CLI.run(["audit", "--format", "json", CLI.seeds, "--quiet"])
    #expect(r.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let findings = try #require(object["findings"] as? [[String: Any]])
    let categories = Set(findings.compactMap { $0["category"] as? String })
    #expect(
      categories == [
        "unfulfilled-mandate", "level-gap", "missing-document", "citation-defect",
        "unidentified-reference", "registry-contradiction",
      ])
    for key in ["category", "severity", "message", "file", "line", "documents", "hint"] {
      #expect(findings.allSatisfy { $0[key] != nil }, "finding field \(key)")
    }
    let strict = try CLI.run(["audit", "--strict", CLI.seeds, "--quiet"])
    #expect(strict.status == 1)
    // A corpus without errors passes --strict.
    let dir = try CLI.tempDir()
    try Data("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương.".utf8)
      .write(
        to: dir.appendingPathComponent("a.txt"))
    #expect(try CLI.run(["audit", "--strict", dir.path, "--quiet"]).status == 0)
  }

  @Test func auditTextIsCompilerStyle() throws {
    let r = try CLI.run(["audit", "graphs/sample/corpus", "--quiet"], cwd: CLI.packageRoot)
    #expect(
      r.stdout.contains(
        "graphs/sample/corpus/03_quang_ninh_ubnd_kh_96.txt:24:146: error: malformed symbol"))
    #expect(r.stdout.contains("  hint: write 24/2021/NĐ-CP"))
    #expect(r.stdout.hasSuffix("31 findings: 5 errors, 10 warnings, 16 notes\n"))
  }

  @Test func auditMarkdownHasTheSections() throws {
    let r = try CLI.run(["audit", "--format", "markdown", CLI.seeds, "--quiet"])
    for heading in [
      "# Audit", "## Orders nobody carried out", "## Levels never reached", "## Citation defects",
      "## Documents to collect", "## Citations that contradict the registry — 2",
      "## References without a number that nothing identifies",
    ] {
      #expect(r.stdout.contains(heading), "\(heading)")
    }
  }

  @Test func chainsJSONAndFilters() throws {
    let r = try CLI.run(
      ["chains", "--format", "json", "graphs/sample/corpus", "--quiet"], cwd: CLI.packageRoot)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let chains = try #require(object["chains"] as? [[String: Any]])
    #expect(chains.count == 8)
    let steps = try #require(chains.first?["steps"] as? [[String: Any]])
    for key in ["key", "id", "type", "level", "jurisdiction", "date", "file", "evidence"] {
      #expect(steps.allSatisfy { $0[key] != nil }, "step field \(key)")
    }
    #expect(object["coverage"] is [[String: Any]])
    let toCommune = try CLI.run(
      ["chains", "--to", "commune", "--format", "json", "graphs/sample/corpus", "--quiet"],
      cwd: CLI.packageRoot)
    let c = try #require(
      try JSONSerialization.jsonObject(with: Data(toCommune.stdout.utf8)) as? [String: Any])
    #expect((c["chains"] as? [Any])?.count == 1)
    let root = try CLI.run(["chains", "--root", "42-CT/TW", CLI.seeds, "--quiet"])
    #expect(root.stdout.contains("41-CTr/TU"))
    #expect(!root.stdout.contains("51-KL/TW"))
    #expect(try CLI.run(["chains", "--from", "nowhere", CLI.seeds]).status == 64)
  }

  @Test func showReportsWhatADocumentRestsOnAndWhatRestsOnIt() throws {
    let r = try CLI.run(["show", "29 NQ/TW", CLI.seeds, "--quiet"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("29-NQ/TW — Nghị quyết, central, 2013-11-04"))
    #expect(r.stdout.contains("implements: 34-CTr/TU"))
    #expect(r.stdout.contains("29-NQ/TW → 34-CTr/TU → 134-KL/TU → [001_1cdd3520dbf33d3e.txt]"))
    #expect(r.stdout.contains("error: malformed symbol '29 NQ/TW'"))
    let missing = try CLI.run(["show", "999-NQ/TW", CLI.seeds, "--quiet"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("999-NQ/TW"))
  }
}
