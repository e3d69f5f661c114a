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

/// Result slots written by worker threads, each index by exactly one worker, taken once after all have finished.
/// The values live in one allocation and are moved out of it into the result array: no value is copied (a copy
/// retains every string and array a scanned document holds, and freeing the slots would release them again).
final class Slots<T: Sendable>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<T>
  private let count: Int
  private var stored = 0
  private var taken = false
  private let lock = NSLock()

  init(count: Int) {
    self.count = count
    base = .allocate(capacity: Swift.max(count, 1))
  }

  func store(_ value: consuming T, at index: Int) {
    precondition(index >= 0 && index < count, "a slot out of range")
    lock.lock()
    (base + index).initialize(to: value)
    stored += 1
    lock.unlock()
  }

  /// Every value in index order, moved out; the slots are left empty. Every slot must have been stored.
  func takeValues() -> [T] {
    lock.lock()
    defer { lock.unlock() }
    precondition(stored == count && !taken, "slots taken before every value was stored")
    taken = true
    guard count > 0 else { return [] }
    return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
      buffer.baseAddress!.moveInitialize(from: base, count: count)
      initialized = count
    }
  }

  deinit {
    // Values never taken (only when every slot was stored: a worker that fails ends the process).
    if !taken && stored == count { base.deinitialize(count: count) }
    base.deallocate()
  }
}

extension Array {
  /// Hands every element to `body` in order, moved out of the array (none copied: a copy retains every string
  /// and array a scanned document or a mention holds); the array is left empty.
  mutating func drainInOrder(_ body: (consuming Element) -> Void) {
    reverse()
    while let element = popLast() { body(element) }
  }
}

/// Runs `transform` on `items` on `threads` worker threads (nil: every core) and hands each result to `consume` on
/// the calling thread, in the order of `items`, once it and every result before it are ready. At most `window`
/// results are made ahead of the one `consume` waits for, so memory holds that many, not all of them. The consumer is
/// woken for a run of results at a time (not for each), so that a corpus of small files does not cost a thread
/// switch per file.
func orderedStream<T: Sendable, R: Sendable>(
  _ items: [T], threads: Int?, window: Int = 256, _ transform: @escaping @Sendable (T) -> R,
  consume: (Int, R) -> Void
) {
  guard !items.isEmpty else { return }
  let state = StreamState<R>(window: max(1, window), count: items.count)
  let workers = max(1, min(threads ?? System.activeProcessorCount, items.count))
  let done = DispatchGroup()
  for _ in 0..<workers {
    done.enter()
    let thread = Thread {
      while let index = state.claim() {
        state.put(transform(items[index]), at: index)
      }
      done.leave()
    }
    // Room for deep recursion in the readers, as on the main thread.
    thread.stackSize = 8 << 20
    thread.start()
  }
  var index = 0
  while index < items.count {
    for value in state.takeRun(from: index) {
      consume(index, value)
      index += 1
    }
  }
  done.wait()
}

/// The hand-over between the workers and the consumer of `orderedStream`: a ring of `window` slots.
private final class StreamState<R: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var slots: [R?]
  private let count: Int
  /// The next index a worker takes.
  private var next = 0
  /// Every index below this one has been handed to the consumer.
  private var consumed = 0
  /// The results the consumer waits for, when it waits: all of `waitRange` ready.
  private var waitRange: Range<Int>?
  /// How many workers wait for room in the window.
  private var workersWaiting = 0
  /// The run the consumer asks for before it is woken: 32 results, or half the window when it is smaller (the run
  /// must fit in the window, or the consumer would wait for results no worker may start).
  private let run: Int

  init(window: Int, count: Int) {
    slots = Array(repeating: nil, count: window)
    self.count = count
    run = max(1, min(32, window / 2))
  }

  /// The next index to work on, waiting while it is a whole window ahead of the consumer; nil when none is left.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while next < count, next >= consumed + slots.count {
      workersWaiting += 1
      condition.wait()
      workersWaiting -= 1
    }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }

  func put(_ value: R, at index: Int) {
    condition.lock()
    slots[index % slots.count] = value
    if let range = waitRange, range.contains(index), ready(range) { condition.broadcast() }
    condition.unlock()
  }

  private func ready(_ range: Range<Int>) -> Bool {
    range.allSatisfy { slots[$0 % slots.count] != nil }
  }

  /// Waits until the results from `start` on (a run of them, or up to the last) are ready, and takes every ready
  /// one from `start` on, freeing their slots.
  func takeRun(from start: Int) -> [R] {
    condition.lock()
    defer { condition.unlock() }
    let wanted = start..<min(count, start + run)
    if !ready(wanted) {
      waitRange = wanted
      while !ready(wanted) { condition.wait() }
      waitRange = nil
    }
    var values: [R] = []
    var k = start
    while k < count, k < start + slots.count, let value = slots[k % slots.count] {
      values.append(value)
      slots[k % slots.count] = nil
      k += 1
    }
    consumed = k
    if workersWaiting > 0 { condition.broadcast() }
    return values
  }
}
