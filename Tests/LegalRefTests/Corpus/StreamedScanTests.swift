import Foundation
import Testing

@testable import LegalRef

/// `legalref scan` writes each file's rows as soon as it and the files before it are scanned: the same bytes, the
/// same warnings in the same order, as scanning every file first and writing the table after.
@Suite struct StreamedScanTests {
  /// The seeds, the sample corpus, a file that cannot be read and one that is binary.
  static func files(in dir: String) throws -> [String] {
    let missing = dir + "/missing.txt"
    let binary = dir + "/binary.txt"
    try Data([0x41, 0x00, 0x42, 0x00, 0x00, 0x43]).write(to: URL(fileURLWithPath: binary))
    return ExpectedCorpus.seeds.files + [missing, binary] + ExpectedCorpus.sample.files
  }

  static func streamed(
    _ files: [String], _ format: CitationTable.Format, threads: Int,
    leading: [CitationTable.Warning] = [], trailing: [CitationTable.Warning] = []
  ) -> (bytes: [UInt8], summaries: [StreamedScan.FileSummary]) {
    var bytes: [UInt8] = []
    var summaries: [StreamedScan.FileSummary] = []
    StreamedScan.write(
      files: files, format: format, threads: threads, leadingWarnings: leading,
      trailingWarnings: trailing, onFile: { summaries.append($0) },
      to: { bytes.append(contentsOf: $0) })
    return (bytes, summaries)
  }

  @Test(arguments: [1, 2, 8]) func tableIsThatOfTheWholeScan(threads: Int) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "legalref-stream-\(threads)-\(getpid())"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let files = try Self.files(in: dir)
    let scans = CorpusScan.run(files: files, threads: 1, keepText: false)
    let leading = [CitationTable.Warning(file: "/x", message: "cannot read '/x'")]
    let trailing = [CitationTable.Warning(file: "", message: "note: ignored 1 file(s)")]

    let tsv = Self.streamed(files, .tsv, threads: threads)
    #expect(tsv.bytes == Array(CitationTable.tsv(scans).utf8))
    #expect(tsv.summaries.map(\.path) == files)
    #expect(tsv.summaries.map(\.citations) == scans.map(\.result.citations.count))
    #expect(tsv.summaries.flatMap(\.warnings) == scans.flatMap(\.tableWarnings))
    #expect(tsv.summaries.map { $0.error == nil } == scans.map { $0.error == nil })
    let skipped = tsv.summaries.filter { $0.error != nil }.map(\.path)
    #expect(skipped == [dir + "/missing.txt", dir + "/binary.txt"])

    let json = Self.streamed(files, .json, threads: threads, leading: leading, trailing: trailing)
    let warnings = leading + scans.flatMap(\.tableWarnings) + trailing
    #expect(json.bytes == Array(CitationTable.json(scans, warnings: warnings).utf8))
  }

  @Test func emptyInputGivesTheEmptyTable() {
    #expect(Self.streamed([], .tsv, threads: 2).bytes == Array(CitationTable.tsv([]).utf8))
    let json = Self.streamed([], .json, threads: 2)
    #expect(json.bytes == Array(CitationTable.json([], warnings: []).utf8))
    #expect(json.summaries.isEmpty)
  }

  /// Results come in the order of the items whatever order the workers finish them in, each once, and no more than
  /// two windows' worth (the run being handed over and the window after it) are ever made ahead of the consumer.
  @Test(arguments: [1, 3, 7]) func orderedStreamKeepsOrderAndWindow(threads: Int) {
    let items = Array(0..<700)
    let made = LockedCounter()
    var seen: [Int] = []
    var maxAhead = 0
    orderedStream(items, threads: threads, window: 64) { k -> Int in
      // Uneven work, so that workers finish out of order.
      if k % 13 == 0 { usleep(UInt32(200 + (k % 5) * 100)) }
      made.add()
      return k * 2
    } consume: { index, value in
      #expect(value == index * 2)
      seen.append(index)
      maxAhead = max(maxAhead, made.value - index)
    }
    #expect(seen == items)
    #expect(made.value == items.count)
    #expect(maxAhead <= 2 * 64)
  }
}

/// A counter several threads add to.
final class LockedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() {
    lock.lock()
    count += 1
    lock.unlock()
  }
  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}
