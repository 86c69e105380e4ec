"""Byte-identical output whatever the file-system order, clock, locale, time zone or hash seed.

Two builds of the same archive run in separate processes that differ in everything a
build must not depend on: the site's folder, the order files were created in and their
modification times, the order the file system lists them in, the clock (year 2099), the
locale (Latin-1 when one can be made), the time zone, and ``PYTHONHASHSEED``. The
archive has more meetings than the loader's threshold for parsing in parallel.

The Pagefind search index (``pagefind/``) is left out, as in the golden test: Pagefind's
own output is not byte-identical between runs (``generator/search.py`` says why and
reuses the previous index when the indexed pages did not change).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import FIXTURE, make_site
from test_cli import snapshot as snapshot_all

COPIES = 80
"""Copies of each fixture meeting: 240 meetings, past the 200 at which parsing goes parallel."""

FAKE_WORLD = textwrap.dedent('''
    """Loaded at start-up (sitecustomize): a clock in 2099 and a file system that lists backwards."""
    import datetime, os, time

    _FAKE = 4_070_908_800.0  # 2099-01-01
    time.time = lambda: _FAKE
    time.time_ns = lambda: int(_FAKE * 1e9)

    class _DateTime(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.datetime.fromtimestamp(_FAKE, tz)
        @classmethod
        def utcnow(cls):
            return datetime.datetime.fromtimestamp(_FAKE, datetime.timezone.utc).replace(tzinfo=None)
        @classmethod
        def today(cls):
            return cls.now()

    class _Date(datetime.date):
        @classmethod
        def today(cls):
            return datetime.date(2099, 1, 1)

    datetime.datetime, datetime.date = _DateTime, _Date
    _scandir, _listdir = os.scandir, os.listdir

    class _Backwards:
        def __init__(self, path):
            with _scandir(path) as found:
                self._entries = iter(sorted(found, key=lambda entry: entry.name, reverse=True))
        def __iter__(self):
            return self
        def __next__(self):
            return next(self._entries)
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self.close()
        def close(self):
            pass

    os.scandir = lambda path=".": _Backwards(path)
    os.listdir = lambda path=".": sorted(_listdir(path), reverse=True)
''')
def snapshot(folder: Path) -> dict[str, bytes]:
    """Every output file but Pagefind's index, with its bytes."""
    return {name: data for name, data in snapshot_all(folder).items() if not name.startswith("pagefind/")}


PROBE = ("import json, locale, os, time; print(json.dumps([time.time() > 4e9, locale.getpreferredencoding(False),"
         " hash('readouts'), os.listdir('.')[:3], time.strftime('%z')]))")


def _archive(root: Path, *, backwards: bool) -> Path:
    """A site root holding the fixture archive with many more meetings, files created in either order."""
    site = make_site(root)
    meetings = site / "content" / "meetings"
    texts = {path.relative_to(meetings): path.read_text() for path in sorted(meetings.rglob("*.md"))}
    shutil.rmtree(meetings)
    files: list[tuple[Path, str]] = []
    for copy in range(COPIES):
        for relative, text in texts.items():
            old_id = relative.stem
            new_id = f"{old_id}-{copy}" if copy else old_id
            files.append((meetings / relative.parent / f"{new_id}.md", text.replace(f"id: {old_id}", f"id: {new_id}")))
    for number, (path, text) in enumerate(reversed(files) if backwards else files):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        os.utime(path, (1_000_000 + number * 7919 % 100_000, 1_000_000 + number * 104_729 % 100_000))
    return site


def _latin1_locale(tmp_path: Path) -> dict[str, str]:
    """Environment for a de_DE ISO-8859-1 locale made with localedef, or C when it cannot be made."""
    folder = tmp_path / "locales"
    folder.mkdir()
    made = shutil.which("localedef") and subprocess.run(
        ["localedef", "-i", "de_DE", "-f", "ISO-8859-1", str(folder / "de_DE.ISO-8859-1")],
        capture_output=True, check=False, timeout=120).returncode == 0
    return {"LOCPATH": str(folder), "LC_ALL": "de_DE.ISO-8859-1"} if made else {"LC_ALL": "C"}


def _environments(tmp_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """A plain environment and one that differs in every way a build must ignore."""
    base = {key: value for key, value in os.environ.items()
            if key not in ("LC_ALL", "LANG", "LANGUAGE", "TZ", "PYTHONHASHSEED", "LOCPATH")}
    world = tmp_path / "fake-world"
    world.mkdir()
    (world / "sitecustomize.py").write_text(FAKE_WORLD)
    plain = {**base, "PYTHONHASHSEED": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC"}
    strange = {**base, **_latin1_locale(tmp_path), "PYTHONHASHSEED": "4242", "TZ": "Pacific/Kiritimati",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(world), os.environ.get("PYTHONPATH")]))}
    return plain, strange


def _run(site: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python in ``site`` with ``env``; fail the test on a non-zero exit."""
    result = subprocess.run([sys.executable, *args], cwd=site, env=env, capture_output=True, text=True,
                            timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_output_is_byte_identical_in_any_environment(tmp_path: Path) -> None:
    plain, strange = _environments(tmp_path)
    first = _archive(tmp_path / "a" / "site", backwards=False)
    second = _archive(tmp_path / "b" / "elsewhere", backwards=True)
    seen = [json.loads(_run(site, env, "-c", PROBE).stdout) for site, env in ((first, plain), (second, strange))]
    assert seen[0][0] is False and seen[1][0] is True, "the second process lives in 2099"
    assert seen[0][2] != seen[1][2], "the hash seeds differ"
    assert seen[0][3] != seen[1][3], "the file system lists in another order"
    assert seen[0][4] != seen[1][4], "the time zones differ"
    if strange.get("LOCPATH"):
        assert seen[1][1] == "ISO-8859-1", "the second process runs in a Latin-1 locale"
    for site, env in ((first, plain), (second, strange)):
        _run(site, env, "-m", "generator", "build")
    one, two = snapshot(first / "public"), snapshot(second / "public")
    assert len(one) > COPIES * 3
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert (first / "content" / "urls.txt").read_bytes() == (second / "content" / "urls.txt").read_bytes()


@pytest.mark.parametrize("name", ["officials.yaml", "issues.yaml"])
def test_registry_order_in_the_file_does_not_change_the_output(tmp_path: Path, name: str) -> None:
    plain, _ = _environments(tmp_path)
    first = make_site(tmp_path / "a" / "site")
    second = make_site(tmp_path / "b" / "site")
    lines = (FIXTURE / "content" / name).read_text().splitlines()
    starts = [i for i, line in enumerate(lines) if line and not line.startswith(" ")]
    blocks = ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    assert len(blocks) > 2, "one block per entry"
    (second / "content" / name).write_text("\n".join(reversed(blocks)) + "\n")
    for site in (first, second):
        _run(site, plain, "-m", "generator", "build")
    assert snapshot(first / "public") == snapshot(second / "public")
