import ArgumentParser
import DetenteCore

/// The `detente` command: codes news articles into political events.
@main
struct Detente: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "detente",
    abstract: "Read news reports and code what political actors did to each other.",
    discussion:
      "Detente turns articles (crawled text or Markdown, HTML pages, JSON Lines batches) into CAMEO/PLOVER-coded events with actors, modality, dates and places, each traced to its sentence. The bundled lexicon files are read from Detente_DetenteCore.resources next to the program, or from the folder named by DETENTE_LEXICON.",
    version: "0.1.0",
    subcommands: [
      Code.self, Explain.self, Clauses.self, Ingest.self, Events.self, Articles.self, Show.self,
      Recode.self, Stats.self,
      Eval.self, Meetings.self, TimelineCommand.self, Serve.self,
      LexiconCommand.self, QueueCommand.self, Worker.self,
    ]
  )
}
