/// The plan of a synthetic corpus: which documents exist, who issued them, where, when, with which number, and which
/// other documents each implements or mentions. The text of each document is written later from its plan entry
/// (DocumentWriter), so documents can be written in parallel and still be the same for a given seed.

/// Who issued a document.
enum Issuer: Sendable, Equatable {
  case partyCentral, primeMinister, government
  case ministry(Int)
  case provincialParty, provincialCommittee, department
  case districtParty, districtCommittee, districtOffice
  case communeParty, communeCommittee

  var isParty: Bool {
    switch self {
    case .partyCentral, .provincialParty, .districtParty, .communeParty: true
    default: false
    }
  }

  /// 0 central, 1 province, 2 district, 3 commune.
  var depth: Int {
    switch self {
    case .partyCentral, .primeMinister, .government, .ministry: 0
    case .provincialParty, .provincialCommittee, .department: 1
    case .districtParty, .districtCommittee, .districtOffice: 2
    case .communeParty, .communeCommittee: 3
    }
  }
}

/// The ministries central documents come from: code, name, name of the minister's office.
struct Ministry: Sendable {
  let code: String
  let name: String
}

enum Ministries {
  static let all: [Ministry] = [
    Ministry(code: "BGDĐT", name: "Bộ Giáo dục và Đào tạo"),
    Ministry(code: "BYT", name: "Bộ Y tế"),
    Ministry(code: "BVHTTDL", name: "Bộ Văn hóa, Thể thao và Du lịch"),
    Ministry(code: "BLĐTBXH", name: "Bộ Lao động - Thương binh và Xã hội"),
    Ministry(code: "BTTTT", name: "Bộ Thông tin và Truyền thông"),
    Ministry(code: "BNV", name: "Bộ Nội vụ"),
    Ministry(code: "BTC", name: "Bộ Tài chính"),
    Ministry(code: "BCA", name: "Bộ Công an"),
  ]
}

/// A document as it is cited: its number in parts (so noise can be applied to any part), date, issuer and subject.
struct Ref: Sendable {
  enum Shape: Sendable { case party, state, normative, letter, parliament }

  var typeWord: String
  var shape: Shape
  var number: Int
  /// The year written in the number (normative, parliament).
  var year: Int? = nil
  /// nil for letters and parliament numbers.
  var typeCode: String?
  /// The issuer code, then unit or co-issuer codes.
  var issuers: [String]
  var date: Day?
  /// "Ban Thường vụ Tỉnh ủy Nghệ An" (without "của").
  var issuerPhrase: String?
  /// "về …" or "quy định …", written after the issuer.
  var subject: String?
  /// "Luật Giáo dục": laws are cited by name before the number.
  var lawName: String? = nil

  /// The canonical number and symbol.
  var canonical: String {
    let codes = issuers.joined(separator: "-")
    switch shape {
    case .party: return (number < 10 ? "0\(number)" : "\(number)") + "-\(typeCode!)/\(codes)"
    case .state: return "\(number)/\(typeCode!)-\(codes)"
    case .normative: return "\(number)/\(year!)/\(typeCode!)-\(codes)"
    case .letter: return "\(number)/\(codes)"
    case .parliament: return "\(number)/\(year!)/\(codes)"
    }
  }
}

/// One document of the corpus.
struct PlannedDoc: Sendable {
  enum Role: Sendable { case root, plan, report }

  var issuer: Issuer
  var province: Int?
  var district: Int?
  var commune: Int?
  var typeCode: String
  var typeWord: String
  var number: Int
  var date: Day
  var topic: Int
  var role: Role
  /// The corpus documents it implements (plan indices), the main one first.
  var parents: [Int]
  /// Other corpus documents it names (the Party plan beside a State one, the root of the chain…).
  var mentions: [Int]
  /// The path inside the corpus folder.
  var path: String = ""
}

struct CorpusPlan: Sendable {
  let seed: UInt64
  var docs: [PlannedDoc]
  /// Central documents outside the corpus that everyone cites: laws, decrees, circulars, decisions, letters.
  var external: [Ref]
  /// Per province: local documents outside the corpus (letters, HĐND resolutions, UBND decisions, Party resolutions).
  var local: [[Ref]]

  /// The plan of `count` documents.
  static func make(count: Int, seed: UInt64) -> CorpusPlan {
    var rng = SplitMix64(seed: seed, stream: 0, index: 0)
    var builder = PlanBuilder(rng: rng)
    while builder.docs.count < count { builder.campaign() }
    var docs = Array(builder.docs.prefix(count))
    // Drop links to documents cut off by the truncation (they cannot be: parents come first, but be safe).
    for i in docs.indices {
      docs[i].parents = docs[i].parents.filter { $0 < count }
      docs[i].mentions = docs[i].mentions.filter { $0 < count }
    }
    // File order unrelated to generation order.
    var order = Array(0..<count)
    rng = SplitMix64(seed: seed, stream: 2, index: 0)
    rng.shuffle(&order)
    for (fileIndex, d) in order.enumerated() {
      docs[d].path = CorpusPlan.path(fileIndex: fileIndex, doc: docs[d])
    }
    return CorpusPlan(
      seed: seed, docs: docs, external: ExternalPool.central(seed: seed),
      local: Geography.provinces.indices.map { ExternalPool.local(seed: seed, province: $0) })
  }

  static func path(fileIndex: Int, doc: PlannedDoc) -> String {
    func pad(_ n: Int, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    let level = ["tw", "tinh", "huyen", "xa"][doc.issuer.depth]
    let who: String
    switch doc.issuer {
    case .partyCentral: who = "tw"
    case .primeMinister: who = "ttg"
    case .government: who = "cp"
    case .ministry(let m): who = "bo\(m)"
    case .provincialParty: who = "tu"
    case .districtParty: who = "hu"
    case .communeParty: who = "du"
    case .provincialCommittee, .districtCommittee, .communeCommittee: who = "ubnd"
    case .department: who = "so"
    case .districtOffice: who = "phong"
    }
    let place = doc.province.map { "_p\($0)" } ?? ""
    return
      "\(pad(fileIndex / 1000, 3))/\(pad(fileIndex, 6))_\(level)\(place)_\(who)_\(doc.typeCode.lowercased())_\(doc.number).txt"
  }

  /// How a corpus document is cited.
  func ref(_ i: Int) -> Ref {
    let d = docs[i]
    let shape: Ref.Shape = d.issuer.isParty ? .party : .state
    return Ref(
      typeWord: d.typeWord, shape: shape, number: d.number, typeCode: d.typeCode,
      issuers: [issuerCode(d)], date: d.date, issuerPhrase: issuerPhrase(d, withPlace: true),
      subject: "về " + Topics.all[d.topic])
  }

  func issuerCode(_ d: PlannedDoc) -> String {
    switch d.issuer {
    case .partyCentral: "TW"
    case .primeMinister: "TTg"
    case .government: "CP"
    case .ministry(let m): Ministries.all[m].code
    case .provincialParty: "TU"
    case .provincialCommittee, .districtCommittee, .communeCommittee: "UBND"
    case .department: "SGDĐT"
    case .districtParty: Geography.provinces[d.province!].districts[d.district!].kind.partyCode
    case .districtOffice: "PGDĐT"
    case .communeParty: "ĐU"
    }
  }

  /// "Ban Thường vụ Tỉnh ủy Nghệ An", "Ủy ban nhân dân huyện Tiên Yên", "Thủ tướng Chính phủ".
  func issuerPhrase(_ d: PlannedDoc, withPlace: Bool) -> String {
    let p = d.province.map { Geography.provinces[$0] }
    let dist = d.district.flatMap { di in p.map { $0.districts[di] } }
    let com = d.commune.flatMap { ci in dist.map { $0.communes[ci] } }
    switch d.issuer {
    case .partyCentral:
      switch d.typeCode {
      case "CT": return "Ban Bí thư"
      case "NQ": return d.number % 3 == 0 ? "Ban Chấp hành Trung ương Đảng" : "Bộ Chính trị"
      default: return "Bộ Chính trị"
      }
    case .primeMinister: return "Thủ tướng Chính phủ"
    case .government: return "Chính phủ"
    case .ministry(let m):
      return d.typeCode == "CT" ? "Bộ trưởng " + Ministries.all[m].name : Ministries.all[m].name
    case .provincialParty:
      return "Ban Thường vụ " + p!.partyCommittee + (withPlace ? " " + p!.name : "")
    case .provincialCommittee:
      let body = d.typeCode == "CT" ? "Chủ tịch Ủy ban nhân dân" : "Ủy ban nhân dân"
      return body + (withPlace ? " " + p!.styled : " tỉnh")
    case .department:
      return "Sở Giáo dục và Đào tạo" + (withPlace ? " " + p!.styled : "")
    case .districtParty:
      return "Ban Thường vụ " + dist!.kind.partyCommittee + (withPlace ? " " + dist!.name : "")
    case .districtCommittee:
      return "Ủy ban nhân dân " + (withPlace ? dist!.styled : dist!.kind.word)
    case .districtOffice:
      return "Phòng Giáo dục và Đào tạo" + (withPlace ? " " + dist!.styled : "")
    case .communeParty:
      return "Ban Thường vụ Đảng ủy " + (withPlace ? com!.styled : com!.word)
    case .communeCommittee:
      return "Ủy ban nhân dân " + (withPlace ? com!.styled : com!.word)
    }
  }
}

/// Builds campaigns: a central document, the provincial documents implementing it, the district documents
/// implementing those, and the commune documents implementing the district ones; a few reports beside them.
struct PlanBuilder {
  var rng: SplitMix64
  var docs: [PlannedDoc] = []
  private var counters: [String: Int] = [:]

  init(rng: SplitMix64) { self.rng = rng }

  /// The next free number for an issuer, type and numbering period.
  mutating func nextNumber(_ key: String, start: ClosedRange<Int>, step: ClosedRange<Int>) -> Int {
    if let n = counters[key] {
      let v = n + rng.int(step)
      counters[key] = v
      return v
    }
    let v = rng.int(start)
    counters[key] = v
    return v
  }

  mutating func add(
    _ issuer: Issuer, province: Int? = nil, district: Int? = nil, commune: Int? = nil,
    type: (String, String), date: Day, topic: Int, role: PlannedDoc.Role, parents: [Int],
    mentions: [Int] = []
  ) -> Int {
    let place = "\(province ?? -1)/\(district ?? -1)/\(commune ?? -1)"
    let period: String
    if issuer.isParty {
      period = issuer.depth == 0 ? date.centralTerm : String(date.localTerm)
    } else {
      period = String(date.year)
    }
    let key = "\(issuer)|\(place)|\(type.0)|\(period)"
    let number: Int
    switch issuer.depth {
    case 0: number = nextNumber(key, start: 1...40, step: 1...4)
    case 1: number = nextNumber(key, start: issuer.isParty ? 5...120 : 20...900, step: 1...9)
    default: number = nextNumber(key, start: issuer.isParty ? 1...60 : 3...180, step: 1...6)
    }
    docs.append(
      PlannedDoc(
        issuer: issuer, province: province, district: district, commune: commune, typeCode: type.0,
        typeWord: type.1, number: number, date: date, topic: topic, role: role, parents: parents,
        mentions: mentions))
    return docs.count - 1
  }

  mutating func campaign() {
    let topic = rng.below(Topics.all.count)
    let rootDate = Day(
      serial: Day(2012, 3, 1).serial + rng.below(Day(2024, 3, 1).serial - Day(2012, 3, 1).serial))
    let root: Int
    let r = rng.unit()
    if r < 0.45 {
      let t = rng.pick([
        ("CT", "Chỉ thị"), ("CT", "Chỉ thị"), ("NQ", "Nghị quyết"), ("KL", "Kết luận"),
      ])
      root = add(.partyCentral, type: t, date: rootDate, topic: topic, role: .root, parents: [])
    } else if r < 0.65 {
      let t = rng.chance(0.7) ? ("CT", "Chỉ thị") : ("QĐ", "Quyết định")
      root = add(.primeMinister, type: t, date: rootDate, topic: topic, role: .root, parents: [])
    } else if r < 0.75 {
      root = add(
        .government, type: ("NQ", "Nghị quyết"), date: rootDate, topic: topic, role: .root,
        parents: [])
    } else {
      let t = rng.chance(0.5) ? ("CT", "Chỉ thị") : ("KH", "Kế hoạch")
      root = add(
        .ministry(rng.below(Ministries.all.count)), type: t, date: rootDate, topic: topic,
        role: .root, parents: [])
    }
    let rootIsParty = docs[root].issuer.isParty
    let provinces = rng.sample(Geography.provinces.count, count: rng.int(2...10))
    for p in provinces {
      let province = Geography.provinces[p]
      var provincial: [Int] = []
      var partyPlan: Int?
      if rootIsParty {
        let t =
          docs[root].typeCode == "NQ" && rng.chance(0.7)
          ? ("CTr", "Chương trình hành động") : ("KH", "Kế hoạch")
        let tu = add(
          .provincialParty, province: p, type: t, date: rootDate.adding(days: rng.int(10...60)),
          topic: topic,
          role: .plan, parents: [root])
        partyPlan = tu
        provincial.append(tu)
        if rng.chance(0.8) {
          provincial.append(
            add(
              .provincialCommittee, province: p, type: ("KH", "Kế hoạch"),
              date: docs[tu].date.adding(days: rng.int(5...30)), topic: topic, role: .plan,
              parents: [root, tu]))
        }
      } else {
        let t = rng.chance(0.85) ? ("KH", "Kế hoạch") : ("CT", "Chỉ thị")
        let ub = add(
          .provincialCommittee, province: p, type: t, date: rootDate.adding(days: rng.int(10...60)),
          topic: topic,
          role: .plan, parents: [root])
        provincial.append(ub)
        if rng.chance(0.4) {
          provincial.append(
            add(
              .department, province: p, type: ("KH", "Kế hoạch"),
              date: docs[ub].date.adding(days: rng.int(5...25)),
              topic: topic, role: .plan, parents: [ub], mentions: [root]))
        }
      }
      var districtParty: [Int: Int] = [:]
      for pd in provincial {
        let issuer = docs[pd].issuer
        let many = issuer == .department ? 0...2 : 1...4
        let chosen = rng.sample(province.districts.count, count: rng.int(many))
        for di in chosen {
          let date = docs[pd].date.adding(days: rng.int(5...40))
          var parents = [pd]
          var mentions = [root]
          let lower: Issuer
          switch issuer {
          case .provincialParty: lower = .districtParty
          case .department: lower = .districtOffice
          default:
            lower = .districtCommittee
            if let hu = districtParty[di] { parents.append(hu) }
            if let partyPlan { mentions.append(partyPlan) }
          }
          // Now and then a district document implements the central one directly (a level gap for the audit).
          if rng.chance(0.03) { parents = [root] }
          let dd = add(
            lower, province: p, district: di, type: ("KH", "Kế hoạch"), date: date, topic: topic,
            role: .plan,
            parents: parents, mentions: mentions)
          if lower == .districtParty { districtParty[di] = dd }
          if lower == .districtOffice { continue }
          let communes = province.districts[di].communes
          // Commune documents are rarely archived: about one for every two district documents.
          let communeCount = rng.chance(0.4) ? (rng.chance(0.25) ? 2 : 1) : 0
          for ci in rng.sample(communes.count, count: communeCount) {
            _ = add(
              lower == .districtParty ? .communeParty : .communeCommittee, province: p,
              district: di, commune: ci,
              type: ("KH", "Kế hoạch"), date: docs[dd].date.adding(days: rng.int(5...30)),
              topic: topic,
              role: .plan, parents: [dd], mentions: [pd])
          }
        }
      }
      // Reports on how the campaign went, citing the plans (not implementing them).
      if rng.chance(0.25), let first = provincial.first {
        _ = add(
          .provincialCommittee, province: p, type: ("BC", "Báo cáo"),
          date: docs[first].date.adding(days: rng.int(120...400)), topic: topic, role: .report,
          parents: [],
          mentions: provincial + [root])
      }
    }
  }
}
