/// Classifies each citation of a document by the cue before it, finds citations nested in another citation's words,
/// and places each local cited document in its jurisdiction.
public enum RelationClassifier {
  /// Cue phrases (lowercase, tone placement folded) with the relation each signals.
  static let cues: [(words: [Unicode.Scalar], relation: Relation)] = {
    let table: [(String, Relation)] = [
      ("căn cứ", .basis), ("căn cứ vào", .basis),
      ("thực hiện", .implements), ("triển khai", .implements), ("cụ thể hóa", .implements),
      ("cụ thể hoá", .implements), ("thi hành", .implements), ("quán triệt", .implements),
      ("hướng dẫn", .guides), ("hướng dẫn thi hành", .guides), ("hướng dẫn thực hiện", .guides),
      ("quy định chi tiết", .guides), ("hướng dẫn triển khai", .guides),
      ("quy định chi tiết thi hành", .guides), ("quy định chi tiết và hướng dẫn thi hành", .guides),
      ("sửa đổi, bổ sung", .amends), ("sửa đổi", .amends), ("bổ sung một số điều", .amends),
      ("thay thế", .replaces),
      ("bãi bỏ", .repeals), ("hết hiệu lực", .repeals), ("hủy bỏ", .repeals),
      ("bị bãi bỏ", .repeals),
      ("theo", .cites), ("theo quy định tại", .cites), ("quy định tại", .cites), ("tại", .cites),
      ("nêu tại", .cites), ("kèm theo", .cites), ("theo hướng dẫn", .cites), ("như", .cites),
    ]
    return table.map { (TextWindow.letters(ToneMarks.fold($0.0)), $0.1) }
  }()

  /// `cues` by their first scalar, each list in the order of `cues`.
  static let cuesByFirst: [[(words: [Unicode.Scalar], relation: Relation)]?] =
    TextWindow.indexByFirstScalar(cues) { $0.words[0] }

  /// Separators between items of one list: what may stand between two citations that share a cue.
  static let separators: Set<String> = [
    "và", "cùng", "với", "hoặc", "các", "cũng", "như", "đồng", "thời",
  ]

  /// Classifies the citations of one document (in text order) given what the document is.
  public static func classify(
    _ text: SourceText, citations: [Citation], document: DocumentProfile
  ) -> [ClassifiedCitation] {
    // The citations and the entries made so far are read through pointers, a field at a time: the arrays'
    // getters copied a whole citation (retaining each of its strings) for each field read.
    citations.withUnsafeBufferPointer { citations in
      text.bytes.withUnsafeBufferPointer { buffer in
        var out: [ClassifiedCitation] = []
        out.reserveCapacity(citations.count)
        // Citations read inside another's words: a list goes on at the level of the one they are inside.
        var inside = Set<Int>()
        /// The entry a list item after `k` continues: `k` itself, or the citation `k` stands inside.
        func listHead(_ k: Int) -> Int {
          var k = k
          while inside.contains(k), let p = out.withUnsafeBufferPointer({ $0[k].parent }) { k = p }
          return k
        }
        /// `entry` reads as entry `k` does: the same relation, cue, parent and stated relation.
        func inherit(_ entry: inout ClassifiedCitation, from k: Int) {
          out.withUnsafeBufferPointer { out in
            entry.relation = out[k].relation
            entry.cue = out[k].cue
            entry.parent = out[k].parent
            entry.statedRelation = out[k].statedRelation
          }
        }
        // The body each issuer phrase names, read once per phrase (a document cites many numbers of one issuer).
        var bodies: [UTF8Key: Bodies.Match?] = [:]
        for index in citations.indices {
          var entry = place(citations[index], document: document, bodies: &bodies)
          let extent = citations[index].extent
          let sentence = sentenceStart(buffer, before: extent.lowerBound)
          if index > 0, citations[index - 1].range.upperBound == citations[index].range.upperBound {
            // Another number of the same shared-symbol list: the same reading.
            inherit(&entry, from: index - 1)
            out.append(entry)
            continue
          }
          if let outer = (max(0, index - 4)..<index).last(where: {
            citations[$0].extent.upperBound > extent.lowerBound
              && citations[$0].range.upperBound <= extent.lowerBound
          }) {
            // Inside an earlier citation's own words ("Nghị định số 56/2017/NĐ-CP … quy định chi tiết một số điều
            // của Luật Trẻ em"): the cue there is what that document does to this one.
            let words = TextWindow(
              buffer, from: citations[outer].range.upperBound, to: extent.lowerBound)
            entry.relation = .cites
            entry.parent = outer
            entry.statedRelation = lastCue(in: words, from: 0)?.1 ?? .cites
            inside.insert(index)
            out.append(entry)
            continue
          }
          if index > 0, citations[index - 1].range.upperBound > sentence {
            let head = listHead(index - 1)
            let tailStart = min(citations[index - 1].extent.upperBound, extent.lowerBound)
            let tail = TextWindow(buffer, from: tailStart, to: extent.lowerBound)
            // Nested: the previous citation's own words end in a cue ("… về việc thực hiện", "… thực hiện").
            if let r = nestedCue(
              subject: citations[index - 1].descriptor ?? citations[index - 1].subject, tail: tail)
            {
              entry.relation = .cites
              entry.parent = index - 1
              entry.statedRelation = r
              out.append(entry)
              continue
            }
            if isListSeparator(tail) {
              inherit(&entry, from: head)
              out.append(entry)
              continue
            }
            if let (words, r) = lastCue(in: tail, from: 0) {
              entry.relation = r
              entry.cue = String(words)
            } else {
              // No cue of its own in the same sentence: the list's cue.
              out.withUnsafeBufferPointer { out in
                let headless = out[head].parent == nil
                entry.relation = headless ? out[head].relation : .cites
                entry.cue = headless ? out[head].cue : nil
              }
            }
            out.append(entry)
            continue
          }
          let w = TextWindow(buffer, from: sentence, to: extent.lowerBound)
          if let (words, r) = lastCue(in: w, from: 0) {
            entry.relation = r
            entry.cue = String(words)
          }
          out.append(entry)
        }
        return out
      }
    }
  }

  /// Where the branch, level and jurisdiction of a cited document come from: its code, its issuer phrase and the
  /// citing document.
  static func place(_ c: Citation, document: DocumentProfile) -> ClassifiedCitation {
    var bodies: [UTF8Key: Bodies.Match?] = [:]
    return place(c, document: document, bodies: &bodies)
  }

  /// The first body an issuer phrase names ("Ban Thường vụ Tỉnh ủy Sóc Trăng"), nil when it names none.
  static func firstBody(in issuer: String) -> Bodies.Match? {
    let words = Array(issuer.utf8)
    return words.withUnsafeBufferPointer { buf -> Bodies.Match? in
      let w = TextWindow(buf, from: 0, to: buf.count)
      var k = 0
      while k < w.count {
        if let (m, _) = Bodies.match(in: w, at: k) { return m }
        k += 1
      }
      return nil
    }
  }

  /// `place(_:document:)` with the bodies of the issuer phrases already read (`bodies`, filled as it goes).
  static func place(
    _ c: Citation, document: DocumentProfile, bodies: inout [UTF8Key: Bodies.Match?]
  ) -> ClassifiedCitation {
    let number = c.number
    var branch: Branch = number.shape == .party ? .party : .state
    var level = ProfileCodes.level(ofCode: number.issuerCode)
    let codeLocal = ProfileCodes.isLocal(number.issuerCode)
    var jurisdiction: String?
    var district: String?
    var commune: String?
    var body: String?
    if let issuer = c.issuer {
      let found: Bodies.Match?
      // The issuer phrases come from the normalised text: their bytes tell them apart.
      let key = UTF8Key(issuer)
      if let known = bodies[key] {
        found = known
      } else {
        found = firstBody(in: issuer)
        bodies[key] = .some(found)
      }
      if let m = found {
        body = m.name
        // A reference without a number belongs to the branch of the body it names.
        if number.shape == .unnumbered { branch = m.branch }
        jurisdiction = m.province
        if let l = Bodies.resolvedLevel(m, province: m.province ?? document.jurisdiction) {
          level = l
        }
        if let name = m.placeName {
          if level == .commune { commune = name } else { district = name }
        }
      }
    }
    // A reference without a number is local when the body it names is.
    let local = number.shape == .unnumbered ? (level.map { $0 != .central } ?? false) : codeLocal
    if local {
      if jurisdiction == nil, level != Level.central { jurisdiction = document.jurisdiction }
      if level == nil { level = document.level == .central ? nil : document.level }
      // An unnamed district or commune body cited from inside it is the citing document's own.
      if district == nil, level == .district,
        document.level == .district || document.level == .commune
      {
        district = document.district
      }
      if level == .commune {
        if district == nil, document.level == .commune { district = document.district }
        commune = commune ?? (document.level == .commune ? document.commune : nil)
      }
    } else {
      jurisdiction = nil
      if level == nil { level = .central }
    }
    return ClassifiedCitation(
      citation: c, relation: .cites, cue: nil, parent: nil, statedRelation: nil, branch: branch,
      level: level,
      isLocal: local, jurisdiction: jurisdiction, district: district, commune: commune,
      issuerBody: body)
  }

  /// The cue a previous citation's own words end with, which makes the next citation nested in it.
  static func nestedCue(subject: String?, tail: TextWindow) -> Relation? {
    let rest = tail.lower.filter { !TextWindow.isSpace($0) && $0 != "“" && $0 != "\"" }
    if rest.isEmpty, let subject {
      let folded = Array(ToneMarks.fold(TextCase.lowercased(subject)))
      let w = TextWindow(characters: folded)
      if let (_, r) = lastCue(in: w, from: 0, mustEnd: true) { return r }
      return nil
    }
    // The tail itself is only a cue, maybe after "về", "về việc", "để", "nhằm".
    guard !tail.lower.contains(","), !tail.lower.contains(";"),
      let (words, r) = lastCue(in: tail, from: 0, mustEnd: true)
    else { return nil }
    var before = String.UnicodeScalarView()
    before.append(contentsOf: tail.lower)
    let lead = String(before).trimmingCharacters(in: .whitespacesAndNewlines)
    let cueText = String(words)
    guard lead.hasSuffix(cueText) else { return nil }
    let head = lead.dropLast(cueText.count).trimmingCharacters(in: .whitespaces)
    return nestedCueLeads.contains(head) ? r : nil
  }

  /// What may stand before a cue that ends a citation's own words.
  static let nestedCueLeads: Set<String> = [
    "", "về", "về việc", "để", "nhằm", "về tiếp tục", "về việc tiếp tục", "tiếp tục", "việc",
  ]

  /// Whether the text between two citations is only list separators (",", ";", "và", …).
  static func isListSeparator(_ tail: TextWindow) -> Bool {
    var k = 0
    while k < tail.count {
      let c = tail.lower[k]
      if TextWindow.isSpace(c) || ",;“”\"()–-".unicodeScalars.contains(c) {
        k += 1
        continue
      }
      guard TextWindow.isWordChar(c) else { return false }
      let e = tail.wordEnd(k)
      guard separators.contains(String(tail.lower[k..<e])) else { return false }
      k = e
    }
    return true
  }

  /// The cue that ends last in the window (the longest of those ending together); with `mustEnd`, only a cue that
  /// ends the window (up to spaces and quotes).
  static func lastCue(in w: TextWindow, from start: Int, mustEnd: Bool = false) -> (
    [Unicode.Scalar], Relation
  )? {
    var best: (end: Int, length: Int, words: [Unicode.Scalar], relation: Relation)?
    let byFirst = cuesByFirst
    var k = start
    while k < w.count {
      if k == 0 || !TextWindow.isWordChar(w.lower[k - 1]), w.lower[k].value < 0x2000,
        let candidates = byFirst[Int(w.lower[k].value)]
      {
        for (words, relation) in candidates {
          if let e = w.matchForward(words, at: k) {
            if best == nil || e > best!.end || (e == best!.end && words.count > best!.length) {
              best = (e, words.count, words, relation)
            }
          }
        }
      }
      k += 1
    }
    guard let best else { return nil }
    if mustEnd {
      let rest = w.lower[best.end...].filter { !TextWindow.isSpace($0) && $0 != "“" && $0 != "\"" }
      guard rest.isEmpty else { return nil }
    }
    return (best.words, best.relation)
  }

  /// The start of the sentence holding `offset`: after ". ", "!", "?", or a line break that ends a paragraph (the
  /// line before ends with punctuation, or the next starts a list item), else the start of the text.
  static func sentenceStart(_ b: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
    // A cue is read from at most this far back, so a text with no sentence ends stays linear.
    let floor = max(0, offset - 800)
    var i = offset - 1
    while i >= floor {
      let c = b[i]
      if c == UInt8(ascii: "."), i + 1 < b.count, b[i + 1] == 0x20 || b[i + 1] == 0x0A,
        !(i > 0 && SymbolReader.isDigit(b[i - 1]) && i + 2 < b.count
          && SymbolReader.isDigit(b[i + 2]))
      {
        return i + 1
      }
      if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { return i + 1 }
      if c == 0x0A {
        var j = i - 1
        while j >= 0, b[j] == 0x20 { j -= 1 }
        let prevEnd: UInt8 = j >= 0 ? b[j] : 0x0A
        var n = i + 1
        while n < b.count, b[n] == 0x20 { n += 1 }
        let next: UInt8 = n < b.count ? b[n] : 0
        if prevEnd == 0x0A || ".;:!?".utf8.contains(prevEnd) || "-+*•".utf8.contains(next)
          || next == 0xE2
          || SymbolReader.isDigit(next) || (next >= 0x41 && next <= 0x5A)
        {
          return i + 1
        }
      }
      i -= 1
    }
    var start = floor
    while start > 0, start < b.count, b[start] & 0xC0 == 0x80 { start += 1 }
    return start
  }
}
