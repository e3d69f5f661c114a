@testable import LegalRef

/// The seeds read through the Documents stage once per test process.
enum SeedCorpus {
  struct Document {
    var prefix: String
    var scan: FileScan
    var profile: DocumentProfile
    var classified: [ClassifiedCitation]
  }

  static let documents: [Document] = CorpusScan.run(files: Seeds.files).map { scan in
    let text = scan.text!
    let profile = ProfileReader.read(text, scan: scan.result)
    let classified = RelationClassifier.classify(
      text, citations: scan.result.citations, document: profile)
    return Document(
      prefix: Seeds.prefix(of: scan.path), scan: scan, profile: profile, classified: classified)
  }

  static func document(_ prefix: String) -> Document { documents.first { $0.prefix == prefix }! }
}
