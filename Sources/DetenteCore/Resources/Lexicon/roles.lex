# Role words: a noun that, after a country word ("Russian officials") or alone in a story
# about one country, names a kind of actor. Roles are CAMEO actor types.
# flags: "plural" marks words naming a group; "side" marks words that name the country itself.
# role | words | flags
[roles]
GOV | counterpart; counterparts; government; governments; officials; official; authorities; administration; ministry; ministries; cabinet; diplomats; diplomat; embassy; embassies; envoy; envoys; ambassador; ambassadors; delegation; delegates; negotiators; negotiator; leadership; leaders; leader; regime; spokesman; spokeswoman; spokesperson; aide; aides; adviser; advisers; advisor; advisors; consulate; foreign ministry; defense ministry; defence ministry; interior ministry; president; prime minister; minister; ministers; premier; chancellor; state media; state television
LEG | lawmakers; lawmaker; legislators; legislature; parliament; parliamentarians; senators; senator; congressmen; MPs; deputies
JUD | court; courts; judges; judge; prosecutors; prosecutor; judiciary; supreme court
MIL | warplane; fighter jet; jet; drone; drones; warship; aircraft; helicopter; helicopters; submarine; sailors; marines; pilots; military; troops; soldiers; army; armies; navy; air force; armed forces; forces; warplanes; jets; warships; fighter jets; artillery; generals; defence forces; defense forces; border guards; marines; commanders
COP | police; policemen; police officers; security forces; riot police
OPP | opposition; opposition leader; opposition parties; dissidents; dissident
REB | rebels; rebel; insurgents; militants; militant; separatists; guerrillas; fighters; jihadists; gunmen
CVL | prisoners; detainees; hostages; captives; crew; fishermen; civilians; citizens; people; children; parents; residents; villagers; protesters; protestors; demonstrators; workers; students; families; nationals; tourists; migrants; refugees; activists; journalists
MED | media; journalists; reporters; newspaper; press; broadcaster
BUS | businesses; companies; company; firms; banks; investors; exporters; oil companies
NGO | aid groups; aid agencies; charities; rights groups; human rights groups; NGOs
REL | clerics; church; bishops; imams; clergy
EDU | universities; academics; scholars
- | side; sides; nation; country; state | side
