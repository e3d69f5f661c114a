/// The whole pipeline over a corpus: read and scan every file, work out each document, build the graph.
public struct CorpusAnalysis: Sendable {
  /// Every file read (or skipped), in path order. Their texts keep only their diagnostics (the bytes are let go
  /// once read), and their citations are kept only when the run is asked to (`keepsScanCitations`: the citation
  /// table is made from them); each document holds its own either way.
  public var scans: [FileScan]
  /// The documents that could be read, in path order.
  public var documents: [CorpusDocument]
  /// The reference graph.
  public var graph: ReferenceGraph
  /// The registry of well-known documents the references were resolved with.
  public var registry: Registry = .builtIn

  /// Runs the pipeline on `files`; `threads` nil uses every core. With `keepsScanCitations` false the scans let go of
  /// their citations once each document is worked out (every numbered citation is also in its document's): a
  /// fifth less memory at the peak, for runs that make no citation table.
  public static func run(
    files: [String], manifest: Manifest? = nil, registry: Registry = .builtIn, threads: Int? = nil,
    progress: ScanProgress? = nil, keepsScanCitations: Bool = true
  ) -> CorpusAnalysis {
    // Each file is read, scanned and worked out in one go, and its text let go right after (but for a document
    // the corpus may place later), so the whole corpus is never in memory at once.
    var read = CorpusScan.run(
      files: files, threads: threads, progress: progress, keepCitations: keepsScanCitations
    ) {
      CorpusDocument.read($0, manifest: manifest, registry: registry)
    }
    // Each result moved out of `read` (a copy would retain every string of the scan and the document).
    var scans: [FileScan] = []
    var documents: [CorpusDocument] = []
    scans.reserveCapacity(read.count)
    documents.reserveCapacity(read.count)
    read.drainInOrder { result in
      let (scan, document) = result
      scans.append(scan)
      if let document { documents.append(document) }
    }
    JurisdictionInference.apply(to: &documents) { $0.reclassified() }
    // The texts kept for placing documents are not read after it: let go before the graph is built.
    for k in documents.indices where documents[k].text != nil { documents[k].text = nil }
    return CorpusAnalysis(
      scans: scans, documents: documents,
      graph: GraphBuilder.build(documents, registry: registry, threads: threads),
      registry: registry)
  }
}
