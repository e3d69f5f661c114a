/// One corpus file through the Documents stage: what it is and how it relates to everything it cites.
public struct CorpusDocument: Sendable {
  /// The file's path.
  public var path: String
  /// What the document is (from the text, overridden by a manifest entry).
  public var profile: DocumentProfile
  /// Its citations with their relations, in text order.
  public var citations: [ClassifiedCitation]
  /// The orders it gives to other bodies.
  public var mandates: [Mandate] = []

  /// The text the document was read from, kept for re-classifying when the corpus tells more about it.
  var text: SourceText?

  public init(path: String, profile: DocumentProfile, citations: [ClassifiedCitation]) {
    self.path = path
    self.profile = profile
    self.citations = citations
  }

  /// The same document with its citations placed again after its profile changed.
  func reclassified() -> CorpusDocument {
    guard let text else { return self }
    var d = self
    d.citations = RelationClassifier.classify(
      text, citations: citations.map(\.citation), document: profile)
    return d
  }

  /// Runs the Documents stage on a scanned file; nil when the file could not be read. References without a number
  /// ("Nghị quyết Trung ương 8 khóa XI", "Luật Giáo dục năm 2019", "Nghị quyết số 29") are resolved through the
  /// document's own citations and `registry`, and join its citations.
  public static func read(
    _ scan: FileScan, manifest: Manifest? = nil, registry: Registry = .builtIn
  ) -> CorpusDocument? {
    guard let text = scan.text else { return nil }
    var profile = ProfileReader.read(text, scan: scan.result)
    if let entry = manifest?.entry(for: scan.path) { profile = entry.applied(to: profile) }
    let all = ReferenceResolver.citations(
      text, numbered: scan.result.citations, profile: profile, registry: registry)
    let citations = RelationClassifier.classify(text, citations: all, document: profile)
    var doc = CorpusDocument(path: scan.path, profile: profile, citations: citations)
    doc.text = text
    doc.mandates = MandateReader.read(text, profile: profile, citations: all)
    return doc
  }
}
