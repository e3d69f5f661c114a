import Foundation
import Testing

@testable import LegalRef

/// Who can answer an order is told by the family of a body's name ("so", "phong", "ubnd", "hdnd"…), read on the
/// name's bytes: it must be what the names say, written composed (as the patterns are) or decomposed (as a
/// manifest may give them).
@Suite struct BodyFamilyTests {
  static func match(_ name: String, level: Level? = .province, branch: Branch = .state)
    -> Bodies.Match
  {
    Bodies.Match(
      name: name, branch: branch, level: level, cityDependent: false, province: nil, placeName: nil)
  }

  @Test func familiesOfTheNames() {
    #expect(Self.match("Sở Giáo dục và Đào tạo").family == "so")
    #expect(Self.match("Phòng Giáo dục và Đào tạo", level: .district).family == "phong")
    #expect(Self.match("Chủ tịch Ủy ban nhân dân tỉnh").family == "ubnd")
    #expect(Self.match("Hội đồng nhân dân huyện", level: .district).family == "hdnd")
    #expect(Self.match("Huyện ủy", level: .district, branch: .party).family == "party")
    #expect(Self.match("Bộ Y tế", level: .central).family == "central")
    #expect(Self.match("Thanh tra tỉnh").family == "state")
    // "Sơ" is not "Sở".
    #expect(Self.match("Sơ kết").family == "state")
  }

  @Test func decomposedNamesReadAsComposed() {
    for pattern in Bodies.patterns {
      let composed = Self.match(pattern.name, level: pattern.level, branch: pattern.branch)
      let decomposed = Self.match(
        pattern.name.decomposedStringWithCanonicalMapping, level: pattern.level,
        branch: pattern.branch)
      #expect(composed.family == decomposed.family, "\(pattern.name)")
    }
  }
}
