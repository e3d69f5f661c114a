import Foundation

/// Runs the real Graphviz `dot` as a process with arguments (never through a shell) to turn DOT into SVG.
public enum GraphvizRenderer {
  /// The `dot` executable on PATH, if installed.
  public static var dotPath: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = String(dir) + "/dot"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Why rendering failed.
  public enum Failure: Error, CustomStringConvertible, Equatable {
    /// Graphviz is not installed.
    case notInstalled
    /// `dot` ran but failed, with what it said.
    case failed(status: Int32, message: String)
    /// `dot` took longer than the time allowed and was stopped.
    case timedOut(seconds: Int)

    public var description: String {
      switch self {
      case .notInstalled:
        return "Graphviz 'dot' is not installed (Debian: apt-get install graphviz)"
      case .failed(let status, let message): return "dot failed (status \(status)): \(message)"
      case .timedOut(let s): return "dot did not finish within \(s) s and was stopped"
      }
    }
  }

  /// Renders `dot` source as SVG; stderr of a successful run is returned as warnings.
  public static func svg(_ source: String, timeout: Int = 300) throws(Failure) -> (
    svg: String, warnings: String
  ) {
    guard let dot = dotPath else { throw .notInstalled }
    let dir = FileManager.default.temporaryDirectory
    let input = dir.appendingPathComponent(
      "legalref-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).dot")
    let output = input.appendingPathExtension("svg")
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    guard FileManager.default.createFile(atPath: input.path, contents: Data(source.utf8)) else {
      throw .failed(status: -1, message: "cannot write a temporary file in \(dir.path)")
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: dot)
    p.arguments = ["-Tsvg", "-o", output.path, input.path]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    let done = DispatchSemaphore(value: 0)
    p.terminationHandler = { _ in done.signal() }
    do { try p.run() } catch { throw .failed(status: -1, message: "\(error)") }
    // Read what dot says while it runs, so a full pipe never blocks it.
    final class Box: @unchecked Sendable { var data = Data() }
    let said = Box()
    let reading = DispatchSemaphore(value: 0)
    let handle = err.fileHandleForReading
    DispatchQueue.global().async {
      said.data = handle.readDataToEndOfFile()
      reading.signal()
    }
    if done.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
      p.terminate()
      throw .timedOut(seconds: timeout)
    }
    reading.wait()
    let message = String(decoding: said.data, as: UTF8.self)
    guard p.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path)
    else {
      throw .failed(status: p.terminationStatus, message: message)
    }
    return (String(decoding: data, as: UTF8.self), message)
  }
}
