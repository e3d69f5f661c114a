// libFuzzer entry point over the Text, Citations, Documents and Graph stages: any bytes are decoded and scanned, read
// as a document (profile, references without a number, relations, orders), put in a graph and audited, and every
// position must map back into the text; a crash, a hang or a sanitizer report is a bug. Built and run by .ci/fuzz.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func legalrefFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  guard let text = try? TextDecoder.decode(bytes, path: "fuzz.txt") else { return 0 }
  // Every position reported must map back into the text.
  let result = CitationScanner.scan(text)
  for c in result.citations {
    precondition(c.range.lowerBound >= 0 && c.range.upperBound <= text.bytes.count, "citation range out of text")
    precondition(c.position.line >= 1 && c.position.column >= 1, "position not 1-based")
    _ = c.number.description
  }
  _ = DocumentNumberParser.parse(String(decoding: bytes.prefix(64), as: UTF8.self))
  let scan = FileScan(path: "fuzz.txt", text: text, result: result, error: nil)
  if let document = CorpusDocument.read(scan) {
    for c in document.citations {
      precondition(c.citation.extent.upperBound <= text.bytes.count, "citation extent out of text")
      precondition(c.parent.map { $0 < document.citations.count } ?? true, "parent out of range")
    }
    let graph = GraphBuilder.build([document])
    _ = Auditor.audit([document], graph: graph)
  }
  return 0
}
