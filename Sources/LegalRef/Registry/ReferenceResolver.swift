import Foundation

/// Turns the references of one document that carry no number and symbol into citations: resolved through the
/// document's own full citations and the registry, or kept as unnumbered citations that say why nothing fits.
enum ReferenceResolver {
  /// The document's citations with its references added, in text order. Self-references ("Chỉ thị này") name the
  /// document itself and add nothing.
  static func citations(
    _ text: SourceText, numbered: [Citation], profile: DocumentProfile, registry: Registry
  ) -> [Citation] {
    let numbered = annotated(text, numbered)
    let found = ReferenceFinder.find(text, citations: numbered, lawNames: registry.lawNameLetters)
    guard !found.isEmpty else { return numbered }
    var added: [Citation] = []
    for ref in found {
      if case .selfReference = ref.kind { continue }
      if let c = resolve(ref, text: text, numbered: numbered, profile: profile, registry: registry)
      {
        added.append(c)
      }
    }
    guard !added.isEmpty else { return numbered }
    // Sorted where they are: `sorted` would copy every citation a second time.
    var all = numbered + added
    all.sort {
      ($0.extent.lowerBound, $0.range.lowerBound) < ($1.extent.lowerBound, $1.range.lowerBound)
    }
    return all
  }

  /// The Party citations with the plenum and term written beside them ("29-NQ/TW của Ban chấp hành Trung ương 4
  /// (khóa XI)", "29-NQ/TW ngày 04/11/2013 Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XI"): read from the
  /// words after the symbol, up to the subject ("về …"), a description or the next citation.
  static func annotated(_ text: SourceText, _ citations: [Citation]) -> [Citation] {
    guard citations.contains(where: { $0.number.shape == .party }) else { return citations }
    // The plenum and term found beside each citation, in order: the list is copied (every citation, each of its
    // strings retained, as the scan still holds it) only when something was found.
    var found: [(index: Int, plenum: Int?, term: String?)] = []
    citations.withUnsafeBufferPointer { citations in
      text.bytes.withUnsafeBufferPointer { b in
        for index in citations.indices where citations[index].number.shape == .party {
          let c = (range: citations[index].range, extent: citations[index].extent)
          var hi = min(b.count, c.range.upperBound + 200)
          if index + 1 < citations.count {
            hi = min(hi, max(c.range.upperBound, citations[index + 1].extent.lowerBound))
          }
          while hi < b.count, hi > c.range.upperBound, b[hi] & 0xC0 == 0x80 { hi += 1 }
          // Only words with "kh" (khóa), "TW", "ư" (Trung ương) or "ứ" (lần thứ) can name a plenum or a term.
          guard mayNamePlenumOrTerm(b, c.range.upperBound..<hi) else { continue }
          let w = TextWindow(b, from: c.range.upperBound, to: hi)
          var plenum = citations[index].plenum
          var term: String? = nil
          defer {
            if plenum != citations[index].plenum || term != nil {
              found.append((index, plenum, term))
            }
          }
          var k = 0
          while k < w.count {
            let ch = w.lower[k]
            if ch == "\n" || ch == ";" || ch == "“" || ch == "\"" { break }
            if k == 0 || !TextWindow.isWordChar(w.lower[k - 1]) {
              if w.matchForward(ReferenceFinder.P.ve, at: k) != nil
                || w.matchForward(ReferenceFinder.P.thucHien, at: k) != nil
                || w.matchForward(ReferenceFinder.P.tiepTuc, at: k) != nil
              {
                break
              }
              if plenum == nil, let (p, t, e) = ReferenceFinder.plenum(w, at: k) {
                plenum = p
                if let t { term = t }
                k = e
                continue
              }
              if let e = w.matchForward(ReferenceFinder.P.khoa, at: k)
                ?? w.matchForward(ReferenceFinder.P.khoaOther, at: k),
                let (t, te) = ReferenceFinder.roman(w, at: w.skipSpaces(e))
              {
                term = t
                k = te
                continue
              }
            }
            k += 1
          }
        }
      }
    }
    guard !found.isEmpty else { return citations }
    var out = citations
    for f in found {
      out[f.index].plenum = f.plenum
      if let t = f.term { out[f.index].term = t }
    }
    return out
  }

  /// Whether the bytes hold "kh", "TW", "ư" or "ứ": a cheap test before decoding them.
  static func mayNamePlenumOrTerm(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i + 1 < range.upperBound {
      let x = b[i]
      if (x == 0x6B || x == 0x4B) && (b[i + 1] == 0x68 || b[i + 1] == 0x48) { return true }
      if x == 0x54, b[i + 1] == 0x57 { return true }  // "TW"
      // "ư" is C6 B0, "Ư" C6 AF; "ứ" is E1 BB A9, "Ứ" E1 BB A8.
      if x == 0xC6, b[i + 1] == 0xB0 || b[i + 1] == 0xAF { return true }
      if x == 0xE1, i + 2 < range.upperBound, b[i + 1] == 0xBB, b[i + 2] == 0xA9 || b[i + 2] == 0xA8
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// The citing document's day for choosing among versions: its own date, or the lower bound read from what it
  /// cites (so a version issued after the newest document it cites is not chosen); a choice made by it is marked
  /// assumed.
  static func citingDay(_ profile: DocumentProfile) -> DayDate? { profile.date?.day }

  static func resolve(
    _ ref: FoundReference, text: SourceText, numbered: [Citation], profile: DocumentProfile,
    registry: Registry
  ) -> Citation? {
    let citation = Citation(
      number: DocumentNumber(
        number: 0, typeCode: ref.typeName, issuers: [ref.surface], shape: .unnumbered),
      typeName: ref.typeName, typeWritten: true,
      position: text.position(ofByte: ref.range.lowerBound),
      range: ref.range, extent: ref.extent, surface: ref.surface, date: ref.date,
      issuer: ref.issuer,
      subject: ref.subject, descriptor: ref.descriptor, diagnostics: [])

    func resolved(_ e: RegistryEntry, kind: ReferenceNote.Kind, how: String, assumed: Bool)
      -> Citation
    {
      var c = citation
      c.number = e.number
      c.date = c.date ?? e.date
      c.reference = ReferenceNote(
        kind: kind, text: ref.surface, resolution: .resolved,
        how:
          "\(how); registry: \(e.number) of \(e.date) (\(e.source.isEmpty ? e.origin : e.source))",
        assumed: assumed)
      return c
    }
    func unresolved(
      _ kind: ReferenceNote.Kind, _ resolution: ReferenceNote.Resolution, how: String,
      candidates: [RegistryEntry] = [], identity: String? = nil, schoolYear: String? = nil
    ) -> Citation {
      var c = citation
      if let identity { c.number.issuers = [identity] }
      c.reference = ReferenceNote(
        kind: kind, text: ref.surface, resolution: resolution, how: how, assumed: false,
        candidates: candidates.map { "\($0.number) (\($0.date))" }, schoolYear: schoolYear)
      return c
    }

    switch ref.kind {
    case .selfReference:
      return nil

    case .plenum(let plenum, let term):
      let entries = registry.entries(type: ref.typeName, plenum: plenum, term: term)
      let what = "the \(ref.typeName) of plenum \(plenum) of term \(term)"
      let canonical = "\(ref.typeName) Trung ương \(plenum) khóa \(term)"
      switch entries.count {
      case 1:
        return resolved(entries[0], kind: .plenum, how: what, assumed: false)
      case 0:
        return unresolved(
          .plenum, .unidentified, how: "no registry entry is \(what)", identity: canonical)
      default:
        if let best = bestBySubject(entries, ref.subject ?? ref.descriptor) {
          return resolved(best, kind: .plenum, how: "\(what), chosen by its subject", assumed: true)
        }
        return unresolved(
          .plenum, .ambiguous, how: "\(entries.count) registry entries are \(what)",
          candidates: entries, identity: canonical)
      }

    case .law(let name, let year, let known):
      guard known else {
        return unresolved(
          .law, .unidentified, how: "'\(name)' is not in the registry", identity: name)
      }
      let versions = registry.entries(named: name).filter {
        $0.lawName.map(Registry.fold) == Registry.fold(name)
      }
      if let year {
        let exact =
          versions.filter { $0.date.year == year } + registry.entries(named: "\(name) \(year)")
        if let e = exact.first {
          return resolved(e, kind: .law, how: "\(name) of \(year)", assumed: false)
        }
        return unresolved(
          .law, .unidentified, how: "the registry has no \(name) of \(year)", candidates: versions)
      }
      if versions.count == 1 {
        return resolved(versions[0], kind: .law, how: name, assumed: false)
      }
      if let day = citingDay(profile),
        let latest = versions.filter({ $0.date <= day }).max(by: { $0.date < $1.date })
      {
        return resolved(
          latest, kind: .law,
          how:
            "\(name) without a year: the version in force on the citing document's date (\(day))",
          assumed: true)
      }
      return unresolved(
        .law, .ambiguous,
        how: "\(name) is cited without a year and the registry has \(versions.count) versions",
        candidates: versions)

    case .shortForm(let value, let withSo):
      // The same document's full citation of that number, nearest before it, else after it.
      let same = numbered.filter {
        $0.number.number == value && $0.number.shape != .unnumbered
          && ($0.typeName == ref.typeName || $0.number.typeNameFromCode == ref.typeName)
      }
      let before = same.last { $0.range.lowerBound < ref.range.lowerBound }
      if let full = before ?? same.first {
        var c = full
        c.position = citation.position
        c.range = citation.range
        c.extent = citation.extent
        c.surface = citation.surface
        c.diagnostics = []
        c.subject = citation.subject ?? full.subject
        c.descriptor = citation.descriptor
        c.reference = ReferenceNote(
          kind: .shortForm, text: ref.surface, resolution: .resolved,
          how: "\(full.number) is cited in full at line \(full.position.line)", assumed: false)
        return c
      }
      var entries = registry.entries.filter {
        $0.number.number == value && ($0.type == ref.typeName)
      }
      if let day = citingDay(profile) { entries = entries.filter { $0.date <= day } }
      if entries.count == 1 {
        return resolved(
          entries[0], kind: .shortForm, how: "\(ref.typeName) số \(value) without its symbol",
          assumed: true)
      }
      guard withSo else { return nil }
      if entries.count > 1, let best = bestBySubject(entries, ref.subject ?? ref.descriptor) {
        return resolved(
          best, kind: .shortForm, how: "\(ref.typeName) số \(value), chosen by its subject",
          assumed: true)
      }
      return unresolved(
        .shortForm, entries.isEmpty ? .unidentified : .ambiguous,
        how: entries.isEmpty
          ? "\(ref.typeName) số \(value) has no symbol, and neither this document nor the registry names it in full"
          : "\(ref.typeName) số \(value) has no symbol and could be any of \(entries.count) registry entries",
        candidates: entries)

    case .description:
      let placed = RelationClassifier.place(citation, document: profile)
      let body = placed.issuerBody ?? ref.issuer ?? ""
      let words = [ref.subject, ref.descriptor].compactMap { $0 }.joined(separator: " ")
      let year = schoolYear(in: words)
      let foldedBody = Registry.fold(body)
      let entries = registry.entries.filter { e in
        e.type == ref.typeName && issuerMatches(folded: Registry.fold(e.issuer), foldedBody)
      }
      var fits: [RegistryEntry] = []
      if let year {
        fits = entries.filter { Registry.fold($0.title).contains("năm học \(year)") }
      } else if let best = bestBySubject(entries, words, threshold: 0.6) {
        fits = [best]
      }
      if fits.count == 1 {
        return resolved(
          fits[0], kind: .description, how: "\(ref.typeName) of \(body) matched by its subject",
          assumed: true)
      }
      var identity = "\(ref.typeName) của \(body)"
      if let s = ref.subject {
        identity += " về \(s)"
      } else if let d = ref.descriptor {
        identity += " \(d)"
      }
      if let f = ref.follower { identity += " \(f)" }
      var c = unresolved(
        .description, .unidentified,
        how: "no number is written, and no registry document of \(body) fits", identity: identity,
        schoolYear: year)
      c.reference?.implements = ref.follower
      return c
    }
  }

  /// "năm học 2021-2022" (or "2021 - 2022") in `text` → "2021-2022".
  static func schoolYear(in text: String) -> String? {
    let folded = Registry.fold(text)
    guard let r = folded.range(of: "năm học ") else { return nil }
    let rest = folded[r.upperBound...].filter { $0 != " " }
    let digits = Array(rest.prefix(9))
    guard digits.count == 9, digits[4] == "-" || digits[4] == "–",
      let a = Int(String(digits[0..<4])), let b = Int(String(digits[5..<9])), b == a + 1
    else { return nil }
    return "\(a)-\(b)"
  }

  /// Whether a registry issuer and a body named in text are the same ("Bộ Giáo dục và Đào tạo" and "Bộ trưởng Bộ
  /// Giáo dục và Đào tạo").
  static func issuerMatches(_ registryIssuer: String, _ body: String) -> Bool {
    issuerMatches(folded: Registry.fold(registryIssuer), Registry.fold(body))
  }

  /// `issuerMatches(_:_:)` of two names already folded (`Registry.fold`).
  static func issuerMatches(folded a: String, _ b: String) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    return a == b || b.hasSuffix(a) || a.hasSuffix(b)
  }

  /// Words that say nothing about a subject.
  static let stopWords: Set<String> = [
    "về", "việc", "và", "của", "các", "cho", "trong", "với", "đối", "những", "một", "số", "tiếp",
    "tục",
    "thực", "hiện", "ban", "hành", "đến", "năm", "giai", "đoạn", "theo",
  ]

  /// The content words of a subject, folded.
  static func contentWords(_ text: String) -> Set<String> {
    let cleaned = Registry.fold(text).map { $0.isLetter || $0.isNumber ? $0 : " " }
    return Set(
      String(cleaned).split(separator: " ").map(String.init).filter { !stopWords.contains($0) })
  }

  /// How much a subject and a title share: the larger of the shares of either's content words found in the other
  /// (a subject phrase often runs on past the title's words, or gives only part of them); 0 when either has fewer
  /// than two content words.
  static func overlap(_ subject: String, _ title: String) -> Double {
    overlap(words: contentWords(subject), contentWords(title))
  }

  /// `overlap(_:_:)` of two phrases' content words.
  static func overlap(words a: Set<String>, _ b: Set<String>) -> Double {
    overlap(shared: a.intersection(b).count, a.count, b.count)
  }

  /// `overlap(words:_:)` from the counts: `shared` words in common between phrases of `a` and `b` content words.
  static func overlap(shared: Int, _ a: Int, _ b: Int) -> Double {
    guard a >= 2, b >= 2 else { return 0 }
    return max(Double(shared) / Double(a), Double(shared) / Double(b))
  }

  /// The share of both phrases' content words that they have in common (Dice's coefficient): tells apart two
  /// titles that each hold every word of a subject.
  static func closeness(_ subject: String, _ title: String) -> Double {
    closeness(words: contentWords(subject), contentWords(title))
  }

  /// `closeness(_:_:)` of two phrases' content words.
  static func closeness(words a: Set<String>, _ b: Set<String>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 0 }
    return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
  }

  /// The entry whose title and aliases share most of the subject's content words (at least `threshold` of them),
  /// when one is strictly best; nil otherwise.
  static func bestBySubject(
    _ entries: [RegistryEntry], _ subject: String?, threshold: Double = 0.5
  ) -> RegistryEntry? {
    guard let subject else { return nil }
    let words = contentWords(subject)
    guard words.count >= 2 else { return nil }
    // Years in the subject ("giai đoạn 2021-2025", "năm học 2021-2022") must all be in the title.
    let years = words.filter { $0.count == 4 && Int($0).map { (1945...2100).contains($0) } == true }
    let scored = entries.compactMap { e -> (RegistryEntry, Double, Double)? in
      // Each phrase's content words found once (they were found again for each score).
      let titleWords = contentWords(e.title + " " + e.aliases.joined(separator: " "))
      guard years.isSubset(of: titleWords) else { return nil }
      return (e, overlap(words: words, titleWords), closeness(words: words, titleWords))
    }.sorted { ($0.1, $0.2) > ($1.1, $1.2) }
    guard let top = scored.first, top.1 >= threshold else { return nil }
    if scored.count > 1, scored[1].1 == top.1, scored[1].2 == top.2 { return nil }
    return top.0
  }
}
