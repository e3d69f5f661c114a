/// An order in a document to another body to issue or carry out a document ("Ủy ban nhân dân các huyện, thị xã,
/// thành phố xây dựng kế hoạch triển khai thực hiện Chỉ thị này").
public struct Mandate: Hashable, Sendable {
  /// What is ordered.
  public enum Action: String, Hashable, Sendable {
    /// Issue a document of its own: "xây dựng kế hoạch", "ban hành kế hoạch", "cụ thể hóa".
    case issue
    /// Carry out a document: "triển khai thực hiện Chỉ thị này".
    case carryOut = "carry-out"
  }

  /// The body ordered.
  public var body: Bodies.Match
  /// Issue or carry out.
  public var action: Action
  /// The indices (in the document's citation list) of the documents to implement; empty means the ordering
  /// document itself ("Chỉ thị này", or nothing named).
  public var objects: [Int]
  /// Where the order is written (the body's words).
  public var position: SourcePosition
  /// The order's words, shortened.
  public var text: String
}
