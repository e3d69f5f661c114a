import Foundation

/// Progress of a run over many files: files done, files in all, bytes read so far. Called from worker threads.
public typealias ScanProgress = @Sendable (_ done: Int, _ total: Int, _ bytes: Int) -> Void

extension CorpusScan {
  /// Scans `files` like `run(files:threads:)`, reporting progress after each file.
  public static func run(files: [String], threads: Int?, progress: ScanProgress?) -> [FileScan] {
    guard let progress else { return run(files: files, threads: threads) }
    let counter = ProgressCounter()
    return parallelMap(files, threads: threads) { path in
      let scan = scanOne(path)
      let (done, bytes) = counter.add(scan.text?.bytes.count ?? 0)
      progress(done, files.count, bytes)
      return scan
    }
  }
}

extension CorpusScan {
  /// Reads and scans each file, then runs `stage` on its scan, on the same worker; the text of the scan returned
  /// keeps only its diagnostics (and its citations only when `keepCitations`), and `stage`'s document keeps its
  /// text only when the corpus may place it later (``JurisdictionInference``). Reports progress after each file,
  /// like `run(files:threads:progress:)`.
  static func run(
    files: [String], threads: Int?, progress: ScanProgress?, keepCitations: Bool = true,
    stage: @Sendable (FileScan) -> CorpusDocument?
  ) -> [(scan: FileScan, document: CorpusDocument?)] {
    let counter = ProgressCounter()
    return parallelMap(files, threads: threads) { path in
      var scan = scanOne(path)
      var document = stage(scan)
      if let progress {
        let (done, bytes) = counter.add(scan.text?.bytes.count ?? 0)
        progress(done, files.count, bytes)
      }
      scan.text = scan.text?.keepingOnlyDiagnostics()
      if !keepCitations { scan.result.citations = [] }
      if let d = document, !JurisdictionInference.mayPlace(d.profile) { document?.text = nil }
      return (scan, document)
    }
  }
}

/// Files and bytes done so far, shared by the worker threads.
final class ProgressCounter: @unchecked Sendable {
  private var files = 0
  private var bytes = 0
  private let lock = NSLock()

  func add(_ n: Int) -> (Int, Int) {
    lock.lock()
    defer { lock.unlock() }
    files += 1
    bytes += n
    return (files, bytes)
  }
}

extension CorpusScan {
  /// Reads, scans and profiles each file on one worker, in parallel across files, the text let go once its
  /// document is told (what `legalref documents` prints): the scans keep only the texts' diagnostics and no
  /// citations; the profile is nil for a file that could not be read.
  public static func profiles(files: [String], threads: Int?) -> [(
    scan: FileScan, profile: DocumentProfile?
  )] {
    parallelMap(files, threads: threads) { path in
      var scan = scanOne(path)
      let profile = scan.text.map { ProfileReader.read($0, scan: scan.result) }
      scan.text = scan.text?.keepingOnlyDiagnostics()
      scan.result.citations = []
      return (scan, profile)
    }
  }
}
