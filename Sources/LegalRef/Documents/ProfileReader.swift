import Foundation

/// Works out what a document is from its text alone: the header lines, the opening and closing sentences, the
/// place-date line, the signature block and the citations. What the text does not tell stays nil.
public enum ProfileReader {
  /// Speaking verbs: "<body> yêu cầu", "Chủ tịch UBND tỉnh chỉ thị", "Ban Thường vụ Huyện ủy xây dựng kế hoạch".
  static let speakerVerbs: [[Unicode.Scalar]] = [
    "chỉ thị", "yêu cầu", "đề nghị", "xây dựng kế hoạch", "ban hành", "thông tri", "quyết định",
    "hướng dẫn",
    "kết luận", "thông báo", "giao", "quyết nghị", "chỉ đạo",
  ].map { TextWindow.letters(ToneMarks.fold($0)) }

  /// The openings of a signature block.
  static let signaturePrefixes: [[Unicode.Scalar]] = ["tm.", "t/m", "tm ", "thay mặt"].map {
    TextWindow.letters($0)
  }

  /// The words before a province name, with the weight of a vote.
  static let provincePrefixes: [([Unicode.Scalar], Int)] = [
    (Array("trên địa bàn tỉnh"), 3), (Array("trên địa bàn thành phố"), 3), (Array("tỉnh"), 1),
    (Array("thành phố"), 1), (Array("tp."), 1), (Array("tp"), 1),
  ].map { (TextWindow.letters(ToneMarks.fold(String($0.0))), $0.1) }

  /// The words a province name follows, as written, on bytes (none is a prefix of another).
  static let provinceAnchors: [[UInt8]] = [
    "tỉnh", "Tỉnh", "TỈNH", "thành phố", "Thành phố", "THÀNH PHỐ", "TP.", "TP ", "Tp.",
  ].map { Array($0.utf8) }

  /// `provinceAnchors`, searched for together.
  static let provinceAnchorSet = ByteSearch.NeedleSet(provinceAnchors)

  /// Words before a body that make it an addressee or a possessor, not the speaker.
  static let notSpeakerBefore: Set<String> = [
    "các", "của", "với", "cho", "và", "đề nghị", "giúp", "tham mưu",
  ]

  /// The kind of body that issued a document, as `Bodies.Match.family` names it.
  public static func family(_ p: DocumentProfile) -> String {
    guard let issuer = p.issuer else { return p.branch == .party ? "party" : "state" }
    let m = Bodies.Match(
      name: issuer, branch: p.branch ?? .state, level: p.level, cityDependent: false, province: nil,
      placeName: nil)
    return m.family
  }

  /// "HẢI HÀ" → "Hải Hà"; other spellings are kept.
  static func titleCase(_ s: String) -> String { Reader.titleCase(s) }

  /// Reads the profile of one text with its scan.
  public static func read(_ text: SourceText, scan: ScanResult) -> DocumentProfile {
    text.bytes.withUnsafeBufferPointer { buffer in
      Reader(text: text, buffer: buffer, scan: scan).profile()
    }
  }

  struct Reader {
    static let comma: [UInt8] = [UInt8(ascii: ",")]
    static let partyMotto = TextWindow.phrase("đảng cộng sản việt nam")
    static let stateMotto = TextWindow.phrase("cộng hòa xã hội chủ nghĩa")
    static let stateMottoSecond = TextWindow.phrase("độc lập - tự do")

    let text: SourceText
    let buffer: UnsafeBufferPointer<UInt8>
    let scan: ScanResult

    func lineRange(_ index: Int) -> Range<Int> {
      let start = text.lineStarts[index]
      var end = index + 1 < text.lineStarts.count ? text.lineStarts[index + 1] : buffer.count
      if end > start, end - 1 < buffer.count, buffer[end - 1] == 0x0A { end -= 1 }
      return start..<end
    }

    /// The text of some lines, decoded; at most the first 4,000 bytes, so a file with one huge line stays cheap.
    func window(lines: Range<Int>) -> TextWindow {
      let lo = lines.isEmpty ? 0 : lineRange(lines.lowerBound).lowerBound
      var hi = lines.isEmpty ? 0 : lineRange(lines.upperBound - 1).upperBound
      if hi - lo > 4_000 {
        hi = lo + 4_000
        while hi > lo, buffer[hi] & 0xC0 == 0x80 { hi -= 1 }
      }
      return TextWindow(buffer, from: lo, to: hi)
    }

    /// The non-empty line indices, in order.
    var nonEmptyLines: [Int] {
      (0..<text.lineStarts.count).filter { i in
        lineRange(i).contains { buffer[$0] != 0x20 }
      }
    }

    func lineText(_ i: Int) -> String {
      let r = lineRange(i)
      var end = min(r.upperBound, r.lowerBound + 2_000)
      while end > r.lowerBound, end < buffer.count, buffer[end] & 0xC0 == 0x80 { end -= 1 }
      // In normalised text the only white space in a line is U+0020: the marks and spaces are taken off the
      // bytes, and one String made. A mark followed by a non-ASCII byte (maybe a combining mark, which would
      // make one character with it) goes the way of characters below.
      func lead(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2A || b == 0x5F || b == 0x23 || b == 0x7C || b == 0x3E || b == 0x2D
      }
      func trail(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2A || b == 0x5F || b == 0x23 || b == 0x7C
      }
      var lo = r.lowerBound
      var hi = end
      while lo < hi, lead(buffer[lo]), lo + 1 >= hi || buffer[lo + 1] < 0x80 { lo += 1 }
      while hi > lo, trail(buffer[hi - 1]) { hi -= 1 }
      if lo == hi || !lead(buffer[lo]) { return text.string(lo..<hi) }
      var s = text.string(lo..<hi)
      // Trimming changes nothing when neither end is a space (most lines): Foundation is asked only otherwise.
      let ends = [s.unicodeScalars.first, s.unicodeScalars.last].compactMap { $0 }
      if ends.contains(where: { CharacterSet.whitespaces.contains($0) }) {
        s = s.trimmingCharacters(in: .whitespaces)
      }
      while let f = s.first, "*_#|>-".contains(f) || f == " " { s.removeFirst() }
      while let l = s.last, "*_#|".contains(l) || l == " " { s.removeLast() }
      return s
    }

    /// The byte lengths of the type words.
    static let typeWordByteCounts = Set(CodeTables.typeWords.map(\.word.utf8.count))

    /// Whether line `i` may be a type word alone ("CHỈ THỊ", "KẾ HOẠCH"), told on bytes: lowercasing and tone
    /// folding keep the byte length of Vietnamese letters, so a line of such letters (ASCII, U+00C0–U+01BF but
    /// U+0130, U+1E00–U+1EFF but U+1E9E, whose lowercase forms are shorter) whose trimmed length (what `lineText`
    /// keeps) is no type word's is none. A line with any other character may be one.
    func mayBeTypeLine(_ i: Int) -> Bool {
      let r = lineRange(i)
      // `lineText` reads the first 2,000 bytes of a line only.
      guard r.count <= 1_900 else { return true }
      var lo = r.lowerBound
      var hi = r.upperBound
      func markup(_ b: UInt8, _ set: StaticString) -> Bool {
        b == 0x20 || set.withUTF8Buffer { $0.contains(b) }
      }
      while lo < hi, markup(buffer[lo], "*_#|>-") { lo += 1 }
      while hi > lo, markup(buffer[hi - 1], "*_#|") { hi -= 1 }
      var k = lo
      while k < hi {
        let b = buffer[k]
        if b < 0x80 {
          k += 1
        } else if k + 1 < hi,
          b == 0xC3 || b == 0xC5 || b == 0xC6 || (b == 0xC4 && buffer[k + 1] != 0xB0)
        {
          k += 2
        } else if b == 0xE1, k + 2 < hi, buffer[k + 1] >= 0xB8, buffer[k + 1] <= 0xBB,
          !(buffer[k + 1] == 0xBA && buffer[k + 2] == 0x9E)
        {
          k += 3
        } else {
          return true
        }
      }
      return Self.typeWordByteCounts.contains(hi - lo)
    }

    static func isAllCaps(_ s: String) -> Bool {
      // Over scalars that stand alone as characters, a character's letter and case are its scalar's: one pass
      // over the scalars, which stops at the first lowercase letter unless a scalar that may join another comes
      // first (then the characters decide).
      var sawLetter = false
      var lowercase = false
      for c in s.unicodeScalars {
        guard TextWindow.standsAlone(c.value) else { return byCharacters(s) }
        if !lowercase, TextWindow.isLetter(c) {
          if TextWindow.isUppercase(c) { sawLetter = true } else { lowercase = true }
        }
      }
      return sawLetter && !lowercase
    }

    /// `isAllCaps` over characters.
    private static func byCharacters(_ s: String) -> Bool {
      let letters = s.filter(\.isLetter)
      return !letters.isEmpty && letters.allSatisfy { $0.isUppercase }
    }

    func profile() -> DocumentProfile {
      var p = DocumentProfile()
      p.number = scan.ownNumbers.first?.number
      let lines = nonEmptyLines
      let headLines = Array(lines.prefix(20))

      // The type line: "CHỈ THỊ", "KẾ HOẠCH", "THÔNG TRI" alone on a line near the top.
      var typeLineIndex: Int?
      for i in headLines {
        // A type line is a type word alone: other lines are not decoded.
        guard mayBeTypeLine(i) else { continue }
        let line = lineText(i)
        // All capitals first: most candidate lines are not, and are then not lowercased and folded.
        guard Self.isAllCaps(line) else { continue }
        if let entry = CodeTables.typeWordEntries[ToneMarks.fold(TextCase.lowercased(line))] {
          p.type = entry.name == "Văn bản" ? nil : entry.name
          typeLineIndex = i
          break
        }
      }
      if let t = typeLineIndex, let k = lines.firstIndex(of: t) {
        p.title = title(after: Array(lines[(k + 1)...].prefix(4)))
      }
      if p.type == nil, let n = p.number { p.type = n.typeNameFromCode }

      // Header: the lines above the type line (or the first few).
      let headerLines =
        typeLineIndex.map { t in headLines.filter { $0 < t } } ?? Array(headLines.prefix(8))
      var headerBody: Bodies.Match?
      var headerBodies: [Bodies.Match] = []
      var motto: Branch?
      var votes: [String: Int] = [:]
      var capsLines: [String] = []
      for i in headerLines {
        let w = window(lines: i..<(i + 1))
        if w.matchText(Self.partyMotto) {
          motto = .party
        } else if w.matchText(Self.stateMotto) || w.matchText(Self.stateMottoSecond) {
          motto = .state
        } else if case let line = lineText(i), Self.isAllCaps(line),
          scan.ownNumbers.allSatisfy({
            text.lineIndex(ofByte: text.lineStarts[i]) + 1 != $0.position.line
          })
        {
          capsLines.append(line)
        }
      }
      // The issuer lines in capitals, joined: "ỦY BAN NHÂN DÂN" / "HUYỆN HẢI HÀ" name one body.
      let joined = Array(capsLines.joined(separator: "\n").utf8)
      joined.withUnsafeBufferPointer { buf in
        let w = TextWindow(buf, from: 0, to: buf.count)
        var k = 0
        while k < w.count {
          if let (m, e) = Bodies.match(in: w, at: k) {
            headerBodies.append(m)
            if let prov = m.province { votes[prov, default: 0] += 6 }
            k = e
            continue
          }
          k += 1
        }
      }
      // The lowest body named is the issuer ("ĐẢNG BỘ HUYỆN VÂN ĐỒN" / "ĐẢNG ỦY XÃ ĐÔNG XÁ").
      headerBody = headerBodies.max { ($0.level?.depth ?? -1) < ($1.level?.depth ?? -1) }
      let headerDistrict = headerBodies.first { $0.level == .district && $0.placeName != nil }?
        .placeName
      // Place-date line: "Bến Tre, ngày 09 tháng 8 năm 2021".
      for i in headLines {
        // A place-date line has a comma before "ngày": other lines are not decoded.
        guard ByteSearch.contains(Self.comma, in: buffer, lineRange(i)) else { continue }
        let w = window(lines: i..<(i + 1))
        guard let (place, date) = w.placeDate() else { continue }
        if p.date == nil { p.date = DocumentDate(date) }
        if let prov = place { votes[prov, default: 0] += 6 }
        break
      }

      // Speakers in the opening and closing paragraphs, and the signature block.
      let bodyLines = lines.filter { i in typeLineIndex.map { i > $0 } ?? true }
      let opening = Array(bodyLines.prefix(4))
      let closing = Array(bodyLines.suffix(30))
      let openSpeaker = opening.lazy.compactMap { speaker(in: window(lines: $0..<($0 + 1))) }.first
      // The closing speaker is read only when the choice below needs it (up to 30 lines decoded and read word by
      // word; most documents are decided by the header, the opening and the signature).
      var closeMemo: Bodies.Match??
      func closeSpeaker() -> Bodies.Match? {
        if let m = closeMemo { return m }
        let m = closing.reversed().lazy.compactMap { speaker(in: window(lines: $0..<($0 + 1))) }
          .first
        closeMemo = .some(m)
        return m
      }
      let signature = signatureBody(Array(lines.suffix(40)))

      // Jurisdiction: the province most named with "tỉnh", "thành phố", in headers and place-date lines.
      provinceVotes(into: &votes)
      let ranked = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      if let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value {
        p.jurisdiction = top.key
      }

      // The issuing body: the opening speaker when it agrees with the header, else the header, else the others.
      var chosen: Bodies.Match?
      func centralParty(_ m: Bodies.Match?) -> Bodies.Match? {
        m.flatMap { $0.level == .central && $0.branch == .party ? $0 : nil }
      }
      if let h = headerBody, h.name == "Ban Chấp hành Trung ương",
        let organ = centralParty(signature) ?? centralParty(openSpeaker)
          ?? centralParty(closeSpeaker())
      {
        // Central Party documents carry "BAN CHẤP HÀNH TRUNG ƯƠNG" on top and the organ ("T/M BAN BÍ THƯ") below.
        chosen = organ
      } else if let s = openSpeaker, headerBody.map({ Self.compatible($0, s) }) ?? true {
        chosen = s
      } else if let h = headerBody {
        chosen = h
      } else {
        chosen = closeSpeaker() ?? openSpeaker ?? signature
      }
      if var c = chosen {
        // A committee named in the header and "T/M BAN THƯỜNG VỤ" below: its standing committee.
        if c.branch == .party, !c.name.hasPrefix("Ban "), c.level != .central,
          [signature, openSpeaker].contains(where: { $0?.name == "Ban Thường vụ" })
            || closeSpeaker()?.name == "Ban Thường vụ"
        {
          c.name = "Ban Thường vụ " + c.name
        }
        if c.name == "Ủy ban nhân dân" || c.name == "Ban Thường vụ",
          let better = [closeSpeaker(), openSpeaker, headerBody].compactMap({ $0 }).first(where: {
            $0.branch == c.branch && $0.name != c.name && ($0.level != nil || $0.cityDependent)
          })
        {
          c = better
        }
        p.issuer = c.name
        p.branch = c.branch
        if let prov = c.province { p.jurisdiction = prov }
        p.level = Bodies.resolvedLevel(c, province: p.jurisdiction)
        if p.level == .district, let place = c.placeName ?? headerBody?.placeName {
          p.district = Self.titleCase(place)
        }
        if p.level == .commune {
          p.commune = (c.placeName ?? headerBody?.placeName).map(Self.titleCase)
          p.district = headerDistrict.map(Self.titleCase)
        }
      }
      if p.branch == nil {
        p.branch = motto ?? p.number.map { $0.shape == .party ? .party : .state }
      }
      if p.level == nil, let n = p.number { p.level = ProfileCodes.level(ofCode: n.issuerCode) }
      if p.level == .central { p.jurisdiction = nil }

      if p.date == nil {
        // No date written: on or after the newest document it cites.
        if let newest = scan.citations.compactMap(\.date).max() {
          p.date = DocumentDate(newest, isLowerBound: true)
        }
      }
      return p
    }

    static func compatible(_ a: Bodies.Match, _ b: Bodies.Match) -> Bool {
      guard a.branch == b.branch else { return false }
      if let la = a.level, let lb = b.level { return la == lb }
      return true
    }

    /// The first lines after the type line: the title, joined when it wraps, in sentence case when in capitals.
    func title(after lines: [Int]) -> String? {
      var parts: [String] = []
      for i in lines {
        let t = lineText(i)
        if t.allSatisfy({ "-_=*. ".contains($0) }) { continue }
        // "CỦA BAN BÍ THƯ" under "CHỈ THỊ" names the issuer, not the subject.
        if parts.isEmpty, Self.isAllCaps(t), t.lowercased().hasPrefix("của ") { continue }
        if parts.isEmpty {
          parts.append(t)
          if !Self.isAllCaps(t) { break }
        } else if Self.isAllCaps(t) {
          parts.append(t)
        } else {
          break
        }
      }
      guard !parts.isEmpty else { return nil }
      var title = parts.joined(separator: " ")
      if Self.isAllCaps(title) { title = Self.sentenceCase(title) }
      // A title of 300 bytes or fewer has 300 characters or fewer: counted only when it may have more.
      return title.utf8.count <= 300 ? title : String(title.prefix(300))
    }

    /// "HẢI HÀ" → "Hải Hà"; other spellings are kept.
    static func titleCase(_ s: String) -> String {
      guard isAllCaps(s) else { return s }
      return s.split(separator: " ").map { w in w.prefix(1) + w.dropFirst().lowercased() }.joined(
        separator: " ")
    }

    /// "VỀ VIỆC … TỈNH AN GIANG" → "Về việc … tỉnh An Giang": lowercase, then capitals back for province names.
    static func sentenceCase(_ s: String) -> String {
      var out = s.lowercased()
      if let f = out.first {
        out.replaceSubrange(out.startIndex...out.startIndex, with: String(f).uppercased())
      }
      for province in Geography.provinces {
        let lower = province.lowercased()
        if out.contains(lower) { out = out.replacing(lower, with: province) }
      }
      return out
    }

    /// A speaking body at the start of a sentence: "<body> [place] yêu cầu …".
    func speaker(in w: TextWindow) -> Bodies.Match? {
      var k = 0
      while k < w.count {
        if k == 0 || !TextWindow.isWordChar(w.lower[k - 1]), w.original[k].isUppercase,
          let (m, e) = Bodies.match(in: w, at: k)
        {
          // The verb first: most bodies named in a paragraph are not followed by one, and the word before the
          // body is then not made into a String.
          let after = w.skipSpaces(e)
          if speakerVerbs.contains(where: { w.matchForward($0, at: after) != nil }),
            !notSpeakerBefore.contains(w.previousWord(before: k))
          {
            return m
          }
          k = e
          continue
        }
        k += 1
      }
      return nil
    }

    /// "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH" in the last lines.
    func signatureBody(_ lines: [Int]) -> Bodies.Match? {
      for i in lines {
        // Every opening starts with "t" or "T" after the spaces: other lines are not decoded.
        let r = lineRange(i)
        var first = r.lowerBound
        while first < r.upperBound, buffer[first] == 0x20 { first += 1 }
        guard first + 2 < r.upperBound, buffer[first] | 0x20 == UInt8(ascii: "t") else { continue }
        // And goes on with "m", "/" or "ha" (no other scalar lowercases to these): most lines that start with a
        // "T" ("Thực hiện", "Trên cơ sở") are told apart on their bytes.
        let second = buffer[first + 1] | 0x20
        guard
          second == UInt8(ascii: "m") || second == UInt8(ascii: "/")
            || (second == UInt8(ascii: "h") && buffer[first + 2] | 0x20 == UInt8(ascii: "a"))
        else { continue }
        let w = window(lines: i..<(i + 1))
        for prefix in signaturePrefixes {
          guard let e = w.matchPrefix(prefix, at: w.skipSpaces(0)) else { continue }
          if let (m, _) = Bodies.match(in: w, at: w.skipSpaces(e)) { return m }
        }
      }
      return nil
    }

    /// Adds a vote for every "tỉnh X", "thành phố X", "TP. X", "Tỉnh ủy X", "Thành ủy X" in the text.
    func provinceVotes(into votes: inout [String: Int]) {
      // Only around the anchor words, found on bytes, is the text decoded.
      let starts = ByteSearch.occurrences(ofAny: ProfileReader.provinceAnchorSet, in: buffer)
      var consumed = 0
      let anchors = ProfileReader.provinceAnchors
      for start in starts where start >= consumed {
        // A province name follows the anchor word, after spaces, and starts with a capital that begins one of
        // `Geography.forms` (all ASCII but "Đ"): where the next byte cannot be one, nothing is decoded.
        guard
          let anchor = anchors.first(where: { ByteSearch.matches($0, in: buffer, at: start) })
        else { continue }
        var next = start + anchor.count
        while next < buffer.count, buffer[next] == 0x20 || buffer[next] == 0x0A { next += 1 }
        guard next < buffer.count,
          buffer[next] &- 0x41 < 26
            || (buffer[next] == 0xC4 && next + 1 < buffer.count && buffer[next + 1] == 0x90)
        else { continue }
        var lo = max(0, start - 24)
        while lo > 0, buffer[lo] & 0xC0 == 0x80 { lo -= 1 }
        var hi = min(buffer.count, start + 80)
        while hi < buffer.count, buffer[hi] & 0xC0 == 0x80 { hi += 1 }
        let w = TextWindow(buffer, from: lo, to: hi)
        guard let k = w.offsets.firstIndex(of: start),
          k == 0 || !TextWindow.isWordChar(w.lower[k - 1])
        else {
          continue
        }
        // "trên địa bàn tỉnh X" weighs more: look for it just before the anchor.
        let trên = w.previousWord(before: k) == "bàn"
        for (prefix, weight) in provincePrefixes where prefix.count <= 9 {
          if let e = w.matchForward(prefix, at: k) ?? w.matchPrefix(prefix, at: k),
            let (province, pe) = Geography.province(in: w, at: w.skipSpaces(e))
          {
            votes[province, default: 0] += trên ? 3 : weight
            consumed = w.offsets[pe]
            break
          }
        }
      }
    }
  }
}
