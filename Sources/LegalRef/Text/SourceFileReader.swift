#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file read-only with POSIX calls, so errors carry the system's reason.
enum SourceFileReader {
  /// The bytes of the file at `path`.
  static func readAll(path: String) throws(TextError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .unreadable(path: path, reason: reason(errno)) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw .unreadable(path: path, reason: reason(EISDIR))
    }
    // One read of the expected size (+1 to see the end), then chunks if the file was larger.
    let capacity = max(Int(info.st_size), 0) + 1
    var total = 0
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      failure = readLoop(fd, buffer.baseAddress!, capacity, &total)
      initialized = total
    }
    if failure != 0 { throw .unreadable(path: path, reason: reason(failure)) }
    if total == capacity {
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        var got = 0
        failure = chunk.withUnsafeMutableBufferPointer {
          readLoop(fd, $0.baseAddress!, $0.count, &got)
        }
        if failure != 0 { throw .unreadable(path: path, reason: reason(failure)) }
        bytes.append(contentsOf: chunk[0..<got])
        if got < chunk.count { break }
      }
    }
    return bytes
  }

  /// Reads until `count` bytes or end of file; returns 0 or an errno.
  private static func readLoop(
    _ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int, _ total: inout Int
  ) -> Int32 {
    while total < count {
      let got = read(fd, buffer + total, count - total)
      if got < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if got == 0 { break }
      total += got
    }
    return 0
  }

  /// The system's message for `code`, starting lower-case ("no such file or directory").
  private static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    guard let first = text.first else { return "error \(code)" }
    return first.lowercased() + text.dropFirst()
  }
}
