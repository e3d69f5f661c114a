import Foundation
import Testing

/// `legalref registry` and the `--registry FILE` option, run as a user would.
@Suite struct RegistryCommandTests {
  static let plenumFour = """
    # Resolutions the built-in registry lacks.
    number\ttype\tissuer\tdate\tterm\ttitle\taliases\tsource
    12-NQ/TW\tNghị quyết\tBan Chấp hành Trung ương\t2012-01-16\tXI\tMột số vấn đề cấp bách về xây dựng Đảng hiện nay\tNghị quyết Trung ương 4 khóa XI\tthe resolution's own text

    """

  @Test func findListsTheVersionsOfALaw() throws {
    let r = try CLI.run(["registry", "--find", "Luật Giáo dục"])
    #expect(r.status == 0)
    let rows = r.stdout.split(separator: "\n").dropFirst()
    #expect(rows.map { $0.split(separator: "\t")[0] } == ["38/2005/QH11", "43/2019/QH14"])
  }

  @Test func theBuiltInRegistryPassesItsOwnCheck() throws {
    let r = try CLI.run(["registry", "--check"])
    #expect(r.status == 0)
    #expect(r.stdout.hasSuffix("0 problem(s)\n"))
  }

  @Test func aUserRegistryResolvesWhatTheBuiltInOneCannot() throws {
    let dir = try CLI.tempDir()
    let file = dir.appendingPathComponent("mine.tsv")
    try Data(Self.plenumFour.utf8).write(to: file)
    let seed = CLI.seeds + "/000_94df8859db2d950d.txt"
    let without = try CLI.run(["audit", seed, "--quiet"])
    #expect(without.stdout.contains("“Nghị quyết Trung ương 4 khóa XI” names no number"))
    let with = try CLI.run(["audit", seed, "--registry", file.path, "--quiet"])
    #expect(with.status == 0)
    #expect(!with.stdout.contains("“Nghị quyết Trung ương 4 khóa XI” names no number"))
    let graph = try CLI.run(["graph", "--format", "json", seed, "--registry", file.path, "--quiet"])
    #expect(graph.stdout.contains("\"12-NQ/TW @XI\""))
  }

  @Test func showFindsADocumentByTheNameTheRegistryKnows() throws {
    let r = try CLI.run(["show", "Luật Giáo dục năm 2019", CLI.seeds, "--quiet"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("43/2019/QH14 — Luật, central, 2019-06-14"))
    #expect(r.stdout.contains("  registry: http"))
    #expect(r.stdout.contains("002_d7bc039ea1282882.txt:26"))
  }

  @Test func aMalformedRegistryIsRefusedWithItsLineAndNothingIsWritten() throws {
    let dir = try CLI.tempDir()
    let file = dir.appendingPathComponent("bad.tsv")
    try Data("number\ttype\tissuer\tdate\ttitle\n29-NQ/TW\tNghị quyết\tX\t4/11/2013\tT\n".utf8)
      .write(
        to: file)
    let out = dir.appendingPathComponent("out")
    let r = try CLI.run([
      "analyze", CLI.seeds, "--out", out.path, "--registry", file.path, "--quiet",
    ])
    #expect(r.status == 1)
    #expect(
      r.stderr.contains("registry '\(file.path)' is malformed: line 2: '4/11/2013' is not a date"))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.dot").path))
    let check = try CLI.run(["registry", "--registry", dir.appendingPathComponent("none.tsv").path])
    #expect(check.status == 1)
    #expect(check.stderr.contains("cannot read registry"))
  }
}
