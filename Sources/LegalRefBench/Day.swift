/// A calendar day, with day arithmetic (Howard Hinnant's civil-from-days algorithms): enough for document dates.
struct Day: Comparable, Sendable {
  let year: Int
  let month: Int
  let day: Int

  init(_ year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  init(serial z0: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// Days since 1970-01-01.
  var serial: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  func adding(days: Int) -> Day { Day(serial: serial + days) }

  static func < (a: Day, b: Day) -> Bool { a.serial < b.serial }

  private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// "04/11/2013", or "4/11/2013" when `pad` is false.
  func slashed(pad: Bool) -> String {
    pad ? "\(Day.two(day))/\(Day.two(month))/\(year)" : "\(day)/\(month)/\(year)"
  }

  /// "ngày 09 tháng 8 năm 2021".
  func spelled(pad: Bool) -> String {
    "ngày \(pad ? Day.two(day) : String(day)) tháng \(month) năm \(year)"
  }

  /// The Party term a central number of this date belongs to (DOMAIN.md: khóa XI from 19 Jan 2011, …).
  var centralTerm: String {
    if self < Day(2016, 1, 28) { return "XI" }
    if self < Day(2021, 2, 1) { return "XII" }
    if self < Day(2026, 1, 23) { return "XIII" }
    return "XIV"
  }

  /// The local Party term (taken to start on 1 October 2010, 2015, 2020, 2025).
  var localTerm: Int {
    var start = 2025
    while start > 2010, self < Day(start, 10, 1) { start -= 5 }
    return start
  }
}
