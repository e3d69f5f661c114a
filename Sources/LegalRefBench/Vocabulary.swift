/// The words the synthetic documents are made of. Written for this benchmark: subjects, phrases and names in the
/// register of Vietnamese administrative writing, combined at random so no two documents read the same.

enum Topics {
  /// Campaign subjects (written after "về").
  static let all: [String] = [
    "đẩy mạnh chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025",
    "nâng cao chất lượng giáo dục thể chất và hoạt động thể thao trong nhà trường",
    "phòng, chống đuối nước cho trẻ em, học sinh trong mùa mưa bão",
    "tăng cường giáo dục lý tưởng cách mạng, đạo đức, lối sống cho thanh niên",
    "xây dựng xã hội học tập, khuyến khích học tập suốt đời",
    "phát triển giáo dục mầm non ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn",
    "nâng cao năng lực ngoại ngữ cho học sinh phổ thông",
    "bảo đảm an toàn thực phẩm tại bếp ăn tập thể của cơ sở giáo dục",
    "phòng, chống dịch bệnh truyền nhiễm trong cơ sở giáo dục",
    "đẩy mạnh phân luồng học sinh sau trung học cơ sở và định hướng nghề nghiệp",
    "củng cố mạng lưới y tế cơ sở và chăm sóc sức khỏe ban đầu",
    "duy trì, nâng cao kết quả phổ cập giáo dục, xóa mù chữ",
    "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực",
    "thực hành tiết kiệm, chống lãng phí trong chi tiêu công",
    "đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
    "bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu",
    "phát triển nguồn nhân lực chất lượng cao đáp ứng yêu cầu công nghiệp hóa",
    "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    "bảo đảm trật tự, an toàn giao thông cho học sinh",
    "phòng, chống ma túy trong học sinh, sinh viên",
    "phát triển văn hóa đọc trong cộng đồng",
    "ứng dụng công nghệ thông tin trong quản lý nhà nước",
    "củng cố quốc phòng, an ninh ở cơ sở",
    "đổi mới công tác thi đua, khen thưởng",
    "chăm lo đời sống vật chất, tinh thần cho nhà giáo và người lao động",
    "tăng cường kỷ luật, kỷ cương hành chính trong cơ quan nhà nước",
    "phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục",
    "bảo đảm quyền trẻ em và phòng, chống xâm hại trẻ em",
    "thực hiện chương trình giáo dục phổ thông mới",
    "nâng cao chất lượng bữa ăn học đường",
    "tăng cường công tác bảo vệ bí mật nhà nước",
    "phát triển kinh tế tập thể, hợp tác xã",
  ]
}

enum Words {
  static let actions: [String] = [
    "Tăng cường", "Đẩy mạnh", "Tiếp tục nâng cao", "Chú trọng", "Rà soát, bổ sung",
    "Tập trung chỉ đạo",
    "Đổi mới nội dung, phương thức", "Nâng cao hiệu quả", "Kiện toàn", "Huy động các nguồn lực cho",
    "Làm tốt", "Phát huy vai trò của", "Quan tâm đầu tư", "Tổ chức đánh giá",
    "Xây dựng và nhân rộng",
    "Chỉ đạo quyết liệt", "Siết chặt", "Thường xuyên kiểm tra", "Duy trì", "Củng cố",
  ]

  static let objects: [String] = [
    "công tác tuyên truyền, phổ biến, giáo dục pháp luật",
    "đội ngũ cán bộ quản lý, giáo viên và nhân viên",
    "cơ sở vật chất, trang thiết bị dạy học", "mạng lưới trường, lớp học",
    "sự phối hợp giữa nhà trường, gia đình và xã hội",
    "công tác kiểm tra, giám sát", "hoạt động của Mặt trận Tổ quốc và các đoàn thể",
    "chế độ thông tin, báo cáo định kỳ",
    "việc ứng dụng công nghệ thông tin", "các phong trào thi đua yêu nước", "công tác xã hội hóa",
    "mạng lưới trạm y tế xã, phường", "hệ thống thiết chế văn hóa, thể thao cơ sở",
    "vai trò nêu gương của cán bộ, đảng viên",
    "công tác quản lý nhà nước về lĩnh vực được giao", "cơ sở dữ liệu dùng chung của ngành",
    "các mô hình điểm",
    "công tác tư vấn tâm lý cho học sinh", "hoạt động trải nghiệm, hướng nghiệp",
    "quỹ khuyến học các cấp",
    "công tác bồi dưỡng chuyên môn, nghiệp vụ", "trách nhiệm của người đứng đầu",
    "việc giải quyết thủ tục hành chính",
    "công tác phòng cháy, chữa cháy", "hoạt động của các câu lạc bộ năng khiếu",
    "thư viện trường học",
  ]

  static let qualifiers: [String] = [
    "trên địa bàn", "ở các cấp, các ngành", "theo hướng thực chất, hiệu quả",
    "bảo đảm đúng tiến độ đề ra",
    "gắn với nhiệm vụ chính trị của địa phương", "phù hợp với điều kiện thực tế của từng đơn vị",
    "nhất là ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số", "trong giai đoạn 2021 - 2025",
    "đến năm 2030", "tránh hình thức, lãng phí", "một cách đồng bộ, toàn diện",
    "có trọng tâm, trọng điểm",
    "bằng nhiều hình thức phù hợp", "với sự tham gia của cả hệ thống chính trị",
  ]

  static let tails: [String] = [
    "; kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu",
    "; xử lý nghiêm các trường hợp vi phạm",
    "; định kỳ sơ kết, đánh giá kết quả thực hiện", "", "", "",
    "; không để xảy ra tình trạng đùn đẩy trách nhiệm",
    "; bảo đảm công khai, minh bạch", "; lồng ghép với các chương trình mục tiêu quốc gia",
    "; ưu tiên bố trí kinh phí từ nguồn ngân sách địa phương",
    "; chủ động tháo gỡ khó khăn, vướng mắc phát sinh",
  ]

  static let targets: [String] = [
    "trường đạt chuẩn quốc gia", "học sinh được học bơi an toàn",
    "giáo viên đạt chuẩn trình độ đào tạo",
    "hồ sơ được giải quyết đúng hạn", "xã đạt chuẩn nông thôn mới",
    "trẻ em trong độ tuổi được tiêm chủng đầy đủ",
    "cơ sở giáo dục có kết nối Internet tốc độ cao", "thôn, bản có nhà văn hóa",
    "học sinh được tư vấn hướng nghiệp",
  ]

  static let actors: [String] = [
    "Các cơ quan, đơn vị", "Các cơ sở giáo dục", "Các tổ chức cơ sở đảng",
    "Thủ trưởng các cơ quan, đơn vị",
    "Các phòng, ban chuyên môn", "Cấp ủy, chính quyền các cấp", "Các trường học trên địa bàn",
  ]

  static let objectiveHeads: [String] = [
    "I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC TIÊU", "I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU",
    "I. QUAN ĐIỂM, MỤC TIÊU",
  ]
  static let taskHeads: [String] = [
    "II. NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ TRỌNG TÂM", "II. NỘI DUNG THỰC HIỆN",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
  ]
  static let subHeads: [String] = [
    "Về công tác lãnh đạo, chỉ đạo", "Về công tác tuyên truyền", "Về nguồn lực thực hiện",
    "Về kiểm tra, giám sát",
    "Về phối hợp liên ngành", "Về chế độ báo cáo", "Về công tác cán bộ",
    "Về ứng dụng khoa học, công nghệ",
  ]

  static let families = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
  ]
  static let middles = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Quốc", "Ngọc", "Xuân", "Thu"]
  static let givens = [
    "Hùng", "Lan", "Dũng", "Hà", "Tuấn", "Hương", "Sơn", "Mai", "Thắng", "Nga", "Long", "Hải",
    "Phương", "Bình", "Tâm",
  ]
}

/// Documents outside the corpus that corpus documents cite. The numbers are synthetic (shapes of DOMAIN.md §1), not
/// the real documents.
enum ExternalPool {
  static let laws = [
    "Luật Giáo dục", "Luật Trẻ em", "Luật Thanh niên", "Luật An toàn thực phẩm",
    "Luật Phòng, chống ma túy",
    "Luật Bảo vệ môi trường", "Luật Ngân sách nhà nước", "Luật Cán bộ, công chức", "Luật Viên chức",
    "Luật Phòng, chống tham nhũng", "Luật Thực hành tiết kiệm, chống lãng phí", "Luật Thư viện",
    "Luật Thể dục, thể thao", "Luật An ninh mạng", "Luật Giáo dục nghề nghiệp",
    "Luật Tiếp cận thông tin",
  ]

  static let normativeSubjects = [
    "quy định chi tiết một số điều của", "hướng dẫn thi hành",
    "quy định về chính sách hỗ trợ thực hiện",
    "quy định xử phạt vi phạm hành chính trong lĩnh vực liên quan đến",
    "sửa đổi, bổ sung một số điều của văn bản hướng dẫn",
  ]

  static let centralSubjects = [
    "về công tác y tế trường học", "về quy chế tổ chức và hoạt động của trường phổ thông",
    "về hướng dẫn thực hiện nhiệm vụ năm học", "về chế độ làm việc của giáo viên",
    "về quy định đánh giá học sinh",
    "về công tác văn thư", "về tiêu chuẩn cơ sở vật chất trường học",
    "về phê duyệt Đề án hỗ trợ học sinh vùng khó khăn",
    "về tổ chức các hoạt động giáo dục kỹ năng sống", "về quy chế dân chủ ở cơ sở",
    "về công tác thi đua, khen thưởng",
  ]

  static func term(_ year: Int) -> String { year < 2016 ? "QH13" : (year < 2021 ? "QH14" : "QH15") }

  static func randomDay(_ rng: inout SplitMix64, from: Int, to: Int) -> Day {
    Day(serial: Day(from, 1, 1).serial + rng.below(Day(to, 12, 1).serial - Day(from, 1, 1).serial))
  }

  /// Laws, decrees, circulars (some joint), Prime Minister's decisions, Government resolutions, ministry letters,
  /// central Party documents.
  static func central(seed: UInt64) -> [Ref] {
    var rng = SplitMix64(seed: seed, stream: 3, index: 0)
    var out: [Ref] = []
    for name in laws {
      let date = randomDay(&rng, from: 2012, to: 2023)
      out.append(
        Ref(
          typeWord: "Luật", shape: .parliament, number: rng.int(20...120), year: date.year,
          typeCode: nil,
          issuers: [term(date.year)], date: date, issuerPhrase: "Quốc hội", subject: nil,
          lawName: name))
    }
    for _ in 0..<60 {
      let date = randomDay(&rng, from: 2012, to: 2024)
      out.append(
        Ref(
          typeWord: "Nghị định", shape: .normative, number: rng.int(5...180), year: date.year,
          typeCode: "NĐ",
          issuers: ["CP"], date: date, issuerPhrase: "Chính phủ",
          subject: rng.pick(normativeSubjects) + " " + rng.pick(laws)))
    }
    for _ in 0..<60 {
      let date = randomDay(&rng, from: 2012, to: 2024)
      let m = Ministries.all[rng.below(4)]
      out.append(
        Ref(
          typeWord: "Thông tư", shape: .normative, number: rng.int(1...60), year: date.year,
          typeCode: "TT",
          issuers: [m.code], date: date, issuerPhrase: "Bộ trưởng " + m.name,
          subject: rng.pick(centralSubjects)))
    }
    for _ in 0..<10 {
      let date = randomDay(&rng, from: 2012, to: 2020)
      let pair = rng.sample(5, count: 2).map { Ministries.all[$0].code }
      out.append(
        Ref(
          typeWord: "Thông tư liên tịch", shape: .normative, number: rng.int(1...40),
          year: date.year,
          typeCode: "TTLT", issuers: pair, date: date, issuerPhrase: nil,
          subject: rng.pick(centralSubjects)))
    }
    for _ in 0..<40 {
      let date = randomDay(&rng, from: 2013, to: 2024)
      out.append(
        Ref(
          typeWord: "Quyết định", shape: .state, number: rng.int(100...2500), typeCode: "QĐ",
          issuers: ["TTg"],
          date: date, issuerPhrase: "Thủ tướng Chính phủ", subject: rng.pick(centralSubjects)))
    }
    for _ in 0..<15 {
      let date = randomDay(&rng, from: 2013, to: 2024)
      out.append(
        Ref(
          typeWord: "Nghị quyết", shape: .state, number: rng.int(10...180), typeCode: "NQ",
          issuers: ["CP"],
          date: date, issuerPhrase: "Chính phủ", subject: rng.pick(centralSubjects)))
    }
    for _ in 0..<25 {
      let date = randomDay(&rng, from: 2015, to: 2024)
      let unit = rng.pick(["BGDĐT", "BGDĐT", "BYT", "VPCP"])
      let dept =
        unit == "BGDĐT"
        ? rng.pick(["GDTrH", "GDTH", "GDMN", "CSVC", "NGCBQLGD"]) : (unit == "BYT" ? "MT" : "KGVX")
      let who =
        unit == "BGDĐT"
        ? "Bộ Giáo dục và Đào tạo" : (unit == "BYT" ? "Bộ Y tế" : "Văn phòng Chính phủ")
      out.append(
        Ref(
          typeWord: "Công văn", shape: .letter, number: rng.int(200...6000), typeCode: nil,
          issuers: [unit, dept],
          date: date, issuerPhrase: who, subject: rng.pick(centralSubjects)))
    }
    for _ in 0..<30 {
      let date = randomDay(&rng, from: 2012, to: 2024)
      let (code, word, who) = rng.pick([
        ("NQ", "Nghị quyết", "Ban Chấp hành Trung ương Đảng"), ("KL", "Kết luận", "Bộ Chính trị"),
        ("CT", "Chỉ thị", "Ban Bí thư"), ("QĐ", "Quy định", "Bộ Chính trị"),
        ("HD", "Hướng dẫn", "Ban Tuyên giáo Trung ương"),
      ])
      out.append(
        Ref(
          typeWord: word, shape: .party, number: rng.int(1...90), typeCode: code,
          issuers: [code == "HD" ? "BTGTW" : "TW"], date: date, issuerPhrase: who,
          subject: rng.pick(centralSubjects)))
    }
    return out
  }

  /// A province's own documents outside the corpus.
  static func local(seed: UInt64, province p: Int) -> [Ref] {
    var rng = SplitMix64(seed: seed, stream: 4, index: UInt64(p))
    let province = Geography.provinces[p]
    var out: [Ref] = []
    for _ in 0..<18 {
      let date = randomDay(&rng, from: 2014, to: 2024)
      switch rng.below(6) {
      case 0:
        out.append(
          Ref(
            typeWord: "Công văn", shape: .letter, number: rng.int(100...5000), typeCode: nil,
            issuers: ["UBND", rng.pick(["VX", "KGVX", "TH", "NC"])], date: date,
            issuerPhrase: "Ủy ban nhân dân " + province.styled, subject: rng.pick(centralSubjects)))
      case 1:
        out.append(
          Ref(
            typeWord: "Công văn", shape: .letter, number: rng.int(100...3000), typeCode: nil,
            issuers: ["SGDĐT", rng.pick(["GDTrH", "GDTH", "KHTC", "VP"])], date: date,
            issuerPhrase: "Sở Giáo dục và Đào tạo", subject: rng.pick(centralSubjects)))
      case 2:
        out.append(
          Ref(
            typeWord: "Nghị quyết", shape: .normative, number: rng.int(1...40), year: date.year,
            typeCode: "NQ",
            issuers: ["HĐND"], date: date, issuerPhrase: "Hội đồng nhân dân " + province.styled,
            subject: "quy định chính sách hỗ trợ " + rng.pick(Words.targets)))
      case 3:
        out.append(
          Ref(
            typeWord: "Quyết định", shape: .state, number: rng.int(100...3500), typeCode: "QĐ",
            issuers: ["UBND"],
            date: date, issuerPhrase: "Ủy ban nhân dân " + province.styled,
            subject: "về việc phê duyệt Đề án " + rng.pick(Topics.all)))
      case 4:
        out.append(
          Ref(
            typeWord: "Nghị quyết", shape: .party, number: rng.int(1...30), typeCode: "NQ",
            issuers: ["TU"],
            date: date, issuerPhrase: "Ban Chấp hành Đảng bộ " + province.styled,
            subject: "về " + rng.pick(Topics.all)))
      default:
        out.append(
          Ref(
            typeWord: "Quyết định", shape: .normative, number: rng.int(1...60), year: date.year,
            typeCode: "QĐ",
            issuers: ["UBND"], date: date, issuerPhrase: "Ủy ban nhân dân " + province.styled,
            subject: "ban hành quy chế phối hợp " + rng.pick(Words.qualifiers)))
      }
    }
    return out
  }
}
