import Foundation

/// Facts about document codes from DOMAIN.md: type codes, issuer codes and the Vietnamese type words.
///
/// These tables are data, not parsing rules: the scanner accepts codes it does not know, and uses the tables only to
/// repair noise (D for Đ, a missing hyphen) and to name a document's type.
public enum CodeTables {
  /// State type codes (Nghị định 30/2020/NĐ-CP, Phụ lục III) and the normative codes, with their type names.
  public static let stateTypes: [String: String] = [
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
    "QĐi": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo", "NĐ": "Nghị định", "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch", "PL": "Pháp lệnh",
    "KL": "Kết luận",
    "CV": "Công văn", "L": "Luật", "SL": "Sắc lệnh", "LCT": "Lệnh", "GP": "Giấy phép",
    "GCN": "Giấy chứng nhận", "VBHN": "Văn bản hợp nhất",
  ]

  /// Party type codes (Hướng dẫn 36-HD/VPTW), with their type names. TT is a thông tri here.
  public static let partyTypes: [String: String] = [
    "NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định", "QĐi": "Quy định",
    "QC": "Quy chế", "HD": "Hướng dẫn", "TT": "Thông tri", "TB": "Thông báo", "KH": "Kế hoạch",
    "CTr": "Chương trình", "BC": "Báo cáo", "TTr": "Tờ trình", "CV": "Công văn", "BB": "Biên bản",
    "ĐA": "Đề án", "QyĐ": "Quy định", "TC": "Thông cáo", "CĐ": "Công điện",
  ]

  /// `stateTypes`, `partyTypes` and `knownIssuers` for the look-ups made for every symbol (`PackedCodes`).
  static let stateTypeTable = PackedCodes(stateTypes.map { ($0.key, $0.value) })
  static let partyTypeTable = PackedCodes(partyTypes.map { ($0.key, $0.value) })
  static let knownIssuerTable = PackedCodes(set: knownIssuers)

  /// Issuer and unit codes known to carry Đ, or needed to split a glued type and issuer ("NĐCP").
  public static let knownIssuers: Set<String> = [
    // Party, central and local
    "TW", "VPTW", "BTCTW", "BTGTW", "BTGDVTW", "UBKTTW", "BDVTW", "BKTTW", "BNCTW", "ĐUKCQTW",
    "ĐUKDNTW",
    "ĐUQSTW", "ĐUCA", "ĐUCATW", "TU", "HU", "QU", "ThU", "ĐU", "ĐUK", "BTGTU", "UBKTTU", "BTCTU",
    "BDVTU",
    "VPTU", "BTGDVTU", "BTGHU", "UBKTHU", "BTCHU", "VPHU", "ĐUP", "ĐUX", "BCS", "BCSĐ", "ĐĐ",
    // State, central
    "QH", "UBTVQH", "CTN", "CP", "TTg", "VPCP", "BGDĐT", "BYT", "BTC", "BNV", "BLĐTBXH", "BTTTT",
    "BKHĐT",
    "BCA", "BQP", "BTP", "BXD", "BVHTTDL", "BNNPTNT", "BTNMT", "BGTVT", "BKHCN", "BCT", "NHNN",
    "TTCP",
    "BNG", "UBDT", "BNNMT", "BDTTG", "KTNN", "TANDTC", "VKSNDTC", "VPQH", "MTTQ", "ĐCT", "BDTTG",
    // State, local
    "UBND", "HĐND", "SGDĐT", "PGDĐT", "GDĐT", "SYT", "STC", "SNV", "SLĐTBXH", "SKHĐT", "SVHTTDL",
    "STTTT",
    "SNNPTNT", "STNMT", "SXD", "SGTVT", "SKHCN", "SCT", "STP", "VP", "VPUB", "VPUBND", "VPĐĐBQH",
    // Units often seen after a ministry code
    "GDTrH", "GDTH", "GDMN", "GDTX", "GDĐH", "GDCN", "GDTC", "GDQPAN", "CTHSSV", "NGCBQLGD",
    "KHCNMT",
    "CSVC", "KHTC", "QLCL", "TCCB", "PC", "TTr", "VX", "KT", "NC", "TH", "ĐMDN", "ĐMPTDN",
  ]

  /// Written type words, longest first so that "Chương trình hành động" wins over "Chương trình".
  /// Each is stored lowercased with its canonical spelling.
  public static let typeWords: [(word: String, name: String)] = {
    let names = [
      "Chương trình hành động", "Thông tư liên tịch", "Nghị quyết liên tịch", "Nghị quyết",
      "Nghị định",
      "Chỉ thị", "Kết luận", "Quyết định", "Quy định", "Quy chế", "Thông tri", "Thông tư",
      "Thông báo",
      "Thông cáo", "Kế hoạch", "Hướng dẫn", "Công văn", "Công điện", "Báo cáo", "Đề án", "Dự án",
      "Phương án", "Tờ trình", "Chương trình", "Pháp lệnh", "Luật", "Biên bản", "Văn bản",
      "Sắc lệnh",
      "Hiến pháp", "Bộ luật", "Lệnh",
    ]
    // Compound words that name a type by their first part ("Thông báo kết luận số 12-TB/TW" is a thông báo).
    let compounds = [
      ("Thông báo kết luận", "Thông báo"), ("Kế hoạch hành động", "Kế hoạch"),
      ("Công văn hướng dẫn", "Công văn"),
      ("Văn bản hướng dẫn", "Văn bản"), ("Nghị quyết chuyên đề", "Nghị quyết"),
      ("Kế hoạch liên tịch", "Kế hoạch"),
      ("Hướng dẫn liên tịch", "Hướng dẫn"), ("Chỉ thị liên tịch", "Chỉ thị"),
      ("Quyết định liên tịch", "Quyết định"),
      ("Báo cáo tổng kết", "Báo cáo"), ("Báo cáo sơ kết", "Báo cáo"), ("Giấy phép", "Giấy phép"),
      ("Văn bản hợp nhất", "Văn bản hợp nhất"),
    ]
    return (names.map { ($0, $0) } + compounds).map { (ToneMarks.fold($0.0.lowercased()), $0.1) }
      .sorted { $0.0.utf8.count > $1.0.utf8.count }
  }()

  /// The type words as characters, longest first, and indexed by their first character for scanning.
  static let typeWordChars: [(chars: [Character], name: String)] = typeWords.map {
    (Array($0.word), $0.name)
  }
  /// The first entry of `typeWords` for each word: a whole line is looked up in one step.
  static let typeWordEntries: [String: (word: String, name: String)] = {
    var table: [String: (word: String, name: String)] = [:]
    for entry in typeWords where table[entry.word] == nil { table[entry.word] = entry }
    return table
  }()

  static let typeWordsByFirst: [Character: [(chars: [Character], name: String)]] = Dictionary(
    grouping: typeWordChars, by: { $0.chars[0] })

  /// The type words as scalars to match in a window, longest first.
  static let typeWordScalars: [(chars: [Unicode.Scalar], name: String)] = typeWords.map {
    (TextWindow.letters($0.word), $0.name)
  }

  /// The type words by their first scalar, for scalars below U+2000 (every type word starts with a letter there).
  private static let typeWordScalarsByFirst: [[(chars: [Unicode.Scalar], name: String)]?] =
    TextWindow.indexByFirstScalar(typeWordScalars) { $0.chars[0] }

  /// The type words by their last scalar, longest first, for scalars below U+2000 (every type word ends with a
  /// letter there): reading backwards from a number, only these can end just before it.
  private static let typeWordScalarsByLast: [[(chars: [Unicode.Scalar], name: String)]?] =
    TextWindow.indexByFirstScalar(typeWordScalars) { $0.chars[$0.chars.count - 1] }

  /// The type words whose last scalar is `s`, longest first, or nil.
  @inline(__always) static func typeWords(endingWith s: Unicode.Scalar) -> [(
    chars: [Unicode.Scalar], name: String
  )]? {
    s.value < 0x2000 ? typeWordScalarsByLast[Int(s.value)] : nil
  }

  /// The type words whose first scalar is `s`, longest first, or nil.
  @inline(__always) static func typeWords(startingWith s: Unicode.Scalar) -> [(
    chars: [Unicode.Scalar], name: String
  )]? {
    s.value < 0x2000 ? typeWordScalarsByFirst[Int(s.value)] : nil
  }

  /// Normative types: a citation of one of these without a year in its number is a defect.
  public static let normativeTypeNames: Set<String> = [
    "Nghị định", "Thông tư", "Thông tư liên tịch", "Nghị quyết liên tịch", "Pháp lệnh",
  ]

  /// `normativeTypeNames` as UTF-8, for `isNormativeTypeName(_:)`.
  static let normativeTypeNameBytes: [[UInt8]] = normativeTypeNames.sorted().map { Array($0.utf8) }

  /// Whether `name` is one of `normativeTypeNames`, for the type names the scanner has (read from normalised
  /// text or taken from these tables, so in NFC, where equal strings have equal bytes): a comparison of bytes
  /// rather than a hash of the string through its normalisation.
  static func isNormativeTypeName(_ name: String) -> Bool {
    let count = name.utf8.count
    return normativeTypeNameBytes.contains { $0.count == count && name.utf8.elementsEqual($0) }
  }

  /// Party issuer codes by their shape: every Party symbol's issuer ends with one of these.
  static func looksLikePartyIssuer(_ code: String) -> Bool {
    // Codes are ASCII letters and digits and Đ (one scalar): their bytes are compared, not their characters.
    let u = code.utf8
    return endsWith(u, "TW") || endsWith(u, "TU") || endsWith(u, "HU") || endsWith(u, "QU")
      || endsWith(u, "ĐU") || endsWith(u, "ThU") || u.starts(with: "ĐU".utf8) || code == "ĐUK"
      || u.starts(with: "BCS".utf8) || endsWith(u, "ĐĐ") || endsWith(u, "CB")
  }

  /// Whether the bytes of `code` end with those of `suffix`.
  @inline(__always) static func endsWith(_ code: String.UTF8View, _ suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    guard code.count >= n else { return false }
    let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: n)
    return code.suffix(n).elementsEqual(tail)
  }

  /// Party committees and their organs, whose numbers take the Party shape: TW, TU, HU, QU, ThU, ĐU and codes
  /// ending in them (BTCTW, BTGTU).
  static func isPartyCommittee(_ code: String) -> Bool {
    if partyCommitteeTable.contains(code) { return true }
    // More than three characters: every code character is one scalar (Đ included), whose bytes but the first are
    // continuation bytes.
    let u = code.utf8
    var scalars = 0
    for b in u where b & 0xC0 != 0x80 { scalars += 1 }
    return scalars > 3
      && (endsWith(u, "TW") || endsWith(u, "TU") || endsWith(u, "HU") || endsWith(u, "QU")
        || endsWith(u, "ThU") || endsWith(u, "ĐU") || endsWith(u, "ĐUK"))
  }

  /// The codes of Party committees, alone or ending a longer code ("BTGTU").
  private static let partyCommitteeCodes: Set<String> = [
    "TW", "TU", "HU", "QU", "ThU", "ĐU", "ĐUK",
  ]
  private static let partyCommitteeTable = PackedCodes(set: partyCommitteeCodes)

  /// A code is known, allowing a term suffix on the National Assembly codes (QH15, UBTVQH14).
  static func isKnownIssuer(_ code: String) -> Bool {
    if knownIssuerTable.contains(code) { return true }
    return parliamentCode(code) != nil
  }

  /// "QH14" → ("QH", 14); "UBTVQH15" → ("UBTVQH", 15); anything else → nil.
  static func parliamentCode(_ code: String) -> (body: String, term: Int)? {
    let u = code.utf8
    // Both bodies end in "QH" followed by the term's digits: most codes are told apart by their first byte.
    guard let first = u.first, first == UInt8(ascii: "Q") || first == UInt8(ascii: "U") else {
      return nil
    }
    for body in ["UBTVQH", "QH"] where u.starts(with: body.utf8) {
      let digits = u.dropFirst(body.utf8.count)
      guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0 &- 0x30 < 10 }) else {
        continue
      }
      return (body, digits.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }
    return nil
  }
}

/// Vietnamese tone marks are placed two ways in the wild ("hóa"/"hoá", "thủy"/"thuỷ"); this maps one to the other.
enum ToneMarks {
  private static let pairs: [(String, String)] = [
    ("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
    ("óe", "oé"), ("òe", "oè"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
    ("úy", "uý"), ("ùy", "uỳ"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"),
    ("Óa", "Oá"), ("Úy", "Uý"), ("Ủy", "Uỷ"),
  ]

  /// For a toned vowel, the letters after it that move the tone: (next, plain vowel, toned next) — "ó" + "a" becomes
  /// "o" + "á".
  private static let moves: [Character: [(Character, Character, Character)]] = {
    var table: [Character: [(Character, Character, Character)]] = [:]
    for (a, b) in pairs {
      let x = Array(a)
      let y = Array(b)
      table[x[0], default: []].append((x[1], y[0], y[1]))
    }
    return table
  }()

  /// Brings every tone placement in `chars` to one style ("oá", "uý"), in place; the count is unchanged.
  static func fold(_ chars: inout [Character]) {
    guard chars.count > 1 else { return }
    for i in 0..<(chars.count - 1) {
      guard let options = moves[chars[i]] else { continue }
      for (next, plain, toned) in options where chars[i + 1] == next {
        chars[i] = plain
        chars[i + 1] = toned
        break
      }
    }
  }

  /// The same moves by scalar value, for windows of scalars: (first, next, plain vowel, toned next).
  private static let scalarMoves: [(UInt32, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar)] =
    pairs.map {
      let x = Array($0.0.unicodeScalars)
      let y = Array($0.1.unicodeScalars)
      return (x[0].value, x[1], y[0], y[1])
    }

  /// The scalars whose tone may move, as a bitmap below U+2000.
  private static let movable: [Bool] = {
    var table = [Bool](repeating: false, count: 0x2000)
    for m in scalarMoves { table[Int(m.0)] = true }
    return table
  }()

  /// Whether `s` is a toned vowel whose tone may move to the next letter ("ó" in "óa").
  @inline(__always) static func mayMove(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x2000 && movable[Int(s.value)]
  }

  /// Brings every tone placement in the `count` scalar values at `scalars` to one style ("oá", "uý"), in place; the
  /// count is unchanged.
  static func fold(_ scalars: UnsafeMutablePointer<UInt32>, count: Int) {
    guard count > 1 else { return }
    let lowest = lowestMovable
    movesByFirst.withUnsafeBufferPointer { moves in
      movable.withUnsafeBufferPointer { movable in
        for i in 0..<(count - 1) {
          let v = scalars[i]
          // Most scalars are ASCII or letters whose tone stays: they are told by a comparison and a byte table
          // (8 KB) before the table of moves (8 bytes a scalar) is read.
          guard v >= lowest, v < 0x2000, movable[Int(v)], let candidates = moves[Int(v)]
          else {
            continue
          }
          for (next, plain, toned) in candidates where scalars[i + 1] == next.value {
            scalars[i] = plain.value
            scalars[i + 1] = toned.value
            break
          }
        }
      }
    }
  }

  /// The lowest scalar whose tone may move ("Ó").
  private static let lowestMovable: UInt32 = scalarMoves.map(\.0).min()!

  /// `scalarMoves` by their first scalar, below U+2000 (where every toned vowel is): (next, plain vowel, toned
  /// next), in the order of `scalarMoves`. A window folds its scalars through it as it decodes them.
  static let movesByFirst: [[(Unicode.Scalar, Unicode.Scalar, Unicode.Scalar)]?] = {
    var table = [[(Unicode.Scalar, Unicode.Scalar, Unicode.Scalar)]?](repeating: nil, count: 0x2000)
    for (first, next, plain, toned) in scalarMoves {
      table[Int(first)] = (table[Int(first)] ?? []) + [(next, plain, toned)]
    }
    return table
  }()

  /// The text with every tone placement brought to one style ("oá", "uý"), for comparison.
  static func fold(_ text: String) -> String {
    // Most text has no tone to move (no toned vowel, no combining mark that could make one): it is returned as it is.
    var moves = false
    var alone = true
    for s in text.unicodeScalars {
      if mayMove(s) || (0x300...0x36F).contains(s.value) { moves = true }
      if !TextWindow.standsAlone(s.value) { alone = false }
    }
    guard moves else { return text }
    if alone {
      // Every scalar is a character: the moves are made on the scalars, without a Character's hash per letter.
      var scalars = text.unicodeScalars.map(\.value)
      scalars.withUnsafeMutableBufferPointer { fold($0.baseAddress!, count: $0.count) }
      // Encoded into one buffer (a scalar view appended to one scalar at a time costs ~400 instructions each).
      var out: [UInt8] = []
      out.reserveCapacity(4 * scalars.count)
      for v in scalars { UTF16Transcoder.appendUTF8(v, to: &out) }
      return String(decoding: out, as: UTF8.self)
    }
    var chars = Array(text)
    fold(&chars)
    return String(chars)
  }
}
