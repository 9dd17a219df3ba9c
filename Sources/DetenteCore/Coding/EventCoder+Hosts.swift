/// The host of a gathering, named by the story.
extension EventCoder {
  /// "Obama skipped the APEC summit in Vladivostok": a meeting at a gathering the sentence
  /// names, whose target is the country it takes place in, is with that country's leader when
  /// the story names exactly one (Putin, in a story about him); the rule says `/target:host`.
  static func nameHosts(
    _ events: inout [EventDraft], _ occasionSentences: [Int], _ context: ArticleContext
  ) {
    for k in events.indices {
      let e = events[k]
      guard e.cameo.isMeeting,
        occasionSentences.contains(e.sentenceIndex), let t = e.target, t.person == nil,
        let place = e.location, place.country == t.country
      else { continue }
      var hosts: [CodedActor] = []
      for p in context.recentPeople where p.isLeader && p.actor.country == t.country {
        if let id = p.actor.person, !hosts.contains(where: { $0.person == id }) {
          hosts.append(p.actor)
        }
      }
      guard hosts.count == 1, let host = hosts.first else { continue }
      events[k].target = CodedActor(text: t.text, code: host.code, person: host.person)
      events[k].targetIsHost = true
    }
  }
}
