/// Party terms (khóa), for numbers that restart every term.
enum PartyTerm {
  /// Central Committee terms by the day their congress closed.
  static let central: [(start: DayDate, name: String)] = [
    (DayDate(year: 1996, month: 7, day: 1)!, "VIII"),
    (DayDate(year: 2001, month: 4, day: 22)!, "IX"),
    (DayDate(year: 2006, month: 4, day: 25)!, "X"), (DayDate(year: 2011, month: 1, day: 19)!, "XI"),
    (DayDate(year: 2016, month: 1, day: 28)!, "XII"),
    (DayDate(year: 2021, month: 2, day: 1)!, "XIII"),
    (DayDate(year: 2026, month: 1, day: 23)!, "XIV"),
  ]

  /// The term of a central Party document dated `date`.
  static func centralTerm(_ date: DayDate) -> String? {
    central.last { $0.start <= date }?.name
  }

  /// The term of a local Party committee: local congresses meet in the autumn before the national one, so a term
  /// is taken to run from 1 October of 2010, 2015, 2020, 2025… (an approximation: the exact day differs by province).
  static func localTerm(_ date: DayDate) -> String {
    var start = date.year - ((date.year - 2010) % 5 + 5) % 5
    if date.year == start, date.month < 10 { start -= 5 }
    return "\(start)-\(start + 5)"
  }
}
