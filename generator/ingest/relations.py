"""The year Japan established diplomatic relations with the countries whose anniversaries readouts mark.

Data only, read by ``years``: "this year marks the 50th anniversary of the establishment of
diplomatic relations between Japan and Mongolia" dates a readout to 1972 + 50. Years are from
public records (the Ministry of Foreign Affairs' country pages); the countries whose first
relations are counted from more than one treaty are left out. Like the terms of office, a
wrong or missing row costs evidence, never a wrong date without a review note. The Republic
of Korea (1965) and China (1972) are dated by "normalization" in ``years`` itself.
"""

from __future__ import annotations

ESTABLISHED: dict[str, int] = {
    "Argentina": 1898, "Austria": 1869, "Bahrain": 1972, "Bangladesh": 1972, "Belgium": 1866, "Brazil": 1895,
    "Brunei": 1984, "Cambodia": 1953, "Canada": 1928, "Chile": 1897, "Denmark": 1867, "Egypt": 1922,
    "Finland": 1919, "France": 1858, "Germany": 1861, "Hungary": 1869, "India": 1952, "Indonesia": 1958,
    "Iran": 1929, "Israel": 1952, "Italy": 1866, "Kazakhstan": 1992, "Kuwait": 1961, "Laos": 1955,
    "Malaysia": 1957, "Mexico": 1888, "Mongolia": 1972, "Myanmar": 1954, "Nepal": 1956, "New Zealand": 1952,
    "Oman": 1972, "Pakistan": 1952, "Peru": 1873, "Philippines": 1956, "Poland": 1919, "Portugal": 1860,
    "Qatar": 1972, "Saudi Arabia": 1955, "Singapore": 1966, "Spain": 1868, "Sri Lanka": 1952, "Sweden": 1868,
    "Switzerland": 1864, "Thailand": 1887, "Timor-Leste": 2002, "Türkiye": 1924, "Ukraine": 1992,
    "United Arab Emirates": 1972, "United Kingdom": 1858, "Uzbekistan": 1992, "Viet Nam": 1973,
}
RESTORED: dict[str, int] = {"Hungary": 1959, "Poland": 1957, "Russia": 1956}
"""The year relations broken by the war were restored ("the 65th anniversary of the restoration of diplomatic
relations between Japan and Poland" is 1957 + 65); the Soviet-Japanese Joint Declaration restored Russia's."""
