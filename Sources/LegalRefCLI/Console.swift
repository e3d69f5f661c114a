import Foundation

/// stdout for results, stderr for diagnostics.
enum Console {
  static func out(_ text: String) {
    write(text.hasSuffix("\n") ? text : text + "\n", to: FileHandle.standardOutput)
  }

  /// Writes text to stdout exactly as given.
  static func raw(_ text: String) {
    write(text, to: FileHandle.standardOutput)
  }

  /// Writes bytes to stdout exactly as given.
  static func raw(bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    FileHandle.standardOutput.write(Data(bytes: base, count: bytes.count))
  }

  static func error(_ text: String) {
    write(text.hasSuffix("\n") ? text : text + "\n", to: FileHandle.standardError)
  }

  private static func write(_ text: String, to handle: FileHandle) {
    handle.write(Data(text.utf8))
  }
}
