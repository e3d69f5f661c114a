/// What a command made that is let go only when the process exits. Freeing a large analysis one object at a time
/// takes a noticeable part of a run at its very end (about 65 ms for 10,000 documents, on one core, after the
/// output is written), and the system takes the memory back at exit in one step anyway.
enum KeptUntilExit {
  /// Only the main thread runs commands.
  nonisolated(unsafe) private static var values: [Any] = []

  static func keep(_ value: Any) { values.append(value) }
}
