import LegalRef

/// Reading the corpus paths the same way in every subcommand.

/// The `--threads N` option.
func threads(_ parsed: Arguments) throws -> Int? {
  guard let t = parsed.value("--threads") else { return nil }
  guard let n = Int(t), n >= 1 else {
    throw UsageError(description: "--threads needs a positive number")
  }
  return n
}

/// Prints every warning about the input on stderr (unless quiet) and returns them for JSON outputs.
@discardableResult
func report(input: InputFiles, scans: [FileScan], quiet: Bool) -> [CitationTable.Warning] {
  var warnings: [CitationTable.Warning] = input.problems.map {
    .init(file: $0.path, message: $0.description)
  }
  for scan in scans {
    warnings += scan.warnings.map { .init(file: scan.path, message: "\(scan.path): \($0)") }
  }
  if input.ignoredCount > 0 {
    let kinds = input.ignoredExtensions.keys.sorted().map { $0.isEmpty ? "(none)" : "." + $0 }
    warnings.append(
      .init(
        file: "",
        message:
          "note: ignored \(input.ignoredCount) file(s) with other extensions (\(kinds.joined(separator: ", ")))"
      ))
  }
  if !quiet {
    for w in warnings { Console.error("legalref: \(w.message)") }
  }
  return warnings
}

/// 1 when a path could not be read, else 0.
func exitStatus(input: InputFiles, scans: [FileScan]) -> Int32 {
  let unreadable = scans.contains {
    if case .unreadable = $0.error { return true }
    return false
  }
  return input.problems.contains(where: \.isFailure) || unreadable
    ? ExitStatus.failure : ExitStatus.success
}
