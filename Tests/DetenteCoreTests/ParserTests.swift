import Foundation
import Testing

@testable import DetenteCore

/// The clause stage's dependency parser: reading a treebank, training, the model file, and the
/// bundled model's reading of sentences.
@Suite("Dependency parser")
struct ParserTests {
  /// A few sentences written here in the treebank's layout (Universal Dependencies relations,
  /// Penn Treebank tags), enough to train a model that must learn them by heart.
  static let treebank = """
    # sent_id = weblog-test-0001
    1\tKenya\tKenya\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_
    3\ttwo\ttwo\tNUM\tCD\t_\t4\tnummod\t_\t_
    4\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No
    5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    # sent_id = email-test-0002
    1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
    2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_
    3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
    4\this\the\tPRON\tPRP$\t_\t5\tnmod:poss\t_\t_
    5\tcounterpart\tcounterpart\tNOUN\tNN\t_\t3\tobj\t_\t_
    6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_
    7\tCairo\tCairo\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No
    8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    # sent_id = reviews-test-0003
    1\tDiplomats\tdiplomat\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_
    2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_
    3\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_
    4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_
    5\tMoscow\tMoscow\tPROPN\tNNP\t_\t3\tobl:agent\t_\tSpaceAfter=No
    6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    # sent_id = newsgroup-test-0004
    1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\tSpaceAfter=No
    4\t'll\twill\tAUX\tMD\t_\t5\taux\t_\t_
    5\tsend\tsend\tVERB\tVB\t_\t2\tccomp\t_\t_
    6\taid\taid\tNOUN\tNN\t_\t5\tobj\t_\tSpaceAfter=No
    7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    # sent_id = answers-test-0005
    1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
    2\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tnsubj\t_\t_
    3\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_
    4\tRiyadh\tRiyadh\tPROPN\tNNP\t_\t3\tobj\t_\t_
    5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_
    6\trelease\trelease\tVERB\tVB\t_\t3\txcomp\t_\t_
    7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_
    8\tactivists\tactivist\tNOUN\tNNS\t_\t6\tobj\t_\tSpaceAfter=No
    9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    # sent_id = weblog-test-0006
    1\tLavrov\tLavrov\tPROPN\tNNP\t_\t7\tnsubj\t_\tSpaceAfter=No
    2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_
    3\twho\twho\tPRON\tWP\t_\t4\tnsubj\t_\t_
    4\tmet\tmeet\tVERB\tVBD\t_\t1\tacl:relcl\t_\t_
    5\tKerry\tKerry\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No
    6\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_
    7\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
    8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_

    """

  @Test("a treebank is read word by word, with the clitics Detente keeps joined to their word")
  func readsTreebank() {
    let extra = """
      # sent_id = email-test-0007
      1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
      1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\tSpaceAfter=No
      2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
      3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
      3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_

      """
    let s = Treebank.read(Self.treebank + "\n" + extra)
    #expect(s.count == 7)
    #expect(s[0].forms == ["Kenya", "expelled", "two", "diplomats", "."])
    #expect(s[0].heads == [1, 5, 3, 1, 1])
    #expect(s[0].genre == "weblog")
    // "it 'll" is one word, as Detente's tokenizer reads it; the heads after it move up.
    #expect(s[3].forms == ["Seoul", "said", "it'll", "send", "aid", "."])
    #expect(s[3].heads == [1, 6, 3, 1, 3, 1])
    #expect(s[3].relations == ["nsubj", "root", "nsubj", "ccomp", "obj", "punct"])
    // Relations keep the subtypes the clause stage reads, and lose the others.
    #expect(s[2].relations.contains("nsubj:pass") && s[2].relations.contains("obl:agent"))
    // "n't" stays a word of its own; the range line and the empty node are skipped.
    #expect(s[6].forms == ["do", "n't", "go"])
    #expect(s.allSatisfy { $0.isProjective })
    var crossing = s[0]
    crossing.heads = [2, 3, 5, 0, 2]
    #expect(!crossing.isProjective)
  }

  static func trainTiny() -> DependencyModel {
    var t = ParserTraining()
    t.taggerEpochs = 20
    t.parserEpochs = 20
    t.labelerEpochs = 20
    t.jackknife = 1
    t.newsWeight = 1
    t.threshold = 0
    let sentences = Treebank.read(treebank)
    return t.train(sentences, dev: sentences)
  }

  @Test("a model trained on a few sentences learns them, and its file reads back the same")
  func trainsAndRoundTrips() throws {
    let sentences = Treebank.read(Self.treebank)
    let model = Self.trainTiny()
    let learned = model.attachmentScores(sentences)
    #expect(learned.tagged == 1)
    #expect(learned.unlabelled == 1)
    #expect(learned.labelled == 1)
    let bytes = model.fileData()
    let again = try DependencyModel(fileData: bytes, name: "tiny.dpm")
    #expect(again.fileData() == bytes)
    #expect(again.tagNames == model.tagNames && again.relationNames == model.relationNames)
    for s in sentences {
      let words = WordFeatures(forms: s.forms)
      let a = model.parse(words)
      let b = again.parse(words)
      #expect(a.tags == b.tags && a.heads == b.heads && a.relations == b.relations)
    }
  }

  @Test("a damaged model file is refused with its name and what is wrong")
  func refusesDamagedFiles() {
    let bytes = Self.trainTiny().fileData()
    func failure(_ b: [UInt8], _ name: String) -> String {
      let e = #expect(throws: ModelFileError.self) { try DependencyModel(fileData: b, name: name) }
      return e.map { "\($0)" } ?? ""
    }
    let cut = failure(Array(bytes.prefix(bytes.count - 3)), "cut.dpm")
    #expect(cut.hasPrefix("cut.dpm: ") && cut.contains("ends too soon"))
    var wrong = bytes
    wrong[0] = UInt8(ascii: "X")
    #expect(failure(wrong, "other.bin").hasPrefix("other.bin: not a Detente parser model"))
    var later = bytes
    later[4] = 9
    #expect(failure(later, "new.dpm").contains("model version 9"))
  }
}
