"""The one module that composes the stages: load, index, plan, render, write."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from generator.archive import Archive, build_archive
from generator.cache import BuildCache, OutputRecord, ParseMemo, StateMemo
from generator.changes import Stock, others_fingerprint, take_stock
from generator.config import CONFIG_FILE, SiteConfig
from generator.content import MeetingMemo, ParseCache, load_content
from generator.country_pages import plan_countries
from generator.exports import render_exports
from generator.feeds import plan_feeds, plan_furniture
from generator.fingerprint import combine
from generator.ledger import LedgerCheck, compare_ledger, permanent_urls, read_ledger, record_ledger
from generator.models import Meeting
from generator.pages import Planned, make_plan, plan_pages
from generator.parallel import Started, available_cores
from generator.redirects import plan_redirects
from generator.related import Recall
from generator.render import Output, TemplatesMemo, environment, render_page
from generator.search import NOT_FOUND as SEARCH_NOT_FOUND
from generator.search import SearchIndexer, find_pagefind, plan_search_page, stand_in_outputs
from generator.steps import StagedStep
from generator.transaction import remove
from generator.urls import Urls
from generator.write import Ahead, Producer, WriteReport, check_outputs, outputs_intact, start_files, write_site

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class SitePlan:
    """Every output of a build, planned and checked against the URL ledger; nothing rendered yet."""

    archive: Archive
    pages: tuple[Planned, ...]
    feeds: tuple[Planned, ...]
    specs: tuple[Planned, ...]
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


@dataclass(frozen=True, slots=True)
class BuildMemory:
    """What a process that builds again and again into an output folder of its own (the dev server) keeps in
    memory from one build for the next: the parsed files and the meetings, which it would otherwise read
    back from the disk cache and validate again (0.2 s each at 10,000 meetings), the build state (not read
    back while the state file is the one it wrote) and the compiled templates (0.07 s to compile). Everything
    else is made afresh."""

    parsed: ParseMemo = field(default_factory=ParseMemo)
    meetings: MeetingMemo = field(default_factory=MeetingMemo)
    state: StateMemo = field(default_factory=StateMemo)
    templates: TemplatesMemo = field(default_factory=TemplatesMemo)


def plan_site(config: SiteConfig, *, parse: ParseCache | None = None,  # noqa: PLR0913 - keyword-only
              indexed: Callable[[Archive], None] | None = None, memo: MeetingMemo | None = None,
              recall: Recall | None = None) -> SitePlan:
    """Load, index and plan the whole site; raise on any content problem or dropped permalink.

    ``indexed`` is called with the archive as soon as it is indexed, before the pages are planned.
    ``parse``, ``memo`` and ``recall`` are the build cache's: what earlier builds worked out.
    """
    with _phase("load"):
        content = load_content(config.content_dir, parse=parse, memo=memo)
    with _phase("index"):
        archive = build_archive(content, recall)
    if indexed is not None:
        indexed(archive)
    reader_plan = make_plan(archive, config)
    pages = (*plan_pages(reader_plan), *plan_countries(reader_plan), plan_search_page(reader_plan))
    feeds = tuple(plan_feeds(archive, config))
    furniture = tuple(plan_furniture([spec.path for spec in pages], config))
    redirects = plan_redirects(archive, config, (*pages, *feeds, *furniture))
    specs = (*pages, *feeds, *furniture, *redirects)
    published = permanent_urls(archive, {spec.path for spec in specs})
    ledger = compare_ledger(read_ledger(config.content_dir), published, archive)
    return SitePlan(archive=archive, pages=pages, feeds=feeds, specs=specs, ledger=ledger)


def build_site(config: SiteConfig, *, clean: bool = False, record_urls: bool = True,  # noqa: PLR0913
               pages_first: Callable[[], None] | None = None, memory: BuildMemory | None = None,
               retain: list[object] | None = None) -> BuildReport:
    """Plan, render and write the whole site, then record new permalinks; on any error the old output stays.

    ``record_urls=False`` is for previews (the dev server): a page seen only there was never
    published, so it must not enter the URL ledger, though dropping a ledger URL still fails.
    ``pages_first`` (the dev server's too) puts the pages in place before the exports and the search
    index are made again, and is called in between (see ``write_site``); ``memory``, what it keeps
    between builds. ``retain``: a list the build's records are added to instead of being freed as it
    returns, for a caller about to exit (``cli.run``).
    """
    start = time.monotonic()
    with _phase("scan"):
        cache = BuildCache(config.cache_dir, config.output_dir, clean=clean,
                           memo=memory.parsed if memory is not None else None,
                           kept=memory.state if memory is not None else None)
        inputs = cache.scan(input_roots(config), f"{config!r} record_urls={record_urls}")
        last = cache.last_report(inputs, config.output_dir)
        previous = cache.outputs(config.output_dir)
    if isinstance(last, BuildReport) and previous and outputs_intact(config.output_dir, previous):
        if retain is not None:
            retain += (cache, previous)
        return dataclasses.replace(last, written=0, removed=0, new_urls=0, seconds=time.monotonic() - start)
    site_key = combine(cache.code, repr(config), inputs.templates)
    checking = check_outputs(config.output_dir, previous, available_cores()) if previous and memory is None else None
    altered: list[frozenset[str] | None] = []
    started: list[Ahead] = []
    stock: list[Stock] = []
    exports_ahead = pages_first is None or not previous  # else they follow the pages (``write_site``)

    def indexed(archive: Archive) -> None:
        """Once the archive is indexed: what changed, and the exports started when they go first."""
        stock.append(take_stock(archive, inputs.files, config.content_dir, site_key, cache.last_readouts()))
        changed = stock[0].changed
        if changed is None:
            log.debug("more than readouts changed: every output is checked")
        else:
            log.debug("only the readouts of %d meetings changed (%d titles among them): outputs showing none of "
                      "them are reused", len(changed), len(stock[0].retitled or ()))
        altered.append(checking.result() if checking is not None else None)
        if exports_ahead:
            started.extend(_start_exports(archive, config, previous, site_key, stock[0], altered[0]))

    with _collector_paused() if previous else contextlib.nullcontext():  # the whole of a build that reuses
        try:
            with _phase("plan"), _collector_paused():
                site = plan_site(config, parse=cache.parse, recall=cache.recall, indexed=indexed,
                                 memo=memory.meetings if memory is not None and not clean else None)
            _warn_unlinked(site.archive.meetings)
            env = environment(config.templates_dir, Urls(config.base_url),
                              combine(inputs.templates, str(config.templates_dir), config.base_url),
                              memory.templates if memory is not None else None, cache.compiled_templates())
            producer = Producer(render=partial(render_page, env=env), previous=previous, workers=available_cores(),
                                site_key=site_key, numbers=stock[0].numbers, changed=stock[0].changed,
                                retitled=stock[0].retitled, altered=altered[0],
                                files=partial(render_exports, site.archive, config))
            bundle, step = _search_parts(config, clean=clean)
            with _phase("render and write"):
                written = write_site((*site.specs, *bundle), config.static_dir, config.output_dir, step=step,
                                     producer=producer, ahead=started[0] if started else None,
                                     pages_first=pages_first)
        finally:
            _stop(checking, *started)
        added = record_ledger(site.ledger) if record_urls else 0
        report = _report(site, written, config, start, added)
        readouts = stock[0].readouts
        if added and site.ledger.ledger.path:
            inputs = cache.rescan(inputs, input_roots(config), f"{config!r} record_urls={record_urls}",
                                  [site.ledger.ledger.path])
            readouts = dataclasses.replace(
                readouts, others=others_fingerprint(site.archive, inputs.files, config.content_dir, site_key))
        with _phase("save the cache"):
            cache.save(inputs=inputs, output_dir=config.output_dir, outputs=written.records, report=report,
                       readouts=readouts)
        if retain is not None:
            retain += (cache, previous, site, env, producer, written, stock, inputs)
    return report


def _warn_unlinked(meetings: Iterable[Meeting]) -> None:
    """One line for every relative link dropped from a readout; ``readouts check`` names each."""
    dropped = [meeting for meeting in meetings if meeting.unlinked]
    if dropped:
        links = sum(len(meeting.unlinked) for meeting in dropped)
        log.warning("%d relative link%s in %d readout%s shown as plain text: with no source url there is "
                    "nothing to resolve them against (`readouts check` lists them)",
                    links, "" if links == 1 else "s", len(dropped), "" if len(dropped) == 1 else "s")


def _start_exports(archive: Archive, config: SiteConfig, previous: Mapping[str, OutputRecord] | None,  # noqa: PLR0913
                   site_key: str, stock: Stock, altered: frozenset[str] | None) -> list[Ahead]:
    """The exports (JSON, CSV, citation files), started on another core while the pages are planned."""
    producer = Producer(previous=previous, workers=available_cores(), site_key=site_key, numbers=stock.numbers,
                        changed=stock.changed, retitled=stock.retitled, altered=altered,
                        files=partial(render_exports, archive, config))
    ahead = start_files(config.output_dir, producer, len(archive.meetings))
    return [ahead] if ahead is not None else []


def _stop(*tasks: Started[frozenset[str]] | Ahead | None) -> None:
    """End the check of the last output and the exports if they are still running: that happens only when
    loading or planning failed (else the build collected them). Safe to call twice."""
    for task in tasks:
        if task is not None:
            task.stop()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading, indexing and planning make millions of small records and no garbage cycles: the cycle
    collector finds nothing in them, yet walks them all again each time enough have accumulated (half a
    second at 10,000 meetings). It is paused meanwhile (a forked child keeps it paused), then resumed.

    A build that reuses the last output renders few pages and makes little garbage after planning, yet
    the first full collection after the render workers walks the whole plan again (a quarter of a
    second): the collector stays paused to the end of such a build, and the dev server collects between
    builds. A first build renders every page: there it runs (the garbage would add a quarter to memory)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _phase(name: str) -> Iterator[None]:
    """Log how long a stage took (``readouts --debug build`` shows it), to see where a build's time goes."""
    start = time.monotonic()
    yield
    log.debug("%s: %.2fs", name, time.monotonic() - start)


def input_roots(config: SiteConfig) -> dict[str, Path]:
    """Every file a build reads, by folder: what the cache's input fingerprint covers."""
    return {"content": config.content_dir, "templates": config.templates_dir, "static": config.static_dir,
            "config": config.root / CONFIG_FILE}


def _search_parts(config: SiteConfig, *, clean: bool) -> tuple[tuple[Output, ...], StagedStep | None]:
    """With Pagefind, the write step that indexes the meeting pages that changed (each shard's pages kept
    linked beside the output, ``.public.search/``, made afresh by ``--clean``); without it, its stand-in bundle
    as plain outputs."""
    if find_pagefind() is not None:
        mirrors = config.output_dir.with_name(f".{config.output_dir.name}.search")
        if clean:
            remove(mirrors)
        return (), SearchIndexer(mirrors=mirrors)
    log.warning(SEARCH_NOT_FOUND)
    return tuple(stand_in_outputs()), None


def _report(site: SitePlan, written: WriteReport, config: SiteConfig, start: float, added: int) -> BuildReport:
    """The one line the CLI prints, as a record."""
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
