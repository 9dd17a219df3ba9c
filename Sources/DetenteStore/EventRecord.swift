import DetenteCore
import GRDB

/// A stored event (table `event`): the contract's fields as columns, so that every filter is an
/// indexed comparison and the event can be rebuilt exactly.
package struct EventRecord: Codable, FetchableRecord, PersistableRecord, FastRow, Sendable {
  package static let databaseTableName = "event"

  package var id: String
  package var articleId: String
  /// Position among the article's events (the order `detente code` prints them in).
  var ordinal: Int
  var sentenceIndex: Int
  var sentenceText: String
  var sourceText: String?
  var sourceCode: String?
  var sourceCountry: String?
  var sourceRole: String?
  var sourcePerson: String?
  var targetText: String?
  var targetCode: String?
  var targetCountry: String?
  var targetRole: String?
  var targetPerson: String?
  var cameo: String
  var root: String
  var plover: String?
  var ploverMode: String?
  var goldstein: Double
  var quadClass: Int
  var modality: String
  var date: String?
  var datePrecision: String?
  var dateText: String?
  /// First and last day the date covers, for overlap filters.
  var dateFirst: String?
  var dateLast: String?
  var locationText: String?
  var locationName: String?
  var locationCountry: String?
  var lat: Double?
  var lon: Double?
  var symmetric: Bool
  /// Topics joined by ";".
  var topics: String
  var attributionText: String?
  var attributionCode: String?
  var evidence: String
  var rule: String
  var ruleSource: String
  var triggerStart: Int
  var triggerEnd: Int
  /// The gathering the sentence names, for meetings: a key for linking and the words.
  var occasionKey: String?
  package var occasion: String?
  /// The event's references (`Event.references`) as a JSON array, or nil when it has none.
  var referenceJSON: String?
  /// The later sentences that tell the event again (`Event.retold`), as their JSON array.
  var retoldJSON: String?

  /// Column names (snake case), spelled out: converting every key of every row costs more than
  /// the rest of encoding it.
  package enum CodingKeys: String, CodingKey, CaseIterable {
    case id
    case articleId = "article_id"
    case ordinal
    case sentenceIndex = "sentence_index"
    case sentenceText = "sentence_text"
    case sourceText = "source_text"
    case sourceCode = "source_code"
    case sourceCountry = "source_country"
    case sourceRole = "source_role"
    case sourcePerson = "source_person"
    case targetText = "target_text"
    case targetCode = "target_code"
    case targetCountry = "target_country"
    case targetRole = "target_role"
    case targetPerson = "target_person"
    case cameo
    case root
    case plover
    case ploverMode = "plover_mode"
    case goldstein
    case quadClass = "quad_class"
    case modality
    case date
    case datePrecision = "date_precision"
    case dateText = "date_text"
    case dateFirst = "date_first"
    case dateLast = "date_last"
    case locationText = "location_text"
    case locationName = "location_name"
    case locationCountry = "location_country"
    case lat
    case lon
    case symmetric
    case topics
    case attributionText = "attribution_text"
    case attributionCode = "attribution_code"
    case evidence
    case rule
    case ruleSource = "rule_source"
    case triggerStart = "trigger_start"
    case triggerEnd = "trigger_end"
    case occasionKey = "occasion_key"
    case occasion
    case referenceJSON = "reference_json"
    case retoldJSON = "retold_json"
  }

  /// The row's values in `CodingKeys` order, for `FastRow`.
  package var databaseValues: [(any DatabaseValueConvertible)?] {
    [
      id,
      articleId,
      ordinal,
      sentenceIndex,
      sentenceText,
      sourceText,
      sourceCode,
      sourceCountry,
      sourceRole,
      sourcePerson,
      targetText,
      targetCode,
      targetCountry,
      targetRole,
      targetPerson,
      cameo,
      root,
      plover,
      ploverMode,
      goldstein,
      quadClass,
      modality,
      date,
      datePrecision,
      dateText,
      dateFirst,
      dateLast,
      locationText,
      locationName,
      locationCountry,
      lat,
      lon,
      symmetric,
      topics,
      attributionText,
      attributionCode,
      evidence,
      rule,
      ruleSource,
      triggerStart,
      triggerEnd,
      occasionKey,
      occasion,
      referenceJSON,
      retoldJSON,
    ]
  }

  package init(_ e: Event, ordinal: Int, occasion: (key: String, name: String)? = nil) {
    occasionKey = occasion?.key
    self.occasion = occasion?.name
    id = e.id
    articleId = e.article.id
    self.ordinal = ordinal
    sentenceIndex = e.sentenceIndex
    sentenceText = e.sentenceText
    sourceText = e.source.text
    sourceCode = e.source.code
    sourceCountry = e.source.country
    sourceRole = e.source.role.code
    sourcePerson = e.source.person
    targetText = e.target?.text
    targetCode = e.target?.code
    targetCountry = e.target?.country
    targetRole = e.target?.role.code
    targetPerson = e.target?.person
    cameo = e.cameo
    root = String(e.cameo.prefix(2))
    plover = e.plover
    ploverMode = e.ploverMode
    goldstein = e.goldstein
    quadClass = e.quadClass
    modality = e.modality.rawValue
    date = e.date?.value
    datePrecision = e.date?.precision
    dateText = e.date?.text
    let period = e.date.flatMap { EventQuery.period($0.value) }
    dateFirst = period?.first
    dateLast = period?.last
    locationText = e.location?.text
    locationName = e.location?.name
    locationCountry = e.location?.country
    lat = e.location?.lat
    lon = e.location?.lon
    symmetric = e.symmetric
    topics = e.topics.joined(separator: ";")
    attributionText = e.attribution?.text
    attributionCode = e.attribution?.code
    evidence = e.evidence
    rule = e.rule
    ruleSource = e.ruleSource
    triggerStart = e.triggerTokens.lowerBound
    triggerEnd = e.triggerTokens.upperBound
    referenceJSON = e.referencesJSON
    retoldJSON = e.retoldJSON
  }

  /// The event again, with its article's reference.
  package func event(_ article: Event.ArticleRef) -> Event {
    func actor(_ text: String?, _ code: String?, _ person: String?) -> Actor? {
      guard let code else { return nil }
      return Actor(text: text ?? "", code: code, person: person)
    }
    return Event(
      id: id, article: article, sentenceIndex: sentenceIndex, sentenceText: sentenceText,
      source: actor(sourceText, sourceCode, sourcePerson) ?? Actor(text: "", code: ""),
      target: actor(targetText, targetCode, targetPerson), cameo: cameo, plover: plover,
      ploverMode: ploverMode, goldstein: goldstein, quadClass: quadClass,
      modality: Modality(rawValue: modality) ?? .occurred,
      date: date.map {
        EventDate(value: $0, precision: datePrecision ?? "", text: dateText ?? "")
      },
      location: locationName.map {
        Event.Location(
          text: locationText ?? "", name: $0, country: locationCountry ?? "", lat: lat ?? 0,
          lon: lon ?? 0)
      },
      symmetric: symmetric,
      topics: topics.isEmpty ? [] : topics.split(separator: ";").map(String.init),
      attribution: attributionCode.map {
        Event.Attribution(text: attributionText ?? "", code: $0)
      }, evidence: evidence, rule: rule, ruleSource: ruleSource,
      triggerTokens: triggerStart..<max(triggerStart, triggerEnd),
      references: referenceJSON.map(Event.references(json:)) ?? [],
      retold: retoldJSON.map(Event.retold(json:)) ?? [])
  }
}
