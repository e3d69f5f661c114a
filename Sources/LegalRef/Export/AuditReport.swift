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
    var out = "# Audit\n\n"
    out += "\(summary(findings)). Positions are file:line:column in the original files.\n"
    let order: [Finding.Category] = [
      .unfulfilledMandate, .levelGap, .temporalAnomaly, .citationDefect, .registryContradiction,
      .unidentifiedReference, .missingDocument,
    ]
    for category in order {
      let list = findings.filter { $0.category == category }
      out += "\n## \(titles[category]!) — \(list.count)\n\n"
      guard !list.isEmpty else {
        out += "None.\n"
        continue
      }
      if category == .missingDocument {
        out +=
          "| document | cited by corpus documents | citations | first cited at |\n|---|---|---|---|\n"
        for item in DocumentsToCollect.list(g) {
          let n = g.node(item.key)!
          out +=
            "| \(ReportText.markdown(ReportText.id(n))) (\(ReportText.markdown(ReportText.facts(n)))) | \(item.citingDocuments) | \(item.citations) | \(ReportText.markdown(ReportText.evidence(item.firstEvidence))) |\n"
        }
        continue
      }
      out += "| severity | where | finding | what to do |\n|---|---|---|---|\n"
      for f in list {
        let place = f.file.map { "\($0):\(f.line ?? 1)" } ?? ""
        out +=
          "| \(f.severity.rawValue) | \(ReportText.markdown(place)) | \(ReportText.markdown(f.message)) | \(ReportText.markdown(f.hint ?? "")) |\n"
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
