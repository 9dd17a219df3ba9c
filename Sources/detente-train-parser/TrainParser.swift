import ArgumentParser
import DetenteCore
import Foundation

/// `detente-train-parser`: trains the clause stage's tagger, parser and relation labeller on a
/// Universal Dependencies treebank and writes the model file Detente bundles.
@main
struct TrainParser: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "detente-train-parser",
    abstract: "Train the dependency parser of Detente's clause stage on a treebank.",
    discussion:
      "Reads TREEBANK/train.conllu and TREEBANK/dev.conllu (Universal Dependencies CoNLL-U, such as UD English EWT), trains an averaged-perceptron tagger, an arc-hybrid parser and a relation labeller, prints their accuracy on the dev set after each pass, and writes the model. The bundled model was made with the defaults: swift run -c release detente-train-parser ../shared/data/ud-english-ewt --output Sources/DetenteCore/Resources/Parser/english-ewt.dpm"
  )

  @Argument(help: "The folder with train.conllu and dev.conllu.")
  var treebank: String

  @Option(help: "Where to write the model.")
  var output: String

  @Option(help: "Passes over the training sentences for the tagger.")
  var taggerEpochs = ParserTraining().taggerEpochs

  @Option(help: "Passes for the parser.")
  var parserEpochs = ParserTraining().parserEpochs

  @Option(help: "Passes for the relation labeller.")
  var labelerEpochs = ParserTraining().labelerEpochs

  @Option(help: "Folds whose tags the parser learns from (1: the final tagger's own tags).")
  var jackknife = ParserTraining().jackknife

  @Option(help: "How many times web-log and newsgroup sentences count.")
  var newsWeight = ParserTraining().newsWeight

  @Option(help: "Weights smaller than this part of the largest are left out of the model.")
  var threshold: Float = ParserTraining().threshold

  func run() throws {
    let folder = URL(fileURLWithPath: treebank)
    func read(_ name: String) throws -> [TreebankSentence] {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        throw ValidationError("\(url.path): cannot read the treebank file")
      }
      let sentences = Treebank.read(text)
      guard !sentences.isEmpty else { throw ValidationError("\(url.path): no sentences") }
      return sentences
    }
    let train = try read("train.conllu")
    let dev = try read("dev.conllu")
    print("\(train.count) training sentences, \(dev.count) dev sentences")
    var t = ParserTraining()
    t.taggerEpochs = taggerEpochs
    t.parserEpochs = parserEpochs
    t.labelerEpochs = labelerEpochs
    t.jackknife = jackknife
    t.newsWeight = newsWeight
    t.threshold = threshold
    t.log = { print($0) }
    let model = t.train(train, dev: dev)
    let data = Data(model.fileData())
    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
    let sizes = zip(["tagger", "parser", "labeller"], model.sizes).map {
      "\($0) \($1.features) features, \($1.weights) weights"
    }
    print("wrote \(output): \(data.count) bytes (\(sizes.joined(separator: "; ")))")
  }
}
