# Recodes. After an event pattern has fired, these rules change its CAMEO code, or drop the
# event, by who did it to whom. They are tried in this order, each on the code the ones above
# left; every recode that changes a code is named in the event's rule ("/recode:NAME"). In a
# file of your own (--lexicon), a recode of a bundled one's name replaces it in its place, and
# new ones are tried before the bundled ones.
#   codes    CAMEO codes separated by ;  exact (190), a prefix with * (18*), or * (every code)
#   becomes  a CAMEO code, drop (the event is not coded), or keep (in your own file, under a
#            bundled recode's name: switches it off)
#   when     tests separated by ; all must hold; "a or b" holds when either does; ! negates:
#            source.role=GOV,- / target.role=CVL,REF (one of these roles; - is none),
#            source.person, target, target.person, same-country, target.organisation,
#            target.place (the target is a place: "seized the town of ..."),
#            future (planned or possible), conditional (future, with "if" after the trigger),
#            refused (denied or refused: "ruled out talks"),
#            trigger=w1,w2 (the trigger's first word), next:N=w1,w2,@class (one of the next N
#            words after the trigger; classes: @property-nouns @person-plural @quantities)
# name | codes | becomes | when
[recodes]
# A meeting still to come is a plan to meet.
meeting-to-come | 04* | 036 | future
# "to gather intelligence": a state that gathers or marches does not protest ...
state-gathers | 141* | drop | source.role=- or source.role=GOV or source.person; !trigger=protest,protests,protested,protesting
# ... and a government that protests lodges an official complaint.
state-protest | 141* | 114 | source.role=- or source.role=GOV or source.person
# A bombing by a state is an air strike; by a group, a bombing.
state-bombing | 183 | 195 | !source.role=REB,CVL,OPP
# Civilians who attack a building riot; they do not wage war.
crowd-attack | 190 | 145 | source.role=CVL,OPP; !source.person
# "would stop supplying weapons if ...": a conditional reduction or strike is a threat.
conditional-sanction | 16* | 131 | conditional
conditional-force | 18*;19*;20* | 138 | conditional
# "killing one Cambodian soldier" after "Cambodian soldiers exchanged fire": an armed group or a
# state does not act on its own country.
own-country | * | drop | same-country; target.role=-; !target.person; source.role=MIL,COP,GOV,LEG,JUD,SPY
# "received 60,000 people fleeing": hosting a visit needs a visitor, not a crowd.
crowd-visit | 04*;036 | drop | target.role=CVL,REF; !target.person
# "spoke to reporters", "speaks to the media": talking to the press is no consultation.
press-talk | 04*;036 | drop | target.role=MED; !target.person
# "an American journalist asked Castro about political prisoners": a reporter's question is no
# appeal.
press-question | 020 | drop | source.role=MED; !source.person; trigger=ask,asks,asked,asking,press,pressed,pressing
# "Khan called on Crown Prince Mohammed bin Salman": calling on someone with nothing asked of
# them ("to …") is a visit.
call-on-visit | 020 | 042 | trigger=call,calls,called,calling; !next:10=to
# "Tehran ruled out negotiations with Washington", "would not negotiate": refusing to negotiate
# rejects a proposal to negotiate.
refuse-talks | 046 | 125 | refused
# "South Korea and Japan met in the bronze medal match": countries that meet in a match are
# teams, not governments.
sports-match | 04*;036 | drop | source.role=-; !source.person; next:6=match,final,semifinal,semi-final,game,fixture,qualifier,tournament
# Killing hundreds or thousands of civilians is a mass killing ...
mass-killing | 190;18* | 202 | target.role=CVL,REF; next:3=hundreds,thousands
# ... and so is executing a crowd of civilians.
mass-execution | 186 | 202 | target.role=CVL,REF; !target.person
# Police or soldiers who open fire on their own country's crowds repress them.
repression | 190 | 175 | source.role=COP,MIL; same-country; target.role=CVL,OPP
# "the Netherlands, which hosts the tribunal": the seat of an organisation, not a visit.
seat-of-organisation | 043 | drop | trigger=hosts; target.organisation
# An official protest is lodged with another country, not one's own.
protest-at-home | 114 | drop | same-country
# Police or soldiers who storm a building coerce; they do not riot.
forces-storm | 145 | 170 | source.role=COP,MIL,GOV,SPY
# Seizing a town or a region is occupying territory ("seized a Marshall Islands-flagged oil
# tanker" is a seizure of property).
seize-territory | 171 | 192 | !next:8=@property-nouns; target.place or target.role=-
# "Argentina beat France on penalties": a country that beats a country wins a match or a vote;
# police who beat protesters ill-treat them.
beat-is-a-result | 182 | drop | trigger=beat,beats,beating,beaten; source.role=-; target.role=-; !source.person; !target.person
# "Macron clashed with Meloni over migration": leaders and governments clash in words.
leaders-clash | 190 | 111 | trigger=clash,clashed,clashes,clashing; source.person or source.role=GOV,LEG
# "BP pulled out of Russia": a company that pulls out leaves a market; no army retreats.
business-pulls-out | 0874 | drop | source.role=BUS
# "China … urged" read as China urging the Chinese government, "Iran" freeing an Iranian
# official: a country as such does not act on its own government or its organs (over the wire
# sets: 1 right event among 21). Its people and its rebels it may ("Kenya urged the protesters to
# stand down", "Syria used chemical weapons against Syrian civilians").
country-on-itself | * | drop | same-country; source.role=-; !source.person; !target.person; target.role=GOV,MIL,COP,LEG,JUD,SPY
