/// A small argument reader: options with values, flags and positional paths.
struct Arguments {
  private(set) var positional: [String] = []
  private var options: [String: String] = [:]
  private var flags: Set<String> = []

  /// Reads `args`. `valued` options take the next argument (or `--name=value`); `flagNames` take none. Anything else
  /// starting with "-" is a usage error; "--" ends the options.
  init(_ args: [String], valued: Set<String>, flagNames: Set<String>) throws {
    var i = 0
    var onlyPaths = false
    while i < args.count {
      let a = args[i]
      i += 1
      if onlyPaths || !a.hasPrefix("-") || a == "-" {
        positional.append(a)
        continue
      }
      if a == "--" {
        onlyPaths = true
        continue
      }
      var name = a
      var inline: String?
      if let eq = a.firstIndex(of: "="), a.hasPrefix("--") {
        name = String(a[..<eq])
        inline = String(a[a.index(after: eq)...])
      }
      if valued.contains(name) {
        if let inline {
          options[name] = inline
        } else {
          guard i < args.count else {
            throw UsageError(description: "option '\(name)' needs a value")
          }
          options[name] = args[i]
          i += 1
        }
      } else if flagNames.contains(name), inline == nil {
        flags.insert(name)
      } else {
        throw UsageError(description: "unknown option '\(a)'")
      }
    }
  }

  func value(_ name: String) -> String? { options[name] }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}
