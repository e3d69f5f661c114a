import Foundation
import Testing

@testable import LegalRef

@Suite("Text: line ends, spaces, zero-width characters and NFC")
struct TextDecoderNormalizationTests {
  struct LineEndCase: Sendable, CustomTestStringConvertible {
    var input: String
    var output: String
    var lineStarts: [Int]
    var testDescription: String { input.debugDescription }
  }

  static let lineEndCases: [LineEndCase] = [
    LineEndCase(input: "a\r\nb", output: "a\nb", lineStarts: [0, 2]),
    LineEndCase(input: "a\rb", output: "a\nb", lineStarts: [0, 2]),
    LineEndCase(input: "a\nb", output: "a\nb", lineStarts: [0, 2]),
    LineEndCase(input: "a\nb\r\nc\rd", output: "a\nb\nc\nd", lineStarts: [0, 2, 4, 6]),
    LineEndCase(input: "a\r\r\nb", output: "a\n\nb", lineStarts: [0, 2, 3]),
    LineEndCase(input: "a\n\rb", output: "a\n\nb", lineStarts: [0, 2, 3]),
    LineEndCase(input: "\r\n", output: "\n", lineStarts: [0, 1]),
    LineEndCase(input: "a\r", output: "a\n", lineStarts: [0, 2]),
    LineEndCase(input: "Điều\r\n1", output: "Điều\n1", lineStarts: [0, 8]),
  ]

  @Test(arguments: lineEndCases)
  func lineEndsBecomeOneLineFeed(_ c: LineEndCase) throws {
    let source = try TextFixture.decode(c.input)
    #expect(TextFixture.text(source) == c.output)
    #expect(source.lineStarts == c.lineStarts)
    #expect(source.diagnostics.isEmpty)
  }

  @Test func mixedLineEndsGiveEditorLineNumbers() throws {
    let source = try TextFixture.decode("một\r\nhai\rba\nbốn\r\n\r\nsáu")
    #expect(source.lineStarts.count == 6)
    let sau = try #require(TextFixture.offset(of: "sáu", in: source))
    #expect(source.position(ofByte: sau) == SourcePosition(line: 6, column: 1))
    let bon = try #require(TextFixture.offset(of: "n", in: source))
    #expect(source.position(ofByte: bon) == SourcePosition(line: 4, column: 3))
  }

  static let spaces: [String] = [
    "\t", "\u{0B}", "\u{0C}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}",
    "\u{202F}", "\u{205F}", "\u{3000}", "\u{01}", "\u{1B}", "\u{1F}", "\u{7F}",
  ]

  @Test(arguments: spaces)
  func spaceLikeCharactersBecomeASCIISpace(_ space: String) throws {
    let source = try TextFixture.decode("số\(space)22\(space)\(space)x")
    #expect(TextFixture.text(source) == "số 22  x")
    #expect(source.diagnostics.isEmpty)
    // One scalar for one scalar: columns are unchanged.
    let x = try #require(TextFixture.offset(of: "x", in: source))
    #expect(source.position(ofByte: x) == SourcePosition(line: 1, column: 8))
  }

  @Test func otherCharactersAreKept() throws {
    // C1 controls, U+2028 and ordinary symbols are not in the space list.
    let text = "§ 1 – “Điều” \u{85}\u{2028}€😀"
    let source = try TextFixture.decode(text)
    #expect(TextFixture.text(source) == text)
  }

  static let zeroWidth: [String] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

  @Test(arguments: zeroWidth)
  func zeroWidthCharactersAreRemovedWithRightColumns(_ zw: String) throws {
    let source = try TextFixture.decode("ab\(zw)cd\(zw)\(zw)ef\(zw)\nxy")
    #expect(TextFixture.text(source) == "abcdef\nxy")
    #expect(source.diagnostics.isEmpty)
    let columns = (0...6).map { source.position(ofByte: $0).column }
    // a b (zw) c d (zw zw) e f (zw) end-of-line
    #expect(columns == [1, 2, 4, 5, 8, 9, 11])
    #expect(source.position(ofByte: 7) == SourcePosition(line: 2, column: 1))
    #expect(source.position(ofByte: 9) == SourcePosition(line: 2, column: 3))
  }

  @Test func zeroWidthAtLineStart() throws {
    let source = try TextFixture.decode("\u{200B}\u{200B}Điều")
    #expect(TextFixture.text(source) == "Điều")
    #expect(source.position(ofByte: 0) == SourcePosition(line: 1, column: 3))
    #expect(source.position(ofByte: source.bytes.count).column == 7)
  }

  @Test func nfdVietnameseIsComposedWithOriginalColumns() throws {
    let original = "Nghi\u{0323} quyê\u{0301}t 22-NQ/TW"
    let source = try TextFixture.decode("Căn cứ\n\(original)\nhết")
    #expect(TextFixture.text(source) == "Căn cứ\nNghị quyết 22-NQ/TW\nhết")
    #expect(source.diagnostics.map(\.kind) == [.composedNFD(lineCount: 1)])
    let line = source.lineStarts[1]
    let nghi = try #require(TextFixture.offset(of: "ị", in: source))
    #expect(source.position(ofByte: nghi) == SourcePosition(line: 2, column: 4))
    let quyet = try #require(TextFixture.offset(of: "ế", in: source))
    #expect(source.position(ofByte: quyet) == SourcePosition(line: 2, column: 10))
    #expect(source.position(ofByte: quyet + 3) == SourcePosition(line: 2, column: 12))
    // Text after the composed part: "22" is column 14 of the original line (two marks earlier).
    let number = try #require(TextFixture.offset(of: "22-NQ/TW", in: source))
    #expect(source.position(ofByte: number) == SourcePosition(line: 2, column: 14))
    #expect(source.position(ofByte: line) == SourcePosition(line: 2, column: 1))
    // The line's "\n" is just after the last original scalar (21 scalars).
    let end = source.lineStarts[2] - 1
    #expect(source.position(ofByte: end) == SourcePosition(line: 2, column: 22))
    // Lines without NFD are untouched.
    #expect(source.position(ofByte: source.lineStarts[2] + 1) == SourcePosition(line: 3, column: 2))
  }

  @Test func twoMarksOnOneLetterMapToTheLetter() throws {
    // e + circumflex + acute -> ế (three scalars become one).
    let source = try TextFixture.decode("vie\u{0302}\u{0301}t x")
    #expect(TextFixture.text(source) == "viết x")
    let x = try #require(TextFixture.offset(of: "x", in: source))
    #expect(source.position(ofByte: x) == SourcePosition(line: 1, column: 8))
    let e = try #require(TextFixture.offset(of: "ế", in: source))
    #expect(source.position(ofByte: e) == SourcePosition(line: 1, column: 3))
  }

  @Test func zeroWidthAndNFDOnOneLine() throws {
    let source = try TextFixture.decode("x\u{200B}e\u{0301}t")
    #expect(TextFixture.text(source) == "xét")
    let columns = [0, 1, 3, 4].map { source.position(ofByte: $0).column }
    #expect(columns == [1, 3, 5, 6])
  }

  @Test func composedLinesAreCountedOnce() throws {
    let source = try TextFixture.decode("a\u{0301}\nb\nu\u{031B}\u{0309} o\u{0302}\u{0300}\n")
    #expect(TextFixture.text(source) == "á\nb\nử ồ\n")
    #expect(source.diagnostics.map(\.kind) == [.composedNFD(lineCount: 2)])
  }

  @Test func marksThatDoNotComposeAreKeptWithoutDiagnostic() throws {
    // q + acute has no precomposed form: the text is already NFC.
    let source = try TextFixture.decode("q\u{0301} x")
    #expect(TextFixture.text(source) == "q\u{0301} x")
    #expect(source.diagnostics.isEmpty)
    #expect(source.position(ofByte: 4) == SourcePosition(line: 1, column: 4))
  }

  static let sentences: [String] = [
    "Tiếp tục triển khai thực hiện Nghị quyết 22-NQ/TW ngày 10/4/2014 của Bộ Chính trị",
    "ĐIỀU 5. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Sở Giáo dục và Đào tạo",
    "Quyết định số 30/2020/QĐ-UBND ngày 24/8/2020 của UBND tỉnh về việc ổn định, sửa đổi",
  ]

  @Test(arguments: sentences)
  func wholeNFDSentenceMatchesFoundationNFCWithPerLetterColumns(_ nfc: String) throws {
    let nfd = nfc.decomposedStringWithCanonicalMapping
    #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
    let source = try TextFixture.decode(nfd)
    #expect(TextFixture.text(source) == nfc)
    #expect(source.diagnostics.map(\.kind) == [.composedNFD(lineCount: 1)])
    // Oracle: each NFC letter sits at the original column of its base letter in the NFD line.
    var expected: [Int] = []
    for (index, scalar) in nfd.unicodeScalars.enumerated()
    where !(0x300...0x36F).contains(scalar.value) {
      expected.append(index + 1)
    }
    let starts = source.bytes.indices.filter { source.bytes[$0] & 0xC0 != 0x80 }
    #expect(starts.map { source.position(ofByte: $0).column } == expected)
    #expect(
      source.position(ofByte: source.bytes.count).column == nfd.unicodeScalars.count + 1)
  }

  /// Every Vietnamese vowel, toned or not, of either case, fully decomposed, with its modifier composed and its
  /// tone a mark, and with its two marks in the other order: each line reads as Foundation composes it.
  @Test func everyDecomposedVietnameseLetterComposesAsFoundationDoes() throws {
    var lines: [String] = []
    for vowel in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".unicodeScalars {
      for tone in [0x300, 0x301, 0x303, 0x309, 0x323] {
        let toned = String(vowel) + String(Unicode.Scalar(UInt32(tone))!)
        let nfd = toned.decomposedStringWithCanonicalMapping
        lines.append("x" + toned + " " + nfd + "y")
        // The marks of a fully decomposed letter in the other order (not canonical: NFC composes less of it).
        let marks = Array(nfd.unicodeScalars.dropFirst())
        if marks.count == 2 {
          var swapped = String(nfd.unicodeScalars.first!)
          swapped.unicodeScalars.append(marks[1])
          swapped.unicodeScalars.append(marks[0])
          lines.append(swapped + " z")
        }
      }
    }
    for line in lines {
      let source = try TextFixture.decode(line)
      // Bytes compared: Strings compare equal when canonically equivalent, composed or not.
      #expect(
        Array(TextFixture.text(source).utf8)
          == Array(line.precomposedStringWithCanonicalMapping.utf8),
        "\(line.unicodeScalars.map(\.value))")
    }
  }

  /// Decomposed letters the Vietnamese table holds side by side with ones it does not (a German "ä", a "q" with a
  /// tilde that has no composed form, a mark after a digit, three marks on one letter): one line, composed as
  /// Foundation composes it, byte for byte.
  @Test func segmentsInAndOutsideTheTableComposeAsFoundationDoes() throws {
    let line =
      "Nghi\u{0323} quyê\u{0301}t a\u{0308}q\u{0303} 5\u{0301} o\u{031B}\u{0323}\u{0300}c "
      + "\u{0110}a\u{0300}o ta\u{0323}o"
    let source = try TextFixture.decode(line)
    #expect(
      Array(TextFixture.text(source).utf8) == Array(line.precomposedStringWithCanonicalMapping.utf8))
  }

  /// The packed table holds each decomposed Vietnamese letter's NFC, packed as its key is, and nothing else.
  @Test func packedTableHoldsTheVietnameseSegments() {
    let table = TextNormalizer.packedSegments
    for (key, nfc) in TextNormalizer.vietnameseSegments {
      let packed = nfc.withUnsafeBufferPointer { TextNormalizer.packedKey($0) }
      #expect(table.value(for: key) == packed)
    }
    let absent = Array("a\u{0308}".utf8).withUnsafeBufferPointer { TextNormalizer.packedKey($0) }
    #expect(TextNormalizer.vietnameseSegments[absent] == nil)
    #expect(table.value(for: absent) == nil)
  }
}
