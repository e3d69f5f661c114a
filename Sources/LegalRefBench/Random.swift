/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast, seedable generator. The corpus must be the same on every
/// machine and every run for a given seed, so no system or Foundation randomness is used anywhere in the benchmark.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A generator for item `index` of stream `stream`, independent of the order items are generated in (documents are
  /// written in parallel).
  init(seed: UInt64, stream: UInt64, index: UInt64) {
    var s = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
    _ = s.next()
    state = s.next() ^ (index &* 0xD1B5_4A32_D192_ED03)
    _ = next()
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in 0..<bound (Lemire's multiply-shift; the tiny bias is irrelevant here).
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    let product = next().multipliedFullWidth(by: UInt64(bound))
    return Int(product.high)
  }

  /// Uniform in the closed range.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// Uniform in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { unit() < p }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// `count` distinct indices of 0..<n (partial Fisher–Yates), in draw order.
  mutating func sample(_ n: Int, count: Int) -> [Int] {
    var pool = Array(0..<n)
    let k = min(count, n)
    for i in 0..<k { pool.swapAt(i, i + below(n - i)) }
    return Array(pool[0..<k])
  }

  mutating func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, below(i + 1)) }
  }
}
