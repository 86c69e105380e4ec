"""Which country chaired ASEAN, the G7, the G20 and APEC in which year.

Data only, read by ``years``: "Singapore, which holds the ASEAN Chairmanship this year"
dates a readout with no year to 2018, as "this year marks the 50th anniversary of ..."
does through ``relations``. Years are from the groupings' public records (the ASEAN
Secretariat's list of chairs, the G7 and G20 presidencies, APEC's host economies); Russia's
suspended G8 presidency of 2014 is left out. A wrong or missing row costs evidence, never a
wrong date without a review note: an inferred year is always noted for review.
"""

from __future__ import annotations

_BY_YEAR: dict[str, dict[int, str]] = {
    "ASEAN": {
        2008: "Singapore", 2009: "Thailand", 2010: "Viet Nam", 2011: "Indonesia", 2012: "Cambodia", 2013: "Brunei",
        2014: "Myanmar", 2015: "Malaysia", 2016: "Laos", 2017: "Philippines", 2018: "Singapore", 2019: "Thailand",
        2020: "Viet Nam", 2021: "Brunei", 2022: "Cambodia", 2023: "Indonesia", 2024: "Laos", 2025: "Malaysia",
        2026: "Philippines",
    },
    "G7": {
        2008: "Japan", 2009: "Italy", 2010: "Canada", 2011: "France", 2012: "United States", 2013: "United Kingdom",
        2015: "Germany", 2016: "Japan", 2017: "Italy", 2018: "Canada", 2019: "France", 2020: "United States",
        2021: "United Kingdom", 2022: "Germany", 2023: "Japan", 2024: "Italy", 2025: "Canada", 2026: "France",
    },
    "G20": {
        2009: "United Kingdom", 2010: "Republic of Korea", 2011: "France", 2012: "Mexico", 2013: "Russia",
        2014: "Australia", 2015: "Türkiye", 2016: "China", 2017: "Germany", 2018: "Argentina", 2019: "Japan",
        2020: "Saudi Arabia", 2021: "Italy", 2022: "Indonesia", 2023: "India", 2024: "Brazil", 2025: "South Africa",
        2026: "United States",
    },
    "APEC": {
        2010: "Japan", 2011: "United States", 2012: "Russia", 2013: "Indonesia", 2014: "China", 2015: "Philippines",
        2016: "Peru", 2017: "Viet Nam", 2018: "Papua New Guinea", 2019: "Chile", 2020: "Malaysia",
        2021: "New Zealand", 2022: "Thailand", 2023: "United States", 2024: "Peru", 2025: "Republic of Korea",
        2026: "China",
    },
}
_ALSO = {"G8": "G7"}
"""The G8 of 2008-2013 is the G7's line of presidencies."""


def chaired(grouping: str, country: str) -> tuple[int, ...]:
    """The years ``country`` chaired ``grouping`` ("ASEAN", "G7" or "G8", "G20", "APEC"), oldest first."""
    years = _BY_YEAR.get(_ALSO.get(grouping, grouping), {})
    return tuple(year for year, chair in years.items() if chair == country)
