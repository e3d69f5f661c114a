/// A calendar day as written in a document ("ngày 04/11/2013", "ngày 9 tháng 8 năm 2021").
public struct DayDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, e.g. 2013.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int

  /// Creates a date when the parts form a real calendar day (1900–2100), else nil.
  public init?(year: Int, month: Int, day: Int) {
    guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return nil }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= lengths[month - 1] else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// ISO 8601: yyyy-mm-dd.
  public var description: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(10)
    bytes.append(date: self)
    return String(decoding: bytes, as: UTF8.self)
  }

  public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
