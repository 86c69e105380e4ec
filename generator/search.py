"""The one home of Pagefind: the search page, and a full-text index built over the staged site.

Pagefind (``pagefind[bin]`` on PyPI ships its binary) reads the finished HTML and writes
a static index under ``pagefind/`` that its JavaScript queries in the reader's browser,
so search works on any static host with no server. Meeting pages mark what is indexed
(``data-pagefind-body``) and the facets (``data-pagefind-filter``: official, issue,
country, year, type).

The index is built over the staging folder before it is swapped in, so a failed index
leaves the previous site untouched. Pagefind's output is not byte-identical from run to
run (filter values come out in hash order), so when the indexed pages are unchanged the
previous index is reused, hard-linked, instead of being rebuilt; a fresh build is
equivalent but may differ in byte order.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
from collections.abc import Iterable
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
"""The pages Pagefind reads: meeting pages (the only ones with ``data-pagefind-body``)."""
STAMP = "readouts-source.sha256"
"""File in the bundle naming the digest of the pages it was built from."""
TIMEOUT = 1800
_FALLBACK_JS = """// This build of the archive had no Pagefind binary, so it has no search index.
class PagefindUI {
  constructor(options) {
    const element = document.querySelector(options.element);
    if (element) {
      element.innerHTML = "<p>Search is not available in this copy of the archive: it was built without "
        + "Pagefind. Browse by date, official, issue or country instead.</p>";
    }
  }
  triggerSearch() {}
}
"""


def plan_search_page(plan: Plan) -> PageSpec:
    """The search page at ``search/``."""
    context = SearchContext(site=plan.site, page=page(plan, urls.SEARCH, "Search", section="search"),
                            bundle=urls.PAGEFIND, facets=FACETS)
    return PageSpec(path=urls.SEARCH, template="search.html", context=context, origin="search page")


def find_pagefind() -> Path | None:
    """The Pagefind binary: the one ``pagefind[bin]`` installed, else one on ``PATH``."""
    try:
        import pagefind_bin  # imported here: without it the build still runs, unsearchable

        return Path(pagefind_bin.get_executable())
    except (ImportError, FileNotFoundError):
        found = shutil.which("pagefind")
        return Path(found) if found else None


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchIndexer:
    """Builds (or reuses) the search index of a staged site; handed to ``write_site``."""

    executable: Path | None
    digest: str
    """SHA-256 of the indexed pages and the Pagefind version: equal digests, equal index."""

    def __call__(self, staging: Path, previous: Path) -> None:
        """Put a search bundle under ``staging/pagefind/``."""
        bundle = staging / urls.PAGEFIND
        if self.executable is None:
            bundle.mkdir(parents=True, exist_ok=True)
            (bundle / "pagefind-ui.js").write_text(_FALLBACK_JS, encoding="utf-8")
            (bundle / "pagefind-ui.css").write_text("", encoding="utf-8")
        elif not _reuse(previous / urls.PAGEFIND, bundle, self.digest):
            _run(self.executable, staging)
            (bundle / STAMP).write_text(self.digest + "\n", encoding="ascii")


def search_indexer(outputs: Iterable[Output]) -> SearchIndexer:
    """An indexer for this build's pages; warns once when no Pagefind binary is found."""
    executable = find_pagefind()
    if executable is None:
        log.warning("Pagefind not found (pip install 'pagefind[bin]'): the site is built without a search index")
    digest = hashlib.sha256(_version(executable).encode("utf-8") + b"\0" + GLOB.encode("ascii"))
    for output in sorted((o for o in outputs if _indexed(o.path)), key=lambda o: o.path):
        digest.update(b"\0" + output.path.encode("utf-8") + b"\0" + hashlib.sha256(output.data).digest())
    return SearchIndexer(executable=executable, digest=digest.hexdigest())


def _indexed(site_path: str) -> bool:
    """Whether Pagefind reads this output: a meeting page (``meetings/Y/M/D/slug/``)."""
    return site_path.startswith(urls.MEETINGS) and site_path.endswith("/") and site_path.count("/") == 5


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


def _run(executable: Path, staging: Path) -> None:
    """Run Pagefind over the staged site; raise SearchError with its last message if it fails."""
    command = [str(executable), "--site", str(staging), "--glob", GLOB, "--output-subdir", urls.PAGEFIND.rstrip("/"),
               "--quiet"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchError(f"Pagefind could not index the site ({executable}): {exc}; "
                          "the previous output is unchanged") from exc
    if done.returncode != 0 or not (staging / urls.PAGEFIND / "pagefind-ui.js").is_file():
        lines = (done.stderr or done.stdout).strip().splitlines() or ["no message"]
        raise SearchError(f"Pagefind failed (exit status {done.returncode}): {lines[-1]}; "
                          "the previous output is unchanged")
