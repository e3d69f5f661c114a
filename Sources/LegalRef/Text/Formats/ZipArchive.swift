import CZlib

/// A zip archive read from memory: the central directory, and members stored or deflated
/// (inflated with the system zlib). Enough for .docx files; every defect is a ``ZipError`` that
/// says what is wrong, never a crash.
struct ZipArchive {
  /// What is wrong with an archive, in words a user can act on.
  struct ZipError: Error, Equatable {
    var reason: String
  }

  /// One member, as the central directory describes it.
  struct Entry {
    var name: String
    var method: UInt16
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
  }

  /// The largest member this reader inflates (1 GiB): a guard against zip bombs.
  static let maximumMemberSize = 1 << 30

  let bytes: [UInt8]
  /// The members, in central-directory order.
  private(set) var entries: [Entry] = []

  /// Reads the central directory of `bytes`.
  init(_ bytes: [UInt8]) throws(ZipError) {
    self.bytes = bytes
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw ZipError(
        reason:
          "an OLE2 compound file, not a zip: a password-protected document or an old .doc renamed")
    }
    guard bytes.count >= 22 else {
      throw ZipError(reason: "too short to be a zip file (\(bytes.count) bytes)")
    }
    // The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment).
    var eocd = -1
    var p = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while p >= lowest {
      if bytes[p] == 0x50 && bytes[p + 1] == 0x4B && bytes[p + 2] == 0x05 && bytes[p + 3] == 0x06 {
        eocd = p
        break
      }
      p -= 1
    }
    guard eocd >= 0 else {
      throw ZipError(
        reason: bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
          ? "no zip central directory (the file is truncated)"
          : "not a zip file (no zip signature)")
    }
    var count = Int(u16(eocd + 10))
    var directorySize = Int(u32(eocd + 12))
    var directoryOffset = Int(u32(eocd + 16))
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      // Zip64: the locator stands just before the record.
      guard eocd >= 20, u32(eocd - 20) == 0x0706_4B50 else {
        throw ZipError(reason: "zip64 archive without its zip64 locator")
      }
      let record = Int(clamping: u64(eocd - 12))
      guard record >= 0, record + 56 <= bytes.count, u32(record) == 0x0606_4B50 else {
        throw ZipError(reason: "zip64 end record missing or out of the file")
      }
      count = Int(clamping: u64(record + 32))
      directorySize = Int(clamping: u64(record + 40))
      directoryOffset = Int(clamping: u64(record + 48))
    }
    guard directoryOffset >= 0, directorySize >= 0, directoryOffset <= bytes.count,
      directorySize <= bytes.count - directoryOffset
    else {
      throw ZipError(reason: "the central directory lies outside the file (truncated?)")
    }
    var q = directoryOffset
    let end = directoryOffset + directorySize
    entries.reserveCapacity(min(count, 100_000))
    for k in 0..<count {
      guard q + 46 <= end, u32(q) == 0x0201_4B50 else {
        throw ZipError(reason: "central directory entry \(k + 1) of \(count) is damaged")
      }
      let nameLength = Int(u16(q + 28))
      let extraLength = Int(u16(q + 30))
      let commentLength = Int(u16(q + 32))
      guard q + 46 + nameLength + extraLength + commentLength <= end else {
        throw ZipError(reason: "central directory entry \(k + 1) runs past the directory")
      }
      var entry = Entry(
        name: String(decoding: bytes[(q + 46)..<(q + 46 + nameLength)], as: UTF8.self),
        method: u16(q + 10), flags: u16(q + 8), crc32: u32(q + 16),
        compressedSize: Int(u32(q + 20)), uncompressedSize: Int(u32(q + 24)),
        localHeaderOffset: Int(u32(q + 42)))
      readZip64Extra(&entry, from: q + 46 + nameLength, length: extraLength)
      entries.append(entry)
      q += 46 + nameLength + extraLength + commentLength
    }
  }

  /// Replaces the 0xFFFFFFFF sizes and offset of `entry` with those of its zip64 extra field.
  private func readZip64Extra(_ entry: inout Entry, from start: Int, length: Int) {
    var p = start
    let end = start + length
    while p + 4 <= end {
      let id = u16(p)
      let size = Int(u16(p + 2))
      if id == 0x0001 {
        var f = p + 4
        let limit = min(end, p + 4 + size)
        if entry.uncompressedSize == 0xFFFF_FFFF && f + 8 <= limit {
          entry.uncompressedSize = Int(clamping: u64(f))
          f += 8
        }
        if entry.compressedSize == 0xFFFF_FFFF && f + 8 <= limit {
          entry.compressedSize = Int(clamping: u64(f))
          f += 8
        }
        if entry.localHeaderOffset == 0xFFFF_FFFF && f + 8 <= limit {
          entry.localHeaderOffset = Int(clamping: u64(f))
        }
        return
      }
      p += 4 + size
    }
  }

  /// The member named `name` (exact, case-sensitive, as zip names are), if any.
  func entry(named name: String) -> Entry? {
    entries.first { $0.name == name }
  }

  /// The uncompressed bytes of `entry`, checked against its size and CRC-32.
  func data(of entry: Entry) throws(ZipError) -> [UInt8] {
    let name = entry.name
    if entry.flags & 1 != 0 {
      throw ZipError(reason: "'\(name)' is encrypted")
    }
    let local = entry.localHeaderOffset
    guard local >= 0, local <= bytes.count - 30, u32(local) == 0x0403_4B50 else {
      throw ZipError(reason: "the local header of '\(name)' is missing (truncated or damaged)")
    }
    let start = local + 30 + Int(u16(local + 26)) + Int(u16(local + 28))
    guard entry.compressedSize >= 0, start <= bytes.count,
      entry.compressedSize <= bytes.count - start
    else {
      throw ZipError(reason: "the data of '\(name)' runs past the end of the file (truncated?)")
    }
    guard entry.uncompressedSize <= Self.maximumMemberSize else {
      throw ZipError(reason: "'\(name)' is too large (\(entry.uncompressedSize) bytes)")
    }
    // Deflate cannot expand more than about 1032 times: a larger declared size is a lie.
    guard entry.method != 8 || entry.uncompressedSize <= entry.compressedSize * 1100 + 1024 else {
      throw ZipError(
        reason: "'\(name)' declares \(entry.uncompressedSize) bytes from \(entry.compressedSize)"
          + " compressed bytes, more than deflate can give")
    }
    let raw = bytes[start..<(start + entry.compressedSize)]
    let output: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else {
        throw ZipError(reason: "stored member '\(name)' has inconsistent sizes")
      }
      output = Array(raw)
    case 8:
      output = try Self.inflate(raw, expected: entry.uncompressedSize, name: name)
    default:
      throw ZipError(
        reason: "'\(name)' uses compression method \(entry.method); only stored (0) and deflate (8)"
          + " are supported")
    }
    let crc = output.withUnsafeBufferPointer { p -> UInt32 in
      guard let base = p.baseAddress else { return 0 }
      var value = crc32(0, nil, 0)
      var offset = 0
      while offset < p.count {
        let chunk = min(p.count - offset, 1 << 30)
        value = crc32(value, base + offset, uInt(chunk))
        offset += chunk
      }
      return UInt32(truncatingIfNeeded: value)
    }
    guard crc == entry.crc32 else {
      throw ZipError(reason: "'\(name)' is damaged (CRC-32 mismatch)")
    }
    return output
  }

  /// Inflates raw deflate data (no zlib header: windowBits −15) to exactly `expected` bytes.
  static func inflate(_ input: ArraySlice<UInt8>, expected: Int, name: String) throws(ZipError)
    -> [UInt8]
  {
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else {
      throw ZipError(reason: "zlib could not start inflating '\(name)'")
    }
    defer { inflateEnd(&stream) }
    // One byte more than declared, to see data beyond the declared size.
    var output = [UInt8](repeating: 0, count: expected + 1)
    var status: Int32 = Z_OK
    var produced = 0
    input.withUnsafeBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var consumed = 0
        while true {
          let inChunk = min(inBuffer.count - consumed, Int(UInt32.max))
          let outChunk = min(outBuffer.count - produced, Int(UInt32.max))
          stream.next_in = UnsafeMutablePointer(
            mutating: inBuffer.baseAddress.map { $0 + consumed })
          stream.avail_in = uInt(inChunk)
          stream.next_out = outBuffer.baseAddress! + produced
          stream.avail_out = uInt(outChunk)
          status = CZlib.inflate(&stream, Z_NO_FLUSH)
          let usedIn = inChunk - Int(stream.avail_in)
          let usedOut = outChunk - Int(stream.avail_out)
          consumed += usedIn
          produced += usedOut
          if status != Z_OK || produced > expected { break }
          if usedIn == 0 && usedOut == 0 {
            // No progress: the input ended before the deflate stream did.
            status = Z_BUF_ERROR
            break
          }
        }
      }
    }
    if produced > expected {
      throw ZipError(reason: "'\(name)' inflates to more than its declared \(expected) bytes")
    }
    switch status {
    case Z_STREAM_END:
      guard produced == expected else {
        throw ZipError(
          reason: "'\(name)' inflates to \(produced) bytes, not the declared \(expected)")
      }
      output.removeLast()
      return output
    case Z_BUF_ERROR:
      throw ZipError(reason: "the compressed data of '\(name)' ends too early (truncated?)")
    default:
      let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
      throw ZipError(reason: "the compressed data of '\(name)' is invalid (\(message))")
    }
  }

  // MARK: Little-endian fields

  private func u16(_ p: Int) -> UInt16 { UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8 }
  private func u32(_ p: Int) -> UInt32 {
    UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16
      | UInt32(bytes[p + 3]) << 24
  }
  private func u64(_ p: Int) -> UInt64 {
    UInt64(u32(p)) | UInt64(u32(p + 4)) << 32
  }
}
