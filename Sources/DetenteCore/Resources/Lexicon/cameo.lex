# The CAMEO event codes (all codes of the CAMEO 1.1b3 codebook): Goldstein weight, PLOVER type and mode, short name.
# Goldstein values are those of the CAMEO scale as distributed with GDELT; PLOVER types follow the
# CAMEO-to-PLOVER crosswalk (draft 2.0 types). A dash means no PLOVER type or mode applies.
# code | goldstein | plover | mode | name
[cameo]
010 | 0.0  | -         | -            | make a public statement
011 | -0.1 | -         | -            | decline to comment
012 | -0.4 | -         | -            | make a pessimistic comment
013 | 0.4  | -         | -            | make an optimistic comment
014 | 0.0  | -         | -            | consider a policy option
015 | 0.0  | -         | -            | acknowledge or claim responsibility
016 | -2.0 | REJECT    | -            | deny responsibility
017 | 0.0  | -         | -            | engage in a symbolic act
018 | 3.4  | SUPPORT   | -            | make an empathetic comment
019 | 3.4  | AGREE     | -            | express accord
020 | 3.0  | REQUEST   | -            | appeal or request
021 | 3.4  | REQUEST   | -            | appeal for material cooperation
0211 | 3.4  | REQUEST   | -            | appeal for economic cooperation
0212 | 3.4  | REQUEST   | -            | appeal for military cooperation
0213 | 3.4  | REQUEST   | -            | appeal for judicial cooperation
0214 | 3.4  | REQUEST   | -            | appeal for intelligence cooperation
022 | 3.2  | REQUEST   | -            | appeal for diplomatic cooperation
023 | 3.4  | REQUEST   | aid          | appeal for aid
0231 | 3.4  | REQUEST   | aid          | appeal for economic aid
0232 | 3.4  | REQUEST   | aid          | appeal for military aid
0233 | 3.4  | REQUEST   | aid          | appeal for humanitarian aid
0234 | 3.4  | REQUEST   | aid          | appeal for military protection or peacekeeping
024 | -0.3 | REQUEST   | -            | appeal for political reform
0241 | -0.3 | REQUEST   | -            | appeal for a change in leadership
0242 | -0.3 | REQUEST   | -            | appeal for a policy change
0243 | -0.3 | REQUEST   | -            | appeal for rights
0244 | -0.3 | REQUEST   | -            | appeal for a change in institutions or regime
025 | -0.3 | REQUEST   | -            | appeal to yield
0251 | -0.3 | REQUEST | - | appeal for easing of administrative sanctions
0252 | -0.3 | REQUEST   | -            | appeal for easing of popular dissent
0253 | -0.3 | REQUEST | - | appeal for release of persons or property
0254 | -0.3 | REQUEST | - | appeal for easing of economic sanctions, boycott, or embargo
0255 | -0.3 | REQUEST   | -            | appeal to allow international involvement (not mediation)
0256 | -0.3 | REQUEST | - | appeal for de-escalation of military engagement
026 | 4.0  | REQUEST   | -            | appeal to others to meet or negotiate
027 | 4.0  | REQUEST   | -            | appeal to others to settle a dispute
028 | 4.0  | REQUEST   | -            | appeal to engage in or accept mediation
030 | 4.0  | AGREE     | -            | express intent to cooperate
031 | 5.2  | AGREE     | -            | express intent to cooperate materially
0311 | 5.2  | AGREE     | -            | express intent to cooperate economically
0312 | 5.2  | AGREE     | -            | express intent to cooperate militarily
0313 | 5.2  | AGREE     | -            | express intent to cooperate on judicial matters
0314 | 5.2  | AGREE     | -            | express intent to cooperate on intelligence
032 | 4.5  | AGREE     | -            | express intent to cooperate diplomatically
033 | 5.2  | AGREE     | aid          | express intent to provide aid
0331 | 5.2  | AGREE     | aid          | express intent to provide economic aid
0332 | 5.2  | AGREE     | aid          | express intent to provide military aid
0333 | 5.2  | AGREE     | aid          | express intent to provide humanitarian aid
0334 | 6.0  | AGREE     | aid          | express intent to provide military protection or peacekeeping
034 | 7.0  | AGREE     | -            | express intent to reform
0341 | 7.0  | AGREE     | -            | express intent to change leadership
0342 | 7.0  | AGREE     | -            | express intent to change policy
0343 | 7.0  | AGREE     | -            | express intent to provide rights
0344 | 7.0  | AGREE     | -            | express intent to change institutions or regime
035 | 7.0  | AGREE     | -            | express intent to yield
0351 | 7.0  | AGREE     | -            | express intent to ease administrative sanctions
0352 | 7.0  | AGREE     | -            | express intent to ease popular dissent
0353 | 7.0  | AGREE     | -            | express intent to release persons or property
0354 | 7.0  | AGREE     | -            | express intent to ease economic sanctions, boycott, or embargo
0355 | 7.0  | AGREE     | -            | express intent to allow international involvement (not mediation)
0356 | 7.0  | AGREE     | -            | express intent to de-escalate military engagement
036 | 4.0  | AGREE     | -            | express intent to meet or negotiate
037 | 5.0  | AGREE     | -            | express intent to settle a dispute
038 | 7.0  | AGREE     | -            | express intent to accept mediation
039 | 5.0  | AGREE     | -            | express intent to mediate
040 | 1.0  | CONSULT   | -            | consult
041 | 1.0  | CONSULT   | phone        | discuss by telephone
042 | 1.9  | CONSULT   | visit        | make a visit
043 | 2.8  | CONSULT   | host         | host a visit
044 | 2.5  | CONSULT   | third-party  | meet at a third location
045 | 5.0  | CONSULT   | mediate      | mediate
046 | 7.0  | CONSULT   | -            | engage in negotiation
050 | 3.5  | COOPERATE | -            | engage in diplomatic cooperation
051 | 3.4  | SUPPORT   | -            | praise or endorse
052 | 3.5  | SUPPORT   | -            | defend verbally
053 | 3.8  | SUPPORT   | -            | rally support on behalf of
054 | 6.0  | SUPPORT   | -            | grant diplomatic recognition
055 | 7.0  | CONCEDE   | apologize    | apologize
056 | 7.0  | CONCEDE   | -            | forgive
057 | 8.0  | AGREE     | -            | sign a formal agreement
060 | 6.0  | COOPERATE | -            | engage in material cooperation
061 | 6.4  | COOPERATE | economic     | cooperate economically
062 | 7.4  | COOPERATE | military     | cooperate militarily
063 | 7.4  | COOPERATE | judicial     | engage in judicial cooperation
064 | 7.0  | COOPERATE | intelligence | share intelligence or information
070 | 7.0  | AID       | -            | provide aid
071 | 7.4  | AID       | economic     | provide economic aid
072 | 8.3  | AID       | military     | provide military aid
073 | 7.4  | AID       | humanitarian | provide humanitarian aid
074 | 8.5  | AID       | military     | provide military protection or peacekeeping
075 | 7.0  | AID       | asylum       | grant asylum
080 | 5.0  | CONCEDE   | -            | yield
081 | 5.0  | CONCEDE   | -            | ease administrative sanctions
0811 | 5.0  | CONCEDE   | -            | ease restrictions on political freedoms
0812 | 5.0  | CONCEDE   | -            | ease a ban on political parties or politicians
0813 | 5.0  | RETREAT   | -            | ease a curfew
0814 | 5.0  | RETREAT   | -            | ease a state of emergency or martial law
082 | 5.0  | CONCEDE   | -            | ease political dissent
083 | 5.0  | CONCEDE   | -            | accede to requests or demands for political reform
0831 | 5.0  | CONCEDE   | -            | accede to demands for a change in leadership
0832 | 5.0  | CONCEDE   | -            | accede to demands for a policy change
0833 | 5.0  | CONCEDE   | -            | accede to demands for rights
0834 | 5.0  | CONCEDE   | -            | accede to demands for a change in institutions or regime
084 | 7.0  | CONCEDE   | release      | return or release
0841 | 7.0 | CONCEDE | release | return, release person(s)
0842 | 7.0 | CONCEDE | return | return, release property
085 | 7.0  | CONCEDE   | -            | ease economic sanctions, boycott or embargo
086 | 9.0  | CONCEDE   | -            | allow international involvement
0861 | 9.0  | CONCEDE   | -            | receive deployment of peacekeepers
0862 | 9.0  | CONCEDE   | -            | receive inspectors
0863 | 9.0  | CONCEDE   | -            | allow humanitarian access
087 | 9.0  | RETREAT   | -            | de-escalate military engagement
0871 | 9.0 | RETREAT   | ceasefire    | declare a truce or ceasefire
0872 | 9.0 | RETREAT | - | ease military blockade
0873 | 9.0 | RETREAT | - | demobilize armed forces
0874 | 10.0 | RETREAT  | withdraw     | retreat or surrender militarily
090 | -2.0 | ACCUSE    | investigate  | investigate
091 | -2.0 | ACCUSE    | investigate  | investigate crime or corruption
092 | -2.0 | ACCUSE    | investigate  | investigate human rights abuses
093 | -2.0 | ACCUSE    | investigate  | investigate military action
094 | -2.0 | ACCUSE    | investigate  | investigate war crimes
100 | -5.0 | REQUEST   | -            | demand
101 | -5.0 | REQUEST   | -            | demand information or investigation
1011 | -5.0 | REQUEST   | -            | demand economic cooperation
1012 | -5.0 | REQUEST   | -            | demand military cooperation
1013 | -5.0 | REQUEST   | -            | demand judicial cooperation
1014 | -5.0 | REQUEST   | -            | demand intelligence cooperation
102 | -5.0 | REQUEST   | -            | demand policy support
103 | -5.0 | REQUEST   | aid          | demand aid
1031 | -5.0 | REQUEST   | aid          | demand economic aid
1032 | -5.0 | REQUEST   | aid          | demand military aid
1033 | -5.0 | REQUEST   | aid          | demand humanitarian aid
1034 | -5.0 | REQUEST   | aid          | demand military protection or peacekeeping
104 | -5.0 | REQUEST   | -            | demand political reform
1041 | -5.0 | REQUEST   | -            | demand a change in leadership
1042 | -5.0 | REQUEST   | -            | demand a policy change
1043 | -5.0 | REQUEST   | -            | demand rights
1044 | -5.0 | REQUEST   | -            | demand a change in institutions or regime
105 | -5.0 | REQUEST   | -            | demand that others yield
1051 | -5.0 | REQUEST   | -            | demand easing of administrative sanctions
1052 | -5.0 | REQUEST   | -            | demand easing of popular dissent
1053 | -5.0 | REQUEST | - | demand release of persons or property
1054 | -5.0 | REQUEST | - | demand easing of economic sanctions, boycott, or embargo
1055 | -5.0 | REQUEST   | -            | demand that others allow international involvement (not mediation)
1056 | -5.0 | REQUEST | - | demand de-escalation of military engagement
106 | -5.0 | REQUEST   | -            | demand a meeting or negotiation
107 | -5.0 | REQUEST   | -            | demand a ceasefire
108 | -5.0 | REQUEST   | -            | demand mediation
110 | -2.0 | ACCUSE    | disapprove   | disapprove
111 | -2.0 | ACCUSE    | disapprove   | criticize or denounce
112 | -2.0 | ACCUSE    | allege       | accuse
1121 | -2.0 | ACCUSE   | allege       | accuse of crime or corruption
1122 | -2.0 | ACCUSE   | allege       | accuse of human rights abuses
1123 | -2.0 | ACCUSE   | allege       | accuse of aggression
1124 | -2.0 | ACCUSE   | allege       | accuse of war crimes
1125 | -2.0 | ACCUSE   | allege       | accuse of espionage or treason
113 | -2.0 | ACCUSE    | -            | rally opposition against
114 | -2.0 | ACCUSE    | -            | complain officially
115 | -2.0 | ACCUSE    | legal        | bring a lawsuit against
116 | -2.0 | SANCTION  | convict      | find guilty or liable
120 | -4.0 | REJECT    | -            | reject
121 | -4.0 | REJECT    | -            | reject material cooperation
1211 | -4.0 | REJECT    | -            | reject economic cooperation
1212 | -4.0 | REJECT    | -            | reject military cooperation
122 | -4.0 | REJECT    | -            | reject a request for aid
1221 | -4.0 | REJECT    | -            | reject a request for economic aid
1222 | -4.0 | REJECT    | -            | reject a request for military aid
1223 | -4.0 | REJECT    | -            | reject a request for humanitarian aid
1224 | -4.0 | REJECT    | -            | reject a request for military protection or peacekeeping
123 | -4.0 | REJECT    | -            | reject a demand for political reform
1231 | -4.0 | REJECT    | -            | reject a request for a change in leadership
1232 | -4.0 | REJECT    | -            | reject a request for a policy change
1233 | -4.0 | REJECT    | -            | reject a request for rights
1234 | -4.0 | REJECT    | -            | reject a request for a change in institutions or regime
124 | -4.0 | REJECT    | -            | refuse to yield
1241 | -4.0 | REJECT    | -            | refuse to ease administrative sanctions
1242 | -4.0 | REJECT    | -            | refuse to ease popular dissent
1243 | -4.0 | REJECT    | -            | refuse to release persons or property
1244 | -4.0 | REJECT    | -            | refuse to ease economic sanctions, boycott, or embargo
1245 | -4.0 | REJECT    | -            | refuse to allow international involvement (not mediation)
1246 | -4.0 | REJECT    | -            | refuse to de-escalate military engagement
125 | -5.0 | REJECT    | -            | reject a proposal to meet or negotiate
126 | -5.0 | REJECT    | -            | reject mediation
127 | -5.0 | REJECT    | -            | reject a plan or agreement
128 | -5.0 | REJECT    | -            | defy norms or law
129 | -5.0 | REJECT    | veto         | veto
130 | -4.4 | THREATEN  | -            | threaten
131 | -5.8 | THREATEN  | -            | threaten non-force
1311 | -5.8 | THREATEN  | -            | threaten to reduce or stop aid
1312 | -5.8 | THREATEN | -            | threaten to boycott, embargo or sanction
1313 | -5.8 | THREATEN | -            | threaten to reduce or break relations
132 | -5.8 | THREATEN  | -            | threaten administrative sanctions
1321 | -5.8 | THREATEN  | -            | threaten to restrict political freedoms
1322 | -5.8 | THREATEN  | -            | threaten to ban political parties or politicians
1323 | -5.8 | THREATEN  | -            | threaten to impose a curfew
1324 | -5.8 | THREATEN  | -            | threaten to impose a state of emergency or martial law
133 | -5.8 | THREATEN  | -            | threaten political dissent or protest
134 | -5.8 | THREATEN  | -            | threaten to halt negotiations
135 | -5.8 | THREATEN  | -            | threaten to halt mediation
136 | -7.0 | THREATEN  | -            | threaten to halt international involvement
137 | -7.0 | THREATEN  | -            | threaten violent repression
138 | -7.0 | THREATEN  | -            | threaten to use military force
1381 | -7.0 | THREATEN  | -            | threaten a blockade
1382 | -7.0 | THREATEN  | -            | threaten occupation
1383 | -7.0 | THREATEN  | -            | threaten unconventional violence
1384 | -7.0 | THREATEN  | -            | threaten a conventional attack
1385 | -7.0 | THREATEN  | -            | threaten an attack with weapons of mass destruction
139 | -7.0 | THREATEN  | -            | give an ultimatum
140 | -6.5 | PROTEST   | -            | engage in political dissent
141 | -6.5 | PROTEST   | demonstrate  | demonstrate or rally
1411 | -6.5 | PROTEST   | demonstrate  | demonstrate for a change in leadership
1412 | -6.5 | PROTEST   | demonstrate  | demonstrate for a policy change
1413 | -6.5 | PROTEST   | demonstrate  | demonstrate for rights
1414 | -6.5 | PROTEST   | demonstrate  | demonstrate for a change in institutions or regime
142 | -6.5 | PROTEST   | -            | conduct a hunger strike
1421 | -6.5 | PROTEST   | -            | hunger strike for a change in leadership
1422 | -6.5 | PROTEST   | -            | hunger strike for a policy change
1423 | -6.5 | PROTEST   | -            | hunger strike for rights
1424 | -6.5 | PROTEST   | -            | hunger strike for a change in institutions or regime
143 | -6.5 | PROTEST   | strike       | conduct a strike or boycott
1431 | -6.5 | PROTEST   | strike       | strike or boycott for a change in leadership
1432 | -6.5 | PROTEST   | strike       | strike or boycott for a policy change
1433 | -6.5 | PROTEST   | strike       | strike or boycott for rights
1434 | -6.5 | PROTEST   | strike       | strike or boycott for a change in institutions or regime
144 | -7.5 | PROTEST   | -            | obstruct passage or block
1441 | -7.5 | PROTEST   | -            | obstruct passage to demand a change in leadership
1442 | -7.5 | PROTEST   | -            | obstruct passage to demand a policy change
1443 | -7.5 | PROTEST   | -            | obstruct passage to demand rights
1444 | -7.5 | PROTEST   | -            | obstruct passage to demand a change in institutions or regime
145 | -7.5 | PROTEST   | riot         | protest violently or riot
1451 | -7.5 | PROTEST   | riot         | protest violently for a change in leadership
1452 | -7.5 | PROTEST   | riot         | protest violently for a policy change
1453 | -7.5 | PROTEST   | riot         | protest violently for rights
1454 | -7.5 | PROTEST   | riot         | protest violently for a change in institutions or regime
150 | -7.2 | MOBILIZE  | -            | demonstrate military or police power
151 | -7.2 | MOBILIZE  | -            | increase police alert status
152 | -7.2 | MOBILIZE  | -            | increase military alert status
153 | -7.2 | MOBILIZE  | -            | mobilize or increase police power
154 | -7.2 | MOBILIZE  | -            | mobilize or increase armed forces
160 | -4.0 | SANCTION  | -            | reduce relations
161 | -4.0 | SANCTION  | discontinue  | reduce or break diplomatic relations
162 | -5.6 | SANCTION  | -            | reduce or stop aid
1621 | -5.6 | SANCTION  | -            | reduce or stop economic assistance
1622 | -5.6 | SANCTION  | -            | reduce or stop military assistance
1623 | -5.6 | SANCTION  | -            | reduce or stop humanitarian assistance
163 | -8.0 | SANCTION  | -            | impose an embargo, boycott or sanctions
164 | -7.0 | SANCTION  | withdraw     | halt negotiations
165 | -6.5 | SANCTION  | withdraw     | halt mediation
166 | -7.0 | SANCTION  | expel        | expel or withdraw
1661 | -7.0 | SANCTION  | expel        | expel or withdraw peacekeepers
1662 | -7.0 | SANCTION  | expel        | expel or withdraw inspectors or observers
1663 | -7.0 | SANCTION  | expel        | expel or withdraw aid agencies
170 | -7.0 | COERCE    | -            | coerce
171 | -9.2 | COERCE    | seize        | seize or damage property
1711 | -9.2 | COERCE    | seize        | confiscate property
1712 | -9.2 | ASSAULT   | destroy      | destroy property
172 | -5.0 | SANCTION  | -            | impose administrative sanctions
1721 | -5.0 | COERCE   | -            | impose restrictions on political freedoms
1722 | -5.0 | COERCE    | -            | ban political parties or politicians
1723 | -5.0 | COERCE    | -            | impose a curfew
1724 | -5.0 | COERCE   | -            | impose a state of emergency or martial law
173 | -5.0 | COERCE    | arrest       | arrest, detain or charge with legal action
174 | -5.0 | COERCE    | deport       | expel or deport individuals
175 | -9.0 | COERCE    | -            | use tactics of violent repression
180 | -9.0 | ASSAULT   | -            | use unconventional violence
181 | -9.0 | ASSAULT   | abduct       | abduct, hijack or take hostage
182 | -9.5 | ASSAULT   | beat         | physically assault
1821 | -9.0 | ASSAULT   | sexual       | sexually assault
1822 | -9.0 | ASSAULT   | torture      | torture
1823 | -10.0 | ASSAULT   | beat         | kill by physical assault
183 | -10.0 | ASSAULT  | bomb         | conduct a bombing
1831 | -10.0 | ASSAULT   | bomb         | carry out a suicide bombing
1832 | -10.0 | ASSAULT   | bomb         | carry out a car bombing
1833 | -10.0 | ASSAULT   | bomb         | carry out a roadside bombing
184  | -8.0 | ASSAULT   | abduct       | use as a human shield
185 | -8.0 | ASSAULT   | assassinate  | attempt to assassinate
186 | -10.0 | ASSAULT  | assassinate  | assassinate
190 | -10.0 | ASSAULT  | -            | use conventional military force
191 | -9.5 | ASSAULT   | blockade     | impose a blockade or restrict movement
192 | -9.5 | ASSAULT   | occupy       | occupy territory
193 | -10.0 | ASSAULT  | firearms     | fight with small arms and light weapons
194 | -10.0 | ASSAULT  | artillery    | fight with artillery and tanks
195 | -10.0 | ASSAULT  | aerial       | employ aerial weapons
196 | -9.5 | ASSAULT   | -            | violate a ceasefire
200 | -10.0 | ASSAULT  | -            | use unconventional mass violence
201 | -9.5 | ASSAULT   | -            | engage in mass expulsion
202 | -10.0 | ASSAULT  | -            | engage in mass killings
203 | -10.0 | ASSAULT  | -            | engage in ethnic cleansing
204 | -10.0 | ASSAULT  | -            | use weapons of mass destruction
2041 | -10.0 | ASSAULT | -            | use chemical, biological or radiological weapons
2042 | -10.0 | ASSAULT   | -            | detonate a nuclear weapon
