import Foundation

/// Runs the built `legalref` binary as a user would, capturing stdout, stderr and the exit status.
enum CLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root (Tests/LegalRefCLITests/ is two levels down).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// ../shared/seeds beside the package.
  static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    .path

  /// The binary under test: $LEGALREF_BINARY when set (.ci/run points it at the release build, so the huge-input
  /// tests run at full speed), else the one built beside the test bundle.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["LEGALREF_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path, relativeTo: packageRoot)
    }
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("legalref")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/legalref")
  }

  static func run(_ args: [String], cwd: URL? = nil) throws -> Result {
    try run(executable: binary, args, cwd: cwd)
  }

  /// Runs any program with arguments (never through a shell), reading stdout and stderr as it runs.
  static func run(executable: URL, _ args: [String], cwd: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = args
    if let cwd { process.currentDirectoryURL = cwd }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large output cannot block the child.
    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box()
    let group = DispatchGroup()
    group.enter()
    let errHandle = err.fileHandleForReading
    DispatchQueue.global().async {
      errBox.data = errHandle.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let errData = errBox.data
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func tempDir() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "legalref-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
