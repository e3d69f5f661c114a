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
