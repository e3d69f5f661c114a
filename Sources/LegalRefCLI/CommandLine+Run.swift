import Foundation
import LegalRef

/// Exit statuses, as in swift-argument-parser: 0 success, 1 failure, 64 usage error.
enum ExitStatus {
  static let success: Int32 = 0
  static let failure: Int32 = 1
  static let usage: Int32 = 64
}

/// A usage error: printed with a pointer to `--help`, exit status 64.
struct UsageError: Error, CustomStringConvertible {
  var description: String
}

extension CommandLine {
  static let version = "0.1.0"

  static let overview = """
    legalref — a reference graph of Vietnamese Party and State documents

    USAGE: legalref <subcommand> [options]

    SUBCOMMANDS:
      analyze [CORPUS]   the main job: every output (DOT, SVG, JSON, GraphML, Mermaid, CSV,
                         chains, audit, citations, HTML report) into a folder
      scan PATH...       list every citation of a numbered document (TSV or JSON)
      documents PATH...  tell what each document is (type, issuer, level, jurisdiction, date)
      graph PATH...      the reference graph as Graphviz DOT or JSON
      chains PATH...     implementation chains from the centre down, with coverage
      audit PATH...      orders nobody carried out, level gaps, defects, documents to collect
      show ID PATH...    one document: what it rests on, what rests on it, chains, findings
      registry           the well-known documents that resolve references without a number

    OPTIONS:
      -h, --help       show this help (also after a subcommand: legalref scan --help)
      --version        print the version

    Positions are 1-based lines and columns of the original file; columns count
    characters (Unicode scalar values), a tab counting as one.
    """

  /// Runs the command line and returns the exit status.
  static func run(_ args: [String]) -> Int32 {
    guard let first = args.first else {
      Console.error(overview)
      return ExitStatus.usage
    }
    do {
      switch first {
      case "-h", "--help", "help":
        Console.out(overview)
        return ExitStatus.success
      case "--version":
        Console.out("legalref \(version)")
        return ExitStatus.success
      case "chains":
        return try ChainsCommand.run(Array(args.dropFirst()))
      case "audit":
        return try AuditCommand.run(Array(args.dropFirst()))
      case "show":
        return try ShowCommand.run(Array(args.dropFirst()))
      case "analyze":
        return try AnalyzeCommand.run(Array(args.dropFirst()))
      case "graph":
        return try GraphCommand.run(Array(args.dropFirst()))
      case "documents":
        return try DocumentsCommand.run(Array(args.dropFirst()))
      case "scan":
        return try ScanCommand.run(Array(args.dropFirst()))
      case "registry":
        return try RegistryCommand.run(Array(args.dropFirst()))
      default:
        throw UsageError(description: "unknown subcommand '\(first)'")
      }
    } catch let error as UsageError {
      Console.error("legalref: error: \(error.description)\nSee 'legalref --help'.")
      return ExitStatus.usage
    } catch {
      Console.error("legalref: error: \(error)")
      return ExitStatus.failure
    }
  }
}
