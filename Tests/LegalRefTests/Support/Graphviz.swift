import Foundation

/// Runs the real Graphviz `dot`. Tests that need it fail (not skip) when it is missing: `.ci/run` installs it.
enum Graphviz {
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
  }

  static var dotPath: String? {
    for dir in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
    where FileManager.default.isExecutableFile(
      atPath: dir + "/dot")
    {
      return dir + "/dot"
    }
    return nil
  }

  /// Runs `dot -T<format>` on `source`.
  static func render(_ source: String, format: String = "svg") throws -> Result {
    guard let dot = dotPath else { throw GraphvizMissing() }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: dot)
    p.arguments = ["-T" + format]
    let input = Pipe()
    let out = Pipe()
    let err = Pipe()
    p.standardInput = input
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let writer = input.fileHandleForWriting
    let data = Data(source.utf8)
    DispatchQueue.global().async {
      writer.write(data)
      try? writer.close()
    }
    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box()
    let group = DispatchGroup()
    group.enter()
    let errHandle = err.fileHandleForReading
    DispatchQueue.global().async {
      errBox.data = errHandle.readDataToEndOfFile()
      group.leave()
    }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: output,
      stderr: String(decoding: errBox.data, as: UTF8.self))
  }

  struct GraphvizMissing: Error, CustomStringConvertible {
    var description: String {
      "Graphviz 'dot' is not installed (apt-get install graphviz); .ci/run installs it"
    }
  }
}
