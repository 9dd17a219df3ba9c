/// Links events into clusters, one event at a time: a new event joins the best compatible
/// cluster of the same participants, or starts one. Clusters are found through an index on
/// the participants key, so each event is compared only with the clusters of its own pair and
/// linking cost grows with the number of events, not with its square.
public struct EventLinker: Sendable {
  /// The clusters, in the order they were made.
  public private(set) var clusters: [ClusterProfile] = []
  /// Which cluster each event joined.
  public private(set) var assignment: [String: String] = [:]
  /// How many event–cluster comparisons linking has made (to check that it stays linear).
  public private(set) var comparisons = 0
  var byKey: [String: [Int]] = [:]

  /// An empty linker, or one that continues from stored clusters.
  public init(existing: [ClusterProfile] = []) {
    for c in existing { insert(c) }
  }

  mutating func insert(_ c: ClusterProfile) {
    byKey[c.key, default: []].append(clusters.count)
    clusters.append(c)
  }

  /// Adds an event; returns the id of the cluster it joined or started.
  @discardableResult
  public mutating func add(_ e: LinkedEvent) -> String {
    if let id = assignment[e.id] { return id }
    var best: (Int, Int)?
    let candidates = byKey[e.key] ?? []
    comparisons += candidates.count
    for i in candidates {
      if let score = Self.fit(e, clusters[i]), best == nil || score >= best!.1 {
        best = (i, score)
      }
    }
    if let (i, _) = best {
      clusters[i] = clusters[i].adding(e)
      assignment[e.id] = clusters[i].id
      return clusters[i].id
    }
    let c = ClusterProfile(e)
    insert(c)
    assignment[e.id] = c.id
    return c.id
  }

  /// How well `e` fits cluster `c` (higher is better), or nil when it may not join it: the
  /// same occasion counts most, then a dated match; of equal scores, the cluster made last
  /// wins (a caller goes through them in the order they were made and keeps the last best).
  public static func fit(_ e: LinkedEvent, _ c: ClusterProfile) -> Int? {
    guard LinkRules.compatible(e, c) else { return nil }
    var score = 0
    if e.occasion != nil, e.occasion == c.occasion { score += 4 }
    if e.dateFirst != nil, c.dateFirst != nil { score += 2 }
    return score
  }
}
