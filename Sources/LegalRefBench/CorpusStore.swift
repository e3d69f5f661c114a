import Dispatch
import Foundation

/// A generated corpus on disk.
struct CorpusInfo {
  let dir: String
  let documents: Int
  let bytes: Int
  /// Citations the generator wrote (each number of a shared-symbol list counted).
  let citations: Int
  let reused: Bool
  /// Time to generate and write (0 when reused).
  let seconds: Double
}

enum CorpusError: Error, CustomStringConvertible {
  case notOurs(String)
  case io(String)

  var description: String {
    switch self {
    case .notOurs(let dir):
      return
        "'\(dir)' is not empty and was not written by legalref-bench (no \(CorpusStore.manifestName)); "
        + "choose another --corpus folder"
    case .io(let message): return message
    }
  }
}

/// Writes a corpus to a folder, in shards of 1,000 files (`000/000123_….txt`), with a manifest, and reuses a folder
/// that already holds the corpus of the same size, seed and generator version.
enum CorpusStore {
  static let manifestName = ".legalref-bench-corpus"
  /// Bump when the generator changes, so old corpora are rewritten.
  static let generatorVersion = 6

  static func manifest(at dir: String) -> [String: String]? {
    guard let text = try? String(contentsOfFile: dir + "/" + manifestName, encoding: .utf8) else {
      return nil
    }
    var out: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let eq = line.firstIndex(of: "=") else { continue }
      out[String(line[..<eq])] = String(line[line.index(after: eq)...])
    }
    return out
  }

  static func prepare(dir: String, count: Int, seed: UInt64) throws -> CorpusInfo {
    let fm = FileManager.default
    if let m = manifest(at: dir), m["version"] == String(generatorVersion),
      m["seed"] == String(seed),
      m["documents"] == String(count), let bytes = Int(m["bytes"] ?? ""),
      let cites = Int(m["citations"] ?? "")
    {
      return CorpusInfo(
        dir: dir, documents: count, bytes: bytes, citations: cites, reused: true, seconds: 0)
    }
    if fm.fileExists(atPath: dir) {
      let names = (try? fm.contentsOfDirectory(atPath: dir)) ?? []
      if manifest(at: dir) == nil, !names.isEmpty { throw CorpusError.notOurs(dir) }
      // Ours, for another size, seed or version: remove what we wrote (the manifest first, so a half-removed folder
      // is never taken for a finished corpus).
      try? fm.removeItem(atPath: dir + "/" + manifestName)
      for name in names where name.count == 3 && name.allSatisfy(\.isNumber) {
        try? fm.removeItem(atPath: dir + "/" + name)
      }
    }
    do {
      try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
    } catch {
      throw CorpusError.io("cannot create '\(dir)': \(error.localizedDescription)")
    }
    let start = Clock.now()
    let plan = CorpusPlan.make(count: count, seed: seed)
    var shards = Set<String>()
    for d in plan.docs { shards.insert(String(d.path.prefix(3))) }
    for s in shards.sorted() {
      try? fm.createDirectory(atPath: dir + "/" + s, withIntermediateDirectories: true)
    }
    let totals = Totals(count: count)
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      var i = w
      while i < count {
        let (data, cites) = DocumentWriter.write(plan: plan, index: i)
        let ok = writeFile(dir + "/" + plan.docs[i].path, data)
        totals.set(i, bytes: data.count, citations: cites, ok: ok)
        i += workers
      }
    }
    if let bad = totals.firstFailure {
      throw CorpusError.io("cannot write '\(dir)/\(plan.docs[bad].path)'")
    }
    let manifestText = """
      generator=legalref-bench
      version=\(generatorVersion)
      seed=\(seed)
      documents=\(count)
      bytes=\(totals.bytes)
      citations=\(totals.citations)

      """
    guard writeFile(dir + "/" + manifestName, Array(manifestText.utf8)) else {
      throw CorpusError.io("cannot write the manifest in '\(dir)'")
    }
    return CorpusInfo(
      dir: dir, documents: count, bytes: totals.bytes, citations: totals.citations, reused: false,
      seconds: Clock.now() - start)
  }

  static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
      if n <= 0 { return false }
      offset += n
    }
    return true
  }
}

/// Per-document sizes and counts written by the worker threads (each index by one worker).
private final class Totals: @unchecked Sendable {
  private var bytesOf: [Int]
  private var citationsOf: [Int]
  private var failed: [Bool]
  private let lock = NSLock()

  init(count: Int) {
    bytesOf = Array(repeating: 0, count: count)
    citationsOf = Array(repeating: 0, count: count)
    failed = Array(repeating: false, count: count)
  }

  func set(_ i: Int, bytes: Int, citations: Int, ok: Bool) {
    lock.lock()
    bytesOf[i] = bytes
    citationsOf[i] = citations
    failed[i] = !ok
    lock.unlock()
  }

  var bytes: Int { bytesOf.reduce(0, +) }
  var citations: Int { citationsOf.reduce(0, +) }
  var firstFailure: Int? { failed.firstIndex(of: true) }
}
