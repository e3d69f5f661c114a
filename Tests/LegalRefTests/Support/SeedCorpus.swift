@testable import LegalRef

/// A corpus read through the whole pipeline once per test process.
struct AnalyzedCorpus: Sendable {
  struct Document: Sendable {
    var prefix: String
    var scan: FileScan
    var profile: DocumentProfile
    var classified: [ClassifiedCitation]
  }

  var analysis: CorpusAnalysis
  var documents: [Document]

  init(_ corpus: ExpectedCorpus) {
    analysis = CorpusAnalysis.run(files: corpus.files)
    let scans = Dictionary(uniqueKeysWithValues: analysis.scans.map { ($0.path, $0) })
    documents = analysis.documents.map {
      Document(
        prefix: ExpectedCorpus.prefix(of: $0.path), scan: scans[$0.path]!, profile: $0.profile,
        classified: $0.citations)
    }
  }

  func document(_ prefix: String) -> Document { documents.first { $0.prefix == prefix }! }

  static let seeds = AnalyzedCorpus(.seeds)
  static let sample = AnalyzedCorpus(.sample)
}

/// The seeds read through the pipeline.
enum SeedCorpus {
  typealias Document = AnalyzedCorpus.Document
  static var documents: [Document] { AnalyzedCorpus.seeds.documents }
  static func document(_ prefix: String) -> Document { AnalyzedCorpus.seeds.document(prefix) }
}
