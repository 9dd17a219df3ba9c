# CAMEO event codes: Goldstein weight, PLOVER type and mode, short name.
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
022 | 3.2  | REQUEST   | -            | appeal for diplomatic cooperation
023 | 3.4  | REQUEST   | aid          | appeal for aid
024 | -0.3 | REQUEST   | -            | appeal for political reform
025 | -0.3 | REQUEST   | -            | appeal to yield
0251 | -0.3 | REQUEST | - | appeal for easing of administrative sanctions
0253 | -0.3 | REQUEST | - | appeal for release of persons or property
0254 | -0.3 | REQUEST | - | appeal for easing of economic sanctions, boycott, or embargo
0256 | -0.3 | REQUEST | - | appeal for de-escalation of military engagement
026 | 4.0  | REQUEST   | -            | appeal to others to meet or negotiate
027 | 4.0  | REQUEST   | -            | appeal to others to settle a dispute
028 | 4.0  | REQUEST   | -            | appeal to engage in or accept mediation
030 | 4.0  | AGREE     | -            | express intent to cooperate
031 | 5.2  | AGREE     | -            | express intent to cooperate materially
032 | 4.5  | AGREE     | -            | express intent to cooperate diplomatically
033 | 5.2  | AGREE     | aid          | express intent to provide aid
034 | 7.0  | AGREE     | -            | express intent to reform
035 | 7.0  | AGREE     | -            | express intent to yield
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
082 | 5.0  | CONCEDE   | -            | ease political dissent
083 | 5.0  | CONCEDE   | -            | accede to requests or demands for political reform
084 | 7.0  | CONCEDE   | release      | return or release
0841 | 7.0 | CONCEDE | release | return, release person(s)
0842 | 7.0 | CONCEDE | return | return, release property
085 | 7.0  | CONCEDE   | -            | ease economic sanctions, boycott or embargo
086 | 9.0  | CONCEDE   | -            | allow international involvement
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
102 | -5.0 | REQUEST   | -            | demand policy support
103 | -5.0 | REQUEST   | aid          | demand aid
104 | -5.0 | REQUEST   | -            | demand political reform
105 | -5.0 | REQUEST   | -            | demand that others yield
1053 | -5.0 | REQUEST | - | demand release of persons or property
1054 | -5.0 | REQUEST | - | demand easing of economic sanctions, boycott, or embargo
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
122 | -4.0 | REJECT    | -            | reject a request for aid
123 | -4.0 | REJECT    | -            | reject a demand for political reform
124 | -4.0 | REJECT    | -            | refuse to yield
125 | -5.0 | REJECT    | -            | reject a proposal to meet or negotiate
126 | -5.0 | REJECT    | -            | reject mediation
127 | -5.0 | REJECT    | -            | reject a plan or agreement
128 | -5.0 | REJECT    | -            | defy norms or law
129 | -5.0 | REJECT    | veto         | veto
130 | -4.4 | THREATEN  | -            | threaten
131 | -5.8 | THREATEN  | -            | threaten non-force
1312 | -5.8 | THREATEN | -            | threaten to boycott, embargo or sanction
1313 | -5.8 | THREATEN | -            | threaten to reduce or break relations
132 | -5.8 | THREATEN  | -            | threaten administrative sanctions
133 | -5.8 | THREATEN  | -            | threaten political dissent or protest
134 | -5.8 | THREATEN  | -            | threaten to halt negotiations
135 | -5.8 | THREATEN  | -            | threaten to halt mediation
136 | -7.0 | THREATEN  | -            | threaten to halt international involvement
137 | -7.0 | THREATEN  | -            | threaten violent repression
138 | -7.0 | THREATEN  | -            | threaten to use military force
139 | -7.0 | THREATEN  | -            | give an ultimatum
140 | -6.5 | PROTEST   | -            | engage in political dissent
141 | -6.5 | PROTEST   | demonstrate  | demonstrate or rally
142 | -6.5 | PROTEST   | -            | conduct a hunger strike
143 | -6.5 | PROTEST   | strike       | conduct a strike or boycott
144 | -7.5 | PROTEST   | -            | obstruct passage or block
145 | -7.5 | PROTEST   | riot         | protest violently or riot
150 | -7.2 | MOBILIZE  | -            | demonstrate military or police power
151 | -7.2 | MOBILIZE  | -            | increase police alert status
152 | -7.2 | MOBILIZE  | -            | increase military alert status
153 | -7.2 | MOBILIZE  | -            | mobilize or increase police power
154 | -7.2 | MOBILIZE  | -            | mobilize or increase armed forces
160 | -4.0 | SANCTION  | -            | reduce relations
161 | -4.0 | SANCTION  | discontinue  | reduce or break diplomatic relations
162 | -5.6 | SANCTION  | -            | reduce or stop aid
163 | -8.0 | SANCTION  | -            | impose an embargo, boycott or sanctions
164 | -7.0 | SANCTION  | withdraw     | halt negotiations
165 | -6.5 | SANCTION  | withdraw     | halt mediation
166 | -7.0 | SANCTION  | expel        | expel or withdraw
170 | -7.0 | COERCE    | -            | coerce
171 | -9.2 | COERCE    | seize        | seize or damage property
172 | -5.0 | SANCTION  | -            | impose administrative sanctions
1721 | -5.0 | COERCE   | -            | impose restrictions on political freedoms
1724 | -5.0 | COERCE   | -            | impose a state of emergency or martial law
173 | -5.0 | COERCE    | arrest       | arrest, detain or charge with legal action
174 | -5.0 | COERCE    | deport       | expel or deport individuals
175 | -9.0 | COERCE    | -            | use tactics of violent repression
180 | -9.0 | ASSAULT   | -            | use unconventional violence
181 | -9.0 | ASSAULT   | abduct       | abduct, hijack or take hostage
182 | -9.5 | ASSAULT   | beat         | physically assault
183 | -10.0 | ASSAULT  | bomb         | conduct a bombing
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
