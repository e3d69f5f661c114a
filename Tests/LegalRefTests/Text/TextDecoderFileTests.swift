import Foundation
import Testing

@testable import LegalRef

@Suite("Text: reading files and the seed documents")
struct TextDecoderFileTests {
  @Test func readDecodesAndLeavesTheFileUnchanged() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("legalref-text-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("nd.txt")
    let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Nghi\u{0323} đi\u{0323}nh\r\nsố 86".utf8)
    try Data(original).write(to: file)

    let source = try TextDecoder.read(path: file.path)
    #expect(source.path == file.path)
    #expect(TextFixture.text(source) == "Nghị định\nsố 86")
    #expect(
      source.diagnostics.map(\.kind) == [.removedBOM, .composedNFD(lineCount: 1)])
    #expect(try Data(contentsOf: file) == Data(original))
  }

  @Test func readLargeFile() throws {
    let directory = FileManager.default.temporaryDirectory
    let file = directory.appendingPathComponent("legalref-text-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: file) }
    let line = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    let text = String(repeating: line, count: 5000)
    try Data(text.utf8).write(to: file)
    let source = try TextDecoder.read(path: file.path)
    #expect(source.bytes == Array(text.utf8))
    #expect(source.lineStarts.count == 5001)
  }

  @Test func missingFileIsUnreadable() {
    let path = "/nonexistent-legalref/\(UUID().uuidString).txt"
    #expect(throws: TextError.unreadable(path: path, reason: "no such file or directory")) {
      try TextDecoder.read(path: path)
    }
  }

  @Test func directoryIsUnreadable() {
    let path = FileManager.default.temporaryDirectory.path
    #expect(throws: TextError.unreadable(path: path, reason: "is a directory")) {
      try TextDecoder.read(path: path)
    }
  }

  @Test func seedNFDPassageIsNFCOnLine51() throws {
    let path = TextFixture.seedPath("002_d7bc039ea1282882.txt")
    let source = try TextDecoder.read(path: path)
    let offset = try #require(TextFixture.offset(of: "Nghị quyết 22-NQ/TW", in: source))
    #expect(source.lineIndex(ofByte: offset) == 50)
    #expect(source.position(ofByte: offset).line == 51)
    // The NFD passages of this seed are on lines 23 and 49; both are composed.
    #expect(source.diagnostics.contains { $0.kind == .composedNFD(lineCount: 2) })
    #expect(source.diagnostics.allSatisfy { $0.kind == .composedNFD(lineCount: 2) })
  }

  @Test func seedNFDLine49KeepsOriginalColumns() throws {
    let path = TextFixture.seedPath("002_d7bc039ea1282882.txt")
    let source = try TextDecoder.read(path: path)
    let needle = "Nghị quyết số 10/2020/NQ-HĐND"
    let offset = try #require(TextFixture.offset(of: needle, in: source))
    let position = source.position(ofByte: offset)
    #expect(position.line == 49)
    // Oracle: the same phrases located in the original, undecoded line by Unicode scalars
    // (Swift's String == compares by canonical equivalence, independently of Foundation's NFC).
    let original = try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)[48]
    let scalars = Array(original.unicodeScalars)
    #expect(scalars.contains { (0x300...0x36F).contains($0.value) })
    let index = try #require(Self.scalarIndex(of: needle, in: scalars))
    #expect(position.column == index + 1)
    // Text after the NFD part maps to the original column too.
    let after = try #require(TextFixture.offset(of: "của HĐND tỉnh và", in: source))
    let afterIndex = try #require(Self.scalarIndex(of: "của HĐND tỉnh và", in: scalars))
    #expect(source.position(ofByte: after) == SourcePosition(line: 49, column: afterIndex + 1))
  }

  /// The index of the first scalar of a window of `scalars` canonically equivalent to `needle`.
  static func scalarIndex(of needle: String, in scalars: [Unicode.Scalar]) -> Int? {
    let count = needle.unicodeScalars.count
    for start in scalars.indices {
      for length in count...(count + 8) where start + length <= scalars.count {
        if String(String.UnicodeScalarView(scalars[start..<start + length])) == needle {
          return start
        }
      }
    }
    return nil
  }

  static let seeds = [
    "000_94df8859db2d950d.txt", "001_1cdd3520dbf33d3e.txt", "002_d7bc039ea1282882.txt",
    "003_4a9ebe460a61fd63.txt", "004_13022e394e31c5a6.txt",
  ]

  @Test(arguments: seeds)
  func seedDecodesToNFCWithTheSameLines(_ name: String) throws {
    let path = TextFixture.seedPath(name)
    let source = try TextDecoder.read(path: path)
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(source.lineStarts.count == lines.count)
    let text = TextFixture.text(source)
    #expect(text == text.precomposedStringWithCanonicalMapping)
    #expect(!source.bytes.contains(0x0D) && !source.bytes.contains(0x09))
    #expect(!text.unicodeScalars.contains { $0.value == 0xA0 })
    // Every line's end maps to the original line's length + 1.
    for (index, line) in lines.enumerated() {
      let end =
        index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] - 1 : source.bytes.count
      #expect(
        source.position(ofByte: end)
          == SourcePosition(line: index + 1, column: line.unicodeScalars.count + 1))
    }
  }
}
