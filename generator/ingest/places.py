"""Countries, cities and venues as readouts name them, reduced to the archive's short forms.

The archive writes "City, Country" with short country names ("Republic of Korea",
"United States", "Viet Nam"), so "the Federal Republic of Germany" and "Munich" have to
become "Munich, Germany". The tables are knowledge, not configuration: they change only
when the world does.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# short name: other forms seen in readouts (longest official names first).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Japan": ("Japan",),
    "United States": ("United States of America", "United States", "U.S.A.", "U.S.", "USA", "US"),
    "Republic of Korea": ("Republic of Korea", "ROK", "South Korea", "Korea"),
    "China": ("People's Republic of China", "People’s Republic of China", "PRC", "China"),
    "North Korea": ("Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "DPRK",
                    "North Korea"),
    "Russia": ("Russian Federation", "Russia"),
    "United Kingdom": ("United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "U.K.", "UK",
                       "Britain", "Great Britain"),
    "Germany": ("Federal Republic of Germany", "Germany"),
    "France": ("French Republic", "France"),
    "Italy": ("Italian Republic", "Italy"),
    "Canada": ("Canada",),
    "Australia": ("Commonwealth of Australia", "Australia"),
    "New Zealand": ("New Zealand",),
    "India": ("Republic of India", "India"),
    "Pakistan": ("Islamic Republic of Pakistan", "Pakistan"),
    "Bangladesh": ("People's Republic of Bangladesh", "Bangladesh"),
    "Sri Lanka": ("Democratic Socialist Republic of Sri Lanka", "Sri Lanka"),
    "Viet Nam": ("Socialist Republic of Viet Nam", "Viet Nam", "Vietnam"),
    "Indonesia": ("Republic of Indonesia", "Indonesia"),
    "Philippines": ("Republic of the Philippines", "Philippines"),
    "Thailand": ("Kingdom of Thailand", "Thailand"),
    "Malaysia": ("Malaysia",),
    "Singapore": ("Republic of Singapore", "Singapore"),
    "Cambodia": ("Kingdom of Cambodia", "Cambodia"),
    "Laos": ("Lao People's Democratic Republic", "Lao PDR", "Laos"),
    "Myanmar": ("Republic of the Union of Myanmar", "Myanmar"),
    "Mongolia": ("Mongolia",),
    "Kazakhstan": ("Republic of Kazakhstan", "Kazakhstan"),
    "Uzbekistan": ("Republic of Uzbekistan", "Uzbekistan"),
    "Ukraine": ("Ukraine",),
    "Poland": ("Republic of Poland", "Poland"),
    "Spain": ("Kingdom of Spain", "Spain"),
    "Netherlands": ("Kingdom of the Netherlands", "Netherlands"),
    "Belgium": ("Kingdom of Belgium", "Belgium"),
    "Switzerland": ("Swiss Confederation", "Switzerland"),
    "Austria": ("Republic of Austria", "Austria"),
    "Sweden": ("Kingdom of Sweden", "Sweden"),
    "Finland": ("Republic of Finland", "Finland"),
    "Norway": ("Kingdom of Norway", "Norway"),
    "Denmark": ("Kingdom of Denmark", "Denmark"),
    "Türkiye": ("Republic of Türkiye", "Republic of Turkey", "Türkiye", "Turkey"),
    "Israel": ("State of Israel", "Israel"),
    "Palestine": ("Palestinian Authority", "Palestine"),
    "Iran": ("Islamic Republic of Iran", "Iran"),
    "Iraq": ("Republic of Iraq", "Iraq"),
    "Saudi Arabia": ("Kingdom of Saudi Arabia", "Saudi Arabia"),
    "United Arab Emirates": ("United Arab Emirates", "UAE"),
    "Qatar": ("State of Qatar", "Qatar"),
    "Kuwait": ("State of Kuwait", "Kuwait"),
    "Jordan": ("Hashemite Kingdom of Jordan", "Jordan"),
    "Egypt": ("Arab Republic of Egypt", "Egypt"),
    "South Africa": ("Republic of South Africa", "South Africa"),
    "Kenya": ("Republic of Kenya", "Kenya"),
    "Nigeria": ("Federal Republic of Nigeria", "Nigeria"),
    "Ethiopia": ("Federal Democratic Republic of Ethiopia", "Ethiopia"),
    "Brazil": ("Federative Republic of Brazil", "Brazil"),
    "Mexico": ("United Mexican States", "Mexico"),
    "Argentina": ("Argentine Republic", "Argentina"),
    "Chile": ("Republic of Chile", "Chile"),
    "Peru": ("Republic of Peru", "Peru"),
    "Colombia": ("Republic of Colombia", "Colombia"),
    "Papua New Guinea": ("Independent State of Papua New Guinea", "Papua New Guinea", "PNG"),
    "Fiji": ("Republic of Fiji", "Fiji"), "Samoa": ("Independent State of Samoa", "Samoa"),
    "Tonga": ("Kingdom of Tonga", "Tonga"), "Palau": ("Republic of Palau", "Palau"),
    "Nepal": ("Nepal",), "Bhutan": ("Kingdom of Bhutan", "Bhutan"), "Maldives": ("Republic of Maldives", "Maldives"),
    "Afghanistan": ("Afghanistan",), "Oman": ("Sultanate of Oman", "Oman"),
    "Bahrain": ("Kingdom of Bahrain", "Bahrain"), "Lebanon": ("Lebanese Republic", "Lebanon"),
    "Morocco": ("Kingdom of Morocco", "Morocco"), "Algeria": ("Algeria",), "Tunisia": ("Tunisia",),
    "Ghana": ("Republic of Ghana", "Ghana"), "Senegal": ("Republic of Senegal", "Senegal"),
    "Tanzania": ("United Republic of Tanzania", "Tanzania"), "Uganda": ("Republic of Uganda", "Uganda"),
    "Rwanda": ("Republic of Rwanda", "Rwanda"), "Angola": ("Republic of Angola", "Angola"),
    "Mozambique": ("Republic of Mozambique", "Mozambique"), "Cuba": ("Republic of Cuba", "Cuba"),
    "Venezuela": ("Venezuela",), "Ecuador": ("Republic of Ecuador", "Ecuador"),
    "Uruguay": ("Oriental Republic of Uruguay", "Uruguay"), "Paraguay": ("Republic of Paraguay", "Paraguay"),
    "Panama": ("Republic of Panama", "Panama"), "Portugal": ("Portuguese Republic", "Portugal"),
    "Greece": ("Hellenic Republic", "Greece"), "Ireland": ("Ireland",), "Czechia": ("Czech Republic", "Czechia"),
    "Hungary": ("Hungary",), "Romania": ("Romania",), "Bulgaria": ("Republic of Bulgaria", "Bulgaria"),
    "Serbia": ("Republic of Serbia", "Serbia"), "Croatia": ("Republic of Croatia", "Croatia"),
    "Estonia": ("Republic of Estonia", "Estonia"), "Latvia": ("Republic of Latvia", "Latvia"),
    "Lithuania": ("Republic of Lithuania", "Lithuania"), "Georgia": ("Georgia",),
    "Armenia": ("Republic of Armenia", "Armenia"), "Azerbaijan": ("Republic of Azerbaijan", "Azerbaijan"),
    "Kyrgyzstan": ("Kyrgyz Republic", "Kyrgyzstan"), "Tajikistan": ("Republic of Tajikistan", "Tajikistan"),
    "Turkmenistan": ("Turkmenistan",), "Brunei": ("Brunei Darussalam", "Brunei"),
    "Timor-Leste": ("Democratic Republic of Timor-Leste", "Timor-Leste"), "Iceland": ("Iceland",),
    "Luxembourg": ("Grand Duchy of Luxembourg", "Luxembourg"), "Cyprus": ("Republic of Cyprus", "Cyprus"),
    "Albania": ("Republic of Albania", "Albania"), "Andorra": ("Principality of Andorra", "Andorra"),
    "Antigua and Barbuda": ("Antigua and Barbuda",), "Bahamas": ("Commonwealth of The Bahamas", "Bahamas"),
    "Barbados": ("Barbados",), "Belarus": ("Republic of Belarus", "Belarus"), "Belize": ("Belize",),
    "Benin": ("Republic of Benin", "Benin"), "Bolivia": ("Plurinational State of Bolivia", "Bolivia"),
    "Bosnia and Herzegovina": ("Bosnia and Herzegovina",), "Botswana": ("Republic of Botswana", "Botswana"),
    "Burkina Faso": ("Burkina Faso",), "Burundi": ("Republic of Burundi", "Burundi"),
    "Cabo Verde": ("Republic of Cabo Verde", "Cabo Verde", "Cape Verde"),
    "Cameroon": ("Republic of Cameroon", "Cameroon"), "Central African Republic": ("Central African Republic",),
    "Chad": ("Republic of Chad",), "Comoros": ("Union of the Comoros", "Comoros"),
    "Democratic Republic of the Congo": ("Democratic Republic of the Congo", "DR Congo", "DRC"),
    "Republic of the Congo": ("Republic of the Congo",), "Costa Rica": ("Republic of Costa Rica", "Costa Rica"),
    "Côte d'Ivoire": ("Republic of Côte d'Ivoire", "Republic of Côte d’Ivoire", "Côte d'Ivoire", "Côte d’Ivoire",
                      "Cote d'Ivoire", "Cote d’Ivoire"),
    "Djibouti": ("Republic of Djibouti", "Djibouti"), "Dominica": ("Commonwealth of Dominica", "Dominica"),
    "Dominican Republic": ("Dominican Republic",), "El Salvador": ("Republic of El Salvador", "El Salvador"),
    "Equatorial Guinea": ("Republic of Equatorial Guinea", "Equatorial Guinea"),
    "Eritrea": ("State of Eritrea", "Eritrea"),
    "Eswatini": ("Kingdom of Eswatini", "Eswatini", "Swaziland"), "Gabon": ("Gabonese Republic", "Gabon"),
    "Gambia": ("Republic of The Gambia", "The Gambia", "Gambia"), "Grenada": ("Grenada",),
    "Guatemala": ("Republic of Guatemala", "Guatemala"),
    "Guinea-Bissau": ("Republic of Guinea-Bissau", "Guinea-Bissau"),
    "Guinea": ("Republic of Guinea", "Guinea"), "Guyana": ("Co-operative Republic of Guyana", "Guyana"),
    "Haiti": ("Republic of Haiti", "Haiti"), "Honduras": ("Republic of Honduras", "Honduras"),
    "Jamaica": ("Jamaica",), "Kiribati": ("Republic of Kiribati", "Kiribati"),
    "Kosovo": ("Republic of Kosovo", "Kosovo"), "Lesotho": ("Kingdom of Lesotho", "Lesotho"),
    "Liberia": ("Republic of Liberia", "Liberia"), "Libya": ("State of Libya", "Libya"),
    "Liechtenstein": ("Principality of Liechtenstein", "Liechtenstein"),
    "Madagascar": ("Republic of Madagascar", "Madagascar"), "Malawi": ("Republic of Malawi", "Malawi"),
    "Mali": ("Republic of Mali", "Mali"), "Malta": ("Republic of Malta", "Malta"),
    "Marshall Islands": ("Republic of the Marshall Islands", "Marshall Islands"),
    "Mauritania": ("Islamic Republic of Mauritania", "Mauritania"),
    "Mauritius": ("Republic of Mauritius", "Mauritius"),
    "Micronesia": ("Federated States of Micronesia", "Micronesia"), "Moldova": ("Republic of Moldova", "Moldova"),
    "Monaco": ("Principality of Monaco", "Monaco"), "Montenegro": ("Montenegro",),
    "Namibia": ("Republic of Namibia", "Namibia"), "Nauru": ("Republic of Nauru", "Nauru"),
    "Nicaragua": ("Republic of Nicaragua", "Nicaragua"),
    "Niger": ("Republic of the Niger", "Republic of Niger", "Niger"),
    "North Macedonia": ("Republic of North Macedonia", "North Macedonia"),
    "Saint Kitts and Nevis": ("Saint Kitts and Nevis",), "Saint Lucia": ("Saint Lucia",),
    "Saint Vincent and the Grenadines": ("Saint Vincent and the Grenadines",),
    "San Marino": ("Republic of San Marino", "San Marino"),
    "Sao Tome and Principe": ("Democratic Republic of Sao Tome and Principe", "Sao Tome and Principe",
                              "São Tomé and Príncipe"),
    "Seychelles": ("Republic of Seychelles", "Seychelles"),
    "Sierra Leone": ("Republic of Sierra Leone", "Sierra Leone"),
    "Slovakia": ("Slovak Republic", "Slovakia"), "Slovenia": ("Republic of Slovenia", "Slovenia"),
    "Solomon Islands": ("Solomon Islands",), "Somalia": ("Federal Republic of Somalia", "Somalia"),
    "South Sudan": ("Republic of South Sudan", "South Sudan"), "Sudan": ("Republic of the Sudan", "Sudan"),
    "Suriname": ("Republic of Suriname", "Suriname"), "Syria": ("Syrian Arab Republic", "Syria"),
    "Togo": ("Togolese Republic", "Togo"),
    "Trinidad and Tobago": ("Republic of Trinidad and Tobago", "Trinidad and Tobago"),
    "Tuvalu": ("Tuvalu",), "Vanuatu": ("Republic of Vanuatu", "Vanuatu"), "Yemen": ("Republic of Yemen", "Yemen"),
    "Zambia": ("Republic of Zambia", "Zambia"), "Zimbabwe": ("Republic of Zimbabwe", "Zimbabwe"),
}
CITIES: dict[str, str] = {
    "Tokyo": "Japan", "Osaka": "Japan", "Kyoto": "Japan", "Hiroshima": "Japan", "Nagoya": "Japan",
    "Karuizawa": "Japan", "Yokohama": "Japan", "Sapporo": "Japan", "Fukuoka": "Japan", "Ise-Shima": "Japan",
    "Washington, D.C.": "United States", "Washington D.C.": "United States", "Washington": "United States",
    "New York": "United States", "San Francisco": "United States", "Los Angeles": "United States",
    "Honolulu": "United States", "Seoul": "Republic of Korea", "Busan": "Republic of Korea",
    "Beijing": "China", "Shanghai": "China", "Moscow": "Russia", "Vladivostok": "Russia", "Sochi": "Russia",
    "London": "United Kingdom", "Berlin": "Germany", "Munich": "Germany", "Hamburg": "Germany",
    "Bonn": "Germany", "Paris": "France", "Rome": "Italy", "Brussels": "Belgium", "Geneva": "Switzerland",
    "Davos": "Switzerland", "Vienna": "Austria", "Madrid": "Spain", "The Hague": "Netherlands",
    "Amsterdam": "Netherlands", "Stockholm": "Sweden", "Helsinki": "Finland", "Oslo": "Norway",
    "Copenhagen": "Denmark", "Warsaw": "Poland", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Ankara": "Türkiye",
    "Istanbul": "Türkiye", "Ottawa": "Canada", "Toronto": "Canada", "Vancouver": "Canada",
    "Canberra": "Australia", "Sydney": "Australia", "Melbourne": "Australia", "Wellington": "New Zealand",
    "Auckland": "New Zealand", "New Delhi": "India", "Delhi": "India", "Mumbai": "India",
    "Islamabad": "Pakistan", "Dhaka": "Bangladesh", "Colombo": "Sri Lanka", "Hanoi": "Viet Nam",
    "Ho Chi Minh City": "Viet Nam", "Ha Noi": "Viet Nam", "Da Nang": "Viet Nam", "Jakarta": "Indonesia",
    "Bali": "Indonesia",
    "Manila": "Philippines", "Bangkok": "Thailand", "Kuala Lumpur": "Malaysia", "Phnom Penh": "Cambodia",
    "Vientiane": "Laos", "Yangon": "Myanmar", "Naypyidaw": "Myanmar", "Nay Pyi Taw": "Myanmar",
    "Ulaanbaatar": "Mongolia", "Astana": "Kazakhstan", "Tashkent": "Uzbekistan", "Jerusalem": "Israel",
    "Tel Aviv": "Israel", "Tehran": "Iran", "Baghdad": "Iraq", "Riyadh": "Saudi Arabia",
    "Jeddah": "Saudi Arabia", "Abu Dhabi": "United Arab Emirates", "Dubai": "United Arab Emirates",
    "Doha": "Qatar", "Amman": "Jordan", "Cairo": "Egypt", "Nairobi": "Kenya", "Addis Ababa": "Ethiopia",
    "Pretoria": "South Africa", "Johannesburg": "South Africa", "Brasilia": "Brazil",
    "Rio de Janeiro": "Brazil", "Mexico City": "Mexico", "Buenos Aires": "Argentina", "Santiago": "Chile",
    "Lima": "Peru", "Bogota": "Colombia", "Vilnius": "Lithuania", "Port Moresby": "Papua New Guinea",
    "Suva": "Fiji", "Kathmandu": "Nepal", "Lisbon": "Portugal", "Athens": "Greece", "Dublin": "Ireland",
    "Prague": "Czechia", "Budapest": "Hungary", "Bucharest": "Romania", "Kobe": "Japan", "Sendai": "Japan",
    "Nagasaki": "Japan", "Naha": "Japan", "Niigata": "Japan", "Brasília": "Brazil", "Sao Paulo": "Brazil",
    "Bogotá": "Colombia", "Medellín": "Colombia", "Reykjavík": "Iceland", "Malé": "Maldives",
    "São Paulo": "Brazil", "Montevideo": "Uruguay", "Asuncion": "Paraguay", "Asunción": "Paraguay",
    "Quito": "Ecuador", "Havana": "Cuba", "Panama City": "Panama", "Muscat": "Oman", "Manama": "Bahrain",
    "Kuwait City": "Kuwait", "Beirut": "Lebanon", "Rabat": "Morocco", "Algiers": "Algeria", "Tunis": "Tunisia",
    "Abuja": "Nigeria", "Accra": "Ghana", "Dakar": "Senegal", "Dar es Salaam": "Tanzania", "Kampala": "Uganda",
    "Kigali": "Rwanda", "Luanda": "Angola", "Maputo": "Mozambique", "Belgrade": "Serbia", "Zagreb": "Croatia",
    "Sofia": "Bulgaria", "Tallinn": "Estonia", "Riga": "Latvia", "Tbilisi": "Georgia", "Yerevan": "Armenia",
    "Baku": "Azerbaijan", "Bishkek": "Kyrgyzstan", "Dushanbe": "Tajikistan", "Ashgabat": "Turkmenistan",
    "Samarkand": "Uzbekistan", "Bandar Seri Begawan": "Brunei", "Dili": "Timor-Leste", "Reykjavik": "Iceland",
    "Nicosia": "Cyprus", "Thimphu": "Bhutan", "Male": "Maldives", "Kabul": "Afghanistan", "Nuku'alofa": "Tonga",
    "Apia": "Samoa", "Koror": "Palau", "Perth": "Australia", "Brisbane": "Australia", "Adelaide": "Australia",
    "Chicago": "United States", "Boston": "United States", "Houston": "United States", "Seattle": "United States",
    "Cebu": "Philippines", "Siem Reap": "Cambodia", "Luang Prabang": "Laos", "Penang": "Malaysia",
    "Labuan Bajo": "Indonesia", "Bogor": "Indonesia", "Incheon": "Republic of Korea", "Jeju": "Republic of Korea",
    "Hong Kong": "China", "Tianjin": "China", "Hangzhou": "China", "Chengdu": "China", "Nanjing": "China",
    "St. Petersburg": "Russia", "Saint Petersburg": "Russia", "Frankfurt": "Germany", "Milan": "Italy",
    "Naples": "Italy", "Barcelona": "Spain", "Marseille": "France", "Strasbourg": "France",
    "Edinburgh": "United Kingdom", "Cancun": "Mexico", "Osaka-Kansai": "Japan", "Singapore": "Singapore",
    "Ramallah": "Palestine", "Chisinau": "Moldova", "Bratislava": "Slovakia", "Ljubljana": "Slovenia",
    "Valletta": "Malta", "Minsk": "Belarus", "Tirana": "Albania", "Sarajevo": "Bosnia and Herzegovina",
    "Skopje": "North Macedonia", "Podgorica": "Montenegro", "Pristina": "Kosovo", "Port Louis": "Mauritius",
    "Windhoek": "Namibia", "Gaborone": "Botswana", "Lusaka": "Zambia", "Harare": "Zimbabwe", "Lilongwe": "Malawi",
    "Antananarivo": "Madagascar", "Khartoum": "Sudan", "Juba": "South Sudan", "Mogadishu": "Somalia",
    "Asmara": "Eritrea", "Kinshasa": "Democratic Republic of the Congo", "Brazzaville": "Republic of the Congo",
    "Yaoundé": "Cameroon", "Yaounde": "Cameroon", "Libreville": "Gabon", "Lomé": "Togo", "Lome": "Togo",
    "Cotonou": "Benin", "Abidjan": "Côte d'Ivoire", "Bamako": "Mali", "Niamey": "Niger",
    "Ouagadougou": "Burkina Faso", "Nouakchott": "Mauritania", "Conakry": "Guinea", "Freetown": "Sierra Leone",
    "Monrovia": "Liberia", "N'Djamena": "Chad", "Damascus": "Syria", "Sanaa": "Yemen", "La Paz": "Bolivia",
    "Guatemala City": "Guatemala", "Tegucigalpa": "Honduras", "San Salvador": "El Salvador", "Managua": "Nicaragua",
    "Port-au-Prince": "Haiti", "Santo Domingo": "Dominican Republic", "Port of Spain": "Trinidad and Tobago",
    "Paramaribo": "Suriname", "Nassau": "Bahamas", "Bridgetown": "Barbados", "Port Vila": "Vanuatu",
    "Honiara": "Solomon Islands", "Majuro": "Marshall Islands", "Tarawa": "Kiribati", "Funafuti": "Tuvalu",
}
VENUES: dict[str, str] = {
    "United Nations General Assembly": "New York", "UN General Assembly": "New York", "UNGA": "New York",
    "United Nations Headquarters": "New York", "UN Headquarters": "New York",
    "permanent representative to the United Nations": "New York",
    "Permanent Mission of Japan to the United Nations": "New York",
    "Munich Security Conference": "Munich", "Iikura House": "Tokyo", "Iikura Guest House": "Tokyo",
    "Prime Minister's Office": "Tokyo", "Prime Minister’s Office": "Tokyo", "Kantei": "Tokyo",
    "Prime Minister's Official Residence": "Tokyo", "Prime Minister’s Official Residence": "Tokyo",
    "Foreign & Commonwealth Office": "London", "Foreign and Commonwealth Office": "London",
    "State Department": "Washington, D.C.", "at the Department of State": "Washington, D.C.",
    "White House": "Washington, D.C.",
    "Downing Street": "London", "Tower of London": "London", "Lancaster House": "London",
    "Akasaka Palace": "Tokyo", "Kyoto State Guest House": "Kyoto", "Ministry of Foreign Affairs of Japan": "Tokyo",
    "Federal Foreign Office": "Berlin", "Federal Chancellery of Germany": "Berlin", "Quai d'Orsay": "Paris",
    "Quai d’Orsay": "Paris", "Élysée Palace": "Paris", "Elysee Palace": "Paris", "Kremlin": "Moscow",
    "Great Hall of the People": "Beijing", "Diaoyutai State Guesthouse": "Beijing", "Zhongnanhai": "Beijing",
    "Blue House": "Seoul", "Cheong Wa Dae": "Seoul", "Palais des Nations": "Geneva",
    "Hyderabad House": "New Delhi", "Rashtrapati Bhavan": "New Delhi", "Malacañang Palace": "Manila",
    "Malacanang Palace": "Manila", "Palazzo Chigi": "Rome", "Farnesina": "Rome", "Villa Madama": "Rome",
    "Itamaraty Palace": "Brasilia", "Casa Rosada": "Buenos Aires", "Shangri-La Dialogue": "Singapore",
    "Raisina Dialogue": "New Delhi", "Pentagon": "Washington, D.C.", "Blair House": "Washington, D.C.",
    "ASEAN Secretariat": "Jakarta", "Malacañan Palace": "Manila", "Malacanan Palace": "Manila",
    "Parliament Hill": "Ottawa", "Rideau Hall": "Ottawa", "Parliament House, Canberra": "Canberra",
    "Lodge, Canberra": "Canberra", "Government House, Wellington": "Wellington", "NATO Headquarters": "Brussels",
    "NATO HQ": "Brussels", "Berlaymont": "Brussels", "Europa building": "Brussels",
}
CAPITALS: dict[str, str] = {
    "Japan": "Tokyo", "United States": "Washington, D.C.", "Republic of Korea": "Seoul", "China": "Beijing",
    "Russia": "Moscow", "United Kingdom": "London", "Germany": "Berlin", "France": "Paris", "Italy": "Rome",
    "Canada": "Ottawa", "Australia": "Canberra", "New Zealand": "Wellington", "India": "New Delhi",
    "Pakistan": "Islamabad", "Bangladesh": "Dhaka", "Viet Nam": "Hanoi", "Indonesia": "Jakarta",
    "Philippines": "Manila", "Thailand": "Bangkok", "Malaysia": "Kuala Lumpur", "Cambodia": "Phnom Penh",
    "Laos": "Vientiane", "Mongolia": "Ulaanbaatar", "Kazakhstan": "Astana", "Uzbekistan": "Tashkent",
    "Ukraine": "Kyiv", "Poland": "Warsaw", "Spain": "Madrid", "Belgium": "Brussels", "Austria": "Vienna",
    "Sweden": "Stockholm", "Finland": "Helsinki", "Norway": "Oslo", "Denmark": "Copenhagen", "Türkiye": "Ankara",
    "Iran": "Tehran", "Iraq": "Baghdad", "Saudi Arabia": "Riyadh", "United Arab Emirates": "Abu Dhabi",
    "Qatar": "Doha", "Jordan": "Amman", "Egypt": "Cairo", "Kenya": "Nairobi", "Ethiopia": "Addis Ababa",
    "Brazil": "Brasilia", "Mexico": "Mexico City", "Argentina": "Buenos Aires", "Chile": "Santiago",
    "Peru": "Lima", "Colombia": "Bogota", "Myanmar": "Naypyidaw", "Israel": "Jerusalem",
}
"""The capital a readout means by "the Japanese capital" or, of the country visited, "the capital"."""
_REGIONS: dict[str, tuple[str, ...]] = {
    "Australia": ("New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia", "Tasmania",
                  "Northern Territory", "Australian Capital Territory"),
    "Canada": ("Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
               "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "Yukon", "Nunavut"),
    "United States": (
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
        "Virginia", "West Virginia", "Wisconsin", "Wyoming"),
    "India": ("Gujarat", "Maharashtra", "Tamil Nadu", "Karnataka", "Kerala", "Uttar Pradesh", "West Bengal",
              "Rajasthan", "Assam", "Goa", "Telangana", "Andhra Pradesh", "Odisha", "Punjab", "Bihar"),
    "United Kingdom": ("England", "Scotland", "Wales", "Northern Ireland"),
}
REGIONS: dict[str, str] = {region: country for country, names in _REGIONS.items() for region in names}
"""States and provinces that follow a town too small for the table of cities ("Queenscliff, Victoria"), with
their country: the place is in that country."""
DEMONYMS: dict[str, str] = {
    "Japanese": "Japan", "U.S.": "United States", "American": "United States", "Korean": "Republic of Korea",
    "Chinese": "China", "Russian": "Russia", "British": "United Kingdom", "U.K.": "United Kingdom",
    "German": "Germany", "French": "France", "Italian": "Italy", "Australian": "Australia",
    "Indian": "India", "Vietnamese": "Viet Nam", "Iranian": "Iran", "Israeli": "Israel",
    "Brazilian": "Brazil", "Canadian": "Canada", "Saudi": "Saudi Arabia", "Indonesian": "Indonesia",
}

_ALIAS_TO_SHORT = {alias.lower(): short for short, aliases in COUNTRIES.items() for alias in aliases}
_ALIASES_LONGEST_FIRST = sorted((a for aliases in COUNTRIES.values() for a in aliases), key=len, reverse=True)
_COUNTRY_RE = re.compile(r"\b(?:the\s+)?(" + "|".join(map(re.escape, _ALIASES_LONGEST_FIRST)) + r")(?![\w-])")
ALSO_PERSONAL_NAMES = frozenset({"costa", "vincent", "lucia", "salvador", "marshall", "solomon", "marino", "leone",
                                 "kitts", "grenada", "niger", "mali", "federated", "central", "african", "islands",
                                 "sierra", "trinidad", "verde", "cabo", "dominica", "dominican",
                                 "tome", "principe", "equatorial", "louis", "paz", "la", "santo", "domingo"})
"""Words of the country and city names added for the rest of the world that are also people's names or common
words ("Costa", "Vincent", "Louis"): they stay usable in names."""
PLACE_WORDS = frozenset(
    word for name in (*_ALIAS_TO_SHORT, *(d.lower() for d in DEMONYMS))
    for word in re.split(r"[\s,]+", name) if word and word not in {"of", "the", "and"}
) - ALSO_PERSONAL_NAMES
"""Lower-cased words of country names and demonyms, which a person's name is not made of."""


def country_of(text: str) -> str | None:
    """The short name of a country named in ``text`` ("the Republic of Korea (ROK)" -> "Republic of Korea")."""
    match = _COUNTRY_RE.search(text)
    return _ALIAS_TO_SHORT[match.group(1).lower()] if match else None


def countries_in(text: str) -> list[str]:
    """The short names of every country named in ``text``, in order, each once."""
    return list(dict.fromkeys(_ALIAS_TO_SHORT[match.group(1).lower()] for match in _COUNTRY_RE.finditer(text)))


def country_at(text: str) -> str | None:
    """The short name when ``text`` starts with a country name, else None."""
    match = _COUNTRY_RE.match(text.strip())
    return _ALIAS_TO_SHORT[match.group(1).lower()] if match else None


def region_at(text: str) -> str | None:
    """The country of a state or province ``text`` starts with ("Victoria, for ..." -> "Australia"), else None."""
    stripped = text.strip()
    return next((country for region, country in REGIONS.items()
                 if stripped.startswith(region) and not stripped[len(region):len(region) + 1].isalnum()), None)


def demonym_country(word: str) -> str | None:
    """The country of an adjective such as "Japanese" or "U.S."."""
    return DEMONYMS.get(word)


_CITIES_LONGEST_FIRST = sorted(CITIES, key=len, reverse=True)


def city_at(text: str) -> str | None:
    """The city a text starts with, from the known cities ("New York, the United States" -> "New York")."""
    stripped = text.strip()
    for city in _CITIES_LONGEST_FIRST:
        if stripped.startswith(city) and not stripped[len(city):len(city) + 1].isalnum():
            return city
    return None


_SPELLINGS = {"Ha Noi": "Hanoi", "Washington": "Washington, D.C.", "Washington D.C.": "Washington, D.C.",
              "Washington DC": "Washington, D.C.", "Washington, DC": "Washington, D.C."}
"""A city's other spelling, as its own government writes it ("Ha Noi"), or a shorter form ("Washington"), and the
one the archive uses, so one city is one place."""


def format_location(city: str | None, country: str | None) -> str | None:
    """"City, Country", or whichever part is known."""
    city = _SPELLINGS.get(city, city) if city else city
    if city and not country:
        country = CITIES.get(city)
    if city and country and city != country:
        return f"{city}, {country}"
    if city and country:
        return city  # a city-state: "Singapore"
    return city or country
