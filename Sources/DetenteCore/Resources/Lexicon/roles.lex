# Role words: a noun that, after a country word ("Russian officials") or alone in a story
# about one country, names a kind of actor. Roles are CAMEO actor types.
# flags: "plural" marks words naming a group; "side" marks words that name the country itself.
# role | words | flags
[roles]
GOV | counterpart; counterparts; government; governments; officials; official; authorities; administration; ministry; ministries; cabinet; diplomats; diplomat; embassy; embassies; envoy; envoys; ambassador; ambassadors; delegation; delegates; negotiators; negotiator; leadership; leaders; leader; regime; spokesman; spokeswoman; spokesperson; aide; aides; adviser; advisers; advisor; advisors; consulate; foreign ministry; defense ministry; defence ministry; interior ministry; president; prime minister; minister; ministers; premier; chancellor; state media; state television; foreign minister; trade minister; high commissioner; chargé d'affaires; charge d'affaires; consul; consul general; government officials; state officials; regional government; governor; mayor; monarchy; royal family; presidency; junta
LEG | lawmakers; lawmaker; legislators; legislature; parliament; parliamentarians; senators; senator; congressmen; MPs; deputies
JUD | court; courts; judges; judge; prosecutors; prosecutor; judiciary; supreme court
MIL | pilot; warplane; fighter jet; jet; drone; drones; warship; aircraft; helicopter; helicopters; submarine; sailors; marines; pilots; military; troops; soldiers; army; armies; navy; air force; armed forces; forces; warplanes; jets; warships; fighter jets; artillery; generals; defence forces; defense forces; border guards; marines; commanders; coast guard; national guard; peacekeepers; paratroopers; special forces; battalion; battalions; brigade; brigades; bombers; bomber; tanks; missiles; missile; rockets; navy ships; naval forces; ground forces; militaries; military officers; air defences; air defenses; frigate; destroyer; aircraft carrier; fighter planes; reservists; conscripts; general staff
COP | police; policemen; police officers; security forces; riot police; police officer; policeman; riot officers; border police; interior ministry troops; national police; gendarmes; gendarmerie; security services
OPP | opposition; opposition leader; opposition parties; dissidents; dissident; opposition supporters; opposition party; opposition figures; opposition politicians; opposition activists; protest leaders
REB | rebels; rebel; insurgents; militants; militant; separatists; guerrillas; fighters; jihadists; gunmen
CVL | supporters; prisoners; detainees; hostages; captives; crew; fishermen; civilians; citizens; people; children; parents; residents; villagers; protesters; protestors; demonstrators; workers; students; families; nationals; activists; journalists; crowds; crowd; mob; voters; pilgrims; farmers; miners; shoppers; passengers; sailors; seafarers; aid workers; hostage; prisoner; detainee; victims; survivors
MED | media; journalist; reporter; journalists; reporters; newspaper; press; broadcaster; state broadcaster; state news agency; news agency; newspapers; bloggers; television; editors
BUS | businesses; companies; company; firms; banks; investors; exporters; oil companies; airline; airlines; state airline; carriers; oil company; state oil company; meat processors; manufacturers; producers; carmakers; shipping companies; traders; importers; chipmakers; energy companies; gas company
NGO | aid groups; aid agencies; charities; rights groups; human rights groups; NGOs; humanitarian groups; relief agencies; aid organisations; aid organizations; monitors; election observers
REL | clerics; church; bishops; imams; clergy; church leaders; religious leaders; mosque; monks; priests
EDU | universities; academics; scholars; university; teachers; researchers
REF | migrants; migrant; refugees; refugee; asylum seekers; asylum-seekers; tourists; displaced people
SPY | intelligence agency; intelligence service; intelligence services; spies; spy agency; agents
- | side; sides; nation; country; state; capital | side
