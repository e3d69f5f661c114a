/// Writes implementation chains with their coverage as text, Markdown or JSON.
public enum ChainReport {
  /// Which chains to list.
  public struct Filter: Sendable {
    /// Only chains whose root is at this level.
    public var from: Level?
    /// Only chains that reach this level (or lower).
    public var to: Level?
    /// Only chains of these roots (graph keys).
    public var roots: Set<String>?

    public init(from: Level? = nil, to: Level? = nil, roots: Set<String>? = nil) {
      self.from = from
      self.to = to
      self.roots = roots
    }

    func keeps(_ c: Chain, _ g: ReferenceGraph) -> Bool {
      if let roots, !roots.contains(c.root) { return false }
      if let from, g.node(c.root)?.level != from { return false }
      if let to {
        let deepest = c.steps.compactMap { g.node($0.key)?.level }.max() ?? .central
        if deepest < to { return false }
      }
      return true
    }
  }

  /// The chains kept by the filter, with the coverage of their roots.
  public static func select(_ g: ReferenceGraph, filter: Filter) -> ([Chain], [Coverage]) {
    let chains = ChainFinder.chains(g).filter { filter.keeps($0, g) }
    return (chains, ChainFinder.coverage(g, chains: chains))
  }

  /// The coverage of each root, looked up once per root rather than by a search through all of them (a corpus
  /// of 10,000 documents has thousands of roots).
  static func byRoot(_ coverage: [Coverage]) -> [String: Coverage] {
    Dictionary(coverage.map { ($0.root, $0) }, uniquingKeysWith: { first, _ in first })
  }

  public static func text(_ g: ReferenceGraph, filter: Filter = Filter()) -> String {
    let (chains, coverage) = select(g, filter: filter)
    guard !chains.isEmpty else { return "No implementation chains.\n" }
    let coverageOf = byRoot(coverage)
    var out = ""
    var lastRoot: String?
    var k = 0
    for c in chains {
      if c.root != lastRoot {
        if let lastRoot { out += coverageText(coverageOf[lastRoot]) + "\n" }
        let r = g.node(c.root)!
        out += "Root \(ReportText.id(r)) (\(ReportText.facts(r)))\n"
        lastRoot = c.root
        k = 0
      }
      k += 1
      out += "  chain \(k)\(c.endsInCycle ? " (ends in a cycle)" : ""):\n"
      for (i, s) in c.steps.enumerated() {
        let n = g.node(s.key)!
        let lead = i == 0 ? "    " : "    " + String(repeating: "  ", count: i - 1) + "→ "
        let ev = s.evidence.map { "  [\(ReportText.evidence($0))]" } ?? ""
        out += "\(lead)\(ReportText.id(n))  \(ReportText.facts(n))\(ev)\n"
      }
    }
    out += coverageText(lastRoot.flatMap { coverageOf[$0] })
    return out
  }

  static func coverageText(_ c: Coverage?) -> String {
    guard let c else { return "" }
    if c.provinces.isEmpty { return "  coverage: central level only\n" }
    let parts = c.provinces.map {
      "\($0.0 == "?" ? "province unknown" : $0.0) (\($0.1.map(\.rawValue).joined(separator: ", ")))"
    }
    return "  coverage: " + parts.joined(separator: "; ") + "\n"
  }

  public static func markdown(_ g: ReferenceGraph, filter: Filter = Filter()) -> String {
    let (chains, coverage) = select(g, filter: filter)
    return String(decoding: markdownBytes(g, chains: chains, coverage: coverage), as: UTF8.self)
  }

  /// The Markdown report of `chains` (found in `g`) and their roots' `coverage`, as UTF-8, handed to `drain` in
  /// pieces when one is given (what is left is returned): the pieces and the rest, joined, are the whole report.
  static func markdownBytes(
    _ g: ReferenceGraph, chains: [Chain], coverage: [Coverage], drain: ByteDrain? = nil
  ) -> [UInt8] {
    var out: [UInt8] = []
    out.append(literal: "# Implementation chains\n\n")
    guard !chains.isEmpty else {
      out.append(literal: "No implementation chains.\n")
      return out
    }
    out.reserveCapacity(drain.map { 2 * $0.pieceSize } ?? 64 * chains.count + 4096)
    let coverageOf = byRoot(coverage)
    out.append(
      literal: "Each chain runs top-down: a document, then the documents that implement it. ")
    out.append(literal: "The file and line after each step are where it names the step above.\n")
    // Each node's "**id** (facts)" is made once, on its first step: a node stands in many chains (10,000
    // documents: 159,307 chains of about 800,000 steps through 23,700 nodes).
    var shown = [Range<Int>?](repeating: nil, count: g.nodes.count)
    var made: [UInt8] = []
    func step(_ s: ChainStep) {
      if let i = g.nodeIndex(of: s) {
        let r: Range<Int>
        if let known = shown[i] {
          r = known
        } else {
          let lo = made.count
          made.append(literal: "**")
          made.append(text: ReportText.markdown(ReportText.id(g.nodes[i])))
          made.append(literal: "** (")
          made.append(text: ReportText.markdown(ReportText.facts(g.nodes[i])))
          made.append(UInt8(ascii: ")"))
          r = lo..<made.count
          shown[i] = r
        }
        made.withUnsafeBufferPointer {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[r]))
        }
      }
      guard let e = s.evidence else { return }
      // "file:line" in backticks; a backtick of the file name would end the code span, and becomes "'".
      out.append(literal: " (`")
      if e.file.utf8.contains(UInt8(ascii: "`")) {
        out.append(text: ReportText.evidence(e).replacing("`", with: "'"))
      } else {
        out.append(text: e.file)
        out.append(UInt8(ascii: ":"))
        out.append(decimal: e.line)
      }
      out.append(literal: "`)")
    }
    var lastRoot: String?
    var k = 0
    for c in chains {
      if c.root != lastRoot {
        if let lastRoot { out.append(text: coverageMarkdown(coverageOf[lastRoot])) }
        let r = g.node(c.root)!
        out.append(
          text:
            "\n## \(ReportText.markdown(ReportText.id(r))) — \(ReportText.markdown(ReportText.facts(r)))\n\n"
        )
        lastRoot = c.root
        k = 0
      }
      k += 1
      out.append(decimal: k)
      out.append(literal: ". ")
      for (n, s) in c.steps.enumerated() {
        if n > 0 { out.append(literal: " → ") }
        step(s)
      }
      if c.endsInCycle { out.append(literal: " — *ends in a cycle*") }
      out.append(UInt8(ascii: "\n"))
      if let drain, out.count >= drain.pieceSize { drain.take(&out) }
    }
    out.append(text: coverageMarkdown(lastRoot.flatMap { coverageOf[$0] }))
    return out
  }

  static func coverageMarkdown(_ c: Coverage?) -> String {
    guard let c, !c.provinces.isEmpty else { return "\nCoverage: central level only.\n" }
    var out = "\n| province | levels reached |\n|---|---|\n"
    for (p, levels) in c.provinces {
      out +=
        "| \(ReportText.markdown(p == "?" ? "province unknown" : p)) | \(levels.map(\.rawValue).joined(separator: ", ")) |\n"
    }
    return out
  }

  public static func json(_ g: ReferenceGraph, filter: Filter = Filter()) -> String {
    let (chains, coverage) = select(g, filter: filter)
    let chainValues: [JSONValue] = chains.map { c in
      .object([
        ("root", .string(c.root)),
        ("endsInCycle", .bool(c.endsInCycle)),
        (
          "steps",
          .array(
            c.steps.map { s in
              let n = g.node(s.key)!
              return .object([
                ("key", .string(n.key)), ("id", .optional(n.number?.description)),
                ("type", .optional(n.type)),
                ("level", .optional(n.level?.rawValue)),
                ("jurisdiction", .optional(n.jurisdiction)),
                ("date", .optional(n.date?.description)), ("file", .optional(n.file)),
                (
                  "evidence",
                  s.evidence.map {
                    .object([
                      ("file", .string($0.file)), ("line", .int($0.line)),
                      ("surface", .string($0.surface)),
                    ])
                  } ?? .null
                ),
              ])
            })
        ),
      ])
    }
    let coverageValues: [JSONValue] = coverage.map { c in
      .object([
        ("root", .string(c.root)),
        (
          "provinces",
          .array(
            c.provinces.map {
              .object([
                ("province", $0.0 == "?" ? .null : .string($0.0)),
                ("levels", .array($0.1.map { .string($0.rawValue) })),
              ])
            })
        ),
      ])
    }
    return JSONValue.object([
      ("schemaVersion", .int(1)), ("chains", .array(chainValues)),
      ("coverage", .array(coverageValues)),
    ]).rendered()
  }
}
