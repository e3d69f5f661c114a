import Foundation
import Testing

@testable import LegalRef

/// `parallelMap` hands its results over by moving them out of the slots the workers filled: every result must come
/// back once, in the order of the items, and be freed exactly once.
@Suite(.serialized) struct ParallelMapTests {
  /// Counts the instances alive, to see that none is lost, copied into a second life or freed twice.
  final class Tracked: @unchecked Sendable {
    static let lock = NSLock()
    nonisolated(unsafe) static var alive = 0
    let value: Int
    init(_ value: Int) {
      self.value = value
      Self.lock.lock()
      Self.alive += 1
      Self.lock.unlock()
    }
    deinit {
      Self.lock.lock()
      Self.alive -= 1
      Self.lock.unlock()
    }
  }

  @Test(arguments: [0, 1, 2, 7, 1000])
  func resultsComeBackInOrderAndAreFreedOnce(count: Int) {
    let before = Tracked.alive
    do {
      let results = parallelMap(Array(0..<count), threads: 4) { k in
        (Tracked(k), "document \(k) with a name too long for a small string")
      }
      #expect(results.map(\.0.value) == Array(0..<count))
      #expect(
        results.map(\.1)
          == (0..<count).map { "document \($0) with a name too long for a small string" })
      #expect(Tracked.alive - before == count)
    }
    #expect(Tracked.alive == before)
  }
}
