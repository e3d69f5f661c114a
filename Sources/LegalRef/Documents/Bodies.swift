/// The bodies that issue documents or receive orders, as they are written, with their branch and level.
public enum Bodies {
  /// A way of writing a body.
  struct Pattern {
    var words: [Unicode.Scalar]
    /// Canonical name ("Ủy ban nhân dân tỉnh").
    var name: String
    var branch: Branch
    /// nil when the level depends on the city (Thành ủy, Ủy ban nhân dân thành phố) or is not said (Ban Thường vụ).
    var level: Level?
    /// Whether the level is province for a centrally-run city and district otherwise.
    var cityDependent = false
    /// "các huyện ủy", "Ủy ban nhân dân các huyện": every body of that kind.
    var plural = false
  }

  /// A body found in text.
  public struct Match: Hashable, Sendable {
    /// Canonical name.
    public var name: String
    /// Party or State.
    public var branch: Branch
    /// Its level, when the words tell.
    public var level: Level?
    /// Whether the level depends on whether the city is centrally run.
    public var cityDependent: Bool
    /// A place named right after the body ("tỉnh Bắc Giang", "huyện Vân Đồn"): a province, or nil.
    public var province: String?
    /// The district or commune name written after "huyện", "xã"…, when any.
    public var placeName: String?
    /// Whether every body of the kind is meant ("các huyện ủy", "Ủy ban nhân dân các huyện").
    public var plural = false

    /// The kind of body, for telling who can answer an order: "party", "ubnd", "hdnd", "so", "phong", "central".
    public var family: String {
      if level == .central { return "central" }
      // On the UTF-8 bytes, where a name holds no combining mark (U+0300–U+036F, lead bytes CC and CD): the
      // canonical names of `patterns` never do, and there the bytes read as the String functions would, without
      // their cost. A name written decomposed (a manifest's) goes through the String functions.
      let utf8 = name.utf8
      if utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) {
        if name.hasPrefix("Sở") { return "so" }
        if name.hasPrefix("Phòng") { return "phong" }
        if name.contains("Ủy ban nhân dân") { return "ubnd" }
        if name.contains("Hội đồng nhân dân") { return "hdnd" }
        return branch == .party ? "party" : "state"
      }
      if utf8.starts(with: Self.so) { return "so" }
      if utf8.starts(with: Self.phong) { return "phong" }
      func contains(_ needle: [UInt8]) -> Bool {
        var i = utf8.startIndex
        while i != utf8.endIndex {
          if utf8[i...].starts(with: needle) { return true }
          i = utf8.index(after: i)
        }
        return false
      }
      if contains(Self.ubnd) { return "ubnd" }
      if contains(Self.hdnd) { return "hdnd" }
      return branch == .party ? "party" : "state"
    }
    static let so = Array("Sở".utf8)
    static let phong = Array("Phòng".utf8)
    static let ubnd = Array("Ủy ban nhân dân".utf8)
    static let hdnd = Array("Hội đồng nhân dân".utf8)
  }

  static let patterns: [Pattern] = {
    var list: [Pattern] = []
    func add(
      _ written: [String], _ name: String, _ branch: Branch, _ level: Level?, city: Bool = false,
      plural: Bool = false
    ) {
      for w in written {
        list.append(
          Pattern(
            words: TextWindow.letters(ToneMarks.fold(w.lowercased())), name: name, branch: branch,
            level: level,
            cityDependent: city, plural: plural))
      }
    }
    // Party
    add(
      ["ban chấp hành trung ương đảng", "ban chấp hành trung ương"], "Ban Chấp hành Trung ương",
      .party, .central)
    add(["bộ chính trị"], "Bộ Chính trị", .party, .central)
    add(["ban bí thư trung ương đảng", "ban bí thư"], "Ban Bí thư", .party, .central)
    add(["ban thường vụ tỉnh ủy", "btv tỉnh ủy"], "Ban Thường vụ Tỉnh ủy", .party, .province)
    add(
      ["ban thường vụ thành ủy", "btv thành ủy"], "Ban Thường vụ Thành ủy", .party, nil, city: true)
    add(["ban thường vụ huyện ủy", "btv huyện ủy"], "Ban Thường vụ Huyện ủy", .party, .district)
    add(["ban thường vụ quận ủy"], "Ban Thường vụ Quận ủy", .party, .district)
    add(["ban thường vụ thị ủy"], "Ban Thường vụ Thị ủy", .party, .district)
    add(
      ["ban thường vụ đảng ủy xã", "ban thường vụ đảng ủy"], "Ban Thường vụ Đảng ủy", .party,
      .commune)
    add(["tỉnh ủy"], "Tỉnh ủy", .party, .province)
    add(["thành ủy"], "Thành ủy", .party, nil, city: true)
    add(["huyện ủy"], "Huyện ủy", .party, .district)
    add(["quận ủy"], "Quận ủy", .party, .district)
    add(["thị ủy"], "Thị ủy", .party, .district)
    add(["đảng ủy xã", "đảng ủy phường", "đảng ủy thị trấn"], "Đảng ủy xã", .party, .commune)
    add(["ban tuyên giáo tỉnh ủy"], "Ban Tuyên giáo Tỉnh ủy", .party, .province)
    add(["ban tuyên giáo trung ương"], "Ban Tuyên giáo Trung ương", .party, .central)
    add(["ban tổ chức trung ương"], "Ban Tổ chức Trung ương", .party, .central)
    add(["đảng bộ tỉnh"], "Đảng bộ tỉnh", .party, .province)
    add(["đảng bộ thành phố"], "Đảng bộ thành phố", .party, nil, city: true)
    add(["đảng bộ huyện", "đảng bộ quận", "đảng bộ thị xã"], "Đảng bộ huyện", .party, .district)
    add(["đảng bộ xã", "đảng bộ phường", "đảng bộ thị trấn"], "Đảng bộ xã", .party, .commune)
    add(["ban thường vụ"], "Ban Thường vụ", .party, nil)
    // State, central
    add(["ủy ban thường vụ quốc hội"], "Ủy ban Thường vụ Quốc hội", .state, .central)
    add(["quốc hội"], "Quốc hội", .state, .central)
    add(["chủ tịch nước"], "Chủ tịch nước", .state, .central)
    add(["thủ tướng chính phủ", "thủ tướng"], "Thủ tướng Chính phủ", .state, .central)
    add(["văn phòng chính phủ"], "Văn phòng Chính phủ", .state, .central)
    add(["chính phủ"], "Chính phủ", .state, .central)
    add(["bộ trưởng bộ giáo dục và đào tạo"], "Bộ trưởng Bộ Giáo dục và Đào tạo", .state, .central)
    add(
      ["bộ giáo dục và đào tạo", "bộ gd&đt", "bộ gdđt"], "Bộ Giáo dục và Đào tạo", .state, .central)
    for ministry in [
      "Bộ Y tế", "Bộ Tài chính", "Bộ Nội vụ", "Bộ Lao động - Thương binh và Xã hội", "Bộ Công an",
      "Bộ Quốc phòng",
      "Bộ Tư pháp", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch",
      "Bộ Nông nghiệp và Phát triển nông thôn",
      "Bộ Tài nguyên và Môi trường", "Bộ Giao thông vận tải", "Bộ Khoa học và Công nghệ",
      "Bộ Công Thương",
      "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "Bộ Ngoại giao",
      "Bộ Nông nghiệp và Môi trường",
      "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Ủy ban Dân tộc",
    ] {
      add([ministry], ministry, .state, .central)
    }
    add(["bộ trưởng"], "Bộ trưởng", .state, .central)
    // State, local
    add(
      ["chủ tịch ủy ban nhân dân tỉnh", "chủ tịch ubnd tỉnh"], "Chủ tịch Ủy ban nhân dân tỉnh",
      .state, .province)
    add(["ủy ban nhân dân tỉnh", "ubnd tỉnh"], "Ủy ban nhân dân tỉnh", .state, .province)
    add(["hội đồng nhân dân tỉnh", "hđnd tỉnh"], "Hội đồng nhân dân tỉnh", .state, .province)
    add(
      ["chủ tịch ủy ban nhân dân thành phố", "chủ tịch ubnd thành phố"],
      "Chủ tịch Ủy ban nhân dân thành phố",
      .state, nil, city: true)
    add(
      ["ủy ban nhân dân thành phố", "ubnd thành phố"], "Ủy ban nhân dân thành phố", .state, nil,
      city: true)
    add(
      ["hội đồng nhân dân thành phố", "hđnd thành phố"], "Hội đồng nhân dân thành phố", .state, nil,
      city: true)
    add(
      ["chủ tịch ủy ban nhân dân huyện", "chủ tịch ubnd huyện"], "Chủ tịch Ủy ban nhân dân huyện",
      .state, .district)
    add(["ủy ban nhân dân huyện", "ubnd huyện"], "Ủy ban nhân dân huyện", .state, .district)
    add(
      [
        "ủy ban nhân dân các huyện", "ubnd các huyện", "ủy ban nhân dân các quận",
        "ủy ban nhân dân các thị xã",
      ],
      "Ủy ban nhân dân huyện", .state, .district, plural: true)
    add(
      ["chủ tịch ủy ban nhân dân các huyện", "chủ tịch ubnd các huyện"],
      "Chủ tịch Ủy ban nhân dân huyện", .state,
      .district, plural: true)
    add(
      ["ủy ban nhân dân các xã", "ubnd các xã", "ủy ban nhân dân các phường"], "Ủy ban nhân dân xã",
      .state, .commune,
      plural: true)
    add(
      ["phòng giáo dục và đào tạo các huyện", "phòng gd&đt các huyện"], "Phòng Giáo dục và Đào tạo",
      .state, .district, plural: true)
    add(["các huyện ủy", "các quận ủy", "các thị ủy"], "Huyện ủy", .party, .district, plural: true)
    add(["các tỉnh ủy"], "Tỉnh ủy", .party, .province, plural: true)
    add(
      ["đảng ủy các xã", "các đảng ủy xã", "đảng ủy các phường"], "Đảng ủy xã", .party, .commune,
      plural: true)
    add(["các sở giáo dục và đào tạo"], "Sở Giáo dục và Đào tạo", .state, .province, plural: true)
    add(["ủy ban nhân dân quận", "ubnd quận"], "Ủy ban nhân dân quận", .state, .district)
    add(["ủy ban nhân dân thị xã", "ubnd thị xã"], "Ủy ban nhân dân thị xã", .state, .district)
    add(["hội đồng nhân dân huyện", "hđnd huyện"], "Hội đồng nhân dân huyện", .state, .district)
    add(
      ["ủy ban nhân dân xã", "ubnd xã", "ủy ban nhân dân cấp xã", "ubnd cấp xã"],
      "Ủy ban nhân dân xã", .state, .commune)
    add(
      ["ủy ban nhân dân cấp huyện", "ubnd cấp huyện"], "Ủy ban nhân dân huyện", .state, .district)
    add(["ủy ban nhân dân cấp tỉnh", "ubnd cấp tỉnh"], "Ủy ban nhân dân tỉnh", .state, .province)
    add(
      ["ban cán sự đảng ủy ban nhân dân tỉnh", "ban cán sự đảng ubnd tỉnh"],
      "Ban Cán sự đảng Ủy ban nhân dân tỉnh",
      .state, .province)
    add(["ủy ban nhân dân phường", "ubnd phường"], "Ủy ban nhân dân phường", .state, .commune)
    add(
      ["ủy ban nhân dân thị trấn", "ubnd thị trấn"], "Ủy ban nhân dân thị trấn", .state, .commune)
    add(["hội đồng nhân dân xã", "hđnd xã"], "Hội đồng nhân dân xã", .state, .commune)
    add(
      ["sở giáo dục và đào tạo", "sở gd&đt", "sở gdđt"], "Sở Giáo dục và Đào tạo", .state, .province
    )
    add(
      ["phòng giáo dục và đào tạo", "phòng gd&đt", "phòng gdđt"], "Phòng Giáo dục và Đào tạo",
      .state, .district)
    add(["ủy ban nhân dân", "ubnd"], "Ủy ban nhân dân", .state, nil)
    add(["hội đồng nhân dân", "hđnd"], "Hội đồng nhân dân", .state, nil)
    return list.sorted { $0.words.count > $1.words.count }
  }()

  /// The words of every pattern, one after the other, and for each first scalar (every pattern starts below
  /// U+2000) the patterns that start with it, in the order of `patterns`, as (index in `patterns`, start and end
  /// in `flatWords`): matching reads plain integers and scalars, with no pattern copied.
  static let flatWords: [Unicode.Scalar] = patterns.flatMap(\.words)
  static let candidatesByFirst: [[(pattern: Int, from: Int, to: Int)]?] = {
    var spans: [(pattern: Int, from: Int, to: Int)] = []
    var at = 0
    for (k, p) in patterns.enumerated() {
      spans.append((k, at, at + p.words.count))
      at += p.words.count
    }
    return TextWindow.indexByFirstScalar(spans) { flatWords[$0.from] }
  }()

  /// The body whose words start at `i` of `window`, with any place named right after it, and the index past it.
  static func match(in window: TextWindow, at i: Int) -> (Match, Int)? {
    guard i < window.count, i == 0 || !TextWindow.isWordChar(window.lower[i - 1]),
      window.lower[i].value < 0x2000,
      let candidates = candidatesByFirst[Int(window.lower[i].value)]
    else { return nil }
    let found: (pattern: Int, end: Int)? = flatWords.withUnsafeBufferPointer { words in
      for c in candidates {
        if let end = window.matchForward(UnsafeBufferPointer(rebasing: words[c.from..<c.to]), at: i)
        {
          return (c.pattern, end)
        }
      }
      return nil
    }
    if let (index, end) = found {
      let p = patterns[index]
      var m = Match(
        name: p.name, branch: p.branch, level: p.level, cityDependent: p.cityDependent,
        province: nil,
        placeName: nil, plural: p.plural)
      var e = end
      let next = window.skipSpaces(end)
      if next < window.count, window.original[next].isUppercase {
        if let (province, pe) = Geography.province(in: window, at: next) {
          m.province = province
          e = pe
        } else if p.level == .district || p.level == .commune || p.cityDependent {
          // "huyện Vân Đồn", "xã Đông Xá", "thành phố Long Xuyên": capitalised words name the place.
          var k = next
          var words: [String] = []
          while k < window.count, window.original[k].isUppercase, words.count < 4 {
            let we = window.wordEnd(k)
            words.append(String(window.original[k..<we]))
            k = window.skipSpaces(we)
            if we < window.count, window.lower[we] == "\n" { break }
          }
          if !words.isEmpty, words.allSatisfy({ $0.count > 1 || $0 == "A" }) {
            m.placeName = words.joined(separator: " ")
            e = k
          }
        }
      }
      return (m, e)
    }
    return nil
  }

  /// The level of a matched body once the document's province is known: a city-dependent body is provincial in a
  /// centrally-run city and a district body elsewhere.
  static func resolvedLevel(_ m: Match, province: String?) -> Level? {
    if let level = m.level { return level }
    guard m.cityDependent else { return nil }
    if let p = m.province ?? province {
      return Geography.centrallyRunCities.contains(p) ? .province : .district
    }
    if m.placeName != nil { return .district }
    return nil
  }
}
