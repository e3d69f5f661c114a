/// Writes audit findings as compiler-style text, a Markdown report or JSON.
public enum AuditReport {
  /// `path:line:column: severity: message [category]`, a hint line under each, and a summary.
  public static func text(_ findings: [Finding]) -> String {
    var out = ""
    for f in findings {
      out += f.compilerStyle + "\n"
      if let hint = f.hint { out += "  hint: \(hint)\n" }
    }
    out += summary(findings) + "\n"
    return out
  }

  static func summary(_ findings: [Finding]) -> String {
    let count = { (s: Finding.Severity) in findings.filter { $0.severity == s }.count }
    return
      "\(findings.count) findings: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes"
  }

  static let titles: [Finding.Category: String] = [
    .unfulfilledMandate: "Orders nobody carried out (unfulfilled mandates)",
    .levelGap: "Levels never reached (level gaps)",
    .citationDefect: "Citation defects",
    .temporalAnomaly: "Dates that run backwards, and cycles",
    .missingDocument: "Documents to collect (cited, not in the corpus)",
    .unidentifiedReference: "References without a number that nothing identifies",
    .registryContradiction: "Citations that contradict the registry",
  ]

  /// A report an inspector can act on: a summary, then one section per category.
  public static func markdown(_ findings: [Finding], graph g: ReferenceGraph) -> String {
    String(decoding: markdownBytes(findings, graph: g), as: UTF8.self)
  }

  /// The Markdown report as UTF-8, handed to `drain` in pieces when one is given (what is left is returned).
  static func markdownBytes(_ findings: [Finding], graph g: ReferenceGraph, drain: ByteDrain? = nil)
    -> [UInt8]
  {
    var out: [UInt8] = []
    out.reserveCapacity(drain.map { 2 * $0.pieceSize } ?? 200 * findings.count + 4096)
    func piece() {
      if let drain, out.count >= drain.pieceSize { drain.take(&out) }
    }
    func cell(_ s: String) { ReportText.markdown(s, into: &out) }
    out.append(literal: "# Audit\n\n")
    out.append(text: summary(findings))
    out.append(literal: ". Positions are file:line:column in the original files.\n")
    let order: [Finding.Category] = [
      .unfulfilledMandate, .levelGap, .temporalAnomaly, .citationDefect, .registryContradiction,
      .unidentifiedReference, .missingDocument,
    ]
    // The findings of each category, in their order, found in one pass.
    var byCategory: [Finding.Category: [Int]] = [:]
    for k in findings.indices { byCategory[findings[k].category, default: []].append(k) }
    findings.withUnsafeBufferPointer { findings in
      for category in order {
        let list = byCategory[category] ?? []
        out.append(literal: "\n## ")
        out.append(text: titles[category]!)
        out.append(literal: " — ")
        out.append(decimal: list.count)
        out.append(literal: "\n\n")
        guard !list.isEmpty else {
          out.append(literal: "None.\n")
          continue
        }
        if category == .missingDocument {
          out.append(
            literal:
              "| document | cited by corpus documents | citations | first cited at |\n|---|---|---|---|\n"
          )
          for item in DocumentsToCollect.list(g) {
            guard let i = g.index[item.key] else { continue }
            out.append(literal: "| ")
            cell(ReportText.id(g.nodes[i]))
            out.append(literal: " (")
            cell(ReportText.facts(g.nodes[i]))
            out.append(literal: ") | ")
            out.append(decimal: item.citingDocuments)
            out.append(literal: " | ")
            out.append(decimal: item.citations)
            out.append(literal: " | ")
            cell(ReportText.evidence(item.firstEvidence))
            out.append(literal: " |\n")
            piece()
          }
          continue
        }
        out.append(literal: "| severity | where | finding | what to do |\n|---|---|---|---|\n")
        for k in list {
          let f = findings[k]
          out.append(literal: "| ")
          out.append(text: f.severity.rawValue)
          out.append(literal: " | ")
          if let file = f.file {
            // "file:line": the colon and the digits are no marks, so the file is escaped on its own.
            cell(file)
            out.append(UInt8(ascii: ":"))
            out.append(decimal: f.line ?? 1)
          }
          out.append(literal: " | ")
          cell(f.message)
          out.append(literal: " | ")
          if let hint = f.hint { cell(hint) }
          out.append(literal: " |\n")
          piece()
        }
      }
    }
    return out
  }

  /// `{"schemaVersion": 1, "findings": [...], "summary": {...}}`.
  public static func json(_ findings: [Finding]) -> String {
    let values: [JSONValue] = findings.map { f in
      .object([
        ("category", .string(f.category.rawValue)), ("severity", .string(f.severity.rawValue)),
        ("message", .string(f.message)), ("file", .optional(f.file)),
        ("line", f.line.map { .int($0) } ?? .null),
        ("column", f.column.map { .int($0) } ?? .null),
        ("documents", .array(f.documents.map { .string($0) })),
        ("hint", .optional(f.hint)),
      ])
    }
    let count = { (s: Finding.Severity) in findings.filter { $0.severity == s }.count }
    return JSONValue.object([
      ("schemaVersion", .int(1)), ("findings", .array(values)),
      (
        "summary",
        .object([
          ("errors", .int(count(.error))), ("warnings", .int(count(.warning))),
          ("notes", .int(count(.note))),
        ])
      ),
    ]).rendered()
  }
}
