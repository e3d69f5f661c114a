import Foundation
import Testing

@Suite struct GraphCommandTests {
  /// The committed DOT files in graphs/ are what the tool writes today (graphs/regenerate.sh remakes them).
  @Test(arguments: [
    ("graphs/sample/corpus", "graphs/sample/graph.dot"),
    ("../shared/seeds", "graphs/seeds/graph.dot"),
  ])
  func committedDOTIsNotStale(_ corpus: String, _ committed: String) throws {
    let r = try CLI.run(["graph", corpus, "--quiet"], cwd: CLI.packageRoot)
    #expect(r.status == 0)
    let onDisk = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent(committed), encoding: .utf8)
    #expect(r.stdout == onDisk, "\(committed) is stale: run graphs/regenerate.sh")
  }

  @Test(arguments: ["graphs/sample/graph.dot", "graphs/seeds/graph.dot"])
  func committedDOTRendersWithTheRealDot(_ path: String) throws {
    let dot = Process()
    dot.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    dot.arguments = ["-Tsvg", "-o", "/dev/null", CLI.packageRoot.appendingPathComponent(path).path]
    let err = Pipe()
    dot.standardError = err
    try dot.run()
    dot.waitUntilExit()
    #expect(dot.terminationStatus == 0)
    #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).isEmpty)
  }

  @Test func jsonGraphIsVersionedAndComplete() throws {
    let r = try CLI.run(
      ["graph", "--format", "json", "graphs/sample/corpus"], cwd: CLI.packageRoot)
    #expect(r.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    let edges = try #require(object["edges"] as? [[String: Any]])
    #expect(nodes.filter { $0["inCorpus"] as? Bool == true }.count == 11)
    for key in [
      "key", "id", "type", "issuer", "branch", "level", "jurisdiction", "date", "title", "inCorpus",
      "file",
    ] {
      #expect(nodes.allSatisfy { $0[key] != nil }, "node field \(key)")
    }
    for key in ["from", "to", "relation", "assumed", "evidence"] {
      #expect(edges.allSatisfy { $0[key] != nil }, "edge field \(key)")
    }
    let keys = Set(nodes.compactMap { $0["key"] as? String })
    #expect(
      edges.allSatisfy {
        keys.contains($0["from"] as! String) && keys.contains($0["to"] as! String)
      })
  }

  @Test func outputFileIsWrittenAndNothingElseInTheFolder() throws {
    let dir = try CLI.tempDir()
    let keep = dir.appendingPathComponent("mine.txt")
    try Data("not ours".utf8).write(to: keep)
    let out = dir.appendingPathComponent("g.dot")
    let r = try CLI.run(
      ["graph", "graphs/sample/corpus", "-o", out.path, "--quiet"], cwd: CLI.packageRoot)
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("digraph legalref {"))
    #expect(try String(contentsOf: keep, encoding: .utf8) == "not ours")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.hasPrefix(".")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func manifestOverridesWhatTheTextSuggests() throws {
    let dir = try CLI.tempDir()
    let manifest = dir.appendingPathComponent("manifest.tsv")
    try Data("file\tjurisdiction\tdistrict\n004_13022e394e31c5a6.txt\tQuảng Trị\tCam Lộ\n".utf8)
      .write(to: manifest)
    let r = try CLI.run([
      "graph", "--format", "json", "--manifest", manifest.path, CLI.seeds, "--quiet",
    ])
    #expect(r.status == 0)
    #expect(r.stdout.contains("97-KH/TU @2015-2020 #Quảng Trị"))
    let bad = try CLI.run([
      "graph", "--manifest", dir.appendingPathComponent("none.tsv").path, CLI.seeds,
    ])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("none.tsv"))
  }

  /// A manifest typed with decomposed letters (NFD) names the same province as the texts do (NFC): the node's key
  /// is the one an NFC manifest gives, byte for byte, not a second spelling of it.
  @Test func aDecomposedManifestGivesTheComposedKey() throws {
    let dir = try CLI.tempDir()
    let manifest = dir.appendingPathComponent("manifest.tsv")
    let place = "Quảng Trị".decomposedStringWithCanonicalMapping
    #expect(Array(place.utf8) != Array("Quảng Trị".utf8))
    try Data("file\tjurisdiction\n004_13022e394e31c5a6.txt\t\(place)\n".utf8).write(to: manifest)
    let r = try CLI.run([
      "graph", "--format", "json", "--manifest", manifest.path, CLI.seeds, "--quiet",
    ])
    #expect(r.status == 0)
    let out = Data(r.stdout.utf8)
    #expect(out.range(of: Data("97-KH/TU @2015-2020 #Quảng Trị\"".utf8)) != nil)
    #expect(out.range(of: Data(place.utf8)) == nil)
  }
}
