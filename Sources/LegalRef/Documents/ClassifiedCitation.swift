/// A citation with what the Documents stage worked out about it.
public struct ClassifiedCitation: Hashable, Sendable {
  /// The citation as scanned.
  public var citation: Citation
  /// The citing document's relation to the cited one.
  public var relation: Relation
  /// The cue phrase that decided it ("thực hiện", "căn cứ"), nil for a bare mention or an inherited list cue.
  public var cue: String?
  /// When this citation sits inside another citation's words ("Kế hoạch số 97-KH/TU … về việc thực hiện Kết luận số
  /// 51-KL/TW"), the index of that other citation in the file's list.
  public var parent: Int?
  /// The relation the parent states to this one (97-KH/TU implements 51-KL/TW).
  public var statedRelation: Relation?
  /// The cited document's branch.
  public var branch: Branch
  /// The cited document's level, when known.
  public var level: Level?
  /// Whether the cited document is local (its number is scoped by jurisdiction).
  public var isLocal: Bool
  /// The province of a local cited document: from its issuer phrase, else the citing document's; nil if unknown.
  public var jurisdiction: String?
  /// The district of a district or commune cited document, when named.
  public var district: String?
  /// The commune of a commune cited document, when named or when it is the citing commune's own.
  public var commune: String?
  /// The body named in the issuer phrase, canonical ("Ủy ban nhân dân tỉnh").
  public var issuerBody: String?
}
