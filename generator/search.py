"""The one home of Pagefind: the search page, and a full-text index built over the staged site.

Pagefind (``pagefind[bin]`` on PyPI ships its binary) reads the finished HTML and writes
a static index under ``pagefind/`` that its JavaScript queries in the reader's browser,
so search works on any static host with no server. Meeting pages mark what is indexed
(``data-pagefind-body``) and the facets (``data-pagefind-filter``: official, issue,
country, year, type).

The index is built over the staging folder before it is swapped in, so a failed index
leaves the previous site untouched. It is split into shards of ``SHARD_SIZE`` meeting
pages in permanent order (``pagefind/1/``, ``pagefind/2/``...), which the search page
merges (Pagefind's ``mergeIndex``; the browser loads Pagefind's code once): Pagefind cannot
update an index, so after one edit only that meeting's shard is indexed again, and new
meetings land in the last shard. A shard whose pages are unchanged is reused, hard-linked
from the previous output. That also keeps unchanged shards byte-identical: Pagefind's own
output is not (filter values come out in hash order), so a fresh build is equivalent but
may differ in byte order.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator import urls
from generator.contexts import SearchContext
from generator.errors import SearchError
from generator.pages import PageSpec, Plan, page
from generator.render import Output

log = logging.getLogger(__name__)

FACETS = ("official", "issue", "country", "year", "type")
"""The filters meeting pages declare, in the order the search page names them."""
GLOB = "meetings/*/*/*/*/index.html"
"""Where meeting pages are in a site (a few paged month lists match too; ``search_indexer`` drops them)."""
STAMP = "readouts-source.sha256"
"""File in each shard naming the digest of the pages it was built from."""
SHARD_SIZE = 2000
"""Meeting pages per index shard: smaller shards re-index faster, more shards cost the reader requests."""
TIMEOUT = 1800
_MEETING_PAGE = re.compile(r"^meetings/\d{4}/\d{2}/\d{2}/[a-z0-9]+(?:-[a-z0-9]+)*/$")
_STAND_IN_JS = """// %s
class PagefindUI {
  constructor(options) {
    const element = document.querySelector(options.element);
    if (element) {
      element.innerHTML = "<p>%s</p>";
    }
  }
  triggerSearch() {}
}
"""
_NO_PAGEFIND = ("This build of the archive had no Pagefind binary, so it has no search index.",
                "Search is not available in this copy of the archive: it was built without Pagefind. "
                "Browse by date, official, issue or country instead.")
_NOTHING = ("The archive has no meetings yet, so there is nothing to index.", "There is nothing to search yet.")


def plan_search_page(plan: Plan) -> PageSpec:
    """The search page at ``search/``."""
    bundles = tuple(urls.search_bundle(n) for n in range(1, shard_count(len(plan.archive.meetings)) + 1))
    context = SearchContext(site=plan.site, page=page(plan, urls.SEARCH, "Search", section="search"),
                            bundle=bundles[0], merge=bundles[1:], facets=FACETS)
    return PageSpec(path=urls.SEARCH, template="search.html", context=context, origin="search page")


def find_pagefind() -> Path | None:
    """The Pagefind binary: the one ``pagefind[bin]`` installed, else one on ``PATH``."""
    try:
        import pagefind_bin  # imported here: without it the build still runs, unsearchable

        return Path(pagefind_bin.get_executable())
    except (ImportError, FileNotFoundError):
        found = shutil.which("pagefind")
        return Path(found) if found else None


def shard_count(meetings: int) -> int:
    """How many index shards ``meetings`` meeting pages make (one at least)."""
    return max(1, -(-meetings // SHARD_SIZE))


@dataclass(frozen=True, slots=True, kw_only=True)
class Shard:
    """One part of the search index: consecutive meeting pages in permanent order."""

    number: int
    pages: tuple[str, ...]
    """Files of the staged site it indexes (``meetings/.../<slug>/index.html``)."""
    digest: str
    """SHA-256 of those pages and the Pagefind version: equal digests, equal index."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchIndexer:
    """Builds (or reuses) each shard of the search index of a staged site; handed to ``write_site``."""

    executable: Path | None
    digest: str
    """SHA-256 over every shard's digest."""
    shards: tuple[Shard, ...] = ()

    def __call__(self, staging: Path, previous: Path) -> None:
        """Put the search bundles under ``staging/pagefind/``."""
        if self.executable is None or not any(shard.pages for shard in self.shards):
            _stand_in(staging / urls.search_bundle(1), _NO_PAGEFIND if self.executable is None else _NOTHING)
            return
        for shard in self.shards:
            bundle = staging / urls.search_bundle(shard.number)
            if not _reuse(previous / urls.search_bundle(shard.number), bundle, shard.digest):
                _run(self.executable, staging, shard.pages, bundle)
                (bundle / STAMP).write_text(shard.digest + "\n", encoding="ascii")


def search_indexer(outputs: Iterable[Output]) -> SearchIndexer:
    """An indexer for this build's meeting pages (outputs of other pages are ignored); warns without Pagefind."""
    executable = find_pagefind()
    if executable is None:
        log.warning("Pagefind not found (pip install 'pagefind[bin]'): the site is built without a search index")
    version = _version(executable).encode("utf-8")
    pages = sorted((o for o in outputs if _MEETING_PAGE.match(o.path)), key=lambda o: o.path)
    shards = tuple(_shard(number, pages[(number - 1) * SHARD_SIZE:number * SHARD_SIZE], version)
                   for number in range(1, shard_count(len(pages)) + 1))
    whole = hashlib.sha256(b"".join(shard.digest.encode("ascii") for shard in shards)).hexdigest()
    return SearchIndexer(executable=executable, digest=whole, shards=shards)


def _shard(number: int, pages: Sequence[Output], version: bytes) -> Shard:
    """A shard of ``pages`` (in permanent order: their paths sort by date, then id)."""
    digest = hashlib.sha256(version + b"\0" + str(SHARD_SIZE).encode("ascii"))
    for output in pages:
        digest.update(b"\0" + output.path.encode("utf-8") + b"\0" + hashlib.sha256(output.data).digest())
    return Shard(number=number, pages=tuple(str(urls.output_file(o.path)) for o in pages), digest=digest.hexdigest())


def _stand_in(bundle: Path, texts: tuple[str, str]) -> None:
    """A script standing in for Pagefind's interface, saying why there is no search."""
    bundle.mkdir(parents=True, exist_ok=True)
    (bundle / "pagefind-ui.js").write_text(_STAND_IN_JS % texts, encoding="utf-8")
    (bundle / "pagefind-ui.css").write_text("", encoding="utf-8")


def _version(executable: Path | None) -> str:
    """``pagefind 1.5.2``, or ``none``."""
    if executable is None:
        return "none"
    try:
        done = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=60, check=False)
    except OSError as exc:
        raise SearchError(f"cannot run Pagefind at {executable}: {exc.strerror or exc}") from exc
    return done.stdout.strip() or f"unknown ({executable})"


def _reuse(previous: Path, bundle: Path, digest: str) -> bool:
    """Hard-link the previous index into the staged site when it was built from the same pages."""
    try:
        if (previous / STAMP).read_text(encoding="ascii").strip() != digest:
            return False
        shutil.copytree(previous, bundle, copy_function=_link_or_copy)
    except OSError:
        shutil.rmtree(bundle, ignore_errors=True)
        return False
    return True


def _link_or_copy(source: str, target: str) -> None:
    """Hard-link a file, or copy it where links are impossible (another file system)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _run(executable: Path, staging: Path, pages: Sequence[str], bundle: Path) -> None:
    """Index ``pages`` of the staged site into ``bundle``; raise SearchError with Pagefind's last message.

    Pagefind reads a folder, not a list, so the shard's pages are hard-linked into a scratch
    folder at the same relative paths (which Pagefind turns into the result URLs).
    """
    with tempfile.TemporaryDirectory(prefix=".search-", dir=staging.parent) as scratch:
        for page_file in pages:
            (Path(scratch) / page_file).parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(str(staging / page_file), str(Path(scratch) / page_file))
        command = [str(executable), "--site", scratch, "--output-path", str(bundle), "--quiet"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SearchError(f"Pagefind could not index the site ({executable}): {exc}; "
                              "the previous output is unchanged") from exc
    if done.returncode != 0 or not (bundle / "pagefind-ui.js").is_file():
        lines = (done.stderr or done.stdout).strip().splitlines() or ["no message"]
        raise SearchError(f"Pagefind failed (exit status {done.returncode}): {lines[-1]}; "
                          "the previous output is unchanged")
