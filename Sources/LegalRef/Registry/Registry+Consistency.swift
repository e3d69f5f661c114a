/// Checks that a registry's rows agree with the rules of DOMAIN.md: the number's shape and codes with the type and
/// issuer, the date with the term, and no name shared by two documents.
extension Registry {
  /// The issuing bodies each issuer code stands for.
  static let issuerNames: [String: Set<String>] = [
    "TW": ["Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"],
    "CP": ["Chính phủ"], "TTg": ["Thủ tướng Chính phủ"], "BGDĐT": ["Bộ Giáo dục và Đào tạo"],
    "BTC": ["Bộ Tài chính"], "BLĐTBXH": ["Bộ Lao động - Thương binh và Xã hội"],
    "BYT": ["Bộ Y tế"], "BNV": ["Bộ Nội vụ"], "BTTTT": ["Bộ Thông tin và Truyền thông"],
    "BCA": ["Bộ Công an"], "BVHTTDL": ["Bộ Văn hóa, Thể thao và Du lịch"], "QH": ["Quốc hội"],
    "UBTVQH": ["Ủy ban Thường vụ Quốc hội"],
  ]

  /// Type names a type code may carry in each shape (TT is a thông tri in a Party number, a thông tư otherwise;
  /// QĐ is a quyết định or, in recent Party numbers, a quy định).
  static func typeAgrees(_ e: RegistryEntry) -> Bool {
    let n = e.number
    switch n.shape {
    case .party:
      guard let code = n.typeCode, let name = CodeTables.partyTypes[code] else { return false }
      return name == e.type || (code == "QĐ" && e.type == "Quy định")
    case .state, .normative:
      guard let code = n.typeCode, let name = CodeTables.stateTypes[code] else { return false }
      return name == e.type || (code == "QĐ" && e.type == "Quy định")
    case .parliament:
      return ["Luật", "Bộ luật", "Nghị quyết", "Pháp lệnh", "Hiến pháp"].contains(e.type)
    case .letter: return e.type == "Công văn"
    case .unnumbered: return false
    }
  }

  /// The issuer agrees with the issuer codes: each code that is known names one of the bodies written (joint
  /// documents list their bodies with " - " in the order of their codes).
  static func issuerAgrees(_ e: RegistryEntry) -> Bool {
    var codes = e.number.issuers
    if e.number.shape == .parliament || e.number.issuers.first?.hasPrefix("UBTVQH") == true {
      codes = codes.map { c in CodeTables.parliamentCode(c)?.body ?? c }
    }
    let bodies = codes.count > 1 ? e.issuer.components(separatedBy: " - ") : [e.issuer]
    guard let first = codes.first, let names = issuerNames[first] else { return true }
    if codes.count == 1 { return names.contains(e.issuer) }
    // A joint document: one body per code; the ministry names may themselves hold " - ".
    return names.contains { e.issuer.hasPrefix($0) } && bodies.count >= codes.count
  }

  /// The term a number and date imply, when they imply one: the Party term of its date, or the National Assembly
  /// term in its code (QH14 → XIV).
  static func impliedTerm(_ e: RegistryEntry) -> String? {
    switch e.number.shape {
    case .party: return PartyTerm.centralTerm(e.date)
    default:
      if let (_, k) = e.number.issuers.compactMap({ CodeTables.parliamentCode($0) }).first {
        return RomanNumeral.name(k)
      }
      return nil
    }
  }

  /// Every disagreement in the registry, one message per problem, naming the row; empty when it is consistent.
  public func consistencyProblems() -> [String] {
    var out: [String] = []
    var aliasOwner: [String: RegistryEntry] = [:]
    var identities: [String: RegistryEntry] = [:]
    for e in entries {
      let row = "\(e.origin):\(e.line) \(e.number)"
      if !Self.typeAgrees(e) {
        out.append("\(row): the type '\(e.type)' does not agree with the code in \(e.number)")
      }
      if !Self.issuerAgrees(e) {
        out.append("\(row): the issuer '\(e.issuer)' does not agree with the code in \(e.number)")
      }
      if let year = e.number.year, year != e.date.year {
        out.append("\(row): the year in the number contradicts the date \(e.date)")
      }
      if let implied = Self.impliedTerm(e) {
        if e.term == nil, e.number.shape == .party {
          out.append("\(row): a Party document needs its term (\(implied))")
        } else if let term = e.term, term != implied {
          out.append("\(row): dated \(e.date), it is of term \(implied), not \(term)")
        }
      }
      if e.source.isEmpty { out.append("\(row): no source is named") }
      let identity = e.number.description + "@" + (e.period ?? "")
      if let other = identities[identity] {
        out.append("\(row): the same document as line \(other.line)")
      }
      identities[identity] = e
      for alias in Set(e.aliases.map(Self.fold)) {
        if let other = aliasOwner[alias], other.number != e.number || other.period != e.period {
          out.append("\(row): the alias '\(alias)' also names \(other.number) (line \(other.line))")
        }
        aliasOwner[alias] = e
      }
      for alias in e.aliases {
        if let p = PlenumName.parse(alias), p.term != e.term {
          out.append(
            "\(row): the alias '\(alias)' names term \(p.term), the row says \(e.term ?? "none")")
        }
      }
    }
    return out
  }
}
