import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Starts a program with posix_spawn and waits for it with waitpid, reading its standard output to the end.
///
/// Foundation's `Process.waitUntilExit()` on Linux polls its run loop in steps of up to 50 ms, which added tens of
/// milliseconds to each timed rg run (rg takes about a tenth of a second on 10,000 documents): here the time is
/// from just before the spawn to the return of waitpid.
enum Spawn {
  struct Result {
    /// The exit status, or 128 + the signal number when a signal ended the program.
    let status: Int32
    let output: Data
    let seconds: Double
  }

  static func run(_ path: String, _ arguments: [String]) throws -> Result {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw RunError(description: "pipe failed: \(errno)") }
    let (readEnd, writeEnd) = (fds[0], fds[1])
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    posix_spawn_file_actions_addclose(&actions, writeEnd)

    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    var pid: pid_t = 0
    let t0 = Clock.now()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    close(writeEnd)
    guard spawned == 0 else {
      close(readEnd)
      throw RunError(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
      if n > 0 {
        output.append(contentsOf: buffer[0..<n])
      } else if n == 0 || errno != EINTR {
        break
      }
    }
    close(readEnd)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw RunError(description: "waitpid failed: \(errno)") }
    }
    let t1 = Clock.now()
    let signal = status & 0x7F
    return Result(
      status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, output: output, seconds: t1 - t0)
  }
}
