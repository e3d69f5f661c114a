/// Finds the orders a document gives to other bodies: a clause whose subject names a body and whose verb orders it
/// to issue a document ("xây dựng kế hoạch", "ban hành kế hoạch", "cụ thể hóa") or to carry one out ("triển khai
/// thực hiện Chỉ thị này", "tổ chức thực hiện Kết luận số 51-KL/TW"). Orders to the document's own issuer (its own
/// announcement "Ban Thường vụ Huyện ủy xây dựng kế hoạch … như sau") are not mandates.
public enum MandateReader {
  static let issueVerbs: [[Unicode.Scalar]] = [
    "xây dựng kế hoạch", "ban hành kế hoạch", "xây dựng chương trình", "ban hành chương trình",
    "xây dựng, ban hành",
    "xây dựng và ban hành", "cụ thể hóa", "cụ thể hoá", "xây dựng kế hoạch chuyên đề",
  ].map { TextWindow.letters(ToneMarks.fold($0)) }

  static let carryVerbs: [[Unicode.Scalar]] = [
    "triển khai thực hiện", "triển khai, thực hiện", "tổ chức thực hiện", "tổ chức triển khai",
    "thực hiện",
    "chỉ đạo triển khai", "chỉ đạo thực hiện",
  ].map { TextWindow.letters(ToneMarks.fold($0)) }

  /// The order verbs by their first scalar: the issue verbs, then the carry-out verbs, each list in its order.
  static let verbsByFirst: [[(words: [Unicode.Scalar], action: Mandate.Action)]?] =
    TextWindow.indexByFirstScalar(
      issueVerbs.map { ($0, Mandate.Action.issue) }
        + carryVerbs.map { ($0, Mandate.Action.carryOut) }
    ) { $0.words[0] }

  /// Byte strings one of which every order verb contains ("thực hiện", "triển khai", "xây dựng", "ban hành", "cụ thể").
  static let verbAnchors: [[UInt8]] = ["hực hiện", "triển khai", "xây dựng", "ban hành", "cụ thể"]
    .map { Array($0.utf8) }
  /// The anchors from this index on are those of the orders to issue (every issue verb holds one of them; the
  /// carry-out verbs hold only those before it).
  static let firstIssueAnchor = 2

  static let này: [UInt8] = Array(" này".utf8)

  /// "Chỉ thị này", "Kế hoạch này": the document itself.
  static let selfWords: [Character] = Array("này")

  static let các = TextWindow.letters("các")

  /// Words before a body that make it an object or a partner, not the subject.
  static let notSubjectBefore: Set<String> = [
    "của", "với", "cho", "về", "đến", "tới", "gửi", "trình", "báo",
  ]

  /// Reads the mandates of one document.
  public static func read(_ text: SourceText, profile: DocumentProfile, citations: [Citation])
    -> [Mandate]
  {
    text.bytes.withUnsafeBufferPointer { buffer in
      var out: [Mandate] = []
      // Where the anchors occur, found once for the whole text and merged in text order; clauses come in order,
      // so one cursor tells whether a clause holds one.
      let anchors = verbAnchors.enumerated().flatMap { k, anchor in
        ByteSearch.occurrences(of: anchor, in: buffer).map {
          (start: $0, end: $0 + anchor.count, issue: k >= Self.firstIssueAnchor)
        }
      }.sorted { $0.start < $1.start }
      var cursor = 0
      /// Whether the clause holds an anchor of any order verb, and of an order to issue.
      func holdsAnchor(_ start: Int, _ end: Int) -> (any: Bool, issue: Bool) {
        while cursor < anchors.count, anchors[cursor].start < start { cursor += 1 }
        var found = (any: false, issue: false)
        var c = cursor
        while c < anchors.count, anchors[c].start < end {
          if anchors[c].end <= end {
            found.any = true
            if anchors[c].issue { found.issue = true }
          }
          c += 1
        }
        return found
      }
      var citationCursor = 0
      var lookedBackFrom = -1
      var start = 0
      while start < buffer.count {
        // Every line break and ";" ends a clause, whatever came before: the clauses before the last of them ahead
        // of the next anchor hold no anchor, and are not read.
        // Each anchor is looked back from once (from then on no such end stands between the clause and it), so
        // a text without line breaks stays linear.
        while cursor < anchors.count, anchors[cursor].start < start { cursor += 1 }
        guard cursor < anchors.count else { break }
        if anchors[cursor].start != lookedBackFrom {
          lookedBackFrom = anchors[cursor].start
          var t = lookedBackFrom - 1
          while t >= start, buffer[t] != 0x0A, buffer[t] != UInt8(ascii: ";") { t -= 1 }
          if t >= start { start = t + 1 }
        }
        let end = clauseEnd(buffer, from: start)
        // Only clauses holding an order verb are decoded and read.
        let holds = end - start > 12 ? holdsAnchor(start, end) : (any: false, issue: false)
        while citationCursor < citations.count,
          citations[citationCursor].range.lowerBound < start
        {
          citationCursor += 1
        }
        // An order to carry out names what to carry out: a citation after the verb or "… này". A clause with
        // only carry-out verbs and neither anywhere gives no order, and is not decoded.
        if holds.any,
          holds.issue
            || (citationCursor < citations.count
              && citations[citationCursor].range.lowerBound < end)
            || ByteSearch.contains(Self.này, in: buffer, start..<end)
        {
          if let m = mandate(
            in: buffer, start..<end, text: text, profile: profile, citations: citations)
          {
            out.append(m)
          }
        }
        start = end + 1
      }
      return out
    }
  }

  /// The end of a clause: ";", a sentence end, a line break.
  static func clauseEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    // A clause is read in pieces of at most about 2,000 bytes, cut at a space, so a text without punctuation
    // stays linear.
    let limit = start + 2_000
    while i < b.count {
      // Bytes that end nothing, skipped eight at a time: no line break, ';' or '.' among them (and, past the
      // limit, no space).
      if let base = b.baseAddress {
        while i + 8 <= b.count, i + 8 <= limit,
          !Self.mayEndClause(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        {
          i += 8
        }
      }
      guard i < b.count else { break }
      if i >= limit, b[i] == 0x20 { return i }
      let c = b[i]
      if c == 0x0A || c == UInt8(ascii: ";") { return i }
      if c == UInt8(ascii: "."), i + 1 >= b.count || b[i + 1] == 0x20 || b[i + 1] == 0x0A,
        !(i > 0 && SymbolReader.isDigit(b[i - 1]) && i == start + 1)
      {
        // "1." numbering at the start is not a sentence end.
        if i - start <= 3 {
          i += 1
          continue
        }
        return i
      }
      i += 1
    }
    return b.count
  }

  /// Whether one of the eight bytes of `w` is a line break, ';' or '.' (it may say so of others too).
  @inline(__always) static func mayEndClause(_ w: UInt64) -> Bool {
    @inline(__always) func hasByte(_ x: UInt64, _ c: UInt8) -> UInt64 {
      let y = x ^ (UInt64(c) &* 0x0101_0101_0101_0101)
      return (y &- 0x0101_0101_0101_0101) & ~y & 0x8080_8080_8080_8080
    }
    return hasByte(w, 0x0A) | hasByte(w, UInt8(ascii: ";")) | hasByte(w, UInt8(ascii: ".")) != 0
  }

  /// Every body named before `end` that may be a subject (not after "của", "với"…), in order, with where it (or
  /// its "các") starts and where its own words start (`wordsAt`, after "các"). The subject of a verb at `e <= end`
  /// is the last of them whose words start before `e`: read up to `e` alone, the reading would go the same way,
  /// only stopping sooner.
  static func subjects(in w: TextWindow, before end: Int) -> [(
    body: Bodies.Match, at: Int, wordsAt: Int
  )] {
    var bodies: [(body: Bodies.Match, at: Int, wordsAt: Int)] = []
    var k = 0
    while k < end {
      if k == 0 || !TextWindow.isWordChar(w.lower[k - 1]),
        w.original[k].isUppercase || w.lower[k] == "c"
      {
        var at = k
        var plural = false
        if let e = w.matchForward(Self.các, at: k) {
          plural = true
          at = w.skipSpaces(e)
        }
        if at < end, let (m, e) = Bodies.match(in: w, at: at) {
          if !notSubjectBefore.contains(w.previousWord(before: k)) {
            var m = m
            m.plural = m.plural || plural
            bodies.append((m, k, at))
          }
          k = e
          continue
        }
      }
      k += 1
    }
    return bodies
  }

  static func mandate(
    in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, text: SourceText,
    profile: DocumentProfile,
    citations: [Citation]
  ) -> Mandate? {
    // The subject and its verb open the clause: only its first 800 bytes are decoded.
    var windowEnd = min(range.upperBound, range.lowerBound + 800)
    while windowEnd < range.upperBound, b[windowEnd] & 0xC0 == 0x80 { windowEnd += 1 }
    let w = TextWindow(b, from: range.lowerBound, to: windowEnd)
    // Every order verb in the clause; the first one with a body as its subject is the order.
    let verbs = Self.verbsByFirst
    var found: [(at: Int, end: Int, action: Mandate.Action)] = []
    var k = 0
    while k < w.count {
      if k == 0 || !TextWindow.isWordChar(w.lower[k - 1]), w.lower[k].value < 0x2000,
        let candidates = verbs[Int(w.lower[k].value)]
      {
        // The last issue verb that matches, else the last carry-out verb.
        var hit: (Int, Mandate.Action)?
        for v in candidates where hit?.1 != .issue || v.action == .issue {
          if let e = w.matchForward(v.words, at: k) { hit = (e, v.action) }
        }
        // "việc thực hiện" is a noun (the implementation), not an order.
        if let (e, action) = hit, w.previousWord(before: k) != "việc" {
          found.append((k, e, action))
          k = e
          continue
        }
      }
      k += 1
    }
    var chosen: (body: Bodies.Match, bodyAt: Int, verbEnd: Int, action: Mandate.Action)?
    if let last = found.last {
      // The bodies are read once, up to the last verb; each verb's subject is the last one before it.
      let bodies = subjects(in: w, before: last.at)
      for verb in found {
        if let b = bodies.last(where: { $0.wordsAt < verb.at }) {
          chosen = (b.body, b.at, verb.end, verb.action)
          break
        }
      }
    }
    guard let (found, bodyAt, verbEnd, action) = chosen else { return nil }
    // The subject must open the clause: only numbering, list marks, "Giao", "Đề nghị", "yêu cầu" or other subjects
    // may stand before it.
    guard bodyAt < 160 else { return nil }
    // Objects: citations after the verb in the clause, or "… này" (the document itself).
    let verbOffset = w.offsets[verbEnd]
    let clauseEnd = range.upperBound
    // Citations are in text order: find the first one after the verb by binary search.
    var lo = 0
    var hi = citations.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if citations[mid].range.lowerBound < verbOffset { lo = mid + 1 } else { hi = mid }
    }
    var objects: [Int] = []
    var next = lo
    while next < citations.count, citations[next].range.lowerBound < clauseEnd {
      objects.append(next)
      next += 1
    }
    let mentionsSelf = ByteSearch.contains(Self.này, in: b, verbOffset..<range.upperBound)
    if action == .carryOut, objects.isEmpty, !mentionsSelf { return nil }
    // The document's own issuer announcing its own plan is not an order.
    if found.family == ProfileReader.family(profile), found.level == profile.level,
      found.placeName == nil
        || found.placeName.map({ ProfileReader.titleCase($0) }) == profile.district
        || found.placeName.map({ ProfileReader.titleCase($0) }) == profile.commune
    {
      return nil
    }
    let position = text.position(ofByte: w.offsets[bodyAt])
    let words = String(w.original[bodyAt..<min(w.count, verbEnd + 80)])
    return Mandate(
      body: found, action: action, objects: mentionsSelf && objects.isEmpty ? [] : objects,
      position: position,
      text: words.utf8Contains(0x0A) ? words.replacing("\n", with: " ") : words)
  }
}
