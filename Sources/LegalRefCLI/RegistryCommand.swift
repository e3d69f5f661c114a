import LegalRef

/// `legalref registry [--registry FILE] [--check] [--find NAME]`: the registry of well-known documents.
enum RegistryCommand {
  static let help = """
    USAGE: legalref registry [--registry FILE] [--check] [--find NAME]

    Prints the registry of well-known documents, one TSV row per document:
    the built-in one (central Party resolutions, directives and conclusions,
    laws, Government, Prime Minister and Ministry of Education documents, each
    checked against the public source it names), with FILE's rows added.
    It resolves references without a number ("Nghị quyết Trung ương 8 khóa XI",
    "Luật Giáo dục năm 2019"), tells apart numbers that repeat across terms or
    years, and is what the audit checks citations against.

    A registry file is TSV (UTF-8) with a header row naming the columns
      number  type  issuer  date  term  title  aliases  source
    (number, type, issuer, date and title required; date yyyy-mm-dd; term in
    roman numerals; aliases separated by " | "; lines starting with # skipped).
    A row with the number and period (term or year) of a built-in one replaces it.

    OPTIONS:
      --registry FILE  add FILE's rows
      --check          check every row (shape of the number against type and
                       issuer, date within term, no alias naming two documents);
                       prints the problems, exit status 1 when there is any
      --find NAME      only the rows a name or number finds ("Luật Giáo dục",
                       "Nghị quyết Trung ương 8 khóa XI", "29-NQ/TW")

    EXAMPLES:
      legalref registry --find "Luật Giáo dục"
      legalref registry --registry my-registry.tsv --check

    """

  static func run(_ args: [String]) throws -> Int32 {
    let parsed = try Arguments(
      args, valued: ["--registry", "--find"], flagNames: ["-h", "--help", "--check"])
    if parsed.flag("-h") || parsed.flag("--help") {
      Console.out(help)
      return ExitStatus.success
    }
    guard parsed.positional.isEmpty else {
      throw UsageError(description: "registry takes no PATH (use --registry FILE)")
    }
    let registry = try loadRegistry(parsed)
    if parsed.flag("--check") {
      let problems = registry.consistencyProblems()
      for p in problems { Console.out(p) }
      Console.out("\(registry.entries.count) entries, \(problems.count) problem(s)")
      return problems.isEmpty ? ExitStatus.success : ExitStatus.failure
    }
    var entries = registry.entries
    if let name = parsed.value("--find") {
      if let number = DocumentNumberParser.parse(name) {
        entries = registry.entries(number: number)
      } else {
        entries = registry.entries(named: name)
      }
    }
    var out = (Registry.columns + ["origin"]).joined(separator: "\t") + "\n"
    for e in entries {
      let fields = [
        e.number.description, e.type, e.issuer, e.date.description, e.term ?? "", e.title,
        e.aliases.joined(separator: " | "), e.source, e.origin,
      ]
      out += fields.map { $0.replacing("\t", with: " ") }.joined(separator: "\t") + "\n"
    }
    Console.raw(out)
    return ExitStatus.success
  }
}
