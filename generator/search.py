"""The one home of Pagefind: the search page, and a full-text index built over the staged site.

Pagefind (``pagefind[bin]`` on PyPI ships its binary) reads the finished HTML and writes
a static index under ``pagefind/`` that its JavaScript queries in the reader's browser,
so search works on any static host with no server. Meeting pages mark what is indexed
(``data-pagefind-body``) and the facets (``data-pagefind-filter``: official, issue,
country, year, type).

The index is built as a step of the write stage (``steps.py``), before anything is put in
place, so a failed index leaves the previous site untouched. It is split into shards of
``SHARD_SIZE`` meeting pages in permanent order (``pagefind/1/``, ``pagefind/2/``...), which
the search page merges (Pagefind's ``mergeIndex``; the browser loads Pagefind's code once):
Pagefind cannot update an index, so after one edit only that meeting's shard is indexed
again, and new meetings land in the last shard. Which shards changed is known from the
hashes the write stage already has, so the pages of unchanged shards are never read, and
those shards stay in the output as they are (their files join the manifest like any
other). That also keeps them byte-identical: Pagefind's own output is not (filter values
come out in hash order), so a fresh build is equivalent but may differ in byte order.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator import urls
from generator.cache import OutputRecord
from generator.contexts import SearchContext
from generator.errors import SearchError
from generator.pages import PageSpec, Plan, page
from generator.parallel import available_cores
from generator.render import Output
from generator.steps import StagedSite, StepFiles

log = logging.getLogger(__name__)

FACETS = ("official", "issue", "country", "year", "type")
"""The filters meeting pages declare, in the order the search page names them."""
STAMP = "readouts-source.sha256"
"""File in each shard naming the digest of the pages it was built from."""
NOT_FOUND = "Pagefind not found (pip install 'pagefind[bin]'): the site is built without a search index"
SHARD_SIZE = 1000
"""Meeting pages per index shard: smaller shards re-index faster (Pagefind takes 1.25 s for 1,000 pages here,
0.75 s for 500, 0.33 s for 250), more shards cost every reader's first search about eight requests each (the
shard's entry, metadata, five filter files and index chunks; Pagefind's code and WebAssembly load once): at
10,000 meetings, 93 requests and 0.8 MiB with shards of 1,000 pages, 173 and 1.0 to 1.2 MiB with 500, 333 and
1.6 MiB with 250."""
TIMEOUT = 1800
MEMORY_FOLDER = "/dev/shm"
MEMORY_NEEDED = 64 * 1024 * 1024
"""Free space wanted in ``MEMORY_FOLDER`` to write shards there (a shard of 1,000 pages is about 6 MB)."""
_MEETING_PAGE = re.compile(r"^meetings/\d{4}/\d{2}/\d{2}/[a-z0-9]+(?:-[a-z0-9]+)*/index\.html$")
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
    """Files of the site it indexes (``meetings/.../<slug>/index.html``)."""
    digest: str
    """SHA-256 of those pages' paths and hashes and the Pagefind version: equal digests, equal index."""

    @property
    def bundle(self) -> str:
        """The shard's folder in the site: ``pagefind/1/``."""
        return urls.search_bundle(self.number)


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchIndexer:
    """A build step (``write.StagedStep``) making each shard of the search index whose pages changed.

    A shard is known unchanged from the output records alone (no page is read back): its
    stamp names the same digest and its files are still as written. Only the pages of the
    shards to make again are read, by Pagefind, where they are (staged or in the output).
    """

    mirrors: Path | None = None
    """Where each shard's pages are kept hard-linked between builds (``_mirror``); None: a scratch folder each time."""

    def __call__(self, site: StagedSite) -> StepFiles:
        """Make the shards that changed under the staging folder; keep the others as they are."""
        executable = find_pagefind()
        if executable is None:
            log.warning(NOT_FOUND)
            return StepFiles(written=_stand_in(site.staging, urls.search_bundle(1), _NO_PAGEFIND), kept=())
        shards = plan_shards(site.records, _version(executable))
        if not shards:
            return StepFiles(written=_stand_in(site.staging, urls.search_bundle(1), _NOTHING), kept=())
        kept: list[str] = []
        todo: list[Shard] = []
        unchanged_in = site.unchanged([shard.bundle for shard in shards])
        for shard in shards:
            unchanged = unchanged_in[shard.bundle]
            if unchanged is not None and _stamp(site.output_dir / shard.bundle / STAMP) == shard.digest:
                kept += unchanged
            else:
                todo.append(shard)
        made = _index_all(executable, site, todo, self.mirrors)
        return StepFiles(written=made.written, kept=[*kept, *made.kept])


def plan_shards(records: Mapping[str, OutputRecord], version: str) -> list[Shard]:
    """The meeting pages among ``records``, in permanent order, cut into shards of ``SHARD_SIZE``."""
    pages = sorted(relative for relative in records if _MEETING_PAGE.match(relative))
    salt = f"{version}\0{SHARD_SIZE}".encode()
    shards = []
    for number, start in enumerate(range(0, len(pages), SHARD_SIZE), start=1):
        chosen = tuple(pages[start:start + SHARD_SIZE])
        digest = hashlib.sha256(salt)
        for relative in chosen:
            digest.update(f"\0{relative}\0{records[relative].sha}".encode())
        shards.append(Shard(number=number, pages=chosen, digest=digest.hexdigest()))
    return shards


def stand_in_outputs() -> list[Output]:
    """The search bundle of a build without Pagefind: a script saying why there is no search."""
    with tempfile.TemporaryDirectory(prefix="readouts-search-") as folder:
        made = _stand_in(Path(folder), urls.search_bundle(1), _NO_PAGEFIND)
        return [Output(path=relative, data=(Path(folder) / relative).read_bytes(), origin="search")
                for relative in made]


def _stamp(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def _stand_in(root: Path, bundle: str, texts: tuple[str, str]) -> list[str]:
    """A script standing in for Pagefind's interface, saying why there is no search; its files' paths."""
    (root / bundle).mkdir(parents=True, exist_ok=True)
    (root / bundle / "pagefind-ui.js").write_text(_STAND_IN_JS % texts, encoding="utf-8")
    (root / bundle / "pagefind-ui.css").write_text("", encoding="utf-8")
    return [f"{bundle}pagefind-ui.js", f"{bundle}pagefind-ui.css"]


def _version(executable: Path | None) -> str:
    """``pagefind 1.5.2``, or ``none``."""
    if executable is None:
        return "none"
    try:
        done = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=60, check=False)
    except OSError as exc:
        raise SearchError(f"cannot run Pagefind at {executable}: {exc.strerror or exc}") from exc
    return done.stdout.strip() or f"unknown ({executable})"


def _index_all(executable: Path, site: StagedSite, shards: list[Shard], mirrors: Path | None) -> StepFiles:
    """Index the shards, one Pagefind per core at a time; the files written and kept, in shard order.

    Pagefind keeps a little more than one core busy (1.35 s of CPU in 1.2 s for a shard of
    1,000 pages here), so on two cores two shards at once take 30% less time than one after the
    other (4.1 s against 5.9 s for four shards), for about 170 MB more memory while both run.
    The threads only wait on Pagefind's processes; the first failure is raised.
    """
    workers = min(len(shards), available_cores())
    if workers < 2:
        made = [_index(executable, site, shard, mirrors) for shard in shards]
    else:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pagefind") as pool:
            made = list(pool.map(lambda shard: _index(executable, site, shard, mirrors), shards))
    return StepFiles(written=[relative for files in made for relative in files.written],
                     kept=[relative for files in made for relative in files.kept])


def _index(executable: Path, site: StagedSite, shard: Shard, mirrors: Path | None) -> StepFiles:
    """Index the shard's pages into its bundle; stage its files that changed (the stamp among them).
    Raise SearchError with Pagefind's last message."""
    if mirrors is not None:
        made = _index_pages(executable, site, shard, mirrors / str(shard.number))
    else:
        with tempfile.TemporaryDirectory(prefix=".search-", dir=site.staging.parent) as scratch:
            made = _index_pages(executable, site, shard, Path(scratch))
    (site.staging / shard.bundle / STAMP).write_text(shard.digest + "\n", encoding="ascii")
    return StepFiles(written=[*made.written, shard.bundle + STAMP], kept=made.kept)


def _index_pages(executable: Path, site: StagedSite, shard: Shard, folder: Path) -> StepFiles:
    """Run Pagefind on the shard's pages, gathered in ``folder``; the bundle's files written and kept.

    Pagefind reads a folder, not a list, so the pages are hard-linked into a folder of their
    own at their relative paths (which Pagefind turns into the result URLs): the shard's
    mirror, kept from build to build, or a scratch folder. With no last output everything is
    new, and Pagefind writes straight into the staging folder.
    """
    _mirror(site, shard.pages, folder)
    if not site.previous:
        _run(executable, folder, site.staging / shard.bundle)
        return StepFiles(written=_files_under(site.staging / shard.bundle, site.staging), kept=())
    with tempfile.TemporaryDirectory(prefix="readouts-search-", dir=_memory_folder()) as scratch:
        _run(executable, folder, Path(scratch) / shard.bundle)
        return _stage_changed(site, Path(scratch), _files_under(Path(scratch) / shard.bundle, Path(scratch)))


def _stage_changed(site: StagedSite, scratch: Path, files: list[str]) -> StepFiles:
    """Stage the files Pagefind made under ``scratch`` that differ from the last output; keep the others.

    After one edit most of a shard's files come out as they were (a page's fragment is named by
    its content): on this disk, writing all 1,000 and more into the staging folder, reading them
    back and removing the unchanged took as long as Pagefind itself, so it writes to memory
    where it can (``_memory_folder``) and only the few files that changed reach the disk.
    """
    written, kept = [], []
    for relative in files:
        data = (scratch / relative).read_bytes()
        if site.same_as_before(relative, data):
            kept.append(relative)
            continue
        target = site.staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(relative)
    return StepFiles(written=written, kept=kept)


def _memory_folder() -> str | None:
    """A folder in memory with room for a shard or two (Linux's ``/dev/shm``), else None: the temporary folder."""
    try:
        room = os.statvfs(MEMORY_FOLDER)
    except OSError:
        return None
    fits = room.f_bavail * room.f_frsize >= MEMORY_NEEDED and os.access(MEMORY_FOLDER, os.W_OK)
    return MEMORY_FOLDER if fits else None


def _files_under(folder: Path, root: Path) -> list[str]:
    """The files under ``folder``, relative to ``root``, sorted."""
    start = len(os.path.join(root, ""))
    return sorted(os.path.join(parent, name)[start:] for parent, _, names in os.walk(folder) for name in names)


def _mirror(site: StagedSite, pages: Sequence[str], folder: Path) -> None:
    """Make ``folder`` hold exactly ``pages``, each a hard link to the page as it is now (staged or in the output).

    A link still to the same file is left alone, so after one edit one page is linked again
    where the whole shard was linked into a new folder and removed afterwards (at 1,000 pages,
    creating the folders alone took up to a second here). Anything else found is removed.
    """
    start = len(os.path.join(folder, ""))
    present = {os.path.join(parent, name)[start:] for parent, _, names in os.walk(folder) for name in names}
    for stale in present.difference(pages):
        os.unlink(folder / stale)
    folders: set[Path] = set()
    for page_file in pages:
        source, target = site.file(page_file), folder / page_file
        if page_file in present and _same_file(source, target):
            continue
        if page_file in present:
            target.unlink()
        elif target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        _link_or_copy(source, target)


def _same_file(one: Path, other: Path) -> bool:
    """Whether two paths are links to one file."""
    try:
        first, second = os.stat(one), os.stat(other)
    except OSError:
        return False
    return (first.st_ino, first.st_dev) == (second.st_ino, second.st_dev)


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link a file, or copy it where links are impossible (another file system)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _run(executable: Path, scratch: Path, bundle: Path) -> None:
    """Run Pagefind over ``scratch`` into ``bundle``; raise SearchError with its last message."""
    command = [str(executable), "--site", str(scratch), "--output-path", str(bundle), "--quiet"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchError(f"Pagefind could not index the site ({executable}): {exc}; "
                          "the previous output is unchanged") from exc
    if done.returncode != 0 or not (bundle / "pagefind-ui.js").is_file():
        lines = (done.stderr or done.stdout).strip().splitlines() or ["no message"]
        raise SearchError(f"Pagefind failed (exit status {done.returncode}): {lines[-1]}; "
                          "the previous output is unchanged")
