import Foundation
import LegalRef

/// The benchmark's options.
struct Options {
  var sizes: [Int] = [1_000, 10_000]
  var seed: UInt64 = 20_240_601
  var corpus: String?
  var runs: Int?
  var threads: Int?
  var graphNodes = 50_000
  var rg: String?
  var useRg = true
  var out: String?
  var textFormats = true
  var generateOnly = false
}

/// One child run's fields.
typealias Fields = [String: String]

extension Fields {
  func double(_ k: String) -> Double { Double(self[k] ?? "") ?? .nan }
  func int(_ k: String) -> Int { Int(self[k] ?? "") ?? 0 }
}

struct RunError: Error, CustomStringConvertible {
  let description: String
}

/// The ripgrep baseline: count the lines holding a number-and-symbol in every file.
enum Ripgrep {
  /// Party `29-NQ/TW` (and `29 NQ/TW`, `29–NQ/TW`), State `666/CT-BGDĐT`, letters `3954/UBND-VX`, normative
  /// `80/2017/NĐ-CP` (and `56/2017/NĐCP`), laws `43/2019/QH14`, stray spaces `32 /2026/TT- NHNN`, shared symbols
  /// `17, 18, 19/TT-BGDĐT`.
  static let pattern = "[0-9]+ ?[-–/ ] ?(?:[0-9]{4}/[A-ZĐ]|[A-ZĐ][A-Za-zĐđ&]* ?[-/] ?[A-ZĐ])"

  static func arguments(dir: String, threads: Int?) -> [String] {
    var args = ["--no-config", "--no-ignore", "-c"]
    if let threads { args += ["-j", String(threads)] }
    return args + ["-e", pattern, dir]
  }

  static func find(_ explicit: String?) -> String? {
    if let explicit {
      return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = String(dir) + "/rg"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs rg once: wall time (process start to exit) and the sum of the per-file counts.
  static func run(_ rg: String, dir: String, threads: Int?) throws -> (seconds: Double, lines: Int)
  {
    let r = try Spawn.run(rg, arguments(dir: dir, threads: threads))
    // rg exits 1 when nothing matched.
    guard r.status <= 1 else {
      throw RunError(description: "rg exited with status \(r.status)")
    }
    let data = r.output
    var total = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      if let colon = line.lastIndex(of: ":"), let n = Int(line[line.index(after: colon)...]) {
        total += n
      }
    }
    return (r.seconds, total)
  }
}

/// Measurements of one corpus size.
struct SizeResult {
  let corpus: CorpusInfo
  let runs: Int
  var scan: Fields
  var analyze: Fields
  /// The analyze writing every text file; nil with --no-text-formats.
  var analyzeText: Fields?
  var rg: (seconds: Double, lines: Int)?
}

struct GraphResult {
  let fields: Fields
}

enum Runner {
  static var executable: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }

  /// Runs a hidden subcommand in a child process and returns its RESULT fields.
  static func child(_ args: [String]) throws -> Fields {
    let r = try Spawn.run(executable, args)
    let output = String(decoding: r.output, as: UTF8.self)
    guard r.status == 0,
      let line = output.split(separator: "\n").first(where: { $0.hasPrefix("RESULT\t") })
    else {
      throw RunError(description: "\(args.first ?? "child") failed (status \(r.status))")
    }
    var fields: Fields = [:]
    for part in line.split(separator: "\t").dropFirst() {
      guard let eq = part.firstIndex(of: "=") else { continue }
      fields[String(part[..<eq])] = String(part[part.index(after: eq)...])
    }
    return fields
  }

  static func log(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
  }

  /// Reads every file once so that the first timed run does not pay for the disk.
  static func warm(_ dir: String) {
    let files = InputFiles.collect([dir]).files
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    for f in files {
      let fd = open(f, O_RDONLY)
      guard fd >= 0 else { continue }
      while read(fd, &buffer, buffer.count) > 0 {}
      close(fd)
    }
  }

  static func corpusDir(_ o: Options, size: Int) -> String {
    if let c = o.corpus { return (c.hasSuffix("/") ? String(c.dropLast()) : c) + "/\(size)" }
    return NSTemporaryDirectory() + "legalref-bench/corpus-\(size)-s\(o.seed)"
  }

  static func run(_ o: Options) throws -> Int32 {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let rgPath = o.useRg ? Ripgrep.find(o.rg) : nil
    let outRoot = o.out ?? NSTemporaryDirectory() + "legalref-bench-out-\(getpid())"
    defer { if o.out == nil { try? FileManager.default.removeItem(atPath: outRoot) } }

    var results: [SizeResult] = []
    for size in o.sizes {
      let dir = corpusDir(o, size: size)
      log("corpus of \(size) documents: \(dir)")
      let info = try CorpusStore.prepare(dir: dir, count: size, seed: o.seed)
      log(
        info.reused
          ? "  reused (same size, seed and generator version)"
          : "  written in \(String(format: "%.1f", info.seconds)) s: \(Format.mb(info.bytes)) MB")
      if o.generateOnly { continue }
      let runs = o.runs ?? (size < 10_000 ? 3 : 1)
      var best: SizeResult?
      let threadArgs = o.threads.map { ["--threads", String($0)] } ?? []
      for r in 0..<runs {
        // Every phase starts with the corpus in the page cache (the kernel may have dropped it during a long run).
        warm(dir)
        log("  run \(r + 1)/\(runs): scan")
        let scan = try child(["run-scan", dir] + threadArgs)
        warm(dir)
        log("  run \(r + 1)/\(runs): analyze")
        let analyze = try child(["run-analyze", dir, outRoot + "/\(size)"] + threadArgs)
        var analyzeText: Fields?
        if o.textFormats {
          warm(dir)
          log("  run \(r + 1)/\(runs): analyze, every text format")
          analyzeText = try child(
            ["run-analyze", dir, outRoot + "/\(size)-text", "--formats", "text"] + threadArgs)
        }
        var rg: (Double, Int)?
        if let rgPath {
          // rg is quick: best of 3 in every run.
          log("  run \(r + 1)/\(runs): rg")
          warm(dir)
          for _ in 0..<3 {
            let t = try Ripgrep.run(rgPath, dir: dir, threads: o.threads)
            if t.seconds < rg?.0 ?? .infinity { rg = t }
          }
        }
        if var b = best {
          if scan.double("total") < b.scan.double("total") { b.scan = scan }
          if analyze.double("total") < b.analyze.double("total") { b.analyze = analyze }
          if let t = analyzeText, t.double("total") < b.analyzeText?.double("total") ?? .infinity {
            b.analyzeText = t
          }
          if let rg, rg.0 < b.rg?.seconds ?? .infinity { b.rg = rg }
          best = b
        } else {
          best = SizeResult(
            corpus: info, runs: runs, scan: scan, analyze: analyze, analyzeText: analyzeText, rg: rg
          )
        }
      }
      results.append(best!)
    }
    if o.generateOnly { return 0 }

    var graphs: [GraphResult] = []
    if o.graphNodes > 0 {
      for n in [o.graphNodes / 4, o.graphNodes / 2, o.graphNodes] where n > 0 {
        log("graph algorithms: \(n) nodes")
        var bestRun: Fields?
        for _ in 0..<3 {
          let f = try child(["run-graph", String(n)])
          let total = f.double("chains") + f.double("cycles") + f.double("audit")
          if let b = bestRun, b.double("chains") + b.double("cycles") + b.double("audit") <= total {
            continue
          }
          bestRun = f
        }
        graphs.append(GraphResult(fields: bestRun!))
      }
    }
    Report.print(options: o, cores: cores, rg: rgPath, results: results, graphs: graphs)
    return 0
  }
}
