// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "LegalRef",
  products: [
    .library(name: "LegalRef", targets: ["LegalRef"]),
    .executable(name: "legalref", targets: ["LegalRefCLI"]),
    .executable(name: "legalref-bench", targets: ["LegalRefBench"]),
  ],
  dependencies: [],
  targets: [
    // The system zlib (Debian: zlib1g-dev), to read .docx files.
    .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "LegalRef", dependencies: ["CZlib"], path: "Sources/LegalRef"),
    .executableTarget(
      name: "LegalRefCLI",
      dependencies: ["LegalRef"],
      path: "Sources/LegalRefCLI"
    ),
    .executableTarget(
      name: "LegalRefBench",
      dependencies: ["LegalRef"],
      path: "Sources/LegalRefBench"
    ),
    .testTarget(
      name: "LegalRefTests",
      dependencies: ["LegalRef"],
      path: "Tests/LegalRefTests"
    ),
    .testTarget(
      name: "LegalRefCLITests",
      dependencies: ["LegalRef"],
      path: "Tests/LegalRefCLITests"
    ),
  ],
  swiftLanguageModes: [.v6]
)
