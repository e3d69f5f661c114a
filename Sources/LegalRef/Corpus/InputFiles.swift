import Foundation

/// The files a run reads: the paths given, with folders walked recursively for the supported
/// formats.
public struct InputFiles: Sendable {
  /// The file extensions read inside folders (lowercased, without the dot): txt, docx, html, htm,
  /// pdf (``DocumentFormat/supportedExtensions``).
  public static let supportedExtensions: Set<String> = DocumentFormat.supportedExtensions
  /// The same as ``supportedExtensions`` (the name from when only .txt files were read).
  public static let textExtensions: Set<String> = supportedExtensions

  /// The files to read, sorted by path and without duplicates.
  public var files: [String] = []
  /// Paths that could not be read at all (missing, unreadable folder, symbolic-link loop).
  public var problems: [InputProblem] = []
  /// How many files inside folders were skipped for their extension.
  public var ignoredCount = 0
  /// The ignored extensions and how many files had each (a file without one counts under "").
  public var ignoredExtensions: [String: Int] = [:]
  /// How many of ``files`` have each extension (lowercased, without the dot; a file without one
  /// counts under ""), files named explicitly included.
  public var countsByExtension: [String: Int] {
    var counts: [String: Int] = [:]
    for file in files { counts[Self.fileExtension(of: file), default: 0] += 1 }
    return counts
  }

  /// The lowercased extension of the file at `path`, without the dot ("" when there is none).
  public static func fileExtension(of path: String) -> String {
    // On bytes (this runs for every file of a folder): the last component, trailing slashes aside, then what
    // follows its last dot, unless the name starts with that dot (".hidden" has none).
    var utf8 = Substring(path).utf8[...]
    while utf8.count > 1, utf8.last == UInt8(ascii: "/") { utf8 = utf8.dropLast() }
    if let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
      utf8 = utf8[utf8.index(after: slash)...]
    }
    guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return "" }
    let ext = utf8[utf8.index(after: dot)...]
    if ext.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return String(Substring(ext)) }
    return String(Substring(ext)).lowercased()
  }

  /// Collects the files under `paths`. A file named explicitly is read whatever its extension; inside a folder only
  /// files with one of `extensions` are. Hidden files and folders (starting with ".") inside folders are skipped.
  /// Symbolic links are followed, but a folder already visited (a link loop) is reported and not entered again.
  public static func collect(_ paths: [String], extensions: Set<String> = supportedExtensions)
    -> InputFiles
  {
    var result = InputFiles()
    var seenFiles = Set<String>()
    var visitedDirs = Set<String>()
    let fm = FileManager.default

    func add(_ path: String) {
      if seenFiles.insert(path).inserted { result.files.append(path) }
    }

    func walk(_ dir: String) {
      let real = realPath(dir) ?? dir
      guard visitedDirs.insert(real).inserted else {
        result.problems.append(InputProblem(path: dir, kind: .linkLoop))
        return
      }
      guard let entries = listing(dir) else {
        result.problems.append(InputProblem(path: dir, kind: .unreadable))
        return
      }
      for (name, kind) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
        let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
        // The listing tells files and folders apart; a symbolic link (or an entry of unknown type) is followed.
        var isDir = kind == .folder
        if kind == .other {
          var info = stat()
          guard stat(path, &info) == 0 else {
            // A dangling symbolic link.
            result.problems.append(InputProblem(path: path, kind: .missing))
            continue
          }
          isDir = info.st_mode & S_IFMT == S_IFDIR
        }
        if isDir {
          walk(path)
        } else {
          let ext = fileExtension(of: name)
          if extensions.contains(ext) {
            add(path)
          } else {
            result.ignoredCount += 1
            result.ignoredExtensions[ext, default: 0] += 1
          }
        }
      }
    }

    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        result.problems.append(InputProblem(path: path, kind: .missing))
        continue
      }
      if isDir.boolValue { walk(path) } else { add(path) }
    }
    result.files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return result
  }

  /// What a folder listing says an entry is.
  private enum EntryKind {
    case file
    case folder
    /// A symbolic link or an entry the file system does not type: `stat` tells.
    case other
  }

  /// The entries of a folder with their kinds, from one `readdir` pass (no `stat` per file); nil when the folder
  /// cannot be listed.
  private static func listing(_ dir: String) -> [(name: String, kind: EntryKind)]? {
    guard let handle = opendir(dir) else { return nil }
    defer { closedir(handle) }
    var out: [(name: String, kind: EntryKind)] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name == "." || name == ".." { continue }
      let kind: EntryKind
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): kind = .file
      case Int32(DT_DIR): kind = .folder
      default: kind = .other
      }
      out.append((name, kind))
    }
    return out
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// A path given to a run that could not be used.
public struct InputProblem: Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// The path does not exist (or is a dangling symbolic link).
    case missing
    /// The folder cannot be listed (permissions).
    case unreadable
    /// A symbolic link leads back to a folder already walked.
    case linkLoop
  }

  /// The path as given or as found inside a folder.
  public var path: String
  /// What went wrong.
  public var kind: Kind

  /// Creates a problem report.
  public init(path: String, kind: Kind) {
    self.path = path
    self.kind = kind
  }

  /// A message naming the path and the problem.
  public var description: String {
    switch kind {
    case .missing: return "cannot read '\(path)': no such file or folder"
    case .unreadable:
      return "cannot read '\(path)': the folder cannot be listed (permission denied?)"
    case .linkLoop: return "skipped '\(path)': a symbolic link leads back to a folder already read"
    }
  }

  /// Whether the problem means a path the user gave could not be read (exit status 1).
  public var isFailure: Bool { kind != .linkLoop }
}
