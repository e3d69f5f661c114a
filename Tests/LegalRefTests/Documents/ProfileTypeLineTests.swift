import Testing

@testable import LegalRef

/// The type line ("KẾ HOẠCH" alone near the top) is looked for only on lines whose length, told on bytes, can be a
/// type word's: every way of writing one must still be found.
@Suite struct ProfileTypeLineTests {
  static func profile(_ text: String) throws -> DocumentProfile {
    let source = try TextDecoder.decode(Array(text.utf8), path: "t.txt")
    return ProfileReader.read(source, scan: CitationScanner.scan(source))
  }

  static let written: [(String, String)] = [
    ("KẾ HOẠCH", "Kế hoạch"), ("**CHỈ THỊ**", "Chỉ thị"), ("   THÔNG TRI   ", "Thông tri"),
    ("# NGHỊ QUYẾT", "Nghị quyết"), ("| QUY ĐỊNH |", "Quy định"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động"),
    ("ĐỀ ÁN", "Đề án"), ("KẾ HOẠCH HÀNH ĐỘNG", "Kế hoạch"), ("__HƯỚNG DẪN__", "Hướng dẫn"),
  ]

  @Test(arguments: written)
  func typeLineIsFound(_ line: String, _ type: String) throws {
    let text = "TỈNH ỦY AN GIANG\n*\nSố 12-KH/TU\n\n\(line)\nVỀ CHUYỂN ĐỔI SỐ\n\nNội dung.\n"
    let p = try Self.profile(text)
    #expect(p.type == type)
    #expect(p.title == "Về chuyển đổi số")
  }

  @Test func headerLinesOfATypeWordsLengthAreNotTypeLines() throws {
    // "BAN DÂN VẬN" has the byte length of "KẾ HOẠCH"-like words but is none: the number's code gives the type.
    let p = try Self.profile("BAN DÂN VẬN\nSố 05-HD/BDVTU\n\nNội dung hướng dẫn.\n")
    #expect(p.type == "Hướng dẫn")
    #expect(p.title == nil)
  }
}
