import Dispatch
import Foundation

/// The text layer of a PDF file, through `pdftotext -layout -enc UTF-8 FILE -` (Debian package
/// poppler-utils), run as a process with arguments — never through a shell.
enum PDFTextExtractor {
  /// The program and the Debian package that provides it.
  static let tool = "pdftotext"
  static let package = "poppler-utils"

  /// How long one conversion may take before it is stopped (seconds).
  static let timeout: Double = 300

  /// Folders searched after PATH.
  private static let fallbackFolders = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"]

  /// The path of an executable `pdftotext`: on PATH, else in the usual folders; nil when missing.
  static func locate() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":").map(String.init) + fallbackFolders
    for folder in folders where !folder.isEmpty {
      let candidate = folder.hasSuffix("/") ? folder + tool : folder + "/" + tool
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The text of the PDF file at `path`, as `pdftotext` writes it (UTF-8; pages end with a form
  /// feed).
  ///
  /// - Parameter executable: the `pdftotext` to run; nil means it is not installed.
  /// - Throws: ``TextError/missingTool(path:tool:package:)`` when `executable` is nil,
  ///   ``TextError/toolFailed(path:tool:reason:)`` when it fails or takes too long.
  static func extract(path: String, executable: String?) throws(TextError) -> [UInt8] {
    guard let executable else {
      throw .missingTool(path: path, tool: tool, package: package)
    }
    // A path starting with "-" would read as an option.
    let argument = path.hasPrefix("-") ? "./" + path : path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-layout", "-enc", "UTF-8", argument, "-"]
    process.standardInput = FileHandle.nullDevice
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw .toolFailed(path: path, tool: tool, reason: "could not start \(executable): \(error)")
    }
    final class Collected: @unchecked Sendable {
      var errors = Data()
      var timedOut = false
    }
    let collected = Collected()
    let group = DispatchGroup()
    let errorHandle = errors.fileHandleForReading
    group.enter()
    DispatchQueue.global().async {
      collected.errors = errorHandle.readDataToEndOfFile()
      group.leave()
    }
    let watchdog = DispatchWorkItem { [process] in
      if process.isRunning {
        collected.timedOut = true
        process.terminate()
      }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    group.wait()
    if collected.timedOut {
      throw .toolFailed(path: path, tool: tool, reason: "took longer than \(Int(timeout)) seconds")
    }
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let message =
        String(decoding: collected.errors, as: UTF8.self)
        .split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
        .last { !$0.hasPrefix("Syntax Warning") } ?? ""
      let status =
        process.terminationReason == .exit
        ? "exit status \(process.terminationStatus)"
        : "killed by signal \(process.terminationStatus)"
      throw .toolFailed(
        path: path, tool: tool, reason: message.isEmpty ? status : "\(message) (\(status))")
    }
    return [UInt8](data)
  }
}
