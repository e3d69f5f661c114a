import Dispatch

/// The outcome of reading and scanning one file.
public struct FileScan: Sendable {
  /// The file's path.
  public var path: String
  /// The decoded text, nil when the file could not be read or is binary.
  public var text: SourceText?
  /// The citations and own numbers found, empty when `text` is nil.
  public var result: ScanResult
  /// Why the file was skipped, if it was.
  public var error: TextError?

  /// Warnings to show the user: the decoder's repairs and the reason a file was skipped.
  public var warnings: [String] {
    var out = text?.diagnostics.map(\.message) ?? []
    if let error { out.append(error.description) }
    return out
  }
}

/// Reads and scans many files, in parallel across files, with results in the order of the input list whatever the
/// thread schedule.
public enum CorpusScan {
  /// Scans `files`; `threads` nil uses every core. With `keepText` false each text keeps only its diagnostics (its
  /// bytes are let go as soon as the file is scanned), so memory holds the citations, not the corpus.
  public static func run(files: [String], threads: Int? = nil, keepText: Bool = true) -> [FileScan]
  {
    parallelMap(files, threads: threads) { path in
      var scan = scanOne(path)
      if !keepText { scan.text = scan.text?.keepingOnlyDiagnostics() }
      return scan
    }
  }

  /// Reads and scans one file, of any format ``DocumentReader`` reads (chosen by its extension).
  public static func scanOne(_ path: String) -> FileScan {
    do {
      let text = try DocumentReader.read(path: path)
      return FileScan(path: path, text: text, result: CitationScanner.scan(text), error: nil)
    } catch {
      return FileScan(
        path: path, text: nil, result: ScanResult(citations: [], ownNumbers: []), error: error)
    }
  }
}

/// Maps `items` on `threads` worker threads (nil: every core); the results keep the order of `items`.
func parallelMap<T: Sendable, R: Sendable>(
  _ items: [T], threads: Int?, _ transform: @Sendable (T) -> R
) -> [R] {
  let slots = Slots<R>(count: items.count)
  let workers = max(1, min(threads ?? System.activeProcessorCount, items.count))
  let next = AtomicCounter()
  DispatchQueue.concurrentPerform(iterations: workers) { _ in
    while true {
      let index = next.increment()
      guard index < items.count else { return }
      slots.store(transform(items[index]), at: index)
    }
  }
  return slots.takeValues()
}
