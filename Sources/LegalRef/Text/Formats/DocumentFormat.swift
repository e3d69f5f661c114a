/// The kinds of input file LegalRef reads, chosen by the file's extension.
public enum DocumentFormat: String, CaseIterable, Hashable, Sendable {
  /// Plain text (`.txt`, and any file whose extension is not one of the others): UTF-8, UTF-16
  /// with a byte order mark, or a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258).
  case text
  /// A Word document (`.docx`): the text of `word/document.xml`.
  case docx
  /// A web page (`.html`, `.htm`): the text without tags, scripts and styles.
  case html
  /// A PDF file (`.pdf`): the text layer, through `pdftotext -layout` (Debian: poppler-utils).
  case pdf

  /// The extensions of this format, lowercased and without the dot.
  public var extensions: [String] {
    switch self {
    case .text: return ["txt"]
    case .docx: return ["docx"]
    case .html: return ["html", "htm"]
    case .pdf: return ["pdf"]
    }
  }

  /// Every extension read inside folders: txt, docx, html, htm, pdf.
  public static let supportedExtensions: Set<String> = Set(allCases.flatMap(\.extensions))

  /// The format of the file at `path`, by its extension (case-insensitive); a file with any other
  /// extension, or none, is read as text.
  public init(path: String) {
    // On bytes: this runs for every file of the corpus.
    let utf8 = path.utf8
    let nameStart =
      utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
    guard let dot = utf8[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else {
      self = .text
      return
    }
    let tail = utf8[utf8.index(after: dot)...]
    if tail.elementsEqual("txt".utf8) {
      self = .text
      return
    }
    let ext = String(decoding: tail, as: UTF8.self).lowercased()
    self = Self.allCases.first { $0.extensions.contains(ext) } ?? .text
  }
}
