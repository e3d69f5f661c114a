import Foundation
import Testing

@testable import LegalRef

/// Helpers shared by the Text stage's tests: fixtures are built in code, never checked in.
enum TextFixture {
  /// Decodes the UTF-8 of `text` (which may hold any scalars, e.g. NFD or zero-width ones).
  static func decode(_ text: String, path: String = "fixture.txt") throws -> SourceText {
    try TextDecoder.decode(Array(text.utf8), path: path)
  }

  /// The normalised bytes as a String.
  static func text(_ source: SourceText) -> String {
    String(decoding: source.bytes, as: UTF8.self)
  }

  /// UTF-16 bytes with a byte order mark.
  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    utf16(units: Array(text.utf16), bigEndian: bigEndian)
  }

  /// Raw UTF-16 code units (possibly lone surrogates) with a byte order mark.
  static func utf16(units: [UInt16], bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in units {
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
  }

  /// Byte offset of the first occurrence of `needle` in `source.bytes`, if any.
  static func offset(of needle: String, in source: SourceText) -> Int? {
    offset(of: Array(needle.utf8), in: source.bytes)
  }

  /// Byte offset of the first occurrence of `needle` in `haystack`, if any.
  static func offset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<start + needle.count].elementsEqual(needle) {
      return start
    }
    return nil
  }

  /// The package root: three levels up from the folder of this file (Tests/LegalRefTests/Text).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Text
    .deletingLastPathComponent()  // LegalRefTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root

  /// `../shared/seeds/<name>` relative to the package root.
  static func seedPath(_ name: String) -> String {
    packageRoot.appendingPathComponent("../shared/seeds/\(name)").standardizedFileURL.path
  }
}
