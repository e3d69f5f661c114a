import Testing

@testable import LegalRef

/// A description without a number ("Kế hoạch của Ủy ban nhân dân tỉnh Bến Tre về …") names the corpus document it
/// fits when exactly one fits: by title words, by the number it implements, or by school year, among documents of
/// the same type, level and province — found from lookups built once per group, so a province with thousands of
/// plans is not read once per description.
@Suite struct DescriptionMatchingTests {
  /// A plan of `issuer` (a header line), numbered `number`, written at `place`, with `title` and `body`.
  static func plan(
    _ path: String, _ issuer: String, _ number: String, _ place: String, _ title: String,
    _ body: String
  ) throws -> CorpusDocument {
    let text = """
      \(issuer)
      Số: \(number)
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      \(place), ngày 10 tháng 4 năm 2024

      KẾ HOẠCH
      \(title)

      \(body)
      """
    let source = try TextDecoder.decode(Array(text.utf8), path: path)
    return try #require(
      CorpusDocument.read(
        FileScan(path: path, text: source, result: CitationScanner.scan(source), error: nil)))
  }

  /// A word no other title has: letters spelling `n`.
  static func word(_ n: Int) -> String {
    var n = n
    var s = "q"
    repeat {
      s.append(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(n % 26))))
      n /= 26
    } while n > 0
    return s
  }

  static let province = "ỦY BAN NHÂN DÂN TỈNH BẾN TRE"

  /// Where each description of `citing` leads: its surface's start → the key of the node it points to.
  static func targets(_ g: ReferenceGraph, from key: String) -> [String: String] {
    var out: [String: String] = [:]
    for e in g.edges where e.from == key {
      for ev in e.evidence where ev.surface.hasPrefix("Kế hoạch của") { out[ev.surface] = e.to }
    }
    return out
  }

  @Test func aDescriptionNamesTheOneDocumentItFitsAmongAThousandOfItsKind() throws {
    var docs: [CorpusDocument] = []
    // 1,000 provincial plans sharing two title words ("phát triển vùng" minus its stop words), each with three of
    // its own: a description of one shares 2 of 5 words with every other (under 0.6) and all 5 with its own.
    for i in 0..<1000 {
      docs.append(
        try Self.plan(
          "p\(i).txt", Self.province, "\(1000 + i)/KH-UBND", "Bến Tre",
          "phát triển vùng " + (0..<3).map { Self.word(i * 3 + $0) }.joined(separator: " "),
          "Ủy ban nhân dân tỉnh ban hành kế hoạch."))
    }
    // The same title in another province is not a candidate.
    docs.append(
      try Self.plan(
        "longan.txt", "ỦY BAN NHÂN DÂN TỈNH LONG AN", "1700/KH-UBND", "Long An",
        "phát triển vùng " + (0..<3).map { Self.word(700 * 3 + $0) }.joined(separator: " "),
        "Ủy ban nhân dân tỉnh ban hành kế hoạch."))
    // Two plans with one title: a description of it fits both, so it names neither.
    for twin in ["twin1.txt", "twin2.txt"] {
      docs.append(
        try Self.plan(
          twin, Self.province, twin == "twin1.txt" ? "3001/KH-UBND" : "3002/KH-UBND", "Bến Tre",
          "phát triển vùng qzza qzzb qzzc", "Ủy ban nhân dân tỉnh ban hành kế hoạch."))
    }
    // A plan implementing a resolution, one citing another resolution twice, and two implementing a third.
    docs.append(
      try Self.plan(
        "impl.txt", Self.province, "3003/KH-UBND", "Bến Tre", "thực hiện nghị quyết",
        "Thực hiện Nghị quyết số 77/NQ-CP ngày 02/01/2024 của Chính phủ, tỉnh ban hành kế hoạch."))
    docs.append(
      try Self.plan(
        "twice.txt", Self.province, "3004/KH-UBND", "Bến Tre", "thực hiện nghị quyết",
        "Thực hiện Nghị quyết số 78/NQ-CP ngày 02/01/2024 của Chính phủ. Triển khai Nghị quyết số "
          + "78/NQ-CP ngày 02/01/2024 của Chính phủ, tỉnh ban hành kế hoạch."))
    for (path, number) in [("pair1.txt", "3005/KH-UBND"), ("pair2.txt", "3006/KH-UBND")] {
      docs.append(
        try Self.plan(
          path, Self.province, number, "Bến Tre", "thực hiện nghị quyết",
          "Thực hiện Nghị quyết số 79/NQ-CP ngày 02/01/2024 của Chính phủ, tỉnh ban hành kế hoạch.")
      )
    }
    // A plan for a school year.
    docs.append(
      try Self.plan(
        "year.txt", Self.province, "3007/KH-UBND", "Bến Tre", "nhiệm vụ năm học 2024-2025",
        "Thực hiện Chỉ thị số 1/CT-BGDĐT ngày 02/01/2024 của Bộ Giáo dục và Đào tạo."))
    // A plan describing itself: it is not its own source.
    let selfTitle = "phát triển vùng qyya qyyb qyyc"
    docs.append(
      try Self.plan(
        "self.txt", Self.province, "3008/KH-UBND", "Bến Tre", selfTitle,
        "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về \(selfTitle), các sở triển khai."))
    // The district plan that describes them.
    let described = (0..<3).map { Self.word(700 * 3 + $0) }.joined(separator: " ")
    let clauses = [
      "về phát triển vùng \(described)", "về phát triển vùng qzza qzzb qzzc",
      "thực hiện Nghị quyết số 77/NQ-CP", "thực hiện Nghị quyết số 78/NQ-CP",
      "thực hiện Nghị quyết số 79/NQ-CP", "về nhiệm vụ năm học 2024-2025",
    ]
    docs.append(
      try Self.plan(
        "district.txt", "ỦY BAN NHÂN DÂN HUYỆN GIỒNG TRÔM", "201/KH-UBND", "Giồng Trôm",
        "triển khai",
        clauses.map {
          "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Bến Tre \($0), huyện triển khai."
        }
        .joined(separator: " ")))

    let g = GraphBuilder.build(docs, threads: 2)
    func key(_ path: String) throws -> String {
      try #require(g.nodes.first { $0.file == path }?.key)
    }
    let district = try key("district.txt")
    let to = Self.targets(g, from: district)
    func target(_ clause: String) -> String? { to.first { $0.key.contains(clause) }?.value }

    #expect(target(described) == (try key("p700.txt")))
    #expect(target("77/NQ-CP") == (try key("impl.txt")))
    // Citing a number twice is still one document implementing it.
    #expect(target("78/NQ-CP") == (try key("twice.txt")))
    #expect(target("năm học 2024-2025") == (try key("year.txt")))
    // Fitting two documents, a description stays a document of its own, outside the corpus.
    for clause in ["qzza qzzb qzzc", "79/NQ-CP"] {
      let t = try #require(target(clause))
      #expect(g.node(t)?.inCorpus == false, "\(clause) → \(t)")
    }
    // The self-description does not loop back to its own file.
    let own = try key("self.txt")
    let selfTarget = try #require(Self.targets(g, from: own).values.first)
    #expect(selfTarget != own)
    #expect(g.node(selfTarget)?.inCorpus == false)
    // Matched descriptions are implementations the reader inferred, so they are marked assumed.
    #expect(
      g.edges.first { $0.from == district && $0.to == (try? key("p700.txt")) }?.assumed == true)
  }
}
