/// An actor as the recognizers, the lexicon and the coder pass it between them while they read
/// an article: plain values (a code of two words, its words as a reference into the text, a
/// person as a number), copied without reference counts (`Mentions/Mention.swift` has the
/// mentions made of them).

/// Where an actor's or a place's words are.
enum TextRef: Hashable, Sendable {
  /// A byte range of the article body.
  case body(Int32, Int32)
  /// A byte range of the headline.
  case title(Int32, Int32)
  /// The code itself stands as the words ("the two countries" resolved to `RUS` and `UKR`).
  case code(Code)
  /// The full name of a lexicon person (index into `Lexicon.people`).
  case person(Int32)
  /// No words.
  case empty
}

/// A person named in an article: an index into `ArticleContext.names`, where each distinct
/// name is kept once (so that two numbers are equal exactly when the names are).
typealias PersonID = Int32

/// An actor while an article is read: `Actor` with a code of two words, its words as a
/// `TextRef` and its person as a number.
struct CodedActor: Sendable {
  /// The words that name the actor.
  var text: TextRef
  /// The actor code (`RUSGOV`).
  var code: Code
  /// The person, when the actor is one.
  var person: PersonID?

  init(text: TextRef, code: Code, person: PersonID? = nil) {
    self.text = text
    self.code = code
    self.person = person
  }

  /// The country part of the code (the whole code for organisations).
  var country: Code { code.country }
  /// The role part of the code.
  var role: Role { code.role }
}
