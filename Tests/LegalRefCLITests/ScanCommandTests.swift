import Foundation
import Testing

@Suite struct ScanCommandTests {
  @Test func tsvOnTheSeedsHasAHeaderAndOneRowPerCitation() throws {
    let r = try CLI.run(["scan", CLI.seeds])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(
      lines.first == "file\tline\tcolumn\tid\ttype\tdate\tissuer\tsubject\tsurface\tdiagnostics")
    #expect(lines.count == 66)
    #expect(
      lines.contains {
        $0.contains("\t32\t") && $0.contains("\t56/2017/NĐ-CP\tNghị định\t2017-05-09\t")
      })
    // The NFD passage of seed 002 was composed, and said so on stderr naming the file.
    #expect(r.stderr.contains("002_d7bc039ea1282882.txt"))
    #expect(lines.contains { $0.contains("\t22-NQ/TW\tNghị quyết\t2014-04-10\t") })
  }

  @Test func jsonIsValidAndVersioned() throws {
    let r = try CLI.run(["scan", "--format", "json", CLI.seeds])
    #expect(r.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == 1)
    let citations = try #require(object?["citations"] as? [[String: Any]])
    #expect(citations.count == 65)
    let first = citations[0]
    for key in [
      "file", "line", "column", "id", "type", "date", "issuer", "subject", "surface", "diagnostics",
    ] {
      #expect(first[key] != nil, "missing \(key)")
    }
    #expect(citations.contains { $0["id"] as? String == "17/TT-BGDĐT" && $0["date"] is NSNull })
    let warnings = try #require(object?["warnings"] as? [[String: Any]])
    #expect(
      warnings.contains { ($0["file"] as? String)?.hasSuffix("002_d7bc039ea1282882.txt") == true })
  }

  @Test func outputIsByteIdenticalAcrossRunsAndThreadCounts() throws {
    let a = try CLI.run(["scan", "--format", "json", CLI.seeds, "--threads", "1"])
    let b = try CLI.run(["scan", "--format", "json", CLI.seeds])
    #expect(a.stdout == b.stdout)
    #expect(!a.stdout.isEmpty)
  }

  @Test func manyFilesGiveTheSameTSVAndJSONOnOneThreadAndATabInAPathKeepsTenColumns() throws {
    // More files than one batch of rows (256), and a file name with a tab in it.
    let dir = try CLI.tempDir()
    for i in 0..<300 {
      try Data("Căn cứ Nghị định số \(i + 1)/2017/NĐ-CP ngày 09/5/2017".utf8).write(
        to: dir.appendingPathComponent(String(format: "%03d.txt", i)))
    }
    try Data("Thực hiện Chỉ thị số 05-CT/TW".utf8).write(to: dir.appendingPathComponent("a\tb.txt"))
    let one = try CLI.run(["scan", dir.path, "--threads", "1"])
    let all = try CLI.run(["scan", dir.path])
    #expect(one.status == 0)
    #expect(one.stdout == all.stdout)
    let lines = one.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 302)
    #expect(
      lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 })
    #expect(lines.contains { $0.contains("a b.txt\t1\t") && $0.contains("\t05-CT/TW\t") })
    #expect(
      lines.contains {
        $0.contains("299.txt\t") && $0.contains("\t300/2017/NĐ-CP\tNghị định\t2017-05-09\t")
      })
    // The JSON of the same files: one row per citation, the same on one thread, valid.
    let jsonOne = try CLI.run(["scan", "--format", "json", dir.path, "--threads", "1"])
    let jsonAll = try CLI.run(["scan", "--format", "json", dir.path])
    #expect(jsonOne.stdout == jsonAll.stdout)
    let object = try JSONSerialization.jsonObject(with: Data(jsonAll.stdout.utf8)) as? [String: Any]
    let rows = try #require(object?["citations"] as? [[String: Any]])
    #expect(rows.count == 301)
    // In path order: "299.txt" (the 300th file), then "a\tb.txt".
    #expect(rows[299]["id"] as? String == "300/2017/NĐ-CP")
    #expect((rows.last?["file"] as? String)?.hasSuffix("a\tb.txt") == true)
  }

  @Test func missingPathFailsWithStatus1AndTheOthersAreStillRead() throws {
    let dir = try CLI.tempDir()
    let file = dir.appendingPathComponent("a b Nghị quyết.txt")
    try Data("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016".utf8).write(to: file)
    let r = try CLI.run(["scan", dir.appendingPathComponent("nope").path, file.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("nope"))
    #expect(r.stdout.contains("05-CT/TW"))
  }

  @Test func binaryAndEmptyFilesAreSkippedWithAWarning() throws {
    let dir = try CLI.tempDir()
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x2F, 0x00]).write(
      to: dir.appendingPathComponent("image.txt"))
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    try Data("Nghị định số 80/2017/NĐ-CP".utf8).write(to: dir.appendingPathComponent("ok.txt"))
    try Data("not read".utf8).write(to: dir.appendingPathComponent("notes.xlsx"))
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("image.txt"))
    #expect(r.stderr.contains("binary"))
    #expect(!r.stderr.contains("empty.txt"))
    #expect(r.stderr.contains("ignored 1 file"))
    #expect(r.stdout.split(separator: "\n").count == 2)
    #expect(r.stdout.contains("80/2017/NĐ-CP"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CLI.run([]).status == 64)
    #expect(try CLI.run(["frobnicate"]).status == 64)
    #expect(try CLI.run(["scan"]).status == 64)
    #expect(try CLI.run(["scan", "--format", "xml", CLI.seeds]).status == 64)
    #expect(try CLI.run(["scan", "--bogus", CLI.seeds]).status == 64)
  }

  @Test func helpIsAvailableForTheCommandAndTheSubcommand() throws {
    let top = try CLI.run(["--help"])
    #expect(top.status == 0)
    #expect(top.stdout.contains("scan"))
    let sub = try CLI.run(["scan", "--help"])
    #expect(sub.status == 0)
    #expect(sub.stdout.contains("--format"))
  }
}
