# Event patterns. Each record says which words signal an event, its CAMEO code, and where its
# target is. Patterns:
#   word          a literal word (case does not matter)
#   +verb         a verb in any form: meet, meets, meeting, met; irregular or doubled forms
#                 in brackets: +meet[met]  +ban[banned,banning]
#   a/b/c         any one of these words (each may be a +verb)
#   @name         any word of a list of [wordlists] (below): @censure-adjectives
#   *             up to six words in between ("imposed new economic sanctions on")
#   *N            up to N words in between (N from 1 to 12): +declare *10 persona non grata
# Targets, tried in order: obj (the actor right after the pattern), in (an actor inside a *),
# place (the country of a place named after the pattern; each place when several are listed),
# a preposition (the actor after it: with, to, on, against, of, from, into, at, for, between,
# by, over, about, in, off, near, toward, around, across, inside, outside, onto, upon), or - (no
# target).
# Flags: sym (direction does not matter), noun (the trigger is a noun: its source may be a
# possessive, a country word before it, or "by X"), recip (needs a plural subject: "saw each
# other"), mod=M (the pattern fixes the modality), src=by (the source follows "by"),
# src=from (the source follows the pattern's last word, "from", and the clause's subject is the
# target: "Thailand deported …, drawing condemnation from Turkey"),
# refine=meet (coded 036 when a meeting is being discussed in the sentence or the one before),
# shared (a noun that shares the target of the verb before it: "thanked Scholz in a phone call"),
# passive (a passive verb only, or a pattern that starts with its "be": "were being held"),
# home (with no target named, the country the story is about: "France is recalling its ambassador"),
# at=source / at=target (with no place named, the event happens in the source's country — a host
# receives at home — or in the target's — a visit goes to the visited).
# Exclusions (negative knowledge): a record whose code is `not` holds words that look like an
# event and are not ("shelled out $5 billion", "struck a conciliatory tone", "entered talks"). Where
# it matches, no pattern covering its first word fires; its later words are context ("entered talks"
# stops the entering, not the talks). It codes nothing, has target - and no flags, and stands next
# to the patterns it restrains; `detente explain` shows it.
# Patterns that start at the same word are tried longest first. Meetings that are planned or
# possible are coded 036 whatever the pattern says.
# Word lists a pattern names with @ ("+call * @censure-adjectives"): one list, many patterns.
# name | words separated by ; (a +verb stands for its forms). A file names a list once; a list
# in your own file (--lexicon) under a bundled list's name adds its words to that list.
[wordlists]
# Words that judge an act or an actor harshly: "called the decision dangerous", "said the move
# was unacceptable".
@censure-adjectives | shocking; dangerous; unacceptable; illegal; illegitimate; irresponsible; provocative; outrageous; absurd; hostile; reckless; appalling; excessive; unjustified; unjustifiable; shameful; criminal; null; void; invalid; unlawful; baseless; meritless; groundless; unfounded; false; biased; unsafe; protectionist; discriminatory; unfair; coercive; genocidal; racist; fascist; terrorist; antisemitic; cruel; inhumane; barbaric; brutal; regrettable; deplorable; treasonous; unjust; futile; unfortunate; disrespectful; dishonest; insulting; offensive; hypocritical; counterproductive; misguided; unwarranted; arbitrary; destabilising; destabilizing; unhelpful; unfriendly; crazy; shortsighted; senseless; disproportionate; intolerable; unprofessional; aggressive; insane; ignorant; corrupt; hysterical; unconvincing; unsatisfactory; unprovoked; heinous; cowardly; despicable; disgraceful; irrational; ridiculous; preposterous; undemocratic; xenophobic; russophobic; cynical; arrogant; immoral; unethical; treacherous; savage; belligerent; bellicose; humiliating; scandalous; fabricated; draconian; inappropriate; unwise; disappointing; troubling; alarming; deceitful; malicious; slanderous; defamatory; unreasonable; unscientific; destructive; bitter; hasty; brazen; flagrant
# Nouns that name an act or an actor harshly, after "a"/"an": "called it a provocation".
@censure-nouns | breach; violation; robbery; betrayal; provocation; crime; theft; outrage; disgrace; farce; mistake; blackmail; act; aggression; insult; affront; attack; threat; aggressor; murderer; terrorist; dictator; criminal; liar; bully; puppet; tyrant; thug; fascist; communist; enemy; traitor; menace; sham; travesty; charade; pantomime; slap; humiliation; scandal; lie; fabrication; hoax; smear; slander; intrusion; interference; letdown; gangster; clown; madman; tool; blunder; pawn; stooge; lackey; vassal; hypocrite; warmonger; fiasco; massacre; bloodbath; atrocity
# Verbs that report what someone said.
@speech-verbs | +say[said,says]; +write[wrote,written,writing]; +add; +insist; +argue; +complain; +state; +declare; +stress; +assert; +maintain
# Verbs of wrongdoing that, said of an actor, accuse it: "said Turkey had violated …".
@wrongdoing-verbs | violated; breached; lied; fabricated; meddled; interfered; plotted; orchestrated; masterminded; sponsored; financed; sheltered; harboured; harbored; sabotaged; spied; hacked; infiltrated; persecuted; blackmailed; smuggled; trafficked; undermined; manipulated; rigged; stole; stolen; plundered; betrayed; deceived; misled; instigated; incited; encroached; trespassed; intruded; lying; violating; breaching; meddling; interfering; plotting; sponsoring; financing; sheltering; harbouring; harboring; spying; hacking; persecuting; undermining; manipulating; stealing; plundering; inciting; encroaching
# Feelings at another's act: "was shocked by the decision", "deeply disturbed by the arrest".
@dismay-adjectives | dismayed; concerned; worried; appalled; outraged; disturbed; angered; alarmed; incensed; shocked; disappointed; troubled; perturbed; upset; saddened; horrified; indignant; furious
# Amounts of money: "pledged $600 million", "committed 100 million euros".
@money-amounts | million; billion; trillion; dollars; euros; yuan; yen; pounds; rupees
# id | cameo | pattern | target | flags
[events]
# --- 01 statements (only those with an actor as their object)
condolences | 018 | +offer/+express/+send[sent]/+convey[conveyed] * condolences/condolence/sympathy/sympathies | to |
deny-role | 016 | +deny[denied] * involvement/responsibility/role | in | home
deny-that | 016 | +deny[denied] that | - |
claim-responsibility | 015 | +claim[claimed] * responsibility/credit for | on against | 
express-optimism | 013 | +express/+voice/+sound * optimism/hope * about/over/on * relations/ties/talks/negotiations/deal/agreement/progress/dialogue | with between | 
express-pessimism | 012 | +express/+voice/+sound * pessimism/doubt/doubts/scepticism/skepticism * about/over/on * relations/ties/talks/negotiations/deal/agreement/progress/dialogue | with between | 
# --- 02 appeal
urge | 020 | +urge | obj | 
call-on | 020 | +call[called,calling] on | obj |
appeal-to | 020 | +appeal[appealed,appealing] to | obj |
ask | 020 | +ask | obj |
press | 020 | +press | obj |
not-press-on | not | +press ahead/on/forward/charges/conference/conferences/release/briefing/secretary/officer/freedom/corps | - |
appeal-for-aid | 023 | +ask/+appeal/+request for * aid | from to |
urge-release | 0253 | +urge/+ask/+press * to release/free | in |
call-on-release | 0253 | +call[called,calling] on * to release/free | in |
appeal-release | 0253 | +appeal[appealed,appealing]/+call[called,calling] for * release | - | home
urge-lift | 0254 | +urge/+ask/+press * to lift/ease/withdraw/scrap/remove/drop/reverse/rescind/revoke * restrictions/sanctions/tariffs/embargo/curbs/measures/barriers/duties/ban/bans | in |
call-on-lift | 0254 | +call[called,calling] on * to lift/ease/withdraw/scrap/remove/drop * restrictions/sanctions/tariffs/embargo/curbs/measures/barriers/duties/ban/bans | in |
urge-restraint | 0256 | +urge * restraint/calm | in on | home
urge-respect | 020 | +urge * respect | in place | home
call-for-restraint | 0256 | +call[called,calling] for * restraint/calm | on | home
hope-restraint | 0256 | +hope[hoped] *6 would/will/could * exercise/show * restraint | in | home
urge-deescalate | 0256 | +urge/+ask/+press * to * halt/stop/suspend/end/cease * tests/exercises/drills/fighting/attacks/strikes/offensive/hostilities/violence/clashes/war | in |
call-on-deescalate | 0256 | +call[called,calling] on * to * halt/stop/suspend/end/cease * tests/exercises/drills/fighting/attacks/strikes/offensive/hostilities/violence/clashes/war | in |
request | 020 | +request | obj |
request-meeting-of | 020 | +ask[asked]/+request/+call[called,calling] for * meeting/session/sitting of | of |
plead | 020 | +plead[pleaded,pled] with | obj |
call-for-talks | 026 | +call[called,calling] for * talks/dialogue/negotiations | with between |
implore | 020 | +implore/+beseech/+entreat | obj |
lobby | 020 | +lobby | obj |
seek-extradition | 0213 | +seek[sought]/+request * extradition | from of | 
urge-extradite | 0213 | +urge/+ask/+press/+request * to extradite | in | 
call-on-extradite | 0213 | +call[called,calling] on * to extradite | in | 
seek-bailout | 0231 | +seek[sought]/+request/+ask/+apply[applied] * bailout/loan/loans/credit/rescue | from to | home
ask-weapons | 0232 | +ask/+appeal/+plead[pleaded] * for * weapons/arms/ammunition/tanks/jets/warplanes/munitions/missiles | in from to | 
ask-air-defence | 0232 | +ask/+appeal/+plead[pleaded] * for * air defence/defense/defences/defenses | in from to | 
request-weapons | 0232 | +request/+seek[sought] * weapons/arms/ammunition/tanks/jets/warplanes/munitions | from in to | 
ask-troops | 0234 | +ask/+appeal/+plead[pleaded] * for * troops/peacekeepers/peacekeeping/protection | in from to | 
request-troops | 0234 | +request/+seek[sought] * peacekeepers/peacekeeping/protection | from in to | 
invite-troops | 0234 | +invite * troops/soldiers/forces/peacekeepers | in | at=source
urge-step-down | 0241 | +urge/+ask/+press * to step down/aside | in | 
urge-resign | 0241 | +urge/+ask/+press * to resign/quit | in | 
call-on-step-down | 0241 | +call[called,calling] on * to step down/aside | in | 
call-on-resign | 0241 | +call[called,calling] on * to resign/quit | in | 
call-resignation | 0241 | +call[called,calling] for * resignation/ouster/removal of | of | 
urge-reform | 024 | +urge/+press * to * reform/reforms | in | 
urge-rights | 0243 | +urge/+press * to * respect/protect/uphold/guarantee * rights/freedoms/freedom | in | 
urge-elections | 0244 | +urge/+press * to hold/restore/organise/organize * elections/election/vote/civilian/constitutional/democracy | in | 
call-on-elections | 0244 | +call[called,calling] on * to hold/restore/organise/organize * elections/election/vote/civilian/constitutional/democracy | in | 
urge-stand-down | 0252 | +urge/+ask/+tell[told] * to stand down/disperse/demobilise/demobilize | in | 
call-on-stand-down | 0252 | +call[called,calling] on * to stand down/disperse/demobilise/demobilize | in | 
urge-end-protests | 0252 | +urge/+ask/+press * to end/halt/stop/suspend * protests/protest/demonstrations/rallies/blockade/blockades | in | 
urge-surrender | 025 | +urge/+tell[told] * to surrender/disarm | in | 
urge-access | 0255 | +urge/+press/+ask * to allow/let/admit/grant/permit * access/inspectors/monitors/observers/investigators/aid/experts/mission | in | 
call-on-access | 0255 | +call[called,calling] on * to allow/let/admit/grant/permit * access/inspectors/monitors/observers/investigators/aid/experts/mission | in | 
urge-settle | 027 | +urge/+ask/+press * to * resolve/settle * dispute/differences/disputes/conflict/row/quarrel | in | 
call-on-settle | 027 | +call[called,calling] on * to * resolve/settle * dispute/differences/disputes/conflict/row/quarrel | in | 
call-peaceful-solution | 027 | +call[called,calling] for * peaceful/political/negotiated/diplomatic * solution/settlement/resolution | to of between in | home
ask-mediate | 028 | +ask/+urge/+invite * to mediate | in | 
urge-talks | 026 | +urge/+press * to * resume/return/hold/open/start/join * talks/negotiations/dialogue/table | in | 
seek-support | 022 | +seek[sought]/+solicit/+enlist * support/backing | in from | 
# --- 03 intent to cooperate
pledge-military-aid | 0332 | +offer/+pledge/+promise * military aid/assistance/support/help | to for in | home mod=planned
pledge-humanitarian | 0333 | +offer/+pledge/+promise * humanitarian aid/assistance/relief/help | to for in | home mod=planned
offer-aid | 033 | +offer/+pledge/+promise * aid/supplies/relief/assistance | to in | home
offer-to-help | 033 | +offer[offered] to help/assist | in obj to | home mod=planned
ready-to-help | 033 | was/is/are/were/stood/stands ready to help/assist/provide | to obj in | home mod=planned
pledge-money | 033 | +pledge/+promise/+commit[committed,committing]/+offer * @money-amounts | to for | home
put-money-on-table | 033 | +put[putting] * @money-amounts on the table | for in | home
donate-money | 033 | +donate/+earmark[earmarked] * million/billion | to for | home
put-forward-money | 033 | +put[put,putting] forward * million/billion | to for | home
undertake-to | 030 | +undertake[undertook,undertaken,undertaking] to | in with | home
undertake-to-with | 030 | +undertake[undertook,undertaken,undertaking] to * agreement/talks/consultations with | obj |
come-to-aid | 033 | +come[came] to * aid/defence/defense/rescue | in | mod=planned
offer-mediate | 039 | +offer to mediate | between |
move-embassy | 050 | +move/+relocate/+transfer * embassy * to | place |
mobilisation | 154 | +order[ordered]/+announce/+declare * mobilisation/mobilization | - | home
offer-host | 039 | +offer[offered] to host/mediate/facilitate * talks/negotiations/dialogue | between with | mod=planned
invite | 036 | +invite | obj | mod=planned at=source
accept-invitation | 036 | +accept * invitation to | place to in | mod=planned
proposal-accepted | 030 | proposal/offer/invitation * +take[took,taken] up * by | by | noun refine=meet
proposal-accepted-2 | 030 | proposal/offer/invitation * +accept * by | by | noun refine=meet
help-build | 031 | +help/+assist * build/develop/modernise/modernize/produce | in obj |
promise-rebuild | 033 | +promise/+pledge/+vow[vowed]/+offer * help/assist * rebuild/reconstruct | obj place | mod=planned
offer-talks | 036 | +offer * talks/dialogue/negotiations | with to between | sym mod=planned
agree-cooperate | 030 | +agree[agreed] to cooperate/work | with on | sym mod=planned
offer-to-send | 033 | +offer[offered] to send/provide/deliver/supply * experts/help/assistance/aid/troops/team/teams/equipment/weapons | to in place | mod=planned
develop-relations | 030 | +develop/+strengthen/+deepen/+expand/+build[built] * relations/ties/cooperation/partnership | with | sym
stand-with | 052 | +stand[stood] with/by | with by |
vow-support | 030 | +pledge/+vow[vowed]/+promise * support/backing/solidarity | to for |
work-with | 030 | +work[worked] * with | obj |
pledge-trade | 0311 | +pledge/+vow[vowed]/+promise/+agree[agreed] * to boost/expand/increase/double/raise * trade/investment/investments | with between | sym mod=planned
pledge-invest | 0311 | +pledge/+promise/+offer * to invest | in | home mod=planned
pledge-defend | 0334 | +pledge/+vow[vowed]/+promise * to defend/protect | obj in | mod=planned
not-defend-own | not | +defend/+protect its/their/our/his/her *2 sovereignty/territory/interests/rights/borders/border/homeland/independence/integrity/dignity/security/citizens/civilians/people/nationals/soil | - | 
pledge-weapons | 0332 | +offer/+pledge/+promise * weapons/arms/ammunition/tanks/jets/munitions/missiles | to for in | home mod=planned
agree-release | 0353 | +agree[agreed]/+offer/+promise/+pledge * to release/free | in obj | mod=planned
agree-lift | 0354 | +agree[agreed]/+offer/+promise/+pledge * to lift/ease/scrap/remove * sanctions/embargo/tariffs/restrictions/curbs/ban | in on against to | mod=planned
agree-access | 0355 | +agree[agreed]/+offer/+promise/+pledge * to allow/admit/grant/let * inspectors/monitors/observers/access/investigators | in to from | mod=planned
pledge-halt-attacks | 0356 | +pledge/+vow[vowed]/+promise/+offer * to halt/stop/suspend/end/cease/pause * attacks/strikes/hostilities/offensive/shelling/raids/incursions | on against in | mod=planned
pledge-back-bid | 032 | +pledge/+vow[vowed]/+promise * to back/support * bid/candidacy/membership/accession/application | in | mod=planned
pledge-settle | 037 | +pledge/+vow[vowed]/+promise * to resolve/settle * dispute/differences/disputes/row | with between | sym mod=planned
accept-mediation | 038 | +accept * mediation | of by in | 
accept-offer-mediate | 038 | +accept * offer to mediate | in | 
offer-bring-together-of | 039 | +offer[offered] to bring together | of obj | mod=planned
offer-bring-together | 039 | +offer[offered] to bring * together | in | mod=planned
# --- 04 consult
meet | 040 | +meet[met] | obj with | sym
not-meet-demands | not | +meet[met] *3 demands/demand/expectations/expectation/targets/target/deadline/deadlines/requirements/criteria/conditions/obligations/needs/goals/standards/commitments/costs/threshold | - |
meet-noun | 040 | meeting/meetings | with between | sym noun
see-each-other | 040 | +see[saw,seen] each other | - | sym recip
meet-each-other | 040 | +meet[met] each other | - | sym recip
hold-talks | 040 | +hold[held] * talks/discussions/consultations/meeting/meetings/dialogue/negotiations/summit/summits | with | sym
open-talks | 046 | +open/+start/+begin[began,begun] * negotiations/talks | with | sym
talks | 040 | talks/discussions/consultations | with between | sym noun
joint-news-conference | 040 | joint news/press conference with | with | sym noun
summit | 040 | summit | with between | sym noun
discuss | 040 | +discuss | with | sym
talk | 040 | +talk | with to | sym
speak-with | 040 | +speak[spoke,spoken] with | obj | sym
speak-to | 040 | +speak[spoke,spoken] to | obj | sym
sit-down-with | 040 | +sit[sat,sitting] down with | obj | sym
call-between | 041 | call/calls between | between | sym noun
huddle-with | 040 | +huddle[huddled] with | obj | sym
spend-time-with | 040 | +spend[spent] * hours/minutes/day/days/evening together/with | obj | sym
shake-hands | 040 | +shake[shook,shaken] hands with | obj | sym
shook-hands | 040 | +shake[shook,shaken] hands | - | sym recip
spoke-together | 040 | +speak[spoke,spoken] for/alone/privately/briefly/directly | - | sym recip
talked-together | 040 | +talk[talked] for/alone/privately/briefly/directly | - | sym recip
chatted | 040 | +chat[chatted,chatting] | - | sym recip
chat-with | 040 | +chat[chatted,chatting] with | obj | sym
exchange-views | 040 | +exchange[exchanged] * views | with | sym
courtesy-call | 042 | +pay[paid] * courtesy call/visit | on to | at=target
confer | 040 | +confer[conferred,conferring] with | obj | sym
negotiate | 046 | +negotiate | with | sym
negotiations | 046 | negotiations | with between | sym noun
phone | 041 | +phone | obj with | sym
phone-call | 041 | phone/telephone call/conversation | with between | sym noun
call-with | 041 | call/calls with | with | sym noun
# (Before call-to-tell: of two patterns that match as far, the first defined wins.)
call-in-to-tell | 114 | +call[called,calling] in * to tell/discuss/convey/express/inform | in of obj |
call-to-tell | 041 | +call[called,calling] * to tell/discuss/congratulate/convey/express/offer/brief/inform | in | sym
spoke-by-phone | 041 | +speak[spoke,spoken] by phone/telephone | with to | sym
spoke-by-video | 041 | +speak[spoke,spoken]/+talk[talked] by/via/over video/videoconference/videolink | with to | sym
visit | 042 | +visit | obj place | at=target
visit-noun | 042 | visit/trip/mission | to place | noun at=target
not-mission-to-un | not | mission/missions to the United/UN/U.N. | - |
travel-to | 042 | +travel[travelled,traveling,travelling] to | place |
spend-day-in | 042 | +spend[spent] * day/days/night/nights/hours/weekend in | place | at=target
# "wanted Fiji to go to the polls": an election, not a trip.
not-go-to-polls | not | +go[went,gone,goes,going] to the polls/ballot/vote | - |
go-to | 042 | +go[went,gone,goes] to | place | at=target
fly-to | 042 | +fly[flew,flown] to | place |
fly-into | 042 | +fly[flew,flown] into | place |
tell-by-phone | 041 | +tell[told,telling] *6 by telephone/phone | in | sym
arrive-in | 042 | +arrive in | place |
land-in | 042 | +land[landed,landing] in | place |
expected-in | 042 | is/are/was/were/be expected/due in | place | mod=planned
leave-for | 042 | +leave[left,leaves,leaving] * for | place |
attend-summit | 042 | +attend * summit/meeting/conference/talks | place in |
skip-summit | 042 | +skip[skipped,skipping] * summit/meeting/conference/talks/forum | place in | mod=cancelled
back-out | 042 | +back out of * summit/meeting/conference/talks/visit | place in | mod=cancelled
host | 043 | +host | obj | at=source
host-banquet | 043 | +host/+give[gave,given]/+throw[threw,thrown] * banquet/dinner/lunch/luncheon/reception in * honour/honor | in of | at=source
receive | 043 | +receive | obj | at=source
welcome | 051 | +welcome | obj |
mediate | 045 | +mediate | between |
shuttle-between | 045 | +shuttle[shuttled,shuttling] between | between |
broker-talks | 045 | +broker * talks/deal/agreement/ceasefire/truce/accord/negotiations between | obj |
telephone | 041 | +telephone | obj | sym
hold-call | 041 | +hold[held]/+have[had] * phone/telephone call/calls/conversation | with | sym
hold-call-bare | 041 | +hold[held]/+have[had] a/two/several call/calls with | obj | sym
video-call | 041 | +hold[held]/+have[had] * video call/conference/link | with | sym
greet | 043 | +greet | obj | at=source
phone-call-in | 041 | in *3 phone/telephone call/conversation | - | sym noun shared
lead-delegation | 042 | +lead[led] * delegation/team * to | place |
tour | 042 | +tour | place obj | at=target
resume-talks | 036 | +resume * talks/negotiations/dialogue | with | sym mod=planned
raise-with | 040 | +raise * matter/issue/concerns/concern/case/question | with | sym
# --- 05 diplomatic cooperation
praise | 051 | +praise | obj |
appreciate | 051 | +appreciate | obj |
weight-behind | 051 | +throw[threw,thrown,throwing] * weight behind | obj |
single-out-praise | 051 | +single[singled] out * for praise | in |
assure-support | 051 | +assure * of * support/backing/solidarity | in |
hail | 051 | +hail | obj |
commend | 051 | +commend | obj |
endorse | 051 | +endorse | obj |
thank | 051 | +thank | obj |
defend | 052 | +defend | obj |
apologize | 055 | +apologize/+apologise | to |
recognize | 054 | +recognize/+recognise | obj |
not-recognize-right | not | +recognize/+recognise *3 right/rights/efforts/effort/contribution/contributions/role/importance/need/concerns/achievements/win/victory/progress/sacrifice/sacrifices | - |
sign-agreement | 057 | +sign * agreement/deal/treaty/accord/pact/memorandum/agreements/deals/accords/declaration/documents/memoranda/memorandums/protocols | with between in | sym
reach-agreement | 057 | +reach[reached] * agreement/deal/accord/compromise | with between | sym
strike-deal | 057 | +strike[struck] * deal | with | sym
not-strike-chord | not | +strike[struck,striking] a * chord/balance/tone/note/pose/nerve | - |
deal-brokered | 045 | deal/agreement/accord/truce/ceasefire * +broker/+mediate by | - | noun src=by
meeting-of | 040 | meeting/meetings/talks of | of | sym noun
agreement-between | 057 | agreement/deal/treaty/accord/pact between | between | sym noun
restore-ties | 050 | +restore/+normalize/+normalise * relations/ties | with | sym
restore-envoys | 054 | +restore/+reinstate/+return * ambassadors/envoys/ambassador | to with | sym home
sign-declaration | 057 | +sign * declaration/communique/communiqué/statement/protocol | with between | sym
agree-end-war | 057 | +agree[agreed] * to end * fighting/war/hostilities/conflict | with between | sym
ceasefire-between | 0871 | ceasefire/truce/armistice between | between | sym noun
congratulate | 051 | +congratulate | obj |
applaud | 051 | +applaud | obj |
establish-relations | 054 | +establish * relations/ties | with | sym
agree-not-to | 057 | +agree[agreed] * not to | - | sym
back | 051 | +back/+support | obj |
laud | 051 | +laud/+extol/+salute | obj |
express-support | 051 | +express[expressed] * support/solidarity | for with |
forgive | 056 | +forgive[forgave,forgiven] | obj |
send-congratulations | 051 | +send[sent]/+offer/+extend/+convey[conveyed] * congratulations/congratulatory/felicitations | to |
approve-bid | 051 | +approve/+ratify[ratified]/+endorse * application/bid/membership/accession | in obj |
agree-on | 057 | +agree[agreed] on * text/treaty/deal/agreement/terms/accord/boundary/border/borders/delimitation | with between | sym
agree-later-on | 057 | +agree[agreed] in * on the * text/treaty/deal/agreement/terms/accord/boundary/border/borders/delimitation | with between | sym
upgrade-ties | 050 | +upgrade * relationship/relations/ties/partnership | with to | sym
rally-behind | 053 | +rally[rallied,rallying] behind | obj | 
rally-support-for | 053 | +rally[rallied,rallying]/+mobilise/+mobilize/+galvanise/+galvanize * support/backing for | for | 
stand-behind | 052 | +stand[stood,standing] *2 behind | obj | 
voice-solidarity | 051 | +voice/+pledge/+declare * solidarity with/for | with for | 
voice-support | 051 | +voice[voiced] * support/backing for | for | 
reaffirm-support | 051 | +reaffirm/+reiterate[reiterated]/+restate * support/backing for | for | 
express-regrets | 055 | +express[expressed]/+convey[conveyed]/+offer * regrets | to over for | 
switch-recognition | 054 | +switch[switched]/+shift * recognition/allegiance * to | to | 
offer-apology | 055 | +offer/+issue/+make[made]/+extend/+deliver * apology/apologies | to | 
ink-deal | 057 | +ink[inked] * deal/deals/agreement/agreements/accord/accords/pact/treaty/memorandum | with between in | sym
oversee-signing | 057 | +witness/+oversee[oversaw,overseen]/+attend * signing of | with between | sym
seal-deal | 057 | +seal[sealed]/+clinch[clinched] * deal/deals/agreement/agreements/accord/pact/treaty | with between in | sym
pin-award | 051 | +pin[pinned]/+confer[conferred]/+bestow * award/medal/order/honour/honor/decoration on/upon | on upon | 
put-names-to | 057 | +put * name/names/signature/signatures to | with between | sym
# --- 06 material cooperation
joint-exercises | 062 | joint * exercises/drills | with | sym
cooperate | 060 | +cooperate | with | sym
hand-over | 0841 | +hand[handed] over * fishermen/prisoners/detainees/hostages/captives/sailors/crew/soldiers/nationals/citizens/bodies | in to |
return-territory | 080 | +return/+cede * villages/territory/territories/land/islands/region/areas/district | to |
hand-over-territory | 080 | +hand[handed] over * villages/territory/territories/land/islands/region/areas/district | to |
extradite | 063 | +extradite | obj to |
allow-use-bases | 062 | +allow/+let[let,letting]/+permit[permitted] * to use * base/bases/airbase/airbases/airspace/airfields/airfield/ports/port | in | 
host-troops | 062 | +host *3 troops/soldiers/base/bases/airbase/contingent | in | 
joint-patrols | 062 | joint * patrols/patrol | with between | sym noun
share-information | 064 | +share * information/data/findings/evidence | with | sym
approve-extradition | 063 | +approve/+order[ordered]/+authorise/+authorize/+grant * extradition | to | 
boost-trade | 061 | +boost/+expand/+increase/+double * bilateral trade/investment | with between | sym
ship-fuel | 061 | +ship[shipped]/+export/+sell[sold] * oil/gasoline/fuel/diesel/crude/grain/wheat/LNG/coal/electricity | to | 
# --- 07 aid
send-humanitarian | 073 | +send[sent]/+provide/+deliver/+give[gave,given]/+announce/+approve * humanitarian aid/assistance | to for in into | home
send-military-aid | 072 | +send[sent]/+provide/+deliver/+give[gave,given]/+supply[supplied]/+announce/+approve * military aid/assistance | to for in |
supply-with-weapons | 072 | +supply[supplied]/+provide/+arm[armed] * with * weapons/arms/missiles/ammunition/drones/tanks/jets | in obj | 
send-weapons | 072 | +send[sent]/+provide/+deliver/+supply[supplied] * weapons/arms/missiles/tanks/ammunition | to in |
aid-package | 070 | aid/assistance/support/loan/financing package | for to | noun
send-aid | 070 | +send[sent]/+provide/+deliver/+give[gave,given]/+announce/+approve * aid/assistance/loan/loans | to in for | home
give-money | 071 | +give[gave,given]/+grant[granted]/+hand[handed]/+provide/+contribute/+release/+allocate/+disburse * @money-amounts | to in for | home
provide-credit | 071 | +provide/+extend * credit/swap/financing | to in | home
lend | 071 | +lend[lent] | obj |
grant-asylum | 075 | +grant * asylum | to in |
rescuers | 073 | +send[sent]/+dispatch/+fly[flew,flown,flying]/+provide * rescuers/teams/supplies/doctors/medics/firefighters/tents/medicine/medicines/food/water/shelters/blankets/generators/relief | to in place | home
aid-arrived | 073 | rescuers/aid/supplies/relief * +arrive/+land[landed] | place in | noun
aid-touched-down | 073 | aid/supplies/relief * flight/flights/plane/planes/aircraft * +touch[touched] down | place in | noun
aid-arrives | 073 | +land/+arrive * with * aid/supplies/relief/food/water/medicine/medicines | place in |
share-intelligence | 064 | +share * intelligence | with | sym
send-experts | 070 | +send[sent]/+dispatch * experts/advisers/advisors/specialists/investigators/team | to in place |
not-send-team | not | +send[sent]/+dispatch *3 football/soccer/national/olympic/cricket/rugby/sports/athletics/swimming/hockey/basketball team/squad/teams | - |
donate | 070 | +donate/+fund/+finance * aid/vaccines/doses/food/equipment/relief/projects/programmes/programs/reconstruction | to for in | home
airlift | 073 | +airlift/+ship[shipped] * aid/supplies/food/medicine | to in place | home
order-airlift | 073 | +order[ordered]/+organise/+organize/+send[sent] * airlift/airlifts | to in place | home
approve-sale | 072 | +approve * sale/sales | to |
deploy-peacekeepers | 074 | +deploy/+send[sent]/+dispatch/+contribute * peacekeepers/peacekeeping | to place in | 
military-support | 072 | +step[stepped] up * military support/aid/assistance/backing | for to | 
arms-sale | 072 | arms/weapons sale/sales/deliveries/shipments/shipment to | to | noun
pour-money-into | 071 | +pour[poured] * billion/billions/million/millions * into | into place | 
# --- 08 yield
release | 0841 | +release/+free[freed] | obj |
hand-over-person | 0841 | +hand[handed] over | obj |
pardon | 0841 | +pardon | obj |
grant-clemency | 0841 | +grant * clemency/pardon/pardons/amnesty to | to |
lift-sanctions | 085 | +lift/+ease * sanctions/restrictions/curbs/controls/tariffs/duties/levies/quotas/embargo/ban | on against to from |
suspend-tariffs | 085 | +suspend/+pause/+scrap/+drop/+delay/+postpone * tariffs/duties/levies | on against in |
call-off-tariffs | 085 | +call[called,calling] off * tariffs/duties/levies/sanctions | on against in |
hold-tariffs | 085 | +put * tariffs/duties/levies/sanctions * on hold | in on |
withdraw-complaint | 080 | +withdraw[withdrew,withdrawn]/+drop * complaint/case/lawsuit | against |
ceasefire | 0871 | +declare/+agree[agreed] * ceasefire/truce | with | sym
withdraw-troops | 0874 | +withdraw[withdrew,withdrawn] * troops/forces | from |
exchange-prisoners | 0841 | +exchange/+swap[swapped] * prisoners/captives/detainees/hostages/bodies | with | sym
lift-veto | 081 | +lift/+drop/+withdraw[withdrew,withdrawn] * veto/objection/objections/block/hold | on to against |
reopen-border | 081 | +reopen * border/borders/crossing/crossings/airspace | with to | sym
disarm | 0873 | +lay[laid,laying] down * arms/weapons | - | home
disarm-verb | 0873 | +disarm | - | home
pull-back | 0874 | +pull[pulled] back/out | from | sym
ceasefire-agreed | 0871 | +agree[agreed] * to * ceasefire/truce/cessation/armistice | with between | sym
return-remains | 0842 | +return * remains/bodies/property | to |
hand-over-remains | 0842 | +hand[handed] over * remains/property | to |
unfreeze | 085 | +unfreeze[unfroze,unfrozen]/+release * funds/assets/money/reserves | of to |
ease-tariffs | 085 | +slash/+cut/+reduce/+lower * tariffs/duties/levies | on | sym
reopen-embassy | 054 | +reopen * embassy/embassies/consulate/mission | in place |
resume-imports | 085 | +resume * imports/trade/flights/exports/purchases | of from with |
call-off-protest | 082 | +call[called,calling] off * protest/protests/demonstration/demonstrations | against in | home
bow-to-demands | 080 | +accede/+bow[bowed]/+yield/+submit[submitted]/+consent[consented] to * demands/demand/terms/conditions/pressure/ultimatum | in from of | 
agree-to-demands | 080 | +agree[agreed] to *5 demands/demand/ultimatum | in from of | 
agree-to-all-terms | 080 | +agree[agreed] to all *4 terms/conditions/demands | in from of | 
give-in-to | 080 | +give[gave,given,giving]/+cave[caved,caving] in to | obj | 
hand-back | 084 | +hand[handed] back | to in obj | 
let-go | 0841 | +let[let,letting] * go | in | 
not-let-go | not | +let[let,letting] * go unanswered/unpunished/unchallenged/unnoticed/unheeded/to/ahead | - | 
allow-inspectors | 0862 | +allow/+admit/+permit[permitted]/+readmit * inspectors | in | 
accept-peacekeepers | 0861 | +accept/+allow * peacekeepers/peacekeeping | in | 
allow-aid-in | 0863 | +allow/+let[let,letting]/+permit[permitted] * aid/convoys/convoy/trucks/supplies/relief into/in | place | 
humanitarian-corridor | 0863 | +open/+establish * humanitarian corridor/corridors/access | place in to for | 
lift-blockade | 0872 | +lift/+ease/+end/+relax/+loosen * blockade/siege | on of place | 
halt-offensive | 087 | +pause/+halt[halted]/+suspend/+freeze[froze,frozen] its/their *2 offensive/offensives/airstrikes/bombardment/shelling/incursion/assault/operations | in on against place | 
pull-troops-out | 0874 | +pull[pulled] * troops/forces/soldiers/units/peacekeepers/contingent * out | of from place | home
surrender-to | 0874 | +surrender to | obj | 
not-surrender-to-pressure | not | +surrender to *3 pressure/demands/blackmail/threats/coercion | - | 
reduce-troops | 0874 | +reduce/+cut/+halve * troops/contingent/garrison | in from place | home
reduce-force | 0874 | +reduce/+cut/+halve its/their *2 force/forces | in from place | home
# --- 09 investigate
investigate | 090 | +investigate | obj |
investigation | 090 | investigation/probe/inquiry into | into | noun
probe | 090 | +probe | obj | 
war-crimes-probe | 094 | +investigate/+probe/+examine * war crimes | by in place | 
investigate-war-crimes | 094 | investigation/probe/inquiry into * war crimes | by in place | noun
investigate-abuses | 092 | +investigate/+probe * abuses/violations/torture/disappearances | by in place | 
fact-finding | 090 | +send[sent]/+dispatch/+establish * fact - finding mission/team | to place | 
# --- 10 demand
demand-that | 100 | +demand that | obj |
demand-lift | 1054 | +demand that * lift/ease/end/drop * embargo/sanctions/blockade/restrictions | in |
demand-release | 1053 | +demand * release | - | home
demand | 100 | +demand | obj from |
demand-aid | 103 | +demand * support/aid/assistance/help/funding/money | for from | home
demand-explanation | 101 | +demand * explanation/clarification/answers/investigation/inquiry/probe | from into of obj | 
demand-resignation | 1041 | +demand * resignation/ouster/removal/impeachment | of in | 
demand-step-down | 1041 | +demand that *10 resign/quit | in | 
demand-step-down-2 | 1041 | +demand that *10 step down | in | 
demand-reversal | 1042 | +demand that *8 reverse/revoke/retract/rescind/scrap/abandon/cancel | in | 
demand-extradition | 1013 | +demand * extradition/handover | of from | 
demand-withdrawal | 1056 | +demand * withdrawal/pullout * troops/forces/soldiers/ships/warships/vessels | of in from | 
demand-withdraw | 1056 | +demand that *4 withdraw/pull * troops/forces/soldiers/ships/warships/vessels | in | 
demand-end-to | 1056 | +demand * end to * attacks/offensive/war/fighting/bombing/assault/shelling/hostilities/aggression/occupation | in place | 
demand-ceasefire | 107 | +demand * ceasefire/truce | in place between | 
resolution-ceasefire | 107 | resolution/resolutions demanding * ceasefire/truce | in place | noun
demand-talks | 106 | +demand * talks/negotiations | with | 
demand-compensation | 1031 | +demand/+seek[sought]/+claim * compensation/reparations/damages | from in | 
# --- 11 disapprove
criticize | 111 | +criticize/+criticise | obj |
condemn | 111 | +condemn | obj |
draw-criticism | 111 | +draw[drew,drawn]/+prompt/+spark/+provoke/+earn/+attract * condemnation/criticism/rebuke/rebukes/censure/ire from | - | src=from
draw-protest | 114 | +draw[drew,drawn]/+prompt/+spark/+provoke * protest from | - | src=from
denounce | 111 | +denounce | obj |
slam-door-on-talks | 125 | +slam[slammed,slamming]/+shut[shut,shutting]/+close * door on * talks/negotiations/dialogue/diplomacy | with |
slam | 111 | +slam[slammed,slamming] | obj |
not-slam-ball | not | +slam[slammed,slamming] *2 ball/brakes/shot | - |
blast | 111 | +blast | obj |
rebuke | 111 | +rebuke | obj |
criticism | 111 | criticism/condemnation of | of | noun
accuse | 112 | +accuse | obj |
blame | 112 | +blame | obj |
accusation | 112 | accusations/accusation against | against | noun
complain | 114 | +complain to | obj |
protest-note | 114 | +lodge/+file * protest/complaint | against with |
lodge-representations | 114 | +lodge/+make[made]/+deliver * representations | with to |
demarche | 114 | +issue/+deliver/+serve/+hand[handed] * demarche | to with |
deliver-protest | 114 | +deliver/+hand[handed]/+send[sent] * protest | to with |
lodge-protest | 114 | +lodge[lodged]/+file[filed]/+register[registered] * protest/protests | with to | home
summon | 114 | +summon | obj |
summon-envoy | 114 | +summon * ambassador/envoy/charge/commissioner/diplomat/diplomats/ambassadors/envoys | in of obj |
call-in-envoy | 114 | +call[called,calling] in * ambassador/envoy/charge/commissioner/diplomat/diplomats/ambassadors/envoys | in of obj |
sue | 115 | +sue | obj |
lawsuit | 115 | +file * lawsuit/suit/case | against |
called-names | 111 | +call[called,calling]/+brand[branded]/+describe/+label[labelled,labeled]/+term[termed]/+dub[dubbed]/+deride/+denounce/+condemn/+decry[decried]/+dismiss *10 a/an * @censure-nouns | in |
stab-in-back | 111 | +call[called,calling] * a stab in the back | in |
complaint-wto | 114 | +file/+lodge/+bring * complaint/case/appeal/challenge with/to/at/before * Organization/WTO | against |
appeal-wto | 114 | appeal/complaint/challenge to/with/at * Organization/WTO | - | noun
called-adjective | 111 | +call[called,calling]/+describe/+brand[branded]/+label[labelled,labeled]/+find[found]/+deem[deemed]/+term[termed]/+dub[dubbed] *10 @censure-adjectives | in |
regret | 111 | +regret[regretted] | obj |
ask-forgiveness | 055 | +ask/+beg[begged] * for forgiveness/pardon | in |
object-to | 111 | +object[objected,objecting] to | obj |
take-to-court | 115 | +take[took,taken] * to * court/tribunal/Justice/ICJ/arbitration | in |
dismayed-by | 111 | was/were/is/are/been/be/felt/feels/feel * @dismay-adjectives by/at/over/about/with | by at over about with |
not-dismayed | not | was/were/is/are not *2 @dismay-adjectives | - |
said-adjective | 111 | @speech-verbs * was/were/is/are/been/be @censure-adjectives | in |
said-censure-noun | 111 | @speech-verbs * was/were/is/are a/an *3 @censure-nouns | in |
dismissed-as | 111 | +denounce/+condemn/+decry[decried]/+deride/+criticise/+criticize/+slam[slammed]/+regard/+see[saw,seen]/+view *10 as @censure-adjectives | in |
voice-displeasure | 111 | +voice/+convey[conveyed]/+express[expressed] * displeasure/frustration/anger/dismay/outrage/indignation/disappointment/astonishment/regret | with at over to |
voice-concern | 111 | +voice/+convey[conveyed]/+express[expressed] * concern/concerns | to with at over about in |
oppose-attempt-by | 111 | +oppose * attempt/attempts/effort/efforts/bid/bids/move/moves by | by |
decry | 111 | +decry[decried]/+deplore/+lambast/+castigate/+chastise/+berate/+assail/+censure/+reproach/+mock/+ridicule/+deride/+scold | obj |
liken | 111 | +liken * to | in |
swipe-at | 111 | +take[took,taken,taking] a swipe/swipes at | obj |
hit-out-at | 111 | +hit/+lash[lashed] out at | obj |
hit-back-at | 111 | +hit[hits,hitting] back at | obj |
allege | 112 | +allege * that | - | home
charge | 112 | +charge[charged] | obj with |
not-charge-fee | not | +charge[charged] *4 fee/fees/duty/duties/tariff/tariffs/price/prices/toll/tolls/rent/interest/premium/premiums | - |
charge-that | 112 | +charge[charged] that * was/were/had/has/is/are | in |
hold-responsible | 112 | +hold[held] * responsible/accountable/culpable | obj |
said-behind | 112 | +say[said,says]/+conclude/+believe * was/were/is/are behind | in |
said-wrongdoing | 112 | @speech-verbs * had/has/have/was/were/is/are @wrongdoing-verbs | in |
told-wrongdoing | 112 | +tell[told,telling] * that * had/has/have/was/were/is/are @wrongdoing-verbs | in |
said-started-war | 112 | @speech-verbs * had/has/have started/provoked/instigated *2 war/fighting/conflict/hostilities/clashes | in |
said-behaved | 111 | @speech-verbs * +behave[behaved,behaving] recklessly/irresponsibly/unprofessionally/provocatively/aggressively/insanely/dangerously/like | in |
said-responsible | 112 | +say[said,says]/+conclude/+assess[assessed]/+believe/+determine * responsible for | in |
said-responsible-bare | 112 | +say[said,says]/+conclude/+assess[assessed]/+believe/+determine * was/were/is/are *2 responsible/culpable | in |
said-bore-blame | 112 | @speech-verbs * bore/bears/bear *2 blame/responsibility | in |
not-responsible | not | was/were/is/are not/never/in *2 responsible/culpable | - |
not-bear-blame | not | bore/bears/bear *1 no/special/joint/shared/common/particular *2 blame/responsibility | - |
found-crimes | 112 | +say[said,says]/+find[found]/+conclude/+determine * committed/perpetrated * crimes/genocide/atrocities/massacres/abuses | in |
blame-on | 112 | +blame * on | on |
called-names-bare | 111 | +call[called,calling] * warfare/piracy/terrorism/blackmail/interference/aggression/theft/robbery/hypocrisy/propaganda/sabotage | in |
take-aim-at | 111 | +take[took,taken,taking] aim at | obj | 
accuse-war-crimes | 1124 | +accuse * of * war crimes | in | 
accuse-genocide | 1124 | +accuse * of * genocide/atrocities/massacres | in | 
accuse-espionage | 1125 | +accuse * of * spying/espionage/treason | in | 
accuse-abuses | 1122 | +accuse * of * rights abuses/violations | in | 
accuse-aggression | 1123 | +accuse * of * aggression | in | 
# --- 12 reject
reject | 120 | +reject | obj |
block-deal | 120 | +block[blocked] * deal/agreement/package/plan/proposal/resolution/bid/bids/accession/membership | obj for |
whitelist-restore | 081 | +restore/+return/+readmit * to * whitelist/partners | in |
intercept-aircraft | 150 | +intercept * aircraft/plane/planes/jets/jet/bombers/bomber/fighters/drones | in |
warn-respond | 138 | +warn[warned] * would/will * respond/retaliate/react | against to | home
drop-veto | 080 | +drop[dropped]/+lift/+withdraw * veto/objection/objections/blockade/opposition | to on |
turn-back | 120 | +turn[turned] back/away * planes/plane/flights/flight/ships/ship/boats/boat/vessels/vessel/aircraft/convoy/convoys/delegation/delegations | in |
veto-draft | 129 | +veto[vetoed,vetoes,vetoing] * draft/resolution/resolutions/bill/proposal/measure/motion/text/accession/membership/bid/bids/deal/agreement/package/plan | in for by from |
veto | 129 | +veto[vetoed,vetoes,vetoing] | obj |
refuse | 120 | +refuse to | obj |
rebuff | 120 | +rebuff/+spurn/+dismiss/+rebut/+repudiate | obj |
brush-aside | 120 | +brush[brushed] aside | obj from | 
brush-aside-split | 120 | +brush[brushed] * aside | in |
turn-down | 120 | +turn[turned] down | obj from |
deny-accusation | 120 | +deny[denied] | obj |
rule-out-talks | 125 | +rule[ruled,ruling] out * talks/negotiations/dialogue/meeting/contacts | with | home
refuse-to-talk | 125 | +refuse to * talks/negotiations | with |
reject-mediation | 126 | +reject/+rebuff/+spurn * mediation | of by from in | 
turn-down-mediation | 126 | +turn[turned] down * mediation | of by from in | 
pour-cold-water-mediation | 126 | +pour[poured] cold water on * mediation | in of by | 
refuse-lift-sanctions | 1244 | +refuse to lift/ease/remove * sanctions/embargo/blockade | on against in | 
refuse-release | 1243 | +refuse to release/free/extradite | obj | 
refuse-hand-over | 1243 | +refuse to hand over | obj in to | 
refuse-withdraw-troops | 1246 | +refuse to withdraw * troops/forces/soldiers | from in place | 
deny-access-inspectors | 1245 | +deny[denied]/+refuse/+block * access * inspectors/investigators/monitors/observers/peacekeepers | in to | 
defy | 128 | +defy[defied]/+flout * sanctions/resolution/resolutions/ruling/ultimatum | in of by | 
# --- 13 threaten
threaten | 130 | +threaten | obj |
warn | 130 | +warn | obj |
not-warn-weather | not | +warn * typhoon/storm/storms/hurricane/cyclone/flood/floods/flooding/heatwave/tsunami/earthquake/rain/rains/snow/weather/drought | - |
warn-that | 130 | +warn[warned] that | - | home
ultimatum | 139 | +issue * ultimatum | to |
give-until | 139 | +give[gave,given] * until | in obj |
warn-boycott | 1312 | +warn * could/would boycott/sanction/ban | obj in |
threaten-sanctions | 1312 | +threaten * sanctions/tariffs/embargo/boycott | on against in |
threaten-trade-war | 1312 | +threaten * trade/tariff/price/currency war/wars | with against on |
threaten-force | 138 | +threaten * force/war/strikes/action | against on in |
vow-crush | 137 | +vow[vowed]/+threaten/+pledge/+promise * to crush/quell/suppress/smash | obj |
vow-revenge | 138 | +vow[vowed]/+promise/+threaten/+pledge * revenge/retaliation/retribution/vengeance | against on for |
give-to-leave | 166 | +give[gave,given] *10 hours/days/week/weeks * to leave | in obj |
ultimatum-deadline | 139 | +give[gave,given] * week/weeks/days/hours/months to | in obj |
ultimatum-give | 139 | +give[gave,given] * deadline/ultimatum | in obj |
threaten-occupy | 1382 | +threaten to invade/occupy/annex | obj | 
threaten-to | 130 | +threaten to kill/sell/execute/attack/punish/behead/strike/bomb/invade/destroy/retaliate | obj |
threaten-cut | 1312 | +threaten * to * cut/halt/stop/suspend/block * transit/trade/supplies/exports/imports/gas/oil/flights | of to in |
threaten-halt-talks | 134 | +threaten * to * halt/suspend/end/stop * talks/negotiations/dialogue | with |
threaten-break-off | 134 | +threaten * to break off * talks/negotiations/dialogue | with |
vow-retaliate | 138 | +vow[vowed]/+promise/+pledge/+swear[swore,sworn] * to retaliate/avenge | against for obj in | 
vow-respond | 138 | +vow[vowed]/+swear[swore,sworn] * to respond | against to | 
threaten-cut-aid | 1311 | +threaten * to * cut/withhold/suspend/halt/stop/freeze * aid/assistance/funding | to for in | 
threaten-cut-ties | 1313 | +threaten * to * cut/sever/break/downgrade/suspend * ties/relations | with | 
threaten-expel-envoy | 1313 | +threaten * to * expel/recall * ambassador/envoy/diplomats | of in from | 
threaten-blockade | 1381 | +threaten * blockade | on of in | 
threaten-nuclear | 1385 | +threaten * nuclear * attack/strike/strikes/war/weapons/retaliation | against on in | 
threaten-martial-law | 1324 | +threaten * to * impose/declare * martial law | - | home
threaten-strike | 133 | +threaten * general/nationwide strike | against | home
# --- 14 protest
protest-against | 141 | +protest/+demonstrate/+rally[rallied] against | obj |
protests-against | 141 | protests/protest/demonstrations/rallies against | against | noun
boycott | 143 | +boycott | obj |
block-roads | 144 | +block * roads/streets/road/entrance/entrances/access/traffic/crossings/crossing/highway/highways/motorway/bridge/bridges/port/ports | around outside to near at in with |
storm | 145 | +storm | obj place |
pelt | 145 | +pelt[pelted,pelting] | obj place |
tear-down-flag | 145 | +tear[tore,torn,tearing]/+pull[pulled] down *3 flag/flags | in obj |
scale-walls | 145 | +scale[scaled] * wall/walls/fence/gate/gates | of in place |
riot | 145 | +riot | in place |
take-streets | 141 | +take[took,taken] to the streets | against |
rally-at | 141 | +rally[rallied]/+protest/+demonstrate/+march/+gather | outside at near against to |
sit-in | 141 | +stage[staged]/+hold[held] * sit - in | outside at near against |
camp-outside | 141 | +camp[camped,camping] * outside *3 embassy/consulate/mission/parliament/palace/ministry/residence | in |
vigil | 141 | +stage[staged]/+hold[held] * vigil/vigils | outside at near against |
disperse | 175 | +disperse | obj |
rally-demand | 141 | +rally[rallied]/+protest/+demonstrate/+march/+gather * to demand/call/press | obj |
hunger-strike | 142 | +go[went,gone] on hunger strike | against over in | 
hunger-strike-2 | 142 | +begin[began,begun]/+launch/+stage/+start/+join * hunger strike | against over in | 
general-strike | 143 | +call[called]/+stage/+hold[held]/+launch * general/nationwide strike | against | home
hurl-at | 145 | +hurl/+throw[threw,thrown] * stones/rocks/bottles/firebombs/eggs/projectiles at | at | 
rampage | 145 | +go[went,gone,going] on * rampage/rampages | against in |
petrol-bombs | 145 | +hurl/+throw[threw,thrown] * petrol/gasoline bombs at | at | 
ransack | 145 | +ransack | obj place | 
burn-flag | 141 | +burn[burned,burnt]/+torch * flag/flags/effigy/effigies | in of | 
# --- 15 force posture
lob-shells | 194 | +lob[lobbed,lobbing]/+fire[fired] * shells/mortars/mortar rounds | at into on across |
deploy | 154 | +deploy * troops/forces/warships/missiles/soldiers/jets/tanks/vehicles/warplanes/drones/batteries | to near in place |
fly-troops | 154 | +fly[flew,flown,flying] * troops/soldiers/paratroopers/marines/reinforcements to/into | place to |
mass-troops | 154 | +mass * troops/forces | near on place |
missile-test | 150 | +test * missile/missiles/rocket/weapon/bomb/device | - |
missile-into-sea | 150 | +fire/+launch * missile/missiles/rocket/rockets * into * sea/waters | around near off place |
alert | 152 | +put * on * alert | - |
activate-force | 154 | +order/+announce/+approve * activation/deployment * force/forces/troops | to in place |
put-on-alert | 152 | +raise * alert/readiness | - |
joint-drills-held | 062 | +hold[held]/+conduct/+stage * joint * drills/exercises/manoeuvres/maneuvers | with | sym
launch-drills | 150 | +launch/+begin[began,begun]/+start/+stage/+conduct/+hold[held] * drills/exercises/manoeuvres/maneuvers | around near off place |
send-troops | 154 | +send[sent]/+dispatch * troops/soldiers/forces/warships/jets/reinforcements | to near with place | home
deploy-police | 153 | +deploy * police/policemen/gendarmes/riot | to in place | home
# --- 16 reduce relations
suspend-contacts | 161 | +suspend/+freeze/+halt[halted] * contacts/cooperation/ties/relations/dialogue | with |
cut-ties | 161 | +cut/+sever/+break[broke,broken] * ties/relations | with | 
downgrade | 161 | +downgrade/+lower/+reduce * ties/relations | with |
scale-back-representation | 161 | +scale[scaled] back/down * representation/presence | place with |
recall-ambassador | 161 | +recall * ambassador/envoy | from to place | home
call-envoy-home | 161 | +call[called,calling] * ambassador/envoy/ambassadors/envoys *10 home | from to place | home
call-home-envoy | 161 | +call[called,calling] home * ambassador/envoy/ambassadors/envoys | from to place | home
call-envoy-back | 161 | +call[called,calling] * ambassador/envoy/ambassadors/envoys back | from to place | home
bring-envoy-home | 161 | +bring[brought] * ambassador/envoy/ambassadors/envoys * home/back | from to place | home
cut-hotlines | 161 | +cut/+sever/+suspend/+shut[shut] * hotline/hotlines/lines/channels | with |
order-envoy-home | 161 | +order[ordered] * ambassador/envoy/ambassadors/envoys home | from to place | home
withdraw-diplomats | 161 | +withdraw[withdrew,withdrawn] * diplomats/ambassador/envoy/ambassadors/envoys | from place | home
close-embassy | 161 | +close/+shut * embassy/embassies/consulate/consulates/mission | in place |
order-closure | 161 | +order[ordered] * closure/closing of * embassy/embassies/consulate/consulates/mission | in place |
cut-aid | 162 | +cut/+suspend/+halt[halted]/+freeze[froze,frozen]/+pause * aid/assistance | to in | home
impose-sanctions | 163 | +impose/+slap[slapped,slapping]/+announce/+expand/+extend/+tighten/+propose * sanctions/penalties | on against |
asset-freezes | 163 | asset freeze/freezes | on against | noun
sanctions | 163 | sanctions/embargo/tariffs | on against | noun
sanction-verb | 163 | +sanction | obj |
order-halt | 163 | +order/+announce/+impose * halt/suspension/ban * flights/imports/exports/trade/shipments/deliveries | to from on with |
ban-imports | 163 | +ban[banned,banning] * imports | from of |
suspend-talks | 164 | +suspend/+pause/+halt[halted]/+freeze[froze,frozen] * talks/negotiations | with on |
break-off-talks | 164 | +break[broke,broken] off * talks/negotiations | with on |
expel-diplomats | 166 | +expel[expelled,expelling] * diplomats/diplomat/ambassador/ambassadors/envoy/envoys/commissioner/commissioners/staff/forces/troops/peacekeepers/inspectors/soldiers/advisers/advisors/attaches/officials | in of from |
cut-embassy-staff | 166 | +order[ordered]/+tell[told]/+ask * to cut/reduce/shrink * staff/personnel/diplomats | in |
# "ordered the consul not to leave": kept in the country, not expelled.
not-order-not-leave | not | +order/+tell[told] * not to leave | - |
expel-diplomats-2 | 166 | +order/+tell[told]/+ask * diplomats/diplomat/ambassador/ambassadors/envoy/envoys/attache/consul/official/officials/representative/commissioner * to leave | in |
throw-out-envoy | 166 | +throw[threw,thrown] out * diplomats/diplomat/ambassador/ambassadors/envoy/envoys/attache/consul/commissioner/representative | in |
order-embassy-cut | 166 | +order/+tell[told]/+ask * to cut/reduce/shrink/slash * embassy/mission/staff/diplomats | obj in |
tell-withdraw-envoy | 166 | +order/+tell[told]/+ask * to withdraw/recall * ambassador/envoy/commissioner/diplomats/envoys | in |
persona-non-grata | 166 | +declare *10 persona non grata | in |
pack-bags | 166 | +tell[told]/+order[ordered]/+give[gave,given] * to pack | obj in |
declare-unwelcome | 166 | +declare[declared] *10 unwelcome/undesirable | in obj |
trade-curbs | 163 | +freeze[froze,frozen]/+halt[halted]/+suspend/+restrict/+curb/+cut/+ban[banned,banning]/+stop[stopped,stopping] * trade/investment/exports/imports/flights/shipments/deliveries/transit/transport/traffic/goods/purchases/sales/supplies/gas/oil/electricity | with to from on of |
shut-off-fuel | 163 | +shut[shutting]/+cut[cutting] off * gas/oil/fuel/electricity | to in |
visa-restrictions | 172 | +impose * visa restrictions | on against |
tariffs | 163 | +impose/+slap[slapped,slapping]/+raise/+announce/+order[ordered]/+float * tariffs/duties/duty/levies/levy/curbs/restrictions/controls | on against from |
recall-ambassadors | 161 | +recall * ambassadors/envoys/diplomats/charge/chargé | from to place | home
recall-head-of-mission | 161 | +recall * head of * embassy/mission | from to place | home
halt-arms | 162 | no longer +send[sent]/+provide/+supply[supplied]/+deliver * weapons/aid/arms/assistance/ammunition | to in place | mod=planned
exclude | 161 | +exclude | obj |
block-property | 163 | +block[blocked] * property/properties/assets | of in |
freeze-assets | 163 | +freeze[froze,frozen] * assets/accounts/funds/reserves | of for |
suspend-member | 161 | +suspend * from * bloc/group/organisation/organization/union/alliance/community/league/body | in |
suspend-state | 161 | +suspend | obj |
not-suspend-staff | not | +suspend *3 officers/officials/teachers/judges/judge/policemen/staff/employees/workers/deputies/lawmakers/trial/hearing/officer/minister/ministers/ambassador/envoy/licence/license/broadcasts/prime | - |
suspended-from | 161 | was/were/been/is/are suspended from | - | src=from
freeze-participation | 161 | +freeze[froze,frozen]/+suspend * participation/membership | in |
pause-shipment | 162 | +pause/+halt[halted]/+suspend/+delay/+block * shipment/shipments/delivery/deliveries/transfer/transfers/sale/sales | to |
stop-supplying | 162 | +stop[stopped,stopping]/+cease/+halt[halted] * supplying/sending/providing/delivering | to |
order-out | 166 | +order * diplomats/diplomat/ambassadors/ambassador/envoy/envoys/employees/staff/members/officials/personnel/attaches | in of from |
order-out-obj | 166 | +order[ordered] out | obj |
withdraw-from-deal | 161 | +withdraw[withdrew,withdrawn] from * agreement/pact/treaty/accord/deal/framework | with |
pull-out-envoy | 161 | +pull[pulled] * ambassador/envoy/ambassadors/envoys/diplomats out | of from |
pull-out-of-deal | 161 | +pull[pulled] out of * agreement/pact/treaty/accord/deal/framework | with |
shelve-visit | 042 | +shelve * visit/trip | to place | mod=cancelled at=target
suspend-agreement | 161 | +suspend/+scrap[scrapped]/+abandon/+quit/+exit/+end/+terminate/+cancel/+annul/+revoke/+denounce * agreement/pact/treaty/accord/deal | with |
tear-up-agreement | 161 | +tear[tore,torn] up * agreement/pact/treaty/accord/deal | with |
leave-org | 161 | +leave[left]/+quit/+exit | obj | org
withdraw-from-org | 161 | +withdraw[withdrew,withdrawn] from | obj | org
pull-out-of-org | 161 | +pull[pulled] out of | obj | org
halt-military-aid | 1622 | +stop[stopped]/+end/+withhold[withheld] * military aid/assistance | to for from in | home
halt-humanitarian-aid | 1623 | +stop[stopped]/+end/+withhold[withheld] * humanitarian aid/assistance | to for from in | home
withhold-aid | 162 | +withhold[withheld] * aid/assistance/funding/funds | from to for in | home
halt-funding | 1621 | +cut/+suspend/+halt[halted]/+stop[stopped]/+pause * funding/financing | for to of | 
suspend-mediation | 165 | +suspend/+end/+quit/+abandon/+halt[halted] * mediation/mediating | between with | 
end-peacekeeping | 1661 | +end/+terminate * peacekeeping mission/operation/force | in place | 
wind-up-peacekeeping | 1661 | +wind[wound] up * peacekeeping mission/operation/force | in place | 
expel-aid-groups | 1663 | +expel[expelled,expelling]/+ban[banned]/+suspend * aid agencies/groups/organisations/organizations/workers | from in place | 
expulsion-noun | 166 | expulsion/expulsions of | of in | noun
revoke-accreditation-inspectors | 1662 | +withdraw[withdrew,withdrawn]/+revoke * accreditation * inspector/inspectors/observer/observers/monitor/monitors | of in | 
# --- 17 coerce
arrest | 173 | +arrest | obj |
house-arrest | 173 | +place[placed]/+put * under house arrest | in |
arrest-warrant | 173 | +issue * arrest warrant/warrants | for against |
warrant-for-arrest | 173 | +issue * warrant/warrants for * arrest | of |
detain | 173 | +detain | obj |
held-detained | 173 | was/were/is/are/been/being held | obj | passive
jail | 173 | +jail | obj |
deport | 174 | +deport | obj |
expel | 174 | +expel[expelled,expelling] | obj |
seize | 171 | +seize | in obj place |
not-seize-lead | not | +seize *2 lead/initiative/opportunity/moment/chance/advantage/momentum | - |
ram-vessel | 170 | +ram[rammed,ramming] | obj |
refuse-visas | 172 | +refuse/+deny[denied] * visas/visa | to for |
ban-entry | 172 | +ban[banned,banning]/+bar[barred,barring]/+deny * entry | for to |
revoke-visa | 172 | +revoke/+cancel * visa/visas | in of for |
strip-visa | 172 | +strip[stripped] * of * visa/visas/accreditation | in |
bar-from-entering | 172 | +ban[banned,banning]/+bar[barred,barring]/+prohibit/+forbid[forbade,forbidden]/+block *10 from entering/visiting/travelling/traveling | in obj |
ban | 172 | +ban[banned,banning]/+bar[barred,barring] | obj |
blacklist | 172 | blacklist/blacklists | of on | noun
blacklist-verb | 172 | +blacklist | obj |
entry-ban | 172 | entry/travel/visa ban/bans | on for against | noun
punish | 170 | +punish | obj |
crackdown | 175 | crackdown on | on | noun
crack-down | 175 | +crack[cracked] down on | obj |
open-fire | 190 | +open[opened] fire | on at into |
tear-gas | 175 | +fire/+use * gas/bullets/cannon/cannons/grenades/spray/batons | at on against |
capture | 192 | +capture | from place |
not-capture-title | not | +capture *3 cup/title/trophy/crown/medal/gold/championship/imagination/attention/headlines/market/share | - |
take-control | 192 | +take[took,taken] control of | obj place |
seize-control | 192 | +seize * control of | obj place |
point-weapon | 170 | +point/+aim * laser/lasers/weapon/weapons/gun/guns/missiles | at |
remove-from-list | 085 | +remove *4 from * list/blacklist/lists | obj in |
remove-from-office | 172 | +remove/+oust/+impeach/+depose | obj |
imprison | 173 | +imprison/+sentence/+convict | obj |
confiscate | 171 | +confiscate/+impound | in obj |
raid | 171 | +raid | obj place |
force-way-into | 171 | +force[forced] * way into | into place |
censor | 172 | +censor/+block * websites/media/news | in |
close-airspace | 163 | +close/+shut[shut,shutting] * airspace | to for from |
close-border | 172 | +close/+shut[shut,shutting]/+seal * border/borders/frontier/crossing/crossings | with to |
border-checks | 172 | +introduce/+impose/+reintroduce/+tighten * checks/controls * border/frontier | with |
demolish | 1712 | +demolish/+bulldoze/+raze[razed] * homes/houses/buildings/villages/structures | in of place | 
blow-up | 1712 | +blow[blew,blown] up | obj | 
curfew | 1723 | +impose/+declare/+announce/+order[ordered] * curfew | in place on | home
martial-law | 1724 | +declare/+impose/+announce/+proclaim * martial law | in on | 
bar-from-running | 1722 | +bar[barred]/+ban[banned]/+disqualify[disqualified] *10 from running/standing/contesting | in obj | 
ban-party | 1722 | +ban[banned]/+dissolve * party/parties | in | 
bar-from-leaving | 172 | +stop[stopped]/+bar[barred]/+ban[banned]/+prevent/+block *10 from leaving/crossing | in obj | 
suspend-visas | 172 | +suspend/+halt[halted]/+stop[stopped]/+freeze[froze,frozen] * visa services/issuance/processing | for to in place | 
refuse-landing | 172 | +refuse/+deny[denied] * landing/overflight rights/permission | to for in |
stop-issuing-visas | 172 | +stop[stopped]/+halt[halted]/+suspend * issuing visas | to for | 
withdraw-landing-rights | 172 | +withdraw[withdrew,withdrawn]/+revoke/+deny[denied] * landing/overflight rights | for to of in | 
round-up | 173 | +round[rounded] up | obj | 
into-custody | 173 | +take[took,taken] * into custody | obj in | 
tear-gas-to | 175 | +fire/+use[used] * gas/bullets/cannon/grenades/spray to disperse/drive/push/break/keep/turn | obj in | 
# --- 18 assault
attack-words | 111 | +attack *3 decision/decisions/policy/policies/plan/plans/remarks/comments/stance/approach/handling/proposal/proposals/move/record/statement/speech/rhetoric | in of |
attack | 190 | +attack | obj place |
attack-noun | 190 | attack/attacks/assault/offensive on/against | on against | noun
abduct | 181 | +abduct/+kidnap[kidnapped,kidnapping] | obj |
assassinate | 186 | +assassinate | obj |
bomb | 183 | +bomb | obj place |
kill | 190 | +kill | obj |
not-kill-bill | not | +kill *3 bill/bills/deal/plan/proposal/measure/legislation/idea/agreement/project/motion/reform/initiative | - |
ambush | 190 | +ambush | obj place |
torture | 182 | +torture/+rape/+abuse/+beat[beaten] | obj |
execute | 186 | +execute | obj |
use-against | 170 | +use[used] * sonar/lasers/laser/flares/cannon/cannons | against on at |
injure | 180 | +injure/+wound | obj |
shoot-dead | 180 | +shoot[shot,shooting] dead | obj | 
beat-to-death | 1823 | +beat[beat,beaten] * to death | obj in | 
human-shields | 184 | +use[used] * as human shield/shields | in obj | 
try-to-assassinate | 185 | +try[tried]/+attempt/+plot[plotted,plotting] to assassinate/kill | obj | 
assassination-attempt | 185 | assassination attempt/attempts on/against | on against | noun
suicide-bombing-claimed | 1831 | +claim * responsibility for * suicide bombing/bombings/attack/attacks/blast | in on place | 
car-bomb-claimed | 1832 | +claim * responsibility for * car bomb/bombing/bombs | in on place | 
roadside-bomb | 1833 | +plant[planted] * roadside bomb/bombs | in on place | 
# --- 19 fight
shell | 194 | +shell[shelled,shelling] | obj place |
not-shell-out | not | +shell[shelled,shelling] out | - |
fire-at | 190 | +fire * rockets/missiles/shells/mortars/shots/artillery | at into on place |
airstrikes | 195 | +launch * strikes/airstrikes/raids/airstrike | on against in place |
air-strikes | 195 | +launch * air strikes/strike/raids | on against in place |
carry-out-strikes | 195 | +carry[carried] out * strikes/strike/airstrikes/airstrike/raids/raid | on against in place | home
strikes-on | 195 | strikes/strike on/against | on against | noun
airstrikes-noun | 195 | airstrikes/airstrike | on against in place | noun
air-strikes-noun | 195 | air/drone strikes/strike/raids | on against in place | noun
invade | 192 | +invade | obj place |
occupy | 192 | +occupy[occupied] | obj place |
invasion | 192 | invasion of | of place | noun
clash | 190 | +clash | with | sym
clashes | 190 | clashes/fighting * between | between | sym noun
clashes-with | 190 | clashes with | with | sym noun
fight | 190 | +fight[fought] | against obj |
not-fight-ills | not | +fight[fought] *2 corruption/poverty/crime/fraud/disease/diseases/inflation/climate/drugs/fire/fires/wildfires/pandemic/virus/hunger/graft/extremism/misinformation/disinformation | - |
shoot-down | 190 | +shoot[shot] down | obj |
blockade | 191 | +impose/+enforce * blockade | on place |
blockade-noun | 191 | blockade of | of place | noun
violate-ceasefire | 196 | +violate * ceasefire/truce | - |
strike-targets | 195 | +strike[struck,striking]/+hit * targets/positions/bases/sites/camps | in across on at place |
not-hit-target | not | +hit[hit,hitting]/+miss[missed] *2 export/exports/growth/inflation/sales/revenue/production/emissions/budget/deficit/spending/economic/trade/quota/vaccination/recruitment/climate target/targets | - |
strikes-killed | 195 | air/drone strikes/strike/raids * +kill[killed] | obj place | noun
strike-killed | 195 | strike/strikes/airstrike/airstrikes * +kill[killed] | obj place | noun
rockets-killed | 190 | rockets/shelling/missiles * +kill[killed] | obj place | noun
strike-place | 195 | +strike[struck,striking]/+pound/+bombard | obj place |
launch-drones | 195 | +launch/+fire * drones/missiles/rockets | at against on place |
enter | 192 | +enter | obj place |
not-enter-talks | not | +enter *2 talks/negotiations/dialogue/agreement/deal/pact/partnership/contract/race/force/office/service/market/recession/phase/stage/round/year/election/contest/bid/politics/parliament/tournament/final | - |
exchange-fire | 190 | +exchange * fire/gunfire/shots/artillery | with | sym
trade-strikes | 195 | +trade[traded,trading] *2 strikes/airstrikes/shelling/rockets/missiles | - | recip
gunbattle | 193 | gunbattle/gunbattles/firefight/firefights/shootout with/between | with between | sym noun
retake | 192 | +retake[retook,retaken,retaking] | from obj place | 
not-retake-office | not | +retake[retook,retaken,retaking] *2 power/presidency/office/lead/seat/seats/majority/title/helm/chair | - | 
down-aircraft | 190 | +down[downed] * drone/drones/jet/jets/plane/aircraft/helicopter/warplane | in obj | 
destroy | 190 | +destroy/+wreck | obj |
not-destroy-abstract | not | +destroy/+wreck *3 economy/economies/relations/ties/trust/hopes/chances/reputation/credibility/evidence/documents/stockpile/stockpiles/arsenal/homes/houses | - |
# --- 20 mass violence
massacre | 202 | +massacre | obj place |
mass-killing | 202 | massacre/massacres/killings of | of | noun
chemical-attack | 2041 | +use * chemical weapons | against on |
ethnic-cleansing | 203 | +commit[committed] * ethnic cleansing | of in against place | 
carry-out-ethnic-cleansing | 203 | +carry[carried] out * ethnic cleansing | of in against place | 
mass-expulsion | 201 | mass expulsion/expulsions/deportation/deportations of | of | noun
