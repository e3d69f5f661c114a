import Foundation
import Testing

@testable import LegalRef

/// The window works on Unicode scalars through per-scalar tables; it must read every scalar as the former
/// `Character` window did: the same lowercase form (compared as characters), the same letter, number and uppercase
/// answers, and the same answers when compared with the literals the readers use.
@Suite struct TextWindowScalarTests {
  /// The former lowercasing: Latin, Vietnamese, Greek and Cyrillic blocks only, single-scalar mappings only.
  static func formerLowercase(_ s: Unicode.Scalar) -> Character {
    let v = s.value
    if v < 0x80 { return Character(Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))) }
    let blocks = [0xC0...0x24F, 0x1E00...0x1EFF, 0x370...0x3FF, 0x400...0x4FF]
    if blocks.contains(where: { $0.contains(Int(v)) }) {
      let l = s.properties.lowercaseMapping
      if l.unicodeScalars.count == 1, l.unicodeScalars.first! != s { return Character(l) }
    }
    return Character(s)
  }

  /// Scalars worth checking: the tables' range, and every scalar beyond it that NFC changes.
  static let scalars: [Unicode.Scalar] = (0..<0x3_0000).compactMap { v -> Unicode.Scalar? in
    guard let s = Unicode.Scalar(UInt32(v)) else { return nil }
    if v < TextWindow.tableSize + 0x100 { return s }
    return s.properties.isFullCompositionExclusion ? s : nil
  }

  /// The literals the readers compare window scalars with, and the letters of their words.
  static let literals: [Unicode.Scalar] =
    Array(" \n;,.:()!?/-–“”\"'‘’*_|`[]>#~&".unicodeScalars)
    + (0x61...0x7A).map { Unicode.Scalar(UInt8($0)) }
    + Array("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ".unicodeScalars)

  @Test func lowercaseAndClassesAreThoseOfCharacters() {
    #expect(Self.scalars.count > TextWindow.tableSize)
    for s in Self.scalars {
      let former = Self.formerLowercase(s)
      let now = TextWindow.lowercase(s)
      #expect(Character(now) == former, "lowercase of U+\(String(s.value, radix: 16))")
      #expect(
        TextWindow.isWordChar(now) == (former.isLetter || former.isNumber),
        "word character U+\(String(s.value, radix: 16))")
      #expect(TextWindow.isUppercase(s) == Character(s).isUppercase)
      #expect(TextWindow.isLetter(s) == Character(s).isLetter)
      #expect(TextWindow.isNumber(s) == Character(s).isNumber)
    }
  }

  @Test func comparisonsWithLiteralsAreThoseOfCharacters() {
    for s in Self.scalars {
      let former = Self.formerLowercase(s)
      let now = TextWindow.lowercase(s)
      for l in Self.literals where (now == l) != (former == Character(l)) {
        Issue.record("U+\(String(s.value, radix: 16)) against \(l)")
      }
    }
  }

  @Test func textOfPlainScalarsIsTheStringFunctionsText() {
    let samples = [
      "  của Ủy ban nhân dân\ntỉnh  Hải Phòng;  ", "“về việc thực hiện”", "*Nghị quyết* -– ", "",
      " , ; ", "a\n\nb", "Chỉ thị 05‘’", "x\u{301}y  z", "e\u{200D}f  g ",
    ]
    for text in samples {
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        let w = TextWindow(buffer, from: 0, to: buffer.count)
        var s = String(decoding: bytes, as: UTF8.self)
        s = s.replacing("\n", with: " ")
        while s.contains("  ") { s = s.replacing("  ", with: " ") }
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–\"“”'‘’*_"))
        #expect(w.text(0..<w.count) == s, "\(text)")
      }
    }
  }

  /// Whether a window over all of `text` has, as its lowercase column, the fold of the lowercased characters.
  static func windowFoldsAsCharacters(_ text: String) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
      let w = TextWindow(buffer, from: 0, to: buffer.count)
      var chars = text.unicodeScalars.map { Character(TextWindow.lowercase($0)) }
      ToneMarks.fold(&chars)
      return w.lower.map { Character($0) } == chars
    }
  }

  @Test func toneFoldOfScalarsIsTheFoldOfCharacters() {
    let samples = ["hóa hoá thủy thuỷ", "ÓA óe ủy Ủy", "khỏe", "o\u{301}a", "plain text"]
    for text in samples {
      #expect(Self.windowFoldsAsCharacters(text), "\(text)")
      var all = Array(text)
      ToneMarks.fold(&all)
      #expect(ToneMarks.fold(text) == String(all))
    }
  }

  /// A window folds tone placement as it decodes, a pair at a time: on runs of toned vowels and the letters they
  /// move onto ("óóa", "ủya", "Óa"), at the window's first and last scalar, the lowercase column is still the
  /// fold of the whole lowercased text.
  @Test(arguments: 0..<200)
  func decodingFoldsLikeTheWholeFold(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 32_000)
    let pieces = [
      "ó", "ò", "ỏ", "õ", "ọ", "ú", "ù", "ủ", "ũ", "ụ", "Ó", "Ú", "Ủ", "a", "e", "y", "A", "Y", "o",
      "u", " ",
      "x", "Đ", "ộ", "á", "\n",
    ]
    var text = ""
    for _ in 0..<random.below(14) { text += pieces[random.below(pieces.count)] }
    #expect(Self.windowFoldsAsCharacters(text), "\(text.debugDescription)")
  }
}

/// A window over part of a text keeps its three columns in one block: the scalars as written, their lowercase forms
/// and the byte offset of each (in the whole text, not the window), ending with the window's end.
@Suite struct TextWindowColumnTests {
  @Test(arguments: 0..<100)
  func columnsAreTheScalarsOfTheWindowAndTheirOffsets(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 31_000)
    let pieces = [
      "Nghị quyết ", "SỐ ", "29-NQ/TW", "\n", "ĐẢNG ", "óa ", "😀", "x\u{301}", "—", "a",
    ]
    var text = ""
    for _ in 0..<random.below(40) { text += pieces[random.below(pieces.count)] }
    let bytes = Array(text.utf8)
    // Window bounds on scalar boundaries.
    var boundaries = [0]
    for scalar in text.unicodeScalars { boundaries.append(boundaries.last! + UTF8.width(scalar)) }
    let a = boundaries[random.below(boundaries.count)]
    let b = boundaries[random.below(boundaries.count)]
    let (lo, hi) = (min(a, b), max(a, b))
    let part = String(decoding: bytes[lo..<hi], as: UTF8.self)
    bytes.withUnsafeBufferPointer { buffer in
      let w = TextWindow(buffer, from: lo, to: hi)
      #expect(w.count == part.unicodeScalars.count)
      #expect(Array(w.original) == Array(part.unicodeScalars))
      #expect(w.lower.count == w.count && w.offsets.count == w.count + 1)
      var offset = lo
      for (k, s) in part.unicodeScalars.enumerated() {
        #expect(w.offsets[k] == offset)
        offset += UTF8.width(s)
      }
      #expect(w.offsets[w.count] == hi)
      // A slice keeps the window's indices.
      if w.count > 2 {
        let slice = w.original[1..<w.count]
        #expect(slice.startIndex == 1 && slice.first == w.original[1])
      }
    }
  }
}
