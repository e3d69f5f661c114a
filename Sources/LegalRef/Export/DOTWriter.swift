/// The graph as Graphviz DOT: levels top to bottom (central, province, district, commune) in clusters, provinces
/// and districts in sub-clusters, colour by branch, shape by type, corpus documents solid and cited-only documents
/// dashed, edge style by relation, a legend. Node ids are synthetic ASCII (n1, n2…) in key order; every text is
/// escaped (backslash first, then quotes, then line breaks).
public enum DOTWriter {
  /// Escapes a text for a double-quoted DOT string: `\` first, then `"`, then line breaks as `\n`; control
  /// characters are dropped.
  public static func escape(_ s: String) -> String {
    // Nothing to escape or drop (no backslash, quote, control character, nor a byte 0xC2 that may start a C1
    // control): the text as it is.
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }
    ) {
      return s
    }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    escape(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `escape(_:)` appended to UTF-8 bytes. Escaping goes scalar by scalar, so a text escaped in pieces is the
  /// text escaped whole.
  static func escape(_ s: String, into out: inout [UInt8]) {
    // A native string's bytes are read where they are; another is made contiguous first.
    if s.utf8.withContiguousStorageIfAvailable({ escape(utf8: $0, into: &out) }) == nil {
      var s = s
      s.withUTF8 { escape(utf8: $0, into: &out) }
    }
  }

  static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    do {
      var k = 0
      let n = bytes.count
      while k < n {
        // A run of bytes that need nothing is copied at once.
        let e = PlainRun.end(bytes, from: k, lead: 0xC2)
        if e > k { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[k..<e])) }
        k = e
        guard k < n else { break }
        let b = bytes[k]
        k += 1
        switch b {
        case 0x5C, 0x22:
          out.append(0x5C)
          out.append(b)
        case 0x0A:
          out.append(0x5C)
          out.append(0x6E)
        case 0x0D, 0x09: out.append(0x20)
        case 0xC2:
          // On the UTF-8 bytes: the C1 controls U+0080–U+009F are the two bytes C2 80–C2 9F; a lead byte's
          // continuation byte follows (the string is valid UTF-8).
          guard k < n else { break }
          let next = bytes[k]
          k += 1
          if next >= 0x80 && next <= 0x9F { continue }
          out.append(b)
          out.append(next)
        default:
          // Other controls are dropped.
          break
        }
      }
    }
  }

  /// Shortens a text to `limit` characters on a word boundary, with "…".
  static func shorten(_ s: String, _ limit: Int) -> String {
    guard s.utf8.count > limit else { return s }
    let scalars = s.unicodeScalars
    if scalars.allSatisfy({ TextWindow.standsAlone($0.value) }) {
      // Over such scalars (Vietnamese text, most punctuation) a character is a scalar: the cut is made on scalars,
      // without breaking the text into characters.
      var end = scalars.startIndex
      var taken = 0
      while taken < limit, end != scalars.endIndex {
        end = scalars.index(after: end)
        taken += 1
      }
      guard end != scalars.endIndex else { return s }
      let head = scalars[..<end]
      if let space = head.lastIndex(of: " "),
        head.distance(from: head.startIndex, to: space) > limit / 2
      {
        end = space
      }
      return String(scalars[..<end]) + "…"
    }
    // More than `limit` characters, found without counting them all.
    guard
      let end = s.index(s.startIndex, offsetBy: limit, limitedBy: s.endIndex), end != s.endIndex
    else { return s }
    var cut = String(s.prefix(limit))
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2
    {
      cut = String(cut[..<space])
    }
    return cut + "…"
  }

  static let levelNames: [Level: String] = [
    .central: "Trung ương — central", .province: "Cấp tỉnh — province",
    .district: "Cấp huyện — district",
    .commune: "Cấp xã — commune",
  ]

  /// The node shape of each document type; any other type is a "note", an unknown one an "ellipse".
  private static let shapesByType: [(shape: String, types: [String])] = [
    (
      "box",
      [
        "Nghị quyết", "Nghị định", "Luật", "Bộ luật", "Thông tư", "Thông tư liên tịch", "Pháp lệnh",
        "Nghị quyết liên tịch", "Hiến pháp",
      ]
    ),
    ("hexagon", ["Chỉ thị", "Kết luận", "Thông tri"]),
    (
      "folder",
      ["Kế hoạch", "Chương trình", "Chương trình hành động", "Đề án", "Dự án", "Phương án"]
    ),
    ("octagon", ["Quyết định", "Quy định", "Quy chế"]),
  ]

  /// `shapesByType` keyed by the types' bytes.
  private static let shapeByBytes: [UTF8Key: String] = {
    var table: [UTF8Key: String] = [:]
    for (shape, types) in shapesByType {
      for type in types { table[UTF8Key(type)] = shape }
    }
    return table
  }()

  static func shape(_ type: String?) -> String {
    guard let type else { return "ellipse" }
    // Looked up by bytes (String equality compares by canonical equivalence: ~250 instructions a name for
    // Vietnamese text). A type not found that holds no combining mark cannot be canonically equivalent to any of
    // the names, which are precomposed; one that holds some is compared as a String.
    if let known = shapeByBytes[UTF8Key(type)] { return known }
    guard type.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value < 0x370 }) else {
      return "note"
    }
    return shapesByType.first { $0.types.contains(type) }?.shape ?? "note"
  }

  static func colours(_ branch: Branch?, inCorpus: Bool) -> (fill: String, line: String) {
    switch branch {
    case .party: return (inCorpus ? "#f8d0cc" : "#fdf0ee", "#a3241b")
    case .state: return (inCorpus ? "#cfdff5" : "#eef4fc", "#1f4e9e")
    case nil: return (inCorpus ? "#e0e0e0" : "#f5f5f5", "#555555")
    }
  }

  static func edgeStyle(_ r: Relation, assumed: Bool = false) -> String {
    let (colour, style, width): (String, String, String)
    switch r {
    case .implements: (colour, style, width) = ("#a3241b", "solid", "2")
    case .basis: (colour, style, width) = ("#1f4e9e", "solid", "1.6")
    case .guides: (colour, style, width) = ("#2e7d32", "dashed", "1.3")
    case .amends: (colour, style, width) = ("#ef6c00", "solid", "1.3")
    case .replaces: (colour, style, width) = ("#6a1b9a", "solid", "1.6")
    case .repeals: (colour, style, width) = ("#6a1b9a", "dashed", "1")
    case .cites: (colour, style, width) = ("#8a8a8a", "dashed", "0.8")
    }
    return "color=\"\(colour)\", style=\(assumed ? "dotted" : style), penwidth=\(width)"
  }

  /// The label of a node: number (or file name), type and date, a shortened title.
  static func label(_ n: borrowing GraphNode) -> String {
    // A reference without a number: what it says of the document, its type and issuer on lines of their own.
    if n.isUnnumberedReference {
      var rest = n.title ?? n.key
      let head = [n.type, n.issuer].compactMap { $0 }.joined(separator: " của ")
      if !head.isEmpty, rest.hasPrefix(head) {
        rest = String(rest.dropFirst(head.count)).trimmingCharacters(in: .whitespaces)
      }
      return
        (["no number", n.type, n.issuer.map { shorten($0, 32) }] + [
          rest.isEmpty ? nil : shorten(rest, 40)
        ])
        .compactMap { $0 }.joined(separator: "\n")
    }
    // A group of collapsed documents: its title says how many.
    if n.number == nil, n.file == nil { return n.title ?? n.key }
    var lines: [String] = []
    if let number = n.number {
      lines.append(number.description)
    } else if let file = n.file {
      lines.append(
        "[" + shorten(file.split(separator: "/").last.map(String.init) ?? file, 28) + "]")
    }
    var second = [n.type, n.date?.description].compactMap { $0 }.joined(separator: " · ")
    if n.number == nil, let issuer = n.issuer {
      second = [second, shorten(issuer, 32)].filter { !$0.isEmpty }.joined(separator: "\n")
    }
    if !second.isEmpty { lines.append(second) }
    if let title = n.title, n.inCorpus { lines.append(shorten(title, 40)) }
    return lines.joined(separator: "\n")
  }

  static func tooltip(_ n: borrowing GraphNode) -> String {
    var parts: [String] = [n.number?.description ?? n.file ?? n.key]
    if let title = n.title { parts.append(title) }
    if let issuer = n.issuer {
      parts.append(
        issuer + (n.jurisdiction.map { " — " + $0 } ?? "") + (n.district.map { ", " + $0 } ?? ""))
    }
    parts.append(n.inCorpus ? "in the corpus: \(n.file ?? "")" : "cited only")
    return parts.joined(separator: "\n")
  }

  /// The title of a drawing when none is given.
  public static let defaultTitle = "LegalRef reference graph"

  /// Renders the graph. `title` goes on top of the drawing.
  public static func render(_ g: ReferenceGraph, title: String = defaultTitle)
    -> String
  {
    String(decoding: renderBytes(g, title: title), as: UTF8.self)
  }

  /// `render` as UTF-8 bytes, built in one buffer.
  public static func renderBytes(_ g: ReferenceGraph, title: String = defaultTitle)
    -> [UInt8]
  {
    renderBytes(g, title: title, drain: nil)
  }

  /// `renderBytes`, handing the bytes made so far to `drain` (which empties the buffer) whenever they pass
  /// its `pieceSize` after a node or an edge; returns what is left. The pieces and the rest, joined, are
  /// `renderBytes(g, title:)`.
  static func renderBytes(_ g: ReferenceGraph, title: String, drain: ByteDrain?) -> [UInt8] {
    // Node ids are n1, n2… in node order; the nodes of each level, in node order, found once.
    let levels: [Level?] = Level.allCases.map { Optional($0) } + [nil]
    var byLevel = [[Int]](repeating: [], count: levels.count)
    for k in g.nodes.indices {
      byLevel[
        g.nodes[k].level.flatMap { l in Level.allCases.firstIndex(of: l) } ?? levels.count - 1
      ].append(
        k)
    }
    var out: [UInt8] = []
    out.reserveCapacity(
      drain.map { 2 * $0.pieceSize } ?? 320 * g.nodes.count + 360 * g.edges.count + 4096)
    func piece() {
      if let drain, out.count >= drain.pieceSize { drain.take(&out) }
    }
    func id(_ k: Int) {
      out.append(UInt8(ascii: "n"))
      out.append(decimal: k + 1)
    }
    out.append(literal: "digraph legalref {\n")
    out.append(
      literal:
        "  graph [rankdir=TB, newrank=true, compound=true, nodesep=0.25, ranksep=0.6, fontname=\"DejaVu Sans\""
    )
    out.append(literal: ", labelloc=t, fontsize=16, label=\"")
    escape(title, into: &out)
    out.append(literal: "\"];\n")
    out.append(
      literal:
        "  node [fontname=\"DejaVu Sans\", fontsize=9, style=\"filled\", margin=\"0.08,0.04\"];\n")
    out.append(literal: "  edge [fontname=\"DejaVu Sans\", fontsize=8, arrowsize=0.7];\n")

    func nodeLine(_ k: Int, indent: StaticString) {
      let inCorpus = g.nodes[k].inCorpus
      let (fill, line) = colours(g.nodes[k].branch, inCorpus: inCorpus)
      out.append(literal: indent)
      id(k)
      out.append(literal: " [label=\"")
      // Through a buffer pointer: the node is borrowed, not copied.
      g.nodes.withUnsafeBufferPointer { nodes in
        escape(label(nodes[k]), into: &out)
        out.append(literal: "\", tooltip=\"")
        escape(tooltip(nodes[k]), into: &out)
      }
      out.append(literal: "\", shape=")
      out.append(text: shape(g.nodes[k].type))
      out.append(literal: ", style=\"")
      if inCorpus {
        out.append(literal: "filled,bold")
      } else {
        out.append(literal: "filled,dashed")
      }
      out.append(literal: "\", fillcolor=\"")
      out.append(text: fill)
      out.append(literal: "\", color=\"")
      out.append(text: line)
      out.append(literal: "\"];\n")
      piece()
    }

    // The members of a level grouped by a place, the places sorted.
    func groups(_ members: [Int], byProvince: Bool) -> [(String, [Int])] {
      // Keyed by bytes: place names are NFC text, where canonically equivalent names have the same bytes.
      var groups: [UTF8Key: [Int]] = [:]
      g.nodes.withUnsafeBufferPointer { nodes in
        for k in members {
          groups[UTF8Key(byProvince ? nodes[k].jurisdiction ?? "" : ""), default: []].append(k)
        }
      }
      return groups.sorted(by: { $0.key.string < $1.key.string }).map { ($0.key.string, $0.value) }
    }

    // Levels, top to bottom, each with an invisible anchor that keeps the bands in order.
    var anchors: [String] = []
    for (k, level) in levels.enumerated() {
      let members = byLevel[k]
      guard !members.isEmpty else { continue }
      let name = level.map { levelNames[$0]! } ?? "Cấp chưa rõ — level unknown"
      let anchor = "lvl\(k)"
      anchors.append(anchor)
      out.append(literal: "  subgraph cluster_")
      out.append(text: level?.rawValue ?? "unknown")
      out.append(literal: " {\n")
      out.append(literal: "    label=\"")
      escape(name, into: &out)
      out.append(
        literal:
          "\"; style=\"rounded,filled\"; fillcolor=\"#fafafa\"; color=\"#bbbbbb\"; fontsize=12;\n")
      out.append(literal: "    ")
      out.append(text: anchor)
      out.append(literal: " [shape=point, style=invis, width=0, height=0, label=\"\"];\n")
      if level == .province || level == .district || level == .commune {
        for (j, (place, group)) in groups(members, byProvince: true).enumerated() {
          out.append(literal: "    subgraph cluster_")
          out.append(text: level!.rawValue)
          out.append(UInt8(ascii: "_"))
          out.append(decimal: j + 1)
          out.append(literal: " {\n")
          out.append(literal: "      label=\"")
          escape(place.isEmpty ? "tỉnh chưa rõ — province unknown" : place, into: &out)
          out.append(literal: "\"; style=\"rounded\"; color=\"#cccccc\"; fontsize=10;\n")
          for n in group { nodeLine(n, indent: "      ") }
          out.append(literal: "    }\n")
        }
      } else {
        for n in members { nodeLine(n, indent: "    ") }
      }
      out.append(literal: "  }\n")
    }
    // Wide bands wrap into rows: invisible edges from each node to the one a row-width further on.
    for (k, level) in levels.enumerated() {
      let byProvince = !(level == .central || level == nil)
      for (_, group) in groups(byLevel[k], byProvince: byProvince) where group.count > 6 {
        let width = max(5, Int((Double(group.count).squareRoot() * 1.6).rounded(.up)))
        for i in 0..<(group.count - width) {
          out.append(literal: "  ")
          id(group[i])
          out.append(literal: " -> ")
          id(group[i + width])
          out.append(literal: " [style=invis, weight=0];\n")
        }
      }
    }
    // Band order: anchor → every node of its level → the next anchor.
    for (a, b) in zip(anchors, anchors.dropFirst()) {
      out.append(literal: "  ")
      out.append(text: a)
      out.append(literal: " -> ")
      out.append(text: b)
      out.append(literal: " [style=invis, weight=10];\n")
    }
    for k in levels.indices {
      let anchor = "lvl\(k)"
      guard let pos = anchors.firstIndex(of: anchor) else { continue }
      let next = pos + 1 < anchors.count ? anchors[pos + 1] : nil
      for n in byLevel[k] {
        out.append(literal: "  ")
        out.append(text: anchor)
        out.append(literal: " -> ")
        id(n)
        out.append(literal: " [style=invis, weight=0];\n")
        if let next {
          out.append(literal: "  ")
          id(n)
          out.append(literal: " -> ")
          out.append(text: next)
          out.append(literal: " [style=invis, weight=0];\n")
        }
      }
    }
    // Edges are drawn from the cited document down to the citing one, arrow pointing at the cited document.
    let styles: [[UInt8]] = Relation.allCases.flatMap { r in
      [false, true].map { Array(edgeStyle(r, assumed: $0).utf8) }
    }
    let nodeCount = g.nodes.count
    for k in g.edges.indices {
      let from = Int(g.edgeFrom[k])
      let to = Int(g.edgeTo[k])
      guard from < nodeCount, to < nodeCount else { continue }
      let e = g.edges[k]
      out.append(literal: "  ")
      id(to)
      out.append(literal: " -> ")
      id(from)
      out.append(literal: " [dir=back, ")
      out.append(contentsOf: styles[2 * ReferenceGraph.ordinal(e.relation) + (e.assumed ? 1 : 0)])
      out.append(literal: ", tooltip=\"")
      // The tooltip, escaped piece by piece.
      escape(e.from, into: &out)
      out.append(literal: " — ")
      out.append(text: e.relation.rawValue)
      out.append(literal: " → ")
      escape(e.to, into: &out)
      if e.assumed {
        out.append(literal: " (assumed: an undated number matched to its only dated candidate)")
      }
      if e.stated { out.append(literal: " (stated by a citing document)") }
      for evidence in e.evidence.prefix(5) {
        out.append(literal: "\\n")
        escape(evidence.file, into: &out)
        out.append(UInt8(ascii: ":"))
        out.append(decimal: evidence.line)
        out.append(literal: ": ")
        escape(evidence.surface, into: &out)
      }
      if e.evidence.count > 5 {
        out.append(literal: "\\n… ")
        out.append(decimal: e.evidence.count - 5)
        out.append(literal: " more")
      }
      out.append(literal: "\"];\n")
      piece()
    }
    out.append(text: legend())
    out.append(literal: "}\n")
    return out
  }

  /// A legend: one table of node colours and shapes and of the line style of each relation.
  static func legend() -> String {
    let party = colours(.party, inCorpus: true).fill
    let state = colours(.state, inCorpus: true).fill
    var rows = [
      "<TR><TD COLSPAN=\"2\"><B>Chú giải — legend</B> (arrows point at the cited document)</TD></TR>",
      "<TR><TD BGCOLOR=\"\(party)\">Đảng — party</TD><TD BGCOLOR=\"\(state)\">Nhà nước — state</TD></TR>",
      "<TR><TD>bold border: in the corpus</TD><TD>dashed border: cited only</TD></TR>",
      "<TR><TD>box: Nghị quyết, Nghị định, Luật, Thông tư</TD><TD>hexagon: Chỉ thị, Kết luận, Thông tri</TD></TR>",
      "<TR><TD>folder: Kế hoạch, Chương trình, Đề án</TD><TD>octagon: Quyết định, Quy định</TD></TR>",
      "<TR><TD>note: Công văn, Hướng dẫn, other</TD><TD>dotted line: assumed match</TD></TR>",
    ]
    let relations = Relation.allCases
    for pair in stride(from: 0, to: relations.count, by: 2) {
      var cells = ""
      for r in relations[pair..<min(pair + 2, relations.count)] {
        let style = edgeStyle(r)
        let colour = style.split(separator: "\"")[1]
        let line = style.contains("dashed") ? "╌╌╌" : "━━━"
        cells += "<TD><FONT COLOR=\"\(colour)\">\(line) \(r.rawValue)</FONT></TD>"
      }
      if relations.count - pair == 1 { cells += "<TD></TD>" }
      rows.append("<TR>\(cells)</TR>")
    }
    let table =
      "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(rows.joined())</TABLE>"
    return "  legend [shape=plaintext, style=\"\", fontsize=9, label=<\(table)>];\n"
  }
}
