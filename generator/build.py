"""The one module that composes the stages: load, index, plan, render, write."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from generator.archive import Archive, build_archive
from generator.config import SiteConfig
from generator.content import load_content
from generator.country_pages import plan_countries
from generator.exports import render_exports
from generator.feeds import plan_feeds, plan_furniture
from generator.ledger import LedgerCheck, compare_ledger, permanent_urls, read_ledger, record_ledger
from generator.pages import PageSpec, make_plan, plan_pages
from generator.redirects import plan_redirects
from generator.render import make_environment, render_all
from generator.search import plan_search_page, search_indexer
from generator.urls import Urls
from generator.write import write_site

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class SitePlan:
    """Every output of a build, planned and checked against the URL ledger; nothing rendered yet."""

    archive: Archive
    pages: tuple[PageSpec, ...]
    feeds: tuple[PageSpec, ...]
    specs: tuple[PageSpec, ...]
    """Everything to render: pages, feeds, furniture and redirect pages."""
    ledger: LedgerCheck


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildReport:
    """What a build made, for the one line the CLI prints."""

    meetings: int
    pages: int
    feeds: int
    files: int
    written: int
    removed: int
    output_dir: Path
    seconds: float
    new_urls: int = 0
    """Permanent addresses published for the first time, now recorded in the URL ledger."""
    ledger: Path | None = None


def plan_site(config: SiteConfig) -> SitePlan:
    """Load, index and plan the whole site; raise on any content problem or dropped permalink."""
    content = load_content(config.content_dir)
    archive = build_archive(content)
    reader_plan = make_plan(archive, config)
    pages = (*plan_pages(archive, config), *plan_countries(reader_plan), plan_search_page(reader_plan))
    feeds = tuple(plan_feeds(archive, config))
    furniture = tuple(plan_furniture([spec.path for spec in pages], config))
    redirects = plan_redirects(archive, config, (*pages, *feeds, *furniture))
    specs = (*pages, *feeds, *furniture, *redirects)
    published = permanent_urls(archive, {spec.path for spec in specs})
    ledger = compare_ledger(read_ledger(config.content_dir), published, archive)
    return SitePlan(archive=archive, pages=pages, feeds=feeds, specs=specs, ledger=ledger)


def build_site(config: SiteConfig, *, clean: bool = False, record_urls: bool = True) -> BuildReport:
    """Plan, render and write the whole site, then record new permalinks; on any error the old output stays.

    ``record_urls=False`` is for previews (the dev server): a page seen only there was never
    published, so it must not enter the URL ledger, though dropping a ledger URL still fails.
    """
    start = time.monotonic()
    site = plan_site(config)
    env = make_environment(config.templates_dir, Urls(config.base_url))
    outputs = (*render_all(site.specs, env), *render_exports(site.archive, config))
    written = write_site(outputs, config.static_dir, config.output_dir, before_swap=search_indexer(outputs))
    added = record_ledger(site.ledger) if record_urls else 0
    return BuildReport(
        meetings=len(site.archive.meetings),
        pages=len(site.pages),
        feeds=len(site.feeds),
        files=written.files,
        written=written.written,
        removed=written.removed,
        output_dir=config.output_dir,
        seconds=time.monotonic() - start,
        new_urls=added,
        ledger=site.ledger.ledger.path,
    )
