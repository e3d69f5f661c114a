import CZlib
import Foundation
import Testing

@testable import LegalRef

/// Builders for the input formats, written for the tests: zip/.docx, HTML, PDF (through Chromium),
/// and encoders for the legacy Vietnamese encodings from their published code tables.
enum FormatFixtures {
  // MARK: Files

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("legalref-formats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `bytes` to `name` in `folder` and returns the path.
  @discardableResult
  static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The NFC text of a seed file (the seeds hold one NFD passage).
  static func seedText(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8).precomposedStringWithCanonicalMapping
  }

  // MARK: Citations

  /// One citation as the round-trip tests compare it.
  struct Row: Hashable, Comparable, CustomStringConvertible {
    var id: String
    var type: String
    var date: String
    var line: Int?

    static func < (a: Row, b: Row) -> Bool { a.description < b.description }
    var description: String { "\(line.map(String.init) ?? "-")\t\(id)\t\(type)\t\(date)" }
  }

  /// The citation table of `text` (canonical id, type, date, and the line when `lines`), sorted.
  static func rows(_ text: SourceText, lines: Bool) -> [Row] {
    CitationScanner.scan(text).citations.map {
      Row(
        id: $0.number.description, type: $0.typeName ?? "", date: $0.date?.description ?? "",
        line: lines ? $0.position.line : nil)
    }.sorted()
  }

  // MARK: Zip and .docx

  /// A member of a zip file to write.
  struct ZipMember {
    var name: String
    var data: [UInt8]
    /// Compress with deflate (else stored).
    var deflate: Bool
  }

  /// Raw deflate (windowBits −15) of `data` with the system zlib.
  static func deflate(_ data: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    let ok = deflateInit2_(
      &stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    precondition(ok == Z_OK)
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 16)
    var input = data
    var produced = 0
    input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(inBuffer.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        let status = CZlib.deflate(&stream, Z_FINISH)
        precondition(status == Z_STREAM_END)
        produced = outBuffer.count - Int(stream.avail_out)
      }
    }
    return Array(output[0..<produced])
  }

  /// CRC-32 with the system zlib.
  static func crc(_ data: [UInt8]) -> UInt32 {
    data.withUnsafeBufferPointer {
      UInt32(crc32(0, $0.baseAddress, uInt($0.count)))
    }
  }

  /// A zip file: local headers and data, then the central directory and its end record.
  static func zip(_ members: [ZipMember]) -> [UInt8] {
    func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
    var out: [UInt8] = []
    var directory: [UInt8] = []
    for member in members {
      let name = Array(member.name.utf8)
      let body = member.deflate ? deflate(member.data) : member.data
      let method = member.deflate ? 8 : 0
      let crc = crc(member.data)
      let offset = UInt32(out.count)
      let common =
        u16(20) + u16(0x0800) + u16(method) + u16(0) + u16(0x21) + u32(crc)
        + u32(UInt32(body.count)) + u32(UInt32(member.data.count)) + u16(name.count) + u16(0)
      out += u32(0x0403_4B50) + common + name + body
      directory +=
        u32(0x0201_4B50) + u16(0x0314) + common + u16(0) + u16(0) + u16(0) + u32(0) + u32(offset)
        + name
    }
    let directoryOffset = UInt32(out.count)
    out += directory
    out +=
      u32(0x0605_4B50) + u16(0) + u16(0) + u16(members.count) + u16(members.count)
      + u32(UInt32(directory.count)) + u32(directoryOffset) + u16(0)
    return out
  }

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    </Types>
    """

  static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="word/document.xml"/></Relationships>
    """

  /// A document part around `body` (WordprocessingML inside `w:body`).
  static func documentXML(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    mc:Ignorable="wps"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>\
    </w:body></w:document>
    """
  }

  /// A minimal .docx: [Content_Types].xml and _rels/.rels stored, word/document.xml deflated (or
  /// stored when `deflate` is false).
  static func docx(body: String, deflate: Bool = true) -> [UInt8] {
    zip([
      ZipMember(name: "[Content_Types].xml", data: Array(contentTypes.utf8), deflate: false),
      ZipMember(name: "_rels/.rels", data: Array(packageRelationships.utf8), deflate: false),
      ZipMember(name: "word/document.xml", data: Array(documentXML(body).utf8), deflate: deflate),
    ])
  }

  /// XML-escaped text.
  static func xmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// One paragraph per line of `text`, tabs as `<w:tab/>`.
  static func paragraphs(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let runs = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        "<w:t xml:space=\"preserve\">\(xmlEscaped(String($0)))</w:t>"
      }
      return "<w:p><w:r>\(runs.joined(separator: "<w:tab/>"))</w:r></w:p>"
    }.joined()
  }

  // MARK: Tools

  /// The first executable named `names` on PATH or in /usr/bin.
  static func tool(_ names: [String]) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    for name in names {
      for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name)
      {
        return folder + "/" + name
      }
    }
    return nil
  }

  /// Chromium (Debian package chromium), which prints UTF-8 HTML to PDF.
  static let chromium = tool(["chromium", "chromium-headless-shell", "chromium-browser"])
  /// pdftotext (Debian package poppler-utils).
  static let pdftotext = tool(["pdftotext"])

  /// Runs `executable` with `arguments`; returns its exit status and standard error.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// A PDF of `text`, printed by headless Chromium from an HTML page: one PDF line per line of
  /// `text` (no wrapping: `white-space: pre` on a page wide enough), DejaVu Sans.
  static func pdf(of text: String, in folder: URL, name: String) throws -> String {
    let chromium = try #require(chromium)
    let escaped = text.replacingOccurrences(of: "&", with: "&amp;")
      .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    let html = """
      <!DOCTYPE html><html><head><meta charset="utf-8"><style>
      @page { size: 150in 30in; margin: 0.3in }
      body { font-family: "DejaVu Sans", sans-serif; font-size: 5pt; white-space: pre; margin: 0 }
      </style></head><body>\(escaped)</body></html>
      """
    let page = try write(Array(html.utf8), name + ".html", in: folder)
    let pdf = folder.appendingPathComponent(name).path
    let profile = folder.appendingPathComponent("chromium-profile-\(name)").path
    let (status, errors) = try run(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=\(profile)", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
        URL(fileURLWithPath: page).absoluteString,
      ])
    #expect(status == 0, "chromium failed: \(errors)")
    #expect(FileManager.default.fileExists(atPath: pdf), "chromium wrote no PDF: \(errors)")
    return pdf
  }
}
