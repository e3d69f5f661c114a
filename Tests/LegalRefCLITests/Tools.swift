import Foundation

/// Real consumers the outputs are checked with: python3 (json, csv, xml, networkx), Graphviz, headless Chromium.
/// `.ci/run` installs them; a test that needs one fails with a clear message when it is missing.
enum Tools {
  struct Missing: Error, CustomStringConvertible {
    var tool: String
    var description: String { "\(tool) is not installed: .ci/run installs it" }
  }

  /// The program on PATH (the python3 that `python3 -m pip` installed networkx for), else in the usual folders.
  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for dir in path.split(separator: ":") + ["/usr/local/bin", "/usr/bin", "/bin"]
    where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
      return "\(dir)/\(name)"
    }
    return nil
  }

  /// Runs a program with arguments, returning status, stdout and stderr.
  static func run(_ tool: String, _ args: [String], timeout: Double = 120) throws -> CLI.Result {
    guard let path = tool.hasPrefix("/") ? tool : which(tool) else { throw Missing(tool: tool) }
    return try CLI.run(executable: URL(fileURLWithPath: path), args)
  }

  /// The python3 that has networkx: $LEGALREF_PYTHON (set by .ci/run), else the first python3 on PATH or in the
  /// usual folders that can import it.
  static let pythonPath: String? = {
    if let p = ProcessInfo.processInfo.environment["LEGALREF_PYTHON"], !p.isEmpty { return p }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
    let dirs =
      path.split(separator: ":").map(String.init) + [
        home + "/.pyenv/shims", "/usr/local/bin", "/usr/bin",
      ]
    for dir in dirs where FileManager.default.isExecutableFile(atPath: dir + "/python3") {
      if let r = try? run(dir + "/python3", ["-c", "import networkx"]), r.status == 0 {
        return dir + "/python3"
      }
    }
    return nil
  }()

  /// Runs a Python snippet with arguments.
  static func python(_ code: String, _ args: [String] = []) throws -> CLI.Result {
    guard let python = pythonPath else { throw Missing(tool: "python3 with networkx") }
    return try run(python, ["-c", code] + args)
  }

  /// Loads a page in headless Chromium: the DOM after scripts ran, and the console messages.
  static func chromium(_ file: URL, screenshot: URL? = nil) throws -> (
    dom: String, console: [String]
  ) {
    let name = which("chromium") != nil ? "chromium" : "chromium-browser"
    var args = [
      "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
      "--window-size=1400,2000",
    ]
    if let screenshot {
      args.append("--screenshot=\(screenshot.path)")
    } else {
      args.append("--dump-dom")
    }
    args.append(file.absoluteString)
    let r = try run(name, args)
    let console = r.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(
      String.init)
    return (r.stdout, console)
  }
}
