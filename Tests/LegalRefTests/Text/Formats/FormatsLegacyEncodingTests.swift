import Foundation
import Testing

@testable import LegalRef

/// TCVN3, VNI and Windows-1258: single-byte files and Unicode text typed with a legacy font are
/// detected and converted; correct Unicode Vietnamese is never touched.
@Suite("Formats: legacy Vietnamese encodings")
struct FormatsLegacyEncodingTests {
  static let sample = """
    Căn cứ Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khoá XI;
    Thực hiện Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường \
    giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường;
    Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
    """

  enum Encoding: String, CaseIterable {
    case tcvn3, vni, windows1258

    func encode(_ text: String) -> [UInt8] {
      switch self {
      case .tcvn3: return LegacyEncoders.tcvn3(text)
      case .vni: return LegacyEncoders.vni(text)
      case .windows1258: return LegacyEncoders.windows1258(text)
      }
    }

    var name: String {
      switch self {
      case .tcvn3: return "TCVN3"
      case .vni: return "VNI"
      case .windows1258: return "Windows-1258"
      }
    }
  }

  private func decode(_ bytes: [UInt8]) throws -> SourceText {
    try DocumentReader.decode(bytes, format: .text, path: "legacy.txt")
  }

  private func text(_ source: SourceText) -> String {
    String(decoding: source.bytes, as: UTF8.self)
  }

  /// The sample as the reader should give it back: TCVN3 has no capitals with tones, so "Ủy" at
  /// the start of a sentence comes back small.
  private func expected(_ encoding: Encoding) -> String {
    encoding == .tcvn3 ? Self.sample.replacingOccurrences(of: "Ủy", with: "ủy") : Self.sample
  }

  @Test(arguments: Encoding.allCases)
  func singleByteFileIsConverted(_ encoding: Encoding) throws {
    let source = try decode(encoding.encode(Self.sample))
    #expect(text(source) == expected(encoding))
    #expect(source.diagnostics.map(\.kind) == [.convertedLegacy(encoding: encoding.name)])
    #expect(source.diagnostics.first?.message.contains("to Unicode") == true)
  }

  @Test(arguments: [Encoding.tcvn3, .vni])
  func unicodeTypedWithALegacyFontIsConverted(_ encoding: Encoding) throws {
    let typed = LegacyEncoders.asWindows1252Text(encoding.encode(Self.sample))
    let source = try decode(Array(typed.utf8))
    #expect(text(source) == expected(encoding))
    #expect(source.diagnostics.map(\.kind) == [.convertedLegacy(encoding: encoding.name)])
    #expect(
      source.diagnostics.first?.message
        == "converted 3 lines typed in \(encoding == .tcvn3 ? "TCVN3 (ABC, .VnTime fonts)" : "VNI (VNI-Times fonts)") to Unicode"
    )
  }

  @Test func typedTextWithAByteOrderMarkOrInUTF16() throws {
    let typed = LegacyEncoders.asWindows1252Text(LegacyEncoders.tcvn3(Self.sample))
    let withBOM = try decode([0xEF, 0xBB, 0xBF] + Array(typed.utf8))
    #expect(text(withBOM) == expected(.tcvn3))
    #expect(withBOM.diagnostics.map(\.kind) == [.removedBOM, .convertedLegacy(encoding: "TCVN3")])
    let utf16 = try decode(TextFixture.utf16(typed, bigEndian: false))
    #expect(text(utf16) == expected(.tcvn3))
    #expect(
      utf16.diagnostics.map(\.kind) == [
        .decodedUTF16(bigEndian: false), .convertedLegacy(encoding: "TCVN3"),
      ])
  }

  @Test func theIssuesExampleReadsAsTCVN3() throws {
    let source = try decode(Array("Căn cứ NghÞ quyÕt sè 29-NQ/TW cña Bé ChÝnh trÞ".utf8))
    // The line holds "ă" and "ứ" (Unicode-only letters): it is correct Unicode and stays.
    #expect(text(source) == "Căn cứ NghÞ quyÕt sè 29-NQ/TW cña Bé ChÝnh trÞ")
    let typed = try decode(Array("C¨n cø NghÞ quyÕt sè 29-NQ/TW cña Bé ChÝnh trÞ vÒ gi¸o dôc".utf8))
    #expect(text(typed) == "Căn cứ Nghị quyết số 29-NQ/TW của Bộ Chính trị về giáo dục")
    let rows = FormatFixtures.rows(typed, lines: true)
    #expect(rows.map(\.id) == ["29-NQ/TW"])
    #expect(rows.first?.type == "Nghị quyết")
  }

  @Test func capitalsTypedInTheAllCapitalsFontComeBack() throws {
    let heading = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nKẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TW"
    let source = try decode(LegacyEncoders.tcvn3(heading))
    #expect(text(source) == heading)
  }

  @Test func vniPositionsAreBytesOfTheOriginalLine() throws {
    // "Nghò ñònh soá 80/2017/NÑ-CP": a VNI letter of two bytes is one character.
    let line = "Theo Nghị định số 80/2017/NĐ-CP"
    let bytes = LegacyEncoders.vni(line)
    let source = try decode(bytes)
    #expect(text(source) == line)
    let offset = try #require(TextFixture.offset(of: "80/2017", in: source))
    let column = try #require(TextFixture.offset(of: Array("80/2017".utf8), in: bytes)) + 1
    #expect(source.position(ofByte: offset) == SourcePosition(line: 1, column: column))
    #expect(column > 16)
  }

  @Test func windows1258PositionsAreBytesOfTheOriginalLine() throws {
    let text = "Xét đề nghị của Sở Giáo dục,\nQuyết định số 12/QĐ-UBND"
    let bytes = LegacyEncoders.windows1258(text)
    let source = try decode(bytes)
    #expect(self.text(source) == text)
    let offset = try #require(TextFixture.offset(of: "12/QĐ", in: source))
    let lineStart = try #require(bytes.firstIndex(of: 0x0A)) + 1
    let column = try #require(TextFixture.offset(of: Array("12/".utf8), in: bytes)) - lineStart + 1
    #expect(source.position(ofByte: offset) == SourcePosition(line: 2, column: column))
  }

  @Test(arguments: Seeds.files)
  func seedsAreLeftUnchanged(_ path: String) throws {
    let plain = try TextDecoder.read(path: path)
    let read = try DocumentReader.read(path: path)
    #expect(read.bytes == plain.bytes)
    #expect(read.diagnostics == plain.diagnostics)
    #expect(
      !read.diagnostics.contains { if case .convertedLegacy = $0.kind { true } else { false } })
  }

  @Test func correctUnicodeWithLatin1SymbolsIsLeftAlone() throws {
    let texts = [
      "Điều 5. Mức phạt: 500.000 đ × 2 lần; nhiệt độ 30°C; § 3 «trích»",
      "Hoá học, khoá học, hoà bình — quá trình toà án",
      "Müller, Ångström, café, naïve, señor, façade",
    ]
    for text in texts {
      let source = try decode(Array(text.utf8))
      #expect(self.text(source) == text)
      #expect(source.diagnostics.isEmpty)
    }
  }

  @Test func invalidUTF8ThatIsNotVietnameseIsStillReplaced() throws {
    // Mostly valid UTF-8 with one damaged byte: the UTF-8 path, with the byte reported.
    var bytes = Array("Nghị quyết số 29-NQ/TW về đổi mới".utf8)
    bytes.insert(0xFF, at: 10)
    let source = try decode(bytes)
    #expect(source.diagnostics.map(\.kind) == [.invalidUTF8(byteOffset: 10)])
    // Latin-1 French is not Vietnamese in any legacy encoding.
    let french = Array(
      "Le d\u{E9}cret du 12 ao\u{FB}t, \u{E9}t\u{E9} \u{E0} Paris".unicodeScalars.map {
        UInt8($0.value)
      })
    let read = try decode(french)
    #expect(read.diagnostics.allSatisfy { if case .invalidUTF8 = $0.kind { true } else { false } })
  }

  @Test(arguments: Seeds.files, Encoding.allCases)
  func seedInALegacyEncodingGivesTheSameCitations(_ path: String, _ encoding: Encoding) throws {
    let original = FormatFixtures.rows(try TextDecoder.read(path: path), lines: true)
    let folder = try FormatFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let file = try FormatFixtures.write(
      encoding.encode(try FormatFixtures.seedText(path)), "\(name).\(encoding.rawValue).txt",
      in: folder)
    let scan = CorpusScan.scanOne(file)
    let text = try #require(scan.text)
    #expect(text.diagnostics.contains { $0.kind == .convertedLegacy(encoding: encoding.name) })
    #expect(FormatFixtures.rows(text, lines: true) == original)
  }

  @Test(arguments: Seeds.files, [Encoding.tcvn3, .vni])
  func seedTypedWithALegacyFontGivesTheSameCitations(_ path: String, _ encoding: Encoding) throws {
    let original = FormatFixtures.rows(try TextDecoder.read(path: path), lines: true)
    let typed = LegacyEncoders.asWindows1252Text(encoding.encode(try FormatFixtures.seedText(path)))
    let text = try decode(Array(typed.utf8))
    #expect(text.diagnostics.contains { $0.kind == .convertedLegacy(encoding: encoding.name) })
    #expect(FormatFixtures.rows(text, lines: true) == original)
  }
}
