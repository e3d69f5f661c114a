import LegalRef
/// The places the synthetic documents come from: the 63 provincial units (DOMAIN.md §3), and for each a fixed set
/// of districts and communes drawn from name pools (names repeat across provinces, as they do in life).
struct Province: Sendable {
  let name: String
  /// A centrally-run city: "THÀNH PHỐ …", "Thành ủy", districts are mostly "quận".
  let isCity: Bool
  let districts: [District]

  /// "tỉnh Nghệ An", "thành phố Hải Phòng".
  var styled: String {
    if name == "Thành phố Hồ Chí Minh" { return name }
    return (isCity ? "thành phố " : "tỉnh ") + name
  }
  /// The second header line of the People's Committee: "TỈNH NGHỆ AN".
  var headerLine: String {
    if name == "Thành phố Hồ Chí Minh" { return "THÀNH PHỐ HỒ CHÍ MINH" }
    return ((isCity ? "thành phố " : "tỉnh ") + name).uppercased()
  }
  /// "Tỉnh ủy" or "Thành ủy".
  var partyCommittee: String { isCity ? "Thành ủy" : "Tỉnh ủy" }
  /// The place written on the place-date line.
  var placeName: String { name == "Thành phố Hồ Chí Minh" ? "TP. Hồ Chí Minh" : name }
}

enum DistrictKind: Sendable {
  case rural, urban, town, cityInProvince

  var word: String {
    switch self {
    case .rural: "huyện"
    case .urban: "quận"
    case .town: "thị xã"
    case .cityInProvince: "thành phố"
    }
  }
  var partyCode: String {
    switch self {
    case .rural: "HU"
    case .urban: "QU"
    case .town, .cityInProvince: "ThU"
    }
  }
  var partyCommittee: String {
    switch self {
    case .rural: "Huyện ủy"
    case .urban: "Quận ủy"
    case .town: "Thị ủy"
    case .cityInProvince: "Thành ủy"
    }
  }
}

struct District: Sendable {
  let name: String
  let kind: DistrictKind
  let communes: [Commune]

  var styled: String { kind.word + " " + name }
}

struct Commune: Sendable {
  let name: String
  /// "xã", "phường", "thị trấn".
  let word: String

  var styled: String { word + " " + name }
}

enum Geography {
  /// The 63 provincial units, from the library's own table.
  static let provinceNames: [String] = LegalRef.Geography.provinces

  static let cities: Set<String> = [
    "Hà Nội", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ",
  ]

  static let districtPool: [String] = [
    "Châu Thành", "Phú Tân", "Tân Phú", "Long Hồ", "Vĩnh Thạnh", "Thanh Sơn", "Yên Lạc",
    "Tam Dương", "Lập Thạch",
    "Sông Lô", "Đông Anh", "Gia Lâm", "Mê Linh", "Ba Vì", "Quốc Oai", "Thạch Thất", "Chương Mỹ",
    "Ứng Hòa",
    "Phúc Thọ", "Đan Phượng", "Tiên Yên", "Bình Liêu", "Ba Chẽ", "Cô Tô", "Quảng Xương",
    "Nông Cống", "Thọ Xuân",
    "Triệu Sơn", "Yên Định", "Thiệu Hóa", "Đô Lương", "Nghi Lộc", "Diễn Châu", "Quỳnh Lưu",
    "Yên Thành",
    "Thanh Chương", "Anh Sơn", "Con Cuông", "Tương Dương", "Nam Đàn", "Hưng Nguyên", "Can Lộc",
    "Đức Thọ",
    "Hương Sơn", "Cẩm Xuyên", "Lệ Thủy", "Bố Trạch", "Tuyên Hóa", "Minh Hóa", "Gio Linh",
    "Vĩnh Linh",
    "Triệu Phong", "Hải Lăng", "Cam Lộ", "Phong Điền", "Quảng Điền", "Phú Vang", "Phú Lộc",
    "Điện Bàn",
    "Duy Xuyên", "Thăng Bình", "Núi Thành", "Tư Nghĩa", "Mộ Đức", "Bình Sơn", "Phù Cát",
    "Tuy Phước", "Tây Sơn",
    "Đồng Xuân", "Sơn Hòa", "Cam Lâm", "Diên Khánh", "Ninh Phước", "Hàm Thuận Bắc", "Tuy Phong",
    "Đức Linh",
    "Bảo Lâm", "Di Linh", "Đức Trọng", "Lâm Hà", "Krông Pắc", "Ea Kar", "Chư Sê", "Đắk Hà",
    "Ngọc Hồi", "Bù Đăng",
    "Đồng Phú", "Dầu Tiếng", "Trảng Bom", "Định Quán", "Long Thành", "Cần Giờ", "Củ Chi", "Hóc Môn",
    "Bình Chánh",
    "Nhà Bè", "Tháp Mười", "Tam Nông", "Thoại Sơn", "Tri Tôn", "Chợ Mới", "Cái Bè", "Cai Lậy",
    "Mỏ Cày Nam",
    "Ba Tri", "Giồng Trôm", "Cầu Kè", "Trà Cú", "Mang Thít", "Tam Bình", "Phụng Hiệp", "Kế Sách",
    "Mỹ Tú",
    "Hồng Dân", "Thới Bình", "Đầm Dơi", "Năm Căn", "U Minh", "An Biên", "Gò Quao", "Hòn Đất",
    "Mường Tè",
    "Sìn Hồ", "Tủa Chùa", "Mường Ảng", "Quản Bạ", "Yên Minh", "Bảo Yên", "Văn Bàn", "Lục Yên",
    "Trạm Tấu",
    "Na Rì", "Pác Nặm", "Bảo Lạc", "Hà Quảng", "Tràng Định", "Hữu Lũng", "Lục Nam", "Sơn Động",
    "Yên Thế",
    "Lương Sơn", "Mai Châu", "Kim Bôi", "Thanh Liêm", "Bình Lục", "Hải Hậu", "Giao Thủy", "Kim Sơn",
    "Nho Quan",
    "Tiền Hải", "Quỳnh Phụ", "Kim Động", "Văn Giang", "Cẩm Giàng", "Thanh Miện", "Thủy Nguyên",
    "Tiên Lãng",
  ]

  static let urbanPool: [String] = [
    "Ba Đình", "Hoàn Kiếm", "Đống Đa", "Cầu Giấy", "Hải Châu", "Thanh Khê", "Sơn Trà",
    "Ngũ Hành Sơn", "Liên Chiểu",
    "Ninh Kiều", "Bình Thủy", "Cái Răng", "Ô Môn", "Hồng Bàng", "Lê Chân", "Ngô Quyền", "Kiến An",
    "Hải An",
    "Gò Vấp", "Tân Bình", "Phú Nhuận", "Bình Thạnh", "Tân Phú", "Bình Tân", "Thốt Nốt", "Cẩm Lệ",
    "Dương Kinh",
  ]

  static let communePool: [String] = [
    "Đông Hải", "Tân Lập", "Quang Trung", "Hưng Đạo", "Lê Lợi", "Nghĩa Hưng", "Phú Lâm",
    "Hợp Thành", "Kim Liên",
    "Nam Giang", "Xuân Hòa", "Yên Sơn", "Đồng Tâm", "Tân Hiệp", "Bình Minh", "Vĩnh Hưng",
    "Phước Hòa", "Long Thạnh",
    "Mỹ Lộc", "Tân An", "Hòa Lợi", "Thạnh Phú", "An Thạnh", "Phú Hữu", "Cẩm Thành", "Thanh Tân",
    "Quảng Lợi",
    "Hải Xuân", "Trung Sơn", "Đại Đồng", "Minh Tân", "Thịnh Lộc", "Sơn Kim", "Hương Trà", "Cát Hải",
    "Tam Hiệp",
    "Phước Long", "Hiệp Hòa", "Vân Hà", "Ngọc Lặc", "Thái Hòa", "Bắc Sơn", "Nam Thành", "Đông Thọ",
    "Xuân Lâm",
    "Tiến Thắng", "Hồng Phong", "Thống Nhất", "Độc Lập", "Hòa An", "Định Thành", "Mỹ Khánh",
    "Long Điền",
  ]

  /// The fixed geography: the same for every seed.
  static let provinces: [Province] = provinceNames.enumerated().map { p, name in
    var rng = SplitMix64(seed: 0x6E6F_6D62_7265_6F67, stream: 1, index: UInt64(p))
    let city = cities.contains(name)
    let count = rng.int(6...11)
    var used = Set<String>()
    var districts: [District] = []
    for j in 0..<count {
      let kind: DistrictKind
      if city {
        kind = j < count / 2 ? .urban : .rural
      } else {
        kind = j == 0 ? .cityInProvince : (j == 1 ? .town : .rural)
      }
      let pool = kind == .urban ? urbanPool : districtPool
      var name = rng.pick(pool)
      while used.contains(name) { name = rng.pick(pool) }
      used.insert(name)
      let communeCount = rng.int(4...9)
      var communes: [Commune] = []
      var usedC = Set<String>()
      for c in 0..<communeCount {
        var cn = rng.pick(communePool)
        while usedC.contains(cn) { cn = rng.pick(communePool) }
        usedC.insert(cn)
        let word = kind == .rural ? (c == 0 ? "thị trấn" : "xã") : "phường"
        communes.append(Commune(name: cn, word: word))
      }
      districts.append(District(name: name, kind: kind, communes: communes))
    }
    return Province(name: name, isCity: city, districts: districts)
  }
}
