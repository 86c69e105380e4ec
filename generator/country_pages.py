"""Plan the countries index and one page (or several) per country taking part in meetings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from generator import urls
from generator.contexts import CountriesContext, CountryContext, CountryHeading, Crumb, FeedLink, Pagination, Period
from generator.countries import CountryProfile
from generator.pages import PageSpec, Plan, page, paginate


def plan_countries(plan: Plan) -> Iterator[PageSpec]:
    """The countries index, then each country's pages, by name."""
    profiles = sorted(plan.archive.countries.values(), key=lambda p: (p.country.name.casefold(), p.country.id))
    yield PageSpec(path=urls.COUNTRIES, template="countries.html", origin="countries index",
                   context=CountriesContext(site=plan.site, countries=tuple(map(country_heading, profiles)),
                                            page=page(plan, urls.COUNTRIES, "Countries", section="countries")))
    for profile in profiles:
        yield from _country_pages(plan, profile)


def country_heading(profile: CountryProfile) -> CountryHeading:
    """A country's profile as its pages and the index show it: its meetings counted, not listed (see
    ``OfficialHeading``)."""
    return CountryHeading(country=profile.country, meeting_count=len(profile.meetings), officials=profile.officials,
                          partners=profile.partners, issues=profile.issues)


def _country_pages(plan: Plan, profile: CountryProfile) -> Iterator[PageSpec]:
    """One country's meetings, newest first, split into pages like every other list."""
    path = urls.country_path(profile.country)
    summaries = [plan.summaries[m.id] for m in profile.meetings]
    years = Counter(m.date.year for m in profile.meetings)
    feed = FeedLink(title=f"Meetings with {profile.country.name}", path=urls.feed_of(path))
    crumbs = (Crumb(label="Countries", path=urls.COUNTRIES),)
    size = plan.config.page_size
    periods = tuple(Period(label=str(y), path=urls.year_path(y), count=n)
                    for y, n in sorted(years.items(), reverse=True))
    heading = country_heading(profile)
    for page_path, pagination in paginate(summaries, path, size):
        start = (pagination.number - 1) * size
        yield PageSpec(path=page_path, template="country.html", origin=f"country {profile.country.id}",
                       context=CountryContext(
                           site=plan.site,
                           page=page(plan, page_path, _title(profile.country.name, pagination), section="countries",
                                     crumbs=crumbs, feed=feed),
                           profile=heading,
                           meetings=tuple(summaries[start:start + size]),
                           pagination=pagination,
                           years=periods))


def _title(name: str, pagination: Pagination) -> str:
    """``Name (page 2 of 5)`` beyond the first page, as the other lists title their pages."""
    return name if pagination.number == 1 else f"{name} (page {pagination.number} of {pagination.count})"
