import Foundation

/// Writes the text of one planned document: header, title, legal grounds, the documents it implements, objectives,
/// tasks, organisation, signature and recipients; filler paragraphs and citation paragraphs mixed to reach the
/// document's drawn size and citation density; noise forms, wrapped symbols, NFD passages, CRLF and BOM now and then.
struct DocumentWriter {
  let plan: CorpusPlan
  let index: Int
  let doc: PlannedDoc
  var rng: SplitMix64
  private(set) var citations = 0
  /// The documents outside the corpus this one may cite: those dated before it (else every one).
  private let central: [Ref]
  private let local: [Ref]
  private var paragraphs: [String] = []
  private var bytes = 0

  /// The document's bytes (UTF-8, maybe with BOM and CRLF) and the number of citations written in it.
  static func write(plan: CorpusPlan, index: Int) -> (data: [UInt8], citations: Int) {
    var w = DocumentWriter(
      plan: plan, index: index, doc: plan.docs[index],
      rng: SplitMix64(seed: plan.seed, stream: 5, index: UInt64(index)))
    return w.render()
  }

  private init(plan: CorpusPlan, index: Int, doc: PlannedDoc, rng: SplitMix64) {
    self.plan = plan
    self.index = index
    self.doc = doc
    self.rng = rng
    func older(_ refs: [Ref]) -> [Ref] {
      let out = refs.filter { ($0.date ?? doc.date) < doc.date }
      return out.isEmpty ? refs : out
    }
    central = older(plan.external)
    local = doc.province.map { older(plan.local[$0]) } ?? []
  }

  // MARK: Assembly

  private mutating func emit(_ s: String) {
    paragraphs.append(s)
    bytes += s.utf8.count + 1
  }

  private mutating func render() -> (data: [UInt8], citations: Int) {
    // Size: 5–60 KB, most documents 8–25 KB; one citation per 1.5–2 KB.
    let u = rng.unit()
    let size = 5_000 + Int(55_000 * pow(u, 2.2))
    let density = Double(rng.int(1_500...2_000))
    header()
    opening()
    let bodyStart = paragraphs.count
    body(size: size, density: density)
    closing(density: density)
    let bodyEnd = paragraphs.count

    // NFD passages: a few paragraphs in 5% of the documents, the whole text in 1%.
    let nfd = rng.unit()
    if nfd < 0.01 {
      paragraphs = paragraphs.map { $0.decomposedStringWithCanonicalMapping }
    } else if nfd < 0.06 {
      for _ in 0..<rng.int(1...3) {
        let k = rng.int(bodyStart...max(bodyStart, bodyEnd - 1))
        paragraphs[k] = paragraphs[k].decomposedStringWithCanonicalMapping
      }
    }
    let crlf = rng.chance(0.08)
    var text = paragraphs.joined(separator: "\n") + "\n"
    if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
    var data: [UInt8] = rng.chance(0.03) ? [0xEF, 0xBB, 0xBF] : []
    data.append(contentsOf: text.utf8)
    return (data, citations)
  }

  // MARK: Header

  private var province: Province? { doc.province.map { Geography.provinces[$0] } }
  private var district: District? { doc.district.flatMap { d in province.map { $0.districts[d] } } }
  private var commune: Commune? { doc.commune.flatMap { c in district.map { $0.communes[c] } } }

  private var ownNumber: String {
    let code = plan.issuerCode(doc)
    if doc.issuer.isParty { return "Số \(doc.number)-\(doc.typeCode)/\(code)" }
    return "Số: \(doc.number)/\(doc.typeCode)-\(code)"
  }

  private var placeName: String {
    if let commune { return commune.name }
    if let district { return district.name }
    if let province { return province.placeName }
    return "Hà Nội"
  }

  private mutating func header() {
    let p = province
    var lines: [String] = []
    switch doc.issuer {
    case .partyCentral: lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"]
    case .primeMinister: lines = ["THỦ TƯỚNG CHÍNH PHỦ", "-------"]
    case .government: lines = ["CHÍNH PHỦ", "-------"]
    case .ministry(let m): lines = [Ministries.all[m].name.uppercased(), "-------"]
    case .provincialParty:
      lines =
        rng.chance(0.5)
        ? ["\(p!.partyCommittee.uppercased()) \(p!.name.uppercased())", "*"]
        : ["ĐẢNG BỘ \(p!.headerLine)", p!.partyCommittee.uppercased(), "*"]
    case .provincialCommittee: lines = ["ỦY BAN NHÂN DÂN", p!.headerLine, "-------"]
    case .department: lines = ["UBND \(p!.headerLine)", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "-------"]
    case .districtParty:
      lines = [
        "ĐẢNG BỘ \(p!.headerLine)",
        "\(district!.kind.partyCommittee.uppercased()) \(district!.name.uppercased())", "*",
      ]
    case .districtCommittee: lines = ["ỦY BAN NHÂN DÂN", district!.styled.uppercased(), "-------"]
    case .districtOffice:
      lines = ["UBND \(district!.styled.uppercased())", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "-------"]
    case .communeParty:
      lines = [
        "ĐẢNG BỘ \(district!.styled.uppercased())", "ĐẢNG ỦY \(commune!.styled.uppercased())", "*",
      ]
    case .communeCommittee: lines = ["ỦY BAN NHÂN DÂN", commune!.styled.uppercased(), "-------"]
    }
    lines.append(ownNumber)
    if doc.issuer.isParty {
      lines.append("ĐẢNG CỘNG SẢN VIỆT NAM")
    } else {
      lines += [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
      ]
    }
    lines.append("\(placeName), \(doc.date.spelled(pad: rng.chance(0.6)))")
    for l in lines { emit(l) }
    emit("")
    emit(doc.typeWord.uppercased())
    if doc.issuer == .partyCentral && doc.typeCode == "CT" { emit("CỦA BAN BÍ THƯ") }
    emit(title())
    if doc.issuer.isParty { emit("-----") }
    emit("")
  }

  private mutating func title() -> String {
    let topic = Topics.all[doc.topic]
    switch doc.role {
    case .root: return "Về " + topic
    case .report:
      return "Kết quả " + rng.pick(["sơ kết", "tổng kết", "đánh giá"]) + " công tác " + topic
    case .plan:
      guard let parent = doc.parents.first, rng.chance(0.75) else {
        return rng.chance(0.5)
          ? "Về việc " + topic : topic.prefix(1).uppercased() + topic.dropFirst()
      }
      let lead = rng.pick([
        "Triển khai thực hiện ", "Thực hiện ", "Về việc thực hiện ", "Tổ chức thực hiện ",
      ])
      return lead
        + cite(plan.ref(parent), detail: rng.chance(0.5) ? .dated : .bare, withIssuer: true)
        + " về " + topic
    }
  }

  // MARK: Citations

  enum Detail { case full, dated, bare }

  /// The number and symbol as written, with noise now and then (DOMAIN.md §1).
  private mutating func surface(_ r: Ref) -> String {
    var codes = r.issuers
    var type = r.typeCode
    let n = r.number < 10 && r.shape == .party && rng.chance(0.7) ? "0\(r.number)" : "\(r.number)"
    let roll = rng.unit()
    if roll >= 0.12 { return r.canonical }
    func dForDj(_ s: String) -> String { s.replacingOccurrences(of: "Đ", with: "D") }
    switch r.shape {
    case .party:
      if roll < 0.07 { return "\(n) \(type!)/\(codes[0])" }  // space for hyphen
      if roll < 0.09 { return "\(n)–\(type!)/\(codes[0])" }  // en dash
      return "\(n)/\(type!)-\(codes[0])"  // swapped separators
    case .state:
      if roll < 0.05, codes.joined().contains("Đ") || type!.contains("Đ") {
        codes = codes.map(dForDj)
        type = dForDj(type!)
        return "\(n)/\(type!)-\(codes.joined(separator: "-"))"
      }
      if roll < 0.09 { return "\(n)/\(type!)- \(codes.joined(separator: "-"))" }  // stray space
      return "\(n)/\(type!)-\n\(codes.joined(separator: "-"))"  // wrapped line
    case .normative:
      let y = r.year!
      if roll < 0.04 { return "\(n)/\(y)/\(type!)\(codes.joined(separator: "-"))" }  // missing hyphen
      if roll < 0.07 { return "\(n) /\(y)/\(type!)- \(codes.joined(separator: "-"))" }  // stray spaces
      if roll < 0.10 {
        return "\(n)/\(y)/\(dForDj(type!))-\(codes.map(dForDj).joined(separator: "-"))"
      }
      return "\(n)/\(y)/\(type!)-\n\(codes.joined(separator: "-"))"  // wrapped line
    case .letter:
      if roll < 0.06 { return "\(n)/\(codes.map(dForDj).joined(separator: "-"))" }
      return "\(n)/\(codes[0])- \(codes.dropFirst().joined(separator: "-"))"
    case .parliament:
      return r.canonical
    }
  }

  private mutating func dateText(_ d: Day) -> String {
    switch rng.below(6) {
    case 0: return " ngày " + d.slashed(pad: false)
    case 1: return " " + d.spelled(pad: rng.chance(0.5))
    case 2: return ", ngày " + d.slashed(pad: true)
    case 3: return " (" + d.slashed(pad: false) + ")"
    default: return " ngày " + d.slashed(pad: true)
    }
  }

  /// One citation: type word, "số", the number, and as much of date, issuer and subject as `detail` says.
  private mutating func cite(_ r: Ref, detail: Detail, withIssuer: Bool = false) -> String {
    citations += 1
    var s: String
    if let law = r.lawName {
      s = law + (rng.chance(0.85) ? " số " : " ") + surface(r)
      if detail != .bare, let d = r.date { s += dateText(d) }
      return s
    }
    s = r.typeWord + (rng.chance(0.9) ? " số " : " ") + surface(r)
    if rng.chance(0.02) { s = "**" + s + "**" }
    if detail != .bare, let d = r.date { s += dateText(d) }
    if detail == .full || withIssuer, let who = r.issuerPhrase { s += " của " + who }
    if detail == .full, let subject = r.subject { s += " " + subject }
    return s
  }

  /// Several numbers sharing one symbol: "Thông tư số 17, 18, 19/TT-BGDĐT".
  private mutating func sharedSymbol() -> String {
    let k = rng.int(2...3)
    let first = rng.int(5...40)
    let numbers = (0..<k).map { String(first + $0) }
    citations += k
    let joined =
      numbers.dropLast().joined(separator: ", ") + (rng.chance(0.5) ? ", " : " và ") + numbers.last!
    if rng.chance(0.5) {
      let y = rng.int(2014...2023)
      return "Thông tư số \(joined)/\(y)/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo"
    }
    return
      "các Quyết định số \(joined)/QĐ-UBND ngày \(Day(rng.int(2015...2023), rng.int(1...12), rng.int(1...28)).slashed(pad: false))"
  }

  private mutating func externalRef() -> Ref {
    if !local.isEmpty, rng.chance(0.35) { return rng.pick(local) }
    return rng.pick(central)
  }

  private mutating func anyRef() -> Ref {
    let related = doc.parents + doc.mentions
    if !related.isEmpty, rng.chance(0.3) { return plan.ref(rng.pick(related)) }
    return externalRef()
  }

  private mutating func detail() -> Detail {
    let r = rng.unit()
    return r < 0.35 ? .full : (r < 0.7 ? .dated : .bare)
  }

  // MARK: Sentences

  private mutating func sentence() -> String {
    var s =
      rng.pick(Words.actions) + " " + rng.pick(Words.objects) + " " + rng.pick(Words.qualifiers)
    let t = rng.pick(Words.tails)
    s += t
    switch rng.below(9) {
    case 0:
      s +=
        "; phấn đấu đến năm \(rng.int(2024...2030)) có \(rng.int(60...100))% \(rng.pick(Words.targets))"
    case 1:
      s += ", hoàn thành trước ngày \(rng.int(1...28))/\(rng.int(1...12))/\(doc.date.year + 1)"
    case 2: s += " ngay từ đầu năm học \(doc.date.year) - \(doc.date.year + 1)"
    case 3: s += ", bảo đảm tỷ lệ \(rng.int(85...99)),\(rng.int(1...9))% \(rng.pick(Words.targets))"
    case 4: s += "; duy trì dạy học 2 buổi/ngày ở \(rng.int(40...95))% số lớp"
    default: break
    }
    return s + "."
  }

  private mutating func filler() -> String {
    let prefix = rng.pick([
      "- ", "- ", "", "+ ", "\(rng.int(1...6)). ", "\(["a", "b", "c", "d"][rng.below(4)])) ",
    ])
    return prefix + (0..<rng.int(1...4)).map { _ in sentence() }.joined(separator: " ")
  }

  private mutating func citationParagraph() -> String {
    let a = rng.pick(Words.actors)
    switch rng.below(12) {
    case 0:
      return "- " + rng.pick(Words.actions) + " " + rng.pick(Words.objects)
        + " theo đúng quy định tại "
        + cite(externalRef(), detail: detail()) + "."
    case 1:
      return "- Thực hiện nghiêm túc " + cite(anyRef(), detail: detail()) + "; " + sentence()
    case 2:
      return a + " tiếp tục thực hiện " + cite(externalRef(), detail: detail()) + " và "
        + cite(externalRef(), detail: .bare) + ", bảo đảm " + rng.pick(Words.qualifiers) + "."
    case 3:
      return "Căn cứ hướng dẫn tại " + cite(externalRef(), detail: detail()) + ", " + a.lowercased()
        + " chủ động "
        + rng.pick(Words.actions).lowercased() + " " + rng.pick(Words.objects) + "."
    case 4:
      var items: [String] = []
      for _ in 0..<rng.int(3...4) {
        items.append(cite(anyRef(), detail: rng.chance(0.5) ? .dated : .bare))
      }
      return "Tiếp tục triển khai thực hiện " + items.dropLast().joined(separator: "; ") + " và "
        + items.last! + "; "
        + sentence()
    case 5:
      return "Theo số liệu tổng hợp tại " + cite(externalRef(), detail: .dated) + ", toàn "
        + (doc.issuer.depth == 0 ? "quốc" : (doc.issuer.depth == 1 ? "tỉnh" : "huyện"))
        + " có \(rng.int(55...98))% "
        + rng.pick(Words.targets)
        + ", tăng \(rng.int(1...12)),\(rng.int(0...9))% so với năm \(doc.date.year - 1). "
        + sentence()
    case 6:
      return "- Rà soát, sửa đổi, bổ sung các quy chế phối hợp cho phù hợp với "
        + cite(externalRef(), detail: detail())
        + "."
    case 7:
      return "- " + sentence().dropLast() + " theo tinh thần " + cite(anyRef(), detail: .bare) + "."
    case 8 where rng.chance(0.4):
      return "- Triển khai " + sharedSymbol() + " về "
        + rng.pick(ExternalPool.centralSubjects).dropFirst(3) + "; "
        + sentence()
    case 9:
      return a + " thực hiện chế độ báo cáo theo " + cite(externalRef(), detail: .bare)
        + " (thay thế "
        + cite(externalRef(), detail: .bare) + "). " + sentence()
    case 10:
      let laws = central.filter { $0.lawName != nil }
      let law = rng.pick(laws.isEmpty ? Array(plan.external.prefix(ExternalPool.laws.count)) : laws)
      return "Bảo đảm các điều kiện theo quy định của " + cite(law, detail: .bare) + " và "
        + cite(externalRef(), detail: detail()) + "; " + sentence()
    default:
      return "- " + rng.pick(Words.actions) + " " + rng.pick(Words.objects) + "; thực hiện tốt "
        + cite(anyRef(), detail: detail()) + "."
    }
  }

  // MARK: Parts

  private var shortIssuer: String { plan.issuerPhrase(doc, withPlace: false) }

  private mutating func opening() {
    switch doc.role {
    case .root:
      if doc.issuer.isParty {
        let older = central.filter { $0.shape == .party }
        let partyRefs = older.isEmpty ? plan.external.filter { $0.shape == .party } : older
        emit(
          "Thời gian qua, các cấp ủy, tổ chức đảng đã quán triệt và tổ chức thực hiện "
            + cite(rng.pick(partyRefs), detail: .full)
            + ", đạt nhiều kết quả. "
            + sentence())
        emit("Tuy nhiên, " + sentence().lowercased() + " " + sentence())
        emit(
          "Để khắc phục những hạn chế trên, " + plan.issuerPhrase(doc, withPlace: true)
            + " yêu cầu các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:")
      } else {
        for _ in 0..<rng.int(1...2) {
          emit("Căn cứ " + cite(rng.pick(central), detail: .full) + ";")
        }
        emit(
          "Nhằm " + Topics.all[doc.topic] + ", " + plan.issuerPhrase(doc, withPlace: true)
            + " yêu cầu các bộ, ngành, địa phương thực hiện các nội dung sau:")
      }
    case .plan:
      if !doc.issuer.isParty {
        for _ in 0..<rng.int(0...3) { emit("Căn cứ " + cite(externalRef(), detail: .full) + ";") }
      }
      var implemented = doc.parents.map { plan.ref($0) }
      let wantsMentions = !doc.mentions.isEmpty && rng.chance(0.5)
      if wantsMentions { implemented.append(plan.ref(rng.pick(doc.mentions))) }
      let lead = rng.pick([
        "Thực hiện ", "Thực hiện ", "Triển khai thực hiện ", "Tiếp tục thực hiện ",
      ])
      var items: [String] = []
      for r in implemented {
        items.append(cite(r, detail: rng.chance(0.7) ? .full : .dated, withIssuer: true))
      }
      let closing =
        doc.issuer.isParty
        ? "Ban Thường vụ \(partyBody) xây dựng Kế hoạch thực hiện như sau:"
        : "\(shortIssuer.prefix(1).uppercased() + shortIssuer.dropFirst()) ban hành \(doc.typeWord) triển khai thực hiện như sau:"
      if rng.chance(0.5) {
        emit(lead + items.joined(separator: "; ") + ";")
        emit(closing)
      } else {
        emit(lead + items.joined(separator: " và ") + ", " + closing)
      }
    case .report:
      let letter = externalRef()
      emit(
        "Theo đề nghị tại " + cite(letter, detail: .full) + ", " + shortIssuer
          + " báo cáo kết quả công tác trong kỳ như sau:")
      emit("I. KẾT QUẢ ĐẠT ĐƯỢC")
      for m in doc.mentions.prefix(4) {
        emit(
          "- Đối với " + cite(plan.ref(m), detail: .dated, withIssuer: true) + ": "
            + (0..<rng.int(1...3)).map { _ in sentence() }.joined(separator: " "))
      }
    }
  }

  private var partyBody: String {
    switch doc.issuer {
    case .provincialParty: return province!.partyCommittee
    case .districtParty: return district!.kind.partyCommittee + " " + district!.name
    case .communeParty: return "Đảng ủy " + commune!.styled
    default: return "Đảng ủy"
    }
  }

  private mutating func body(size: Int, density: Double) {
    let closingBytes = 1_400
    emit(rng.pick(Words.objectiveHeads))
    for _ in 0..<rng.int(2...3) { emit(filler()) }
    emit(doc.role == .report ? "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" : rng.pick(Words.taskHeads))
    var sub = 1
    var sinceHead = 99
    while bytes < size - closingBytes {
      if sinceHead > rng.int(3...8) {
        emit("\(sub). " + rng.pick(Words.subHeads))
        sub += 1
        sinceHead = 0
      }
      if Double(citations) * density < Double(bytes) {
        emit(citationParagraph())
      } else {
        emit(filler())
      }
      sinceHead += 1
    }
  }

  private mutating func closing(density: Double) {
    if doc.role == .report {
      emit("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
      for _ in 0..<rng.int(2...4) { emit(filler()) }
      emit("")
      signature()
      return
    }
    emit("III. TỔ CHỨC THỰC HIỆN")
    let selfName = doc.typeWord + " này"
    switch doc.issuer.depth {
    case 0:
      emit(
        doc.issuer.isParty
          ? "1. Các tỉnh ủy, thành ủy, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương tổ chức quán triệt và xây dựng kế hoạch thực hiện \(selfName)."
          : "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo xây dựng kế hoạch triển khai thực hiện \(selfName) trên địa bàn."
      )
    case 1:
      emit(
        doc.issuer.isParty
          ? "1. Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy căn cứ \(selfName) xây dựng kế hoạch thực hiện sát với tình hình địa phương."
          : "1. Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ \(selfName) xây dựng kế hoạch triển khai thực hiện trên địa bàn, gửi về Sở Giáo dục và Đào tạo trước ngày \(doc.date.adding(days: 30).slashed(pad: true))."
      )
      emit(
        "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn, đôn đốc, kiểm tra việc thực hiện."
      )
    case 2:
      emit(
        doc.issuer.isParty
          ? "1. Các đảng ủy xã, thị trấn căn cứ \(selfName) xây dựng kế hoạch thực hiện, hoàn thành trước ngày \(doc.date.adding(days: 30).slashed(pad: false))."
          : "1. Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch thực hiện \(selfName), báo cáo kết quả về Phòng Giáo dục và Đào tạo."
      )
    default:
      emit("1. Các chi bộ, ban, ngành, đoàn thể \(commune!.styled) tổ chức thực hiện \(selfName).")
    }
    if rng.chance(0.5) {
      emit(
        "3. Chế độ báo cáo thực hiện theo " + cite(externalRef(), detail: .bare) + "; " + sentence()
      )
    }
    emit(
      "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về \(doc.issuer.isParty ? "Văn phòng" : "cơ quan thường trực") để được hướng dẫn./."
    )
    emit("")
    signature()
  }

  private mutating func name() -> String {
    rng.pick(Words.families) + " " + rng.pick(Words.middles) + " " + rng.pick(Words.givens)
  }

  private mutating func signature() {
    if doc.issuer.isParty {
      emit(rng.chance(0.5) ? "T/M BAN THƯỜNG VỤ" : "TM. BAN THƯỜNG VỤ")
      emit(rng.pick(["BÍ THƯ", "PHÓ BÍ THƯ"]))
    } else if doc.issuer == .department || doc.issuer == .districtOffice {
      emit(rng.pick(["GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "TRƯỞNG PHÒNG"]))
    } else if doc.issuer.depth == 0 {
      emit(rng.pick(["THỦ TƯỚNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "TM. CHÍNH PHỦ\nTHỦ TƯỚNG"]))
    } else {
      emit("TM. ỦY BAN NHÂN DÂN")
      emit(rng.pick(["CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]))
    }
    emit("(Đã ký)")
    emit(name())
    emit("")
    emit("Nơi nhận:")
    let recipients = [
      "- Như mục III;", "- Thường trực HĐND;", "- Các sở, ban, ngành;", "- Các đoàn thể;",
      "- Cổng thông tin điện tử;",
      "- Các phòng, ban;", "- Lưu: VT.",
    ]
    for r in recipients.prefix(rng.int(3...6)) { emit(r) }
    emit("- Lưu: VT, \(rng.pick(["VX", "TH", "KGVX", "VP"])).")
  }
}
