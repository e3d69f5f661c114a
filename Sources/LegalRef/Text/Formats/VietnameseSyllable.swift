/// Whether a word can be a Vietnamese syllable: an initial consonant, a vowel cluster, a final
/// consonant, and at most one tone — the check the legacy-encoding detector scores candidate
/// decodings with.
///
/// The check is deliberately structural, not a dictionary: it accepts every real syllable and
/// rejects what a wrong decoding typically produces (two tones, a tone on a consonant, letters
/// that are not Vietnamese, impossible vowel clusters, a grave/hook/tilde tone before a final
/// c/ch/p/t).
enum VietnameseSyllable {
  /// Initial consonants, longest first.
  private static let onsets: [[UInt32]] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
  ].map(scalars)

  /// Final consonants.
  private static let codas: [[UInt32]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""].map(
    scalars)

  /// Vowel clusters that end the syllable (they end in a glide): no final consonant after them.
  private static let openNuclei: Set<[UInt32]> = Set(
    [
      "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
      "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu",
      "uya", "uyu",
    ].map(scalars))

  /// Vowel clusters that need a final consonant.
  private static let closedNuclei: Set<[UInt32]> = Set(
    ["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "uyê"].map(scalars))

  /// Vowel clusters that stand with or without a final consonant.
  private static let freeNuclei: Set<[UInt32]> = Set(
    ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uơ", "oo"].map(
      scalars))

  private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  /// Whether `word` (letters, any case, precomposed or with combining tone marks) can be one
  /// Vietnamese syllable.
  static func isPlausible<C: Collection>(_ word: C) -> Bool where C.Element == UInt32 {
    var base: [UInt32] = []
    base.reserveCapacity(word.count)
    var tone = 0
    for scalar in word {
      if let mark = VietnameseLetters.tone(ofMark: scalar) {
        guard tone == 0, !base.isEmpty else { return false }
        tone = mark
        continue
      }
      guard let (letter, letterTone) = VietnameseLetters.analyse(scalar) else { return false }
      if letterTone != 0 {
        guard tone == 0 else { return false }
        tone = Int(letterTone)
      }
      base.append(letter)
    }
    guard !base.isEmpty, base.count <= 7 else { return false }
    for onset in onsets where hasPrefix(base, onset) {
      let rest = base[onset.count...]
      for coda in codas where hasSuffix(rest, coda) && rest.count > coda.count {
        let nucleus = Array(rest.dropLast(coda.count))
        let valid: Bool
        if coda.isEmpty {
          valid = openNuclei.contains(nucleus) || freeNuclei.contains(nucleus)
        } else {
          valid = closedNuclei.contains(nucleus) || freeNuclei.contains(nucleus)
        }
        guard valid, spellingAllows(onset: onset, nucleus: nucleus, coda: coda) else { continue }
        // A syllable closed by c, ch, p or t takes only the acute or the dot-below tone.
        let stop = coda == [0x63] || coda == [0x63, 0x68] || coda == [0x70] || coda == [0x74]
        if stop && tone != 2 && tone != 5 { continue }
        return true
      }
    }
    return false
  }

  /// The front vowels e, ê, i, y.
  private static let frontVowels: Set<UInt32> = [0x65, 0xEA, 0x69, 0x79]
  private static let onsetK: [UInt32] = [0x6B]
  private static let onsetC: [UInt32] = [0x63]
  private static let onsetG: [UInt32] = [0x67]
  private static let onsetNg: [UInt32] = [0x6E, 0x67]
  private static let onsetGh: [UInt32] = [0x67, 0x68]
  private static let onsetNgh: [UInt32] = [0x6E, 0x67, 0x68]
  private static let nucleusOO: [UInt32] = [0x6F, 0x6F]

  /// Vietnamese spelling: k, gh, ngh only before e, ê, i (and k before y); c, ng never before
  /// them, g not before e, ê; "oo" only before ng or c.
  private static func spellingAllows(onset: [UInt32], nucleus: [UInt32], coda: [UInt32]) -> Bool {
    guard let first = nucleus.first else { return false }
    let front = frontVowels.contains(first)
    if onset == onsetK { return front }
    if onset == onsetGh || onset == onsetNgh { return front && first != 0x79 }
    if onset == onsetC || onset == onsetNg { return !front }
    if onset == onsetG && (first == 0x65 || first == 0xEA) { return false }
    if nucleus == nucleusOO { return coda == [0x6E, 0x67] || coda == [0x63] }
    return true
  }

  private static func hasPrefix(_ word: [UInt32], _ prefix: [UInt32]) -> Bool {
    word.count >= prefix.count && word[..<prefix.count].elementsEqual(prefix)
  }

  private static func hasSuffix(_ word: ArraySlice<UInt32>, _ suffix: [UInt32]) -> Bool {
    word.count >= suffix.count && word.suffix(suffix.count).elementsEqual(suffix)
  }
}
