import Foundation

/// Writes output files atomically: the bytes go to a temporary file beside the target, which is then renamed over
/// it, so a reader (or a run killed half-way) sees the old file or the new one, never a torn one.
public enum AtomicWriter {
  /// Writes `text` as UTF-8 (no BOM) to `path`.
  public static func write(_ text: String, to path: String) throws(OutputError) {
    try write(Data(text.utf8), to: path)
  }

  /// Writes UTF-8 (or any) bytes to `path`, straight from the array: no copy into `Data`.
  public static func write(bytes: [UInt8], to path: String) throws(OutputError) {
    try write(to: path) { _ in bytes }
  }

  /// Writes to `path` what `produce` makes: the pieces it hands to the drain as it goes, then the bytes it returns,
  /// into one temporary file renamed over `path` at the end (nothing is renamed when a write fails).
  static func write(to path: String, _ produce: (ByteDrain) -> [UInt8]) throws(OutputError) {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    let temp = dir.appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw .unwritable(path: path, reason: "cannot create a file in '\(dir.path)'")
    }
    var failure: String? = nil
    func put(_ buffer: UnsafeRawBufferPointer) {
      guard failure == nil, let base = buffer.baseAddress else { return }
      var done = 0
      while done < buffer.count {
        let n = Foundation.write(fd, base + done, buffer.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        done += n
      }
    }
    let rest = withoutActuallyEscaping(put) { put in produce(ByteDrain(put)) }
    rest.withUnsafeBytes { put($0) }
    if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temp.path)
      throw .unwritable(path: path, reason: failure)
    }
    if rename(temp.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temp.path)
      throw .unwritable(path: path, reason: reason)
    }
  }

  /// Writes `data` to `path`.
  public static func write(_ data: Data, to path: String) throws(OutputError) {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    let temp = dir.appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    guard FileManager.default.createFile(atPath: temp.path, contents: data) else {
      throw .unwritable(path: path, reason: "cannot create a file in '\(dir.path)'")
    }
    if rename(temp.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temp.path)
      throw .unwritable(path: path, reason: reason)
    }
  }
}

/// An output that cannot be written.
public enum OutputError: Error, CustomStringConvertible, Equatable {
  /// The file cannot be written (folder missing or read-only, disk full…).
  case unwritable(path: String, reason: String)

  public var description: String {
    switch self {
    case .unwritable(let path, let reason): return "cannot write '\(path)': \(reason)"
    }
  }
}
