"""Every kind of bad input is refused through the CLI with one line naming the file and line.

Each case breaks a copy of the fixture archive after a good build, runs ``readouts build``
and checks: exit status 1, exactly the expected ``Error:`` line, no traceback, and the
previous ``public/`` and URL ledger byte for byte as they were.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import MEETING_FILE, error_lines, run_cli, snapshot

M = MEETING_FILE
OFFICIALS = "content/officials.yaml"
Edit = Callable[[Path], None]


def replace(path: str, old: str, new: str) -> Edit:
    """An edit replacing ``old`` (which must be there) with ``new`` in one file of the site.

    Lone surrogates in ``new`` become raw bytes (``"\\udcf8"`` is the byte 0xf8), for text that is not UTF-8.
    """
    def edit(root: Path) -> None:
        text = (root / path).read_text(encoding="utf-8")
        assert old in text, old
        (root / path).write_bytes(text.replace(old, new, 1).encode("utf-8", "surrogateescape"))
    return edit


def write(path: str, data: bytes) -> Edit:
    """An edit writing ``data`` as the whole of one file of the site."""
    def edit(root: Path) -> None:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
    return edit


def copy(path: str, to: str) -> Edit:
    """An edit copying one file of the site to another place."""
    def edit(root: Path) -> None:
        (root / to).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(root / path, root / to)
    return edit


CASES: dict[str, tuple[Edit, str]] = {
    "malformed YAML": (
        replace(M, "title: Japan-Norway Foreign Ministers' Meeting", "title: [Japan, Norway"),
        f"{M}:4: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on "
        "line 3)"),
    "front matter not a mapping": (
        write(M, b"---\n- a list\n- not a mapping\n---\nText.\n"),
        f"{M}:2: must be a YAML mapping of keys to values, not a list"),
    "no front matter": (write(M, b"Just a readout.\n"), f"{M}:1: has no front matter: the first line must be '---'"),
    "front matter not closed": (
        write(M, b"---\nid: x\ntitle: y\n"), f"{M}:1: front matter is not closed: add a line '---' after it"),
    "missing field": (
        replace(M, "title: Japan-Norway Foreign Ministers' Meeting\n", ""), f"{M}:1: missing required key 'title'"),
    "mistyped field": (
        replace(M, "duration_minutes: 45", "duration_minutes: forty-five"),
        f"{M}:7: 'duration_minutes' must be a whole number from 1 to 10080, not 'forty-five'"),
    "time YAML reads as a number": (
        replace(M, "time: '16:30'", "time: 16:30"),
        f"{M}:5: 'time' must be quoted, as in time: \"12:05\" (YAML read it as a number)"),
    "impossible date": (
        replace(M, "date: 2019-11-04", "date: 2019-02-30"),
        f"{M}:4: '2019-02-30' is not a real date or time (day is out of range for month)"),
    "impossible quoted date": (
        replace(M, "date: 2019-11-04", "date: '2019-13-04'"),
        f"{M}:4: 'date' must be a real date written YYYY-MM-DD, not '2019-13-04'"),
    "unknown key": (replace(M, "review: []", "reviw: []"), f"{M}:25: unknown key 'reviw'; did you mean 'review'?"),
    "unknown participant": (
        replace(M, "official: aiko-tanaka", "official: aiko-tanka"),
        f"{M}:11: unknown official 'aiko-tanka'; did you mean 'aiko-tanaka'? (officials are listed in "
        "officials.yaml)"),
    "unknown official mentioned": (
        replace(M, "- jon-park", "- jon-parks"), f"{M}:16: unknown official 'jon-parks'; did you mean 'jon-park'?"),
    "unknown issue": (replace(M, "- arctic", "- arctik"), f"{M}:18: unknown issue 'arctik'; did you mean 'arctic'?"),
    "duplicate meeting id": (
        copy(M, "content/meetings/2018/2019-11-04-japan-norway-foreign-ministers-meeting.md"),
        f"{M}:1: duplicate meeting id '2019-11-04-japan-norway-foreign-ministers-meeting', also used by "
        "content/meetings/2018/2019-11-04-japan-norway-foreign-ministers-meeting.md"),
    "id climbing out of the output": (
        replace(M, "id: 2019-11-04-japan-norway-foreign-ministers-meeting", "id: ../../../../tmp/evil"),
        f"{M}:2: id '../../../../tmp/evil' must be YYYY-MM-DD- then lowercase words joined by hyphens, such as "
        "2018-06-14-japan-us-foreign-ministers-meeting"),
    "official id climbing out of the output": (
        replace(OFFICIALS, "jon-park:", "../../../tmp/evil:"),
        f"{OFFICIALS}:16: id '../../../tmp/evil' must be lowercase letters, digits and single hyphens"),
    "alias climbing out of the output": (
        replace(M, "review: []", "review: []\naliases: ['/../../../tmp/evil.html']"),
        f"{M}:26: alias '/../../../tmp/evil.html' must be a site path such as '/2018/06/old-page.html' (letters, "
        "digits, . _ ~ - and /, no ..)"),
    "alias over a real page": (
        replace(M, "review: []", "review: []\naliases: ['/officials/']"),
        f"{M}:26: alias '/officials/' is the address of officials index; an alias must be an old address that "
        "no page of the site uses"),
    "alias under a file": (
        replace(M, "review: []", "review: []\naliases: ['/feed.xml/old.html']"),
        f"{M}:26: alias '/feed.xml/old.html' would need a file and a folder at the same place as another page; "
        "an alias must be an old address that no page of the site uses"),
    "javascript: source url": (
        replace(M, "  publisher: Ministry", "  url: javascript:alert(1)\n  publisher: Ministry"),
        f"{M}:21: source url 'javascript:alert(1)' must be a full http:// or https:// address without "
        "spaces, quotes or angle brackets (percent-encode them)"),
    "source url breaking out of its attribute": (
        replace(M, "  publisher: Ministry", "  url: 'https://example.org/\"><script>alert(1)</script>'\n  "
                "publisher: Ministry"),
        f"{M}:21: source url 'https://example.org/\"><script>alert(1)</script>' must be a full http:// or "
        "https:// address without spaces, quotes or angle brackets (percent-encode them)"),
    "non-UTF-8 bytes": (
        replace(M, "location: Oslo, Norway", "location: Osl\udcf8"),
        f"{M}:8: is not valid UTF-8 (byte 0xf8); save it as UTF-8"),
    "empty file": (write(M, b""), f"{M}:1: is empty; a meeting file starts with '---' front matter"),
    "blank file": (write(M, b" \n\n"), f"{M}:1: is empty; a meeting file starts with '---' front matter"),
    "binary file": (
        write(M, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        f"{M}:3: looks like a binary file (it contains NUL bytes); expected UTF-8 text"),
    "YAML nested too deep for libyaml": (
        replace(M, "section: Japan-Norway Relations", "section: " + "[" * 30_000),
        f"{M}:10: YAML nests lists and mappings more than 100 deep"),
    "Markdown nested too deep to render": (
        replace(M, "1. The two ministers confirmed", "- " * 2000 + "Deep.\n\n1. The two ministers confirmed"),
        f"{M}:27: the readout nests lists too deeply to render (hundreds of '- ' in a row); flatten them"),
    "control character in YAML": (
        replace(M, "section: Japan-Norway Relations", "section: Japan\x7fNorway"),
        f"{M}:10: invalid YAML: control characters are not allowed (U+007F)"),
    "unknown key in officials.yaml": (
        replace(OFFICIALS, "  country: Norway", "  contry: Norway"),
        f"{OFFICIALS}:7: entry 'lars-eriksen': unknown key 'contry'; did you mean 'country'?"),
    "broken officials.yaml": (
        replace(OFFICIALS, "  country: Norway", "  country: [Norway"),
        f"{OFFICIALS}:10: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that "
        "starts on line 9)"),
    "broken site.toml": (
        replace("site.toml", 'title = "Fixture Archive"', 'title = "Fixture Archive'),
        "site.toml:1: invalid TOML: Illegal character '\\n'"),
    "unknown key in site.toml": (
        replace("site.toml", "page_size = 5", "page_size = 5\ntitel = 'x'"),
        "site.toml:10: unknown key 'titel'; did you mean 'title'?"),
    "bad value in site.toml": (
        replace("site.toml", 'base_url = "https://archive.example.org/readouts/"', 'base_url = "ftp://x"'),
        "site.toml:3: base_url 'ftp://x' must be an absolute http(s) URL such as 'https://example.org/' or "
        "'https://example.org/archive/'"),
    "site.toml not UTF-8": (
        replace("site.toml", "language", "\udcfflanguage"), "site.toml:4: is not valid UTF-8; save it as UTF-8"),
    "template error": (
        replace("templates/meeting.html", "{{ m.title }}", "{{ m.titel }}"),
        "templates/meeting.html:{line}: 'generator.models.Meeting object' has no attribute 'titel' (rendering "
        "content/meetings/2020/2020-02-10-japan-portugal-telephone-talk.md)"),
    "template syntax error": (
        replace("templates/list.html", "{% block main %}", "{% block main %}{% if %}"),
        "templates/list.html:{line}: template syntax error: Expected an expression, got 'end of statement block'"),
    "missing template": (
        replace("templates/issue.html", '{% extends "base.html" %}', '{% extends "bas.html" %}'),
        "templates/issue.html:{line}: template 'bas.html' not found (needed for issue arctic)"),
}


TEMPLATE_EDITS = {"templates/meeting.html": "m.titel", "templates/list.html": "{% if %}",
                  "templates/issue.html": "bas.html"}


def edited_line(path: Path, marker: str) -> int:
    """The 1-based line of ``marker`` in a file."""
    return next(n for n, line in enumerate(path.read_text().splitlines(), start=1) if marker in line)


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_one_line_naming_file_and_line_and_keeps_the_old_site(
    site: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli(site, "build", monkeypatch=monkeypatch).exit_code == 0
    before = snapshot(site / "public")
    ledger = (site / "content" / "urls.txt").read_bytes()
    edit, expected = CASES[case]
    edit(site)
    if expected.startswith("templates/"):  # other work moves template lines: find the edited one
        name, _, rest = expected.partition(":{line}:")
        expected = f"{name}:{edited_line(site / name, TEMPLATE_EDITS[name])}:{rest}"
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 1, result.output
    assert error_lines(result.stderr) == [f"Error: {expected}"]
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), "no exception escapes the CLI"
    assert snapshot(site / "public") == before
    assert (site / "content" / "urls.txt").read_bytes() == ledger
    assert not (site / ".public.staging").exists()


def test_a_missing_site_toml_says_where_to_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_cli(tmp_path, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        "Error: site.toml: not found; run readouts from the site's root folder (the one with site.toml), or "
        "create site.toml there"]


def test_every_problem_in_the_content_is_listed_at_once(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for case in ("impossible date", "unknown key in officials.yaml"):
        CASES[case][0](site)
    write("content/meetings/2020/2020-03-01-empty.md", b"")(site)
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 3
    assert result.stderr.splitlines()[-1] == "Stopped: 3 problems; nothing was written."
