import Foundation

/// Reads a single number and symbol written alone ("29-NQ/TW", "80/2017/NĐ-CP"), e.g. from a manifest or an option.
public enum DocumentNumberParser {
  /// The canonical number of `text`, or nil when it is not a number and symbol.
  public static func parse(_ text: String) -> DocumentNumber? {
    let bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)
    return bytes.withUnsafeBufferPointer { buf in
      let reader = SymbolReader(bytes: buf)
      guard let first = buf.firstIndex(where: { SymbolReader.isDigit($0) }), first == 0,
        let symbol = reader.symbol(at: 0), symbol.end == buf.count
      else { return nil }
      return symbol.number
    }
  }

  /// "2021-08-09" → the day.
  public static func isoDate(_ text: String) -> DayDate? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return DayDate(year: parts[0], month: parts[1], day: parts[2])
  }
}
