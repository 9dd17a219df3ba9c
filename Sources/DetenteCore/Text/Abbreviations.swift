/// Words that, followed by a period, do not end a sentence: titles, month and weekday
/// abbreviations, "St.", corporate suffixes. Lower-cased hashes for byte-level checks.
public enum Abbreviations {
  /// The abbreviations, lower case, without the period.
  public static let words: [String] = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt", "cpl",
    "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "ste", "mt", "ft", "jr", "sr", "inc",
    "co", "corp", "ltd", "plc", "no", "nos", "vs", "etc", "approx", "dept", "est", "fig", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd", "gov't",
    "govt", "univ", "assn", "bros", "e.g", "i.e", "al",
  ]
  /// Abbreviations after which a number usually follows (months): "Sept. 5".
  public static let beforeNumbers: [String] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos",
  ]
  static let hashes: HashSet64 = HashSet64(words.map(TokenHash.of))
  static let numberHashes: HashSet64 = HashSet64(beforeNumbers.map(TokenHash.of))
  /// Words that commonly start a sentence, so that an initialism before them ends one.
  static let starters: HashSet64 = HashSet64(
    [
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but", "and",
      "this",
      "that", "there", "his", "her", "its", "their", "our", "after", "before", "when", "while",
      "as", "if", "since", "during", "officials", "both", "some", "many", "no", "one", "last",
      "earlier", "later", "meanwhile", "however", "yet", "still", "also",
    ].map(TokenHash.of))
}
