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
  var warnings = inputWarnings(input)
  for scan in scans { warnings += scan.tableWarnings }
  warnings += ignoredNote(input)
  if !quiet {
    for w in warnings { Console.error("legalref: \(w.message)") }
  }
  return warnings
}

/// The paths that could not be listed or read as input.
func inputWarnings(_ input: InputFiles) -> [CitationTable.Warning] {
  input.problems.map { .init(file: $0.path, message: $0.description) }
}

/// The note on files left out for their extension, if any were.
func ignoredNote(_ input: InputFiles) -> [CitationTable.Warning] {
  guard input.ignoredCount > 0 else { return [] }
  let kinds = input.ignoredExtensions.keys.sorted().map { $0.isEmpty ? "(none)" : "." + $0 }
  return [
    .init(
      file: "",
      message:
        "note: ignored \(input.ignoredCount) file(s) with other extensions (\(kinds.joined(separator: ", ")))"
    )
  ]
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
