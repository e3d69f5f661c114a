import Foundation

/// Facts about the machine.
public enum System {
  /// The number of cores the process may use.
  public static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// A shared counter handing out work indices to worker threads.
final class AtomicCounter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  /// Returns the current value and adds one.
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    let v = value
    value += 1
    return v
  }
}

/// Result slots written by worker threads, each index by exactly one worker, read after all have finished.
final class Slots<T: Sendable>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func store(_ value: T, at index: Int) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  func values() -> [T] { storage.map { $0! } }
}
