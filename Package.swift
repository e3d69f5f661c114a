// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "LegalRef",
  products: [
    .library(name: "LegalRef", targets: ["LegalRef"]),
    .executable(name: "legalref", targets: ["LegalRefCLI"]),
  ],
  dependencies: [],
  targets: [
    .target(name: "LegalRef", path: "Sources/LegalRef"),
    .executableTarget(
      name: "LegalRefCLI",
      dependencies: ["LegalRef"],
      path: "Sources/LegalRefCLI"
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
