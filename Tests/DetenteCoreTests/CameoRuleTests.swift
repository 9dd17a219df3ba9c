import Testing

@testable import DetenteCore

@Suite("CAMEO codes: one rule for meetings and classes")
struct CameoRuleTests {
  @Test("the coder's fast forms agree with CameoCode for every code of the lexicon")
  func fastFormsAgree() throws {
    let lexicon = Support.lexicon
    #expect(lexicon.cameo.count >= 200)
    for (code, c) in lexicon.cameo {
      #expect(Code(code).isMeeting == c.isMeeting, "\(code)")
      #expect(Code(code).eventClass.string == c.eventClass, "\(code)")
      #expect(Scorer.eventClass(code) == c.eventClass, "\(code)")
      #expect((1...20).contains(c.root), "\(code)")
    }
    #expect(CameoCode.isMeeting("036") && CameoCode.isMeeting("042"))
    #expect(!CameoCode.isMeeting("030") && !CameoCode.isMeeting("111"))
    #expect(CameoCode.eventClass("043") == "MEET" && CameoCode.eventClass("112") == "11")
  }
}
