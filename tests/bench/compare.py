#!/usr/bin/env python3
"""Compare two checkouts of the generator build by build, in one sitting: the evidence for a change.

On a shared or drifting machine two benchmark runs an hour apart differ by more than most
changes do (this project's machine built the same archive with Hugo in 5.6 s one hour and
11.9 s the next). So this script builds one archive twice, a copy per checkout, and times
the same change made to both, alternately, pair after pair (the side that goes first
alternates too); it reports every pair and their means and medians.

    git worktree add /tmp/before <commit>
    .venv/bin/python tests/bench/compare.py --before /tmp/before --size 10000 --pairs 8
    .venv/bin/python tests/bench/compare.py --before /tmp/before --change title

``--after`` defaults to this checkout. Each copy is first built cold by its own code (that
pair is reported too, once). ``--change`` is what each timed build follows: ``readout`` (a
sentence added to one meeting's readout, the default), ``title`` (one meeting's title
changed) or ``none`` (a rebuild with nothing changed). Sites go in ``--work`` (default
``bench-out/``) as ``compare-SIZE-before`` and ``compare-SIZE-after``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from run import (
    PROJECT,
    Run,
    build_environment,
    edit_body,
    edit_title,
    fresh,
    machine,
    revision,
    settle,
    site_root,
    timed,
)

SIDES = ("before", "after")
CHANGES: dict[str, Callable[[Path, int], None]] = {
    "readout": edit_body,
    "title": edit_title,
    "none": lambda path, number: None,
}


def main() -> None:
    args = _arguments()
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    projects = {"before": Path(args.before).resolve(), "after": Path(args.after).resolve()}
    print(machine())
    for side in SIDES:
        print(f"{side}: {projects[side]} ({revision(projects[side])})")
    roots = {side: site_root(args.size, work, projects[side], f"compare-{args.size}-{side}") for side in SIDES}
    envs = {side: build_environment(str(projects[side])) for side in SIDES}
    build = [sys.executable, "-m", "generator", "build"]
    print(f"\n== {args.size} meetings, cold builds (--clean, empty output), once each")
    for side in SIDES:
        fresh(roots[side])
        settle()
        _line(side, timed([*build, "--clean"], roots[side], envs[side]))
    meeting = sorted((roots["before"] / "content" / "meetings").rglob("*.md"))[args.size // 2].relative_to(
        roots["before"])
    print(f"\n== {args.pairs} pairs, each build after: {args.change} ({meeting})")
    times: dict[str, list[float]] = {side: [] for side in SIDES}
    for number in range(1, args.pairs + 1):
        for side in SIDES if number % 2 else reversed(SIDES):
            CHANGES[args.change](roots[side] / meeting, number)
            settle()
            run = timed(build, roots[side], envs[side])
            times[side].append(run.seconds)
            _line(side, run, number)
    print()
    for side in SIDES:
        print(f"{side:>6}: {_summary(times[side])}")
    gains = [b - a for b, a in zip(times["before"], times["after"], strict=True)]
    print(f"before - after, pair by pair: median {statistics.median(gains):+.3f}s, "
          f"{sum(gain > 0 for gain in gains)} of {len(gains)} pairs faster after")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, help="the checkout of the generator before the change")
    parser.add_argument("--after", default=str(PROJECT), help="the checkout after it (default: this one)")
    parser.add_argument("--size", type=int, default=10000, help="meetings in the archive")
    parser.add_argument("--pairs", type=int, default=8, help="timed builds of each checkout")
    parser.add_argument("--change", choices=sorted(CHANGES), default="readout", help="what each build follows")
    parser.add_argument("--work", default=str(PROJECT / "bench-out"), help="where corpora and sites go")
    return parser.parse_args()


def _line(side: str, run: Run, number: int | None = None) -> None:
    pair = f"pair {number:>2} " if number is not None else ""
    print(f"  {pair}{side:<6} {run.seconds:7.3f}s  cpu {run.cpu:6.2f}s (system {run.system:5.2f}s)  "
          f"| {run.output.splitlines()[-1] if run.output else ''}")


def _summary(seconds: Sequence[float]) -> str:
    return (f"mean {statistics.mean(seconds):.3f}s, median {statistics.median(seconds):.3f}s, "
            f"{min(seconds):.3f} to {max(seconds):.3f}s")


if __name__ == "__main__":
    main()
