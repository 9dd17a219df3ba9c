/// Marks words in a sentence: each mark wraps the first free occurrence of its text. The
/// sentence comes out as pieces, marked or not, for ``template`` to write (and escape).
enum Highlighter {
  /// A run of the sentence: marked with a kind (`actor`, `time`, `place`, `trigger`) and a
  /// note (the code) shown on hover, or plain.
  struct Piece: Equatable {
    let text: String
    let marked: Bool
    let kind: String
    let note: String
  }

  /// A sentence's pieces (in a ``Piece`` list called `pieces`) as HTML.
  static let template = """
    {{#pieces}}{{#marked}}<mark class="{{kind}}" title="{{note}}">{{text}}</mark>{{/marked}}{{^marked}}{{text}}{{/marked}}{{/pieces}}
    """

  static func pieces(_ text: String, _ marks: [(text: String, kind: String, title: String)])
    -> [Piece]
  {
    let chars = Array(text)
    var kinds: [String?] = Array(repeating: nil, count: chars.count)
    var titles: [String?] = Array(repeating: nil, count: chars.count)
    var starts = Set<Int>()
    // Longer marks first, so "Russian President Vladimir Putin" wins over "Putin".
    for m in marks.sorted(by: { $0.text.count > $1.text.count }) {
      let needle = Array(m.text)
      guard !needle.isEmpty, needle.count <= chars.count else { continue }
      var i = 0
      while i + needle.count <= chars.count {
        if Array(chars[i..<(i + needle.count)]) == needle,
          (i..<(i + needle.count)).allSatisfy({ kinds[$0] == nil })
        {
          for k in i..<(i + needle.count) {
            kinds[k] = m.kind
            titles[k] = m.title
          }
          starts.insert(i)
          break
        }
        i += 1
      }
    }
    var out: [Piece] = []
    var i = 0
    while i < chars.count {
      var j = i
      if let k = kinds[i] {
        while j < chars.count, kinds[j] == k, titles[j] == titles[i], j == i || !starts.contains(j)
        { j += 1 }
        out.append(Piece(text: String(chars[i..<j]), marked: true, kind: k, note: titles[i] ?? ""))
      } else {
        while j < chars.count, kinds[j] == nil { j += 1 }
        out.append(Piece(text: String(chars[i..<j]), marked: false, kind: "", note: ""))
      }
      i = j
    }
    return out
  }
}
