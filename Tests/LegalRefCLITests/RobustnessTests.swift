import Foundation
import Testing

/// Broken, hostile and huge input: a clear message naming the file, the other files still read, no crash.
@Suite(.serialized) struct RobustnessTests {
  static func corpus(_ files: [String: [UInt8]]) throws -> URL {
    let dir = try CLI.tempDir()
    for (name, bytes) in files {
      let url = dir.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return dir
  }

  static let good = Array("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n".utf8)

  @Test func binaryFileIsSkippedByNameAndTheOthersAreRead() throws {
    let dir = try Self.corpus([
      "photo.txt": [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D], "ok.txt": Self.good,
    ])
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("photo.txt") && r.stderr.contains("binary"))
    #expect(r.stdout.contains("05-CT/TW"))
  }

  @Test func invalidUTF8InTheMiddleIsReplacedAndReportedWithItsOffset() throws {
    let bytes =
      Array("Theo Nghị quyết số 29-NQ/TW ".utf8) + [0xFF, 0xFE, 0xC3]
      + Array(" và Chỉ thị số 05-CT/TW.".utf8)
    let dir = try Self.corpus(["broken.txt": bytes])
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("broken.txt"))
    #expect(
      r.stderr.contains("byte 32") || r.stderr.contains("byte 31")
        || r.stderr.contains("invalid UTF-8"))
    #expect(r.stdout.contains("29-NQ/TW") && r.stdout.contains("05-CT/TW"))
  }

  @Test(arguments: [false, true]) func utf16WithBOMIsRead(_ bigEndian: Bool) throws {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in "Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017.".utf16 {
      bytes +=
        bigEndian
        ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    let dir = try Self.corpus(["u16.txt": bytes])
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 0)
    #expect(r.stdout.contains("\t80/2017/NĐ-CP\tNghị định\t2017-07-17\t"))
  }

  @Test func emptyFileGivesNothingAndNoError() throws {
    let dir = try Self.corpus(["empty.txt": [], "ok.txt": Self.good])
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 0)
    #expect(!r.stderr.contains("empty.txt"))
  }

  @Test func aFileThatCannotBeReadIsNamedAndTheRunGoesOn() throws {
    let dir = try Self.corpus(["ok.txt": Self.good])
    // Root reads any file whatever its permissions, so the unreadable file is a UNIX socket named like a text file:
    // opening it fails. A file without read permission is also tried when the tests do not run as root.
    let socketPath = dir.appendingPathComponent("socket.txt").path
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      let bytes = Array(socketPath.utf8.prefix(raw.count - 1))
      raw.copyBytes(from: bytes)
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    #expect(bound == 0)
    defer { close(fd) }
    let locked = dir.appendingPathComponent("locked.txt")
    try Data(Self.good).write(to: locked)
    chmod(locked.path, 0)
    defer { chmod(locked.path, 0o644) }
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("socket.txt") && r.stderr.contains("cannot read"))
    #expect(r.stdout.contains("05-CT/TW"))
    if getuid() != 0 { #expect(r.stderr.contains("locked.txt")) }
  }

  @Test func symbolicLinkLoopIsReportedOnce() throws {
    let dir = try Self.corpus(["a/ok.txt": Self.good])
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("a/loop").path, withDestinationPath: dir.path)
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("loop"))
    #expect(r.stdout.split(separator: "\n").count == 2)
  }

  @Test func otherExtensionsAreIgnoredAndCounted() throws {
    let dir = try Self.corpus(["ok.txt": Self.good, "a.jpg": [1, 2], "b.xlsx": [3], "c.jpg": [4]])
    let r = try CLI.run(["scan", dir.path])
    #expect(r.stderr.contains("ignored 3 file(s)"))
    #expect(r.stderr.contains(".jpg") && r.stderr.contains(".xlsx"))
  }

  @Test func pathThatDoesNotExist() throws {
    let r = try CLI.run(["scan", "/nonexistent/Nghị quyết"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/nonexistent/Nghị quyết"))
  }

  @Test func pathWithSpacesAndVietnameseLetters() throws {
    let dir = try Self.corpus(["Thư mục có dấu/Kế hoạch số 12 năm 2023.txt": Self.good])
    let r = try CLI.run([
      "analyze", dir.path, "--out", dir.appendingPathComponent("../kết quả ra").path, "--quiet",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("1 documents read"))
  }

  @Test func fiftyMegabytesWithoutALineBreak() throws {
    var line = [UInt8]()
    let chunk = Array(
      """
      Trong năm học, các cơ sở giáo dục tiếp tục rà soát, đánh giá đội ngũ giáo viên, cán bộ quản lý, bảo đảm đủ số lượng, cơ cấu hợp lý; tăng cường cơ sở vật chất, thiết bị dạy học tối thiểu, thư viện, nhà vệ sinh, nước sạch; đẩy mạnh ứng dụng công nghệ thông tin trong dạy học và quản lý; nâng cao chất lượng giáo dục toàn diện, phòng chống bạo lực học đường theo Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ; Ủy ban nhân dân các huyện xây dựng kế hoạch thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; \u{20}
      """.utf8)
    line.reserveCapacity(50_000_000 + chunk.count)
    while line.count < 50_000_000 { line += chunk }
    let dir = try Self.corpus(["oneline.txt": line])
    let r = try CLI.run([
      "analyze", dir.path, "--out", dir.appendingPathComponent("../out-oneline").path, "--quiet",
      "--formats", "json,audit",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("1 documents read"))
  }

  @Test func twoHundredMegabytes() throws {
    let paragraph = Array(
      """
      Tiếp tục triển khai thực hiện Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện; các trường tổ chức rà soát, đánh giá, bổ sung kế hoạch, bảo đảm điều kiện dạy và học, nâng cao chất lượng giáo dục toàn diện, chú trọng giáo dục đạo đức, lối sống, kỹ năng sống cho học sinh trong năm học mới theo tinh thần đổi mới căn bản, toàn diện giáo dục và đào tạo.

      """.utf8)
    let url = try CLI.tempDir().appendingPathComponent("huge.txt")
    FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    var block = [UInt8]()
    while block.count < 4_000_000 { block += paragraph }
    var written = 0
    while written < 200_000_000 {
      handle.write(Data(block))
      written += block.count
    }
    try handle.close()
    let r = try CLI.run(["documents", url.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.split(separator: "\n").count == 2)
    try? FileManager.default.removeItem(at: url)
  }

  @Test func aHundredThousandSmallFiles() throws {
    let dir = try CLI.tempDir().appendingPathComponent("many")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for k in 0..<100_000 {
      let sub = dir.appendingPathComponent("d\(k / 1000)")
      if k % 1000 == 0 {
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
      }
      FileManager.default.createFile(
        atPath: sub.appendingPathComponent("f\(k).txt").path,
        contents: Data("Kế hoạch số \(k % 500 + 1)/KH-UBND ngày 1/3/2023 của UBND tỉnh.\n".utf8))
    }
    let r = try CLI.run(["scan", dir.path])
    #expect(r.status == 0)
    #expect(r.stdout.split(separator: "\n").count == 100_001)
    try? FileManager.default.removeItem(at: dir)
  }
}

/// Nothing lost, nothing changed, the same bytes every time.
@Suite(.serialized) struct SafetyTests {
  static func hashes(_ dir: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    while let u = e?.nextObject() as? URL {
      if let d = try? Data(contentsOf: u) { out[u.path] = d }
    }
    return out
  }

  @Test func inputsAreNeverModified() throws {
    let corpus = CLI.packageRoot.appendingPathComponent("graphs/sample/corpus")
    let before = try Self.hashes(corpus)
    let out = try CLI.tempDir()
    let r = try CLI.run(["analyze", corpus.path, "--out", out.path, "--quiet"])
    #expect(r.status == 0)
    #expect(try Self.hashes(corpus) == before)
  }

  @Test func outputsAreByteIdenticalAcrossRunsFileOrderAndThreads() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: CLI.seeds).filter {
      $0.hasSuffix(".txt")
    }.sorted()
    let a = try CLI.tempDir()
    let b = try CLI.tempDir()
    let ordered = files.map { CLI.seeds + "/" + $0 }
    #expect(
      try CLI.run(["analyze"] + ordered + ["--out", a.path, "--threads", "1", "--quiet"]).status
        == 0)
    #expect(
      try CLI.run(["analyze"] + ordered.reversed() + ["--out", b.path, "--quiet"]).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
    #expect(names.count == 11)
    for name in names {
      let x = try Data(contentsOf: a.appendingPathComponent(name))
      let y = try Data(contentsOf: b.appendingPathComponent(name))
      #expect(x == y, "\(name) differs")
    }
  }

  @Test func aRunKilledHalfWayLeavesOldOrNewFilesNeverTornOnes() throws {
    // A corpus large enough that writing takes a moment.
    let corpus = try CLI.tempDir()
    for d in 0..<40 {
      var text =
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: \(d + 1)/KH-UBND\nNghệ An, ngày 5 tháng 6 năm 2023\nKẾ HOẠCH\n"
      for k in 0..<300 {
        text += "Theo Quyết định số \(d * 1000 + k + 1)/QĐ-BGDĐT ngày 1/3/2022 của Bộ.\n"
      }
      try Data(text.utf8).write(to: corpus.appendingPathComponent("p\(d).txt"))
    }
    let out = try CLI.tempDir()
    let old = Data("{\"old\": true}\n".utf8)
    try old.write(to: out.appendingPathComponent("graph.json"))
    for delay in [0.3, 0.8, 1.5] {
      let p = Process()
      p.executableURL = CLI.binary
      p.arguments = [
        "analyze", corpus.path, "--out", out.path, "--quiet", "--formats", "json,graphml,dot,csv",
      ]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      Thread.sleep(forTimeInterval: delay)
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      let json = try Data(contentsOf: out.appendingPathComponent("graph.json"))
      if json != old {
        #expect(
          (try? JSONSerialization.jsonObject(with: json)) != nil, "torn graph.json after \(delay) s"
        )
      }
      for name in ["graph.graphml", "graph.dot"]
      where FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path) {
        let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        #expect(
          text.hasSuffix("</graphml>\n") || text.hasSuffix("}\n"), "torn \(name) after \(delay) s")
      }
    }
  }
}
