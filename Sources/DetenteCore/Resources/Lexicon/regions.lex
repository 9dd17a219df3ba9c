# Regions a country can be described by ("the West African country", "the small Baltic
# nation", "the Gulf state"): such a description means the last country named before it whose
# representative point (countries.lex) lies in the region's box.
# words | south | north | west | east   (degrees; one or two words)
[regions]
West African | 4 | 25 | -18 | 16
East African | -12 | 16 | 28 | 52
North African | 19 | 38 | -18 | 34
Central African | -8 | 24 | 8 | 32
southern African | -35 | -8 | 10 | 41
Horn | -2 | 18 | 36 | 52
Sahel | 10 | 24 | -17 | 24
South American | -56 | 13 | -82 | -34
Latin American | -56 | 33 | -118 | -34
Central American | 7 | 19 | -93 | -77
Caribbean | 10 | 27 | -86 | -59
Andean | -23 | 12 | -82 | -62
Baltic | 53 | 60 | 20 | 29
Balkan | 39 | 47 | 13 | 30
Nordic | 54 | 72 | 4 | 32
Scandinavian | 54 | 72 | 4 | 32
Gulf | 12 | 31 | 42 | 60
Central Asian | 35 | 56 | 46 | 88
South Asian | 5 | 38 | 60 | 93
Southeast Asian | -11 | 28 | 92 | 141
Himalayan | 26 | 36 | 80 | 97
Pacific | -25 | 20 | 130 | 180
Caucasus | 38 | 44 | 39 | 51
# "the island nation": anywhere; the last country named before it.
island | -90 | 90 | -180 | 180

# Kinds of country a description names: "the kingdom", "the sultanate", "the emirate", "the
# island": the last country named before it (in its sentence, else before) that is of the kind.
# Monarchies as of 2024 (heads of state: reigning monarchs; the Commonwealth realms are left out
# but for the United Kingdom); island countries and territories that reports call "the island".
# words | countries (ISO alpha-3, separated by ;)
[kinds]
kingdom | SAU; JOR; MAR; BHR; GBR; ESP; NLD; BEL; SWE; NOR; DNK; THA; KHM; BTN; LSO; SWZ; TON
monarchy | SAU; JOR; MAR; BHR; GBR; ESP; NLD; BEL; SWE; NOR; DNK; THA; KHM; BTN; LSO; SWZ; TON; OMN; BRN; KWT; QAT; ARE; JPN; MYS; LIE; MCO; AND
sultanate | OMN; BRN
emirate | QAT; KWT; ARE
island | TWN; CUB; LKA; NRU; TUV; SLB; FJI; VUT; TON; WSM; KIR; MDV; MLT; CYP; ISL; JAM; HTI; MDG; MUS; CPV; STP; COM; SYC; SGP; GRL; PRI; TTO; BHS; BRB; TLS; PLW; FSM; MHL; HKG; MAC
