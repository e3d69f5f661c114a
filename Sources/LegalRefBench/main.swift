// legalref-bench: generates a synthetic corpus and times LegalRef on it. See README ("Benchmark").
import Foundation

let usage = """
  Usage: legalref-bench [options]

  Generates a deterministic synthetic corpus of Vietnamese Party and State documents for each size, then times
  LegalRef's scan and its whole analyze on it (each in a child process, to measure its own peak memory), once
  writing DOT and JSON as the targets say and once writing every text file as a plain `legalref analyze` does, the
  same corpus's `rg -c` with a number-and-symbol pattern, and the graph algorithms on a synthetic graph.

  Options:
    --sizes N[,N…]     corpus sizes in documents (default 1000,10000; 100000 on request)
    --seed S           generator seed (default 20240601)
    --corpus DIR       where corpora go: DIR/N for the corpus of N documents (default: a folder in the temporary
                       directory); a folder holding the same size, seed and generator version is reused
    --runs R           runs per size, best kept (default 3 below 10,000 documents, 1 from 10,000)
    --threads N        threads for legalref and rg (default: every core)
    --graph-nodes N    largest synthetic graph for the graph algorithms, also timed at N/4 and N/2
                       (default 50000; 0 skips)
    --rg PATH          the ripgrep executable (default: rg on PATH)
    --no-rg            do not run ripgrep
    --out DIR          keep the analyze outputs (graph.dot, graph.json) in DIR/N (default: a temporary folder,
                       removed at the end)
    --no-text-formats  skip the third phase, the analyze writing every text file
    --generate-only    write the corpora and stop
    -h, --help         show this help

  Exit status: 0 on success, 1 when a run fails, 64 on bad usage.

  """

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(
    Data("legalref-bench: \(message)\nTry 'legalref-bench --help'.\n".utf8))
  exit(64)
}

func positiveInt(_ s: String?, _ name: String, allowZero: Bool = false) -> Int {
  guard let s, let n = Int(s.replacingOccurrences(of: "_", with: "")),
    n > 0 || (allowZero && n == 0)
  else {
    fail("\(name) needs a \(allowZero ? "non-negative" : "positive") whole number")
  }
  return n
}

/// Hidden subcommands run by the benchmark itself in child processes.
func runChild(_ args: [String]) -> Int32 {
  var rest = args
  var threads: Int?
  if let i = rest.firstIndex(of: "--threads") {
    threads = positiveInt(i + 1 < rest.count ? rest[i + 1] : nil, "--threads")
    rest.removeSubrange(i...min(i + 1, rest.count - 1))
  }
  var formats = ["dot", "json"]
  if let i = rest.firstIndex(of: "--formats") {
    guard i + 1 < rest.count, rest[i + 1] == "text" else {
      fail("run-analyze --formats takes text")
    }
    formats = Phases.textFormats
    rest.removeSubrange(i...(i + 1))
  }
  do {
    switch (rest.first, rest.count) {
    case ("run-scan", 2): Phases.scan(dir: rest[1], threads: threads)
    case ("run-analyze", 3):
      try Phases.analyze(dir: rest[1], out: rest[2], threads: threads, formats: formats)
    case ("run-graph", 2): try Phases.graph(nodes: positiveInt(rest[1], "run-graph"))
    case ("run-serial", 4):
      try Phases.serial(
        dir: rest[1], out: rest[2], repeats: positiveInt(rest[3], "run-serial"), threads: threads)
    default: fail("bad arguments for \(rest.first ?? "")")
    }
  } catch {
    FileHandle.standardError.write(Data("legalref-bench: \(error)\n".utf8))
    return 1
  }
  return 0
}

func main() -> Int32 {
  let args = Array(CommandLine.arguments.dropFirst())
  if let first = args.first, first.hasPrefix("run-") { return runChild(args) }
  var o = Options()
  var i = 0
  func value() -> String {
    i += 1
    guard i < args.count else { fail("\(args[i - 1]) needs a value") }
    return args[i]
  }
  while i < args.count {
    let a = args[i]
    switch a {
    case "-h", "--help":
      print(usage, terminator: "")
      return 0
    case "--sizes":
      let v = value()
      o.sizes = v.split(separator: ",", omittingEmptySubsequences: false).map {
        positiveInt(String($0).trimmingCharacters(in: .whitespaces), "--sizes")
      }
    case "--seed":
      guard let s = UInt64(value()) else { fail("--seed needs a whole number") }
      o.seed = s
    case "--corpus": o.corpus = value()
    case "--runs": o.runs = positiveInt(value(), "--runs")
    case "--threads": o.threads = positiveInt(value(), "--threads")
    case "--graph-nodes": o.graphNodes = positiveInt(value(), "--graph-nodes", allowZero: true)
    case "--rg": o.rg = value()
    case "--no-rg": o.useRg = false
    case "--out": o.out = value()
    case "--no-text-formats": o.textFormats = false
    case "--generate-only": o.generateOnly = true
    default: fail(a.hasPrefix("-") ? "unknown option \(a)" : "unexpected argument \(a)")
    }
    i += 1
  }
  if o.useRg, o.rg != nil, Ripgrep.find(o.rg) == nil {
    fail("--rg \(o.rg!): not an executable file")
  }
  do {
    return try Runner.run(o)
  } catch {
    FileHandle.standardError.write(Data("legalref-bench: \(error)\n".utf8))
    return 1
  }
}

exit(main())
