/// Provinces and centrally-run cities (DOMAIN.md §3), and how they are named in text.
public enum Geography {
  /// The 63 provincial units until mid-2025, with the canonical spelling.
  public static let provinces: [String] = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng",
    "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên",
    "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
    "Thành phố Hồ Chí Minh", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
  ]

  /// Cities under the central government: their Thành ủy and People's Committee are provincial.
  public static let centrallyRunCities: Set<String> = [
    "Hà Nội", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ", "Thừa Thiên Huế",
  ]

  /// Other ways a province is written, to its canonical name.
  static let aliases: [String: String] = [
    "Hồ Chí Minh": "Thành phố Hồ Chí Minh", "HCM": "Thành phố Hồ Chí Minh", "Huế": "Thừa Thiên Huế",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Đắc Lắc": "Đắk Lắk",
    "Daklak": "Đắk Lắk", "Kontum": "Kon Tum", "Thừa Thiên - Huế": "Thừa Thiên Huế",
  ]

  /// Every written form (lowercased, tone placement folded), longest first, with its canonical province.
  static let forms: [(form: [Unicode.Scalar], province: String)] = {
    var pairs: [(String, String)] = provinces.map { ($0, $0) }
    pairs.append(contentsOf: aliases.map { ($0.key, $0.value) })
    pairs.append(("Hồ Chí Minh", "Thành phố Hồ Chí Minh"))
    return pairs.map { (Array(ToneMarks.fold($0.0.lowercased())), $0.1) }
      .sorted { $0.0.count > $1.0.count }
      .map { (TextWindow.letters($0.0), $0.1) }
  }()

  /// `forms` by their first scalar, longest first within each.
  static let formsByFirst: [[(form: [Unicode.Scalar], province: String)]?] =
    TextWindow.indexByFirstScalar(forms) { $0.form[0] }

  /// Whether a province name starts at `i` of `window`; returns the province and the index past the name.
  static func province(in window: TextWindow, at i: Int) -> (String, Int)? {
    // A province name is capitalised ("Hòa Bình", not "hòa bình", peace).
    guard i < window.count, window.original[i].isUppercase, window.lower[i].value < 0x2000,
      let candidates = formsByFirst[Int(window.lower[i].value)]
    else { return nil }
    for (form, province) in candidates {
      if let end = window.matchForward(form, at: i) { return (province, end) }
    }
    return nil
  }
}
