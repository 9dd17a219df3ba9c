/// The FIPS 10-4 country codes GDELT 1.0 writes in its geography columns, by the ISO 3166-1
/// alpha-3 codes Detente's places carry: one for every country of the bundled lexicon but
/// Palestine, which FIPS splits into the West Bank (`WE`) and the Gaza Strip (`GZ`).
///
/// Source: the FIPS PUB 10-4 country codes (U.S. National Geospatial-Intelligence Agency), as
/// listed beside ISO 3166 in a public table (github.com/ramsun/happiness-inc,
/// templates/static/js/FIPS10.js), with ISO's alpha-2 codes turned into alpha-3 by the Python
/// package pycountry; Kosovo, which ISO does not code, is Detente's `XKX` and FIPS `KV`.
enum GDELTCountries {
  static let fips: [String: String] = [
    "AFG": "AF", "AGO": "AO", "ALB": "AL", "AND": "AN", "ARE": "AE", "ARG": "AR", "ARM": "AM",
    "ATG": "AC", "AUS": "AS", "AUT": "AU", "AZE": "AJ", "BDI": "BY", "BEL": "BE", "BEN": "BN",
    "BFA": "UV", "BGD": "BG", "BGR": "BU", "BHR": "BA", "BHS": "BF", "BIH": "BK", "BLR": "BO",
    "BLZ": "BH", "BOL": "BL", "BRA": "BR", "BRB": "BB", "BRN": "BX", "BTN": "BT", "BWA": "BC",
    "CAF": "CT", "CAN": "CA", "CHE": "SZ", "CHL": "CI", "CHN": "CH", "CIV": "IV", "CMR": "CM",
    "COD": "CG", "COG": "CF", "COL": "CO", "COM": "CN", "CPV": "CV", "CRI": "CS", "CUB": "CU",
    "CYP": "CY", "CZE": "EZ", "DEU": "GM", "DJI": "DJ", "DMA": "DO", "DNK": "DA", "DOM": "DR",
    "DZA": "AG", "ECU": "EC", "EGY": "EG", "ERI": "ER", "ESP": "SP", "EST": "EN", "ETH": "ET",
    "FIN": "FI", "FJI": "FJ", "FRA": "FR", "FSM": "FM", "GAB": "GB", "GBR": "UK", "GEO": "GG",
    "GHA": "GH", "GIN": "GV", "GMB": "GA", "GNB": "PU", "GNQ": "EK", "GRC": "GR", "GRD": "GJ",
    "GRL": "GL", "GTM": "GT", "GUY": "GY", "HKG": "HK", "HND": "HO", "HRV": "HR", "HTI": "HA",
    "HUN": "HU", "IDN": "ID", "IND": "IN", "IRL": "EI", "IRN": "IR", "IRQ": "IZ", "ISL": "IC",
    "ISR": "IS", "ITA": "IT", "JAM": "JM", "JOR": "JO", "JPN": "JA", "KAZ": "KZ", "KEN": "KE",
    "KGZ": "KG", "KHM": "CB", "KIR": "KR", "KNA": "SC", "KOR": "KS", "KWT": "KU", "LAO": "LA",
    "LBN": "LE", "LBR": "LI", "LBY": "LY", "LCA": "ST", "LIE": "LS", "LKA": "CE", "LSO": "LT",
    "LTU": "LH", "LUX": "LU", "LVA": "LG", "MAC": "MC", "MAR": "MO", "MCO": "MN", "MDA": "MD",
    "MDG": "MA", "MDV": "MV", "MEX": "MX", "MHL": "RM", "MKD": "MK", "MLI": "ML", "MLT": "MT",
    "MMR": "BM", "MNE": "MJ", "MNG": "MG", "MOZ": "MZ", "MRT": "MR", "MUS": "MP", "MWI": "MI",
    "MYS": "MY", "NAM": "WA", "NER": "NG", "NGA": "NI", "NIC": "NU", "NLD": "NL", "NOR": "NO",
    "NPL": "NP", "NRU": "NR", "NZL": "NZ", "OMN": "MU", "PAK": "PK", "PAN": "PM", "PER": "PE",
    "PHL": "RP", "PLW": "PS", "PNG": "PP", "POL": "PL", "PRI": "RQ", "PRK": "KN", "PRT": "PO",
    "PRY": "PA", "QAT": "QA", "ROU": "RO", "RUS": "RS", "RWA": "RW", "SAU": "SA", "SDN": "SU",
    "SEN": "SG", "SGP": "SN", "SLB": "BP", "SLE": "SL", "SLV": "ES", "SMR": "SM", "SOM": "SO",
    "SRB": "RI", "SSD": "OD", "STP": "TP", "SUR": "NS", "SVK": "LO", "SVN": "SI", "SWE": "SW",
    "SWZ": "WZ", "SYC": "SE", "SYR": "SY", "TCD": "CD", "TGO": "TO", "THA": "TH", "TJK": "TI",
    "TKM": "TX", "TLS": "TT", "TON": "TN", "TTO": "TD", "TUN": "TS", "TUR": "TU", "TUV": "TV",
    "TWN": "TW", "TZA": "TZ", "UGA": "UG", "UKR": "UP", "URY": "UY", "USA": "US", "UZB": "UZ",
    "VAT": "VT", "VCT": "VC", "VEN": "VE", "VNM": "VM", "VUT": "NH", "WSM": "WS", "XKX": "KV",
    "YEM": "YM", "ZAF": "SF", "ZMB": "ZA", "ZWE": "ZI",
  ]

  /// Places in the Gaza Strip; any other place of Palestine is in the West Bank.
  static let gaza: Set<String> = [
    "Gaza", "Gaza Strip", "Gaza City", "Rafah", "Khan Younis", "Jabalia", "Deir al-Balah",
    "Beit Hanoun", "Beit Lahia",
  ]

  /// The FIPS code of the country of `place` (its name, for Palestine), or empty when FIPS
  /// has no single code for it.
  static func code(iso3: String, place: String) -> String {
    if iso3 == "PSE" {
      if gaza.contains(place) { return "GZ" }
      return place == "Palestine" || place == "Palestinian territories" ? "" : "WE"
    }
    return fips[iso3] ?? ""
  }
}
