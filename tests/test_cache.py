"""The build cache makes builds faster and never different: every cached build equals a clean one.

Each test edits the inputs the way an archivist would (a readout, a title, a new or deleted
meeting, the registries, a template, the stylesheet, the configuration), builds with the
cache, builds again with ``--clean`` into another folder, and compares the two byte for byte.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator import archive, cache, content, countries, exports, feeds, pages, related, render, write
from generator.build import BuildMemory, BuildReport, build_site
from generator.config import CACHE_DIR, load_config
from generator.errors import ContentError, ContentErrors, OutputError, TemplateError

MEETING = Path("content/meetings/2019/2019-11-04-japan-norway-foreign-ministers-meeting.md")
PAGE = Path("meetings/2019/11/04/japan-norway-foreign-ministers-meeting/index.html")
NOT_COMPARED = ("pagefind/",)
"""Pagefind's index is equivalent but not byte-identical from one run to the next (see search.py)."""


def _build(site: Path, output: Path | None = None, **options: object) -> BuildReport:
    config = load_config(site, output_dir=output or site / "public")
    return build_site(config, record_urls=False, **options)  # type: ignore[arg-type]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.relative_to(folder).as_posix().startswith(NOT_COMPARED)}


def _assert_same_as_clean(site: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    _build(site, clean, clean=True)
    cached, fresh = _files(site / "public"), _files(clean)
    assert sorted(cached) == sorted(fresh)
    assert [path for path in fresh if cached[path] != fresh[path]] == []


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edit_readout(site: Path) -> None:
    with (site / MEETING).open("a", encoding="utf-8") as handle:
        handle.write("\n3. The two ministers agreed to meet again in Tokyo.\n")


def _edit_title(site: Path) -> None:
    _replace(site / MEETING, "title: ", "title: Renamed ")


def _edit_participants(site: Path) -> None:
    _replace(site / MEETING, "- official: lars-eriksen\n", "- official: maria-costa\n- official: lars-eriksen\n")


def _edit_issues(site: Path) -> None:
    _replace(site / MEETING, "- arctic\n", "- fisheries\n")


def _cite_a_meeting(site: Path) -> None:
    """Another readout names this meeting: its page lists the citing one, the citing page links to it."""
    citing = site / "content/meetings/2020/2020-02-10-japan-portugal-telephone-talk.md"
    with citing.open("a", encoding="utf-8") as handle:
        handle.write("\n4. They recalled the Japan-Norway Foreign Ministers' Meeting on November 4, 2019.\n")


def _add_meeting(site: Path) -> None:
    text = (site / MEETING).read_text(encoding="utf-8")
    new_id = "2019-11-05-japan-norway-working-lunch"
    (site / MEETING).with_name(f"{new_id}.md").write_text(
        text.replace("2019-11-04-japan-norway-foreign-ministers-meeting", new_id).replace("date: 2019-11-04",
                                                                                          "date: 2019-11-05"))


def _delete_meeting(site: Path) -> None:
    (site / MEETING).unlink()


def _rename_official(site: Path) -> None:
    _replace(site / "content/officials.yaml", "name: Lars Eriksen", "name: Lars Eriksen-Berg")


def _move_official(site: Path) -> None:
    _replace(site / "content/officials.yaml", "country: Norway", "country: Kingdom of Norway")


def _relabel_issue(site: Path) -> None:
    _replace(site / "content/issues.yaml", "label: ", "label: Renamed ")


def _edit_template(site: Path) -> None:
    _replace(site / "templates/base.html", "</footer>", "<!-- edited --></footer>")


def _edit_stylesheet(site: Path) -> None:
    with (site / "static/style.css").open("a", encoding="utf-8") as handle:
        handle.write("\n/* edited */\n")


def _retitle_site(site: Path) -> None:
    _replace(site / "site.toml", 'title = "Fixture Archive"', 'title = "Renamed Archive"')


def _shorter_feeds(site: Path) -> None:
    _replace(site / "site.toml", "feed_size = 2", "feed_size = 1")


def _edit_then_undo(site: Path) -> None:
    original = (site / MEETING).read_bytes()
    _edit_title(site)
    _build(site)
    (site / MEETING).write_bytes(original)


EDITS: list[Callable[[Path], None]] = [
    _edit_readout, _edit_title, _edit_participants, _edit_issues, _cite_a_meeting, _add_meeting, _rename_official,
    _move_official, _relabel_issue, _edit_template,
    _edit_stylesheet, _retitle_site, _shorter_feeds, _edit_then_undo, _delete_meeting,
]
"""In an order each can follow the one before (the deletion last)."""


@pytest.mark.parametrize("edit", EDITS, ids=[edit.__name__.strip("_") for edit in EDITS])
def test_a_cached_build_after_an_edit_equals_a_clean_build(site: Path, tmp_path: Path,
                                                            edit: Callable[[Path], None]) -> None:
    _build(site)
    edit(site)
    _build(site)
    _assert_same_as_clean(site, tmp_path)


def test_one_cache_through_every_edit_in_turn_stays_equal_to_clean_builds(site: Path, tmp_path: Path) -> None:
    _build(site)
    for edit in EDITS:
        edit(site)
        _build(site)
        _assert_same_as_clean(site, tmp_path)


def test_the_dev_servers_memory_through_every_edit_stays_equal_to_clean_builds(site: Path, tmp_path: Path) -> None:
    """The dev server keeps parsed files and meetings in memory and puts pages in place before the search index."""
    memory = BuildMemory()
    _build(site, memory=memory, pages_first=lambda: None)
    for edit in EDITS:
        edit(site)
        _build(site, memory=memory, pages_first=lambda: None)
        _assert_same_as_clean(site, tmp_path)


def test_with_memory_only_the_edited_meeting_is_made_again(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memory = BuildMemory()
    _build(site, memory=memory)
    real = content.build_meeting
    made: list[str] = []

    def recording(parsed: content.ParsedFile, *args: object) -> object:
        made.append(parsed.path.name)
        return real(parsed, *args)  # type: ignore[arg-type]

    real_read = cache.read_blob
    read: list[str] = []

    def reading(path: Path, stamp: bytes) -> object:
        read.append(path.parent.name)
        return real_read(path, stamp)

    monkeypatch.setattr(content, "build_meeting", recording)
    monkeypatch.setattr(cache, "read_blob", reading)
    _edit_readout(site)
    _build(site, memory=memory)
    assert made == [MEETING.name]
    assert read.count(cache.PARSED) == 1, "only the parse cache shard where the edited file's new text may be"


def test_related_meetings_are_ranked_again_only_when_a_meeting_changes_who_or_what_or_when(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = related.related_ids
    ranked: list[int] = []

    def counting(shapes: Sequence[related.Shape]) -> object:
        ranked.append(len(shapes))
        return real(shapes)

    monkeypatch.setattr(related, "related_ids", counting)
    _build(site)
    _edit_readout(site)
    _build(site)
    assert len(ranked) == 1, "a readout's wording does not change what is related: the last ranking is recalled"
    _edit_participants(site)
    _build(site)
    assert len(ranked) == 2, "a new participant does"
    _build(site, clean=True)
    assert len(ranked) == 3, "--clean recalls nothing"


def test_the_tallies_of_officials_issues_and_countries_are_worked_out_again_only_when_shapes_change(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tallied: list[str] = []
    real_official, real_country = archive._official_tally, countries._tallies

    def official(official_id: str, own: Sequence[object]) -> object:
        tallied.append("official")
        return real_official(official_id, own)  # type: ignore[arg-type]

    def country(own: object, known: object) -> object:
        tallied.append("country")
        return real_country(own, known)  # type: ignore[arg-type]

    monkeypatch.setattr(archive, "_official_tally", official)
    monkeypatch.setattr(countries, "_tallies", country)
    _build(site)
    tallied.clear()
    _edit_readout(site)
    _edit_title(site)
    _rename_official(site)
    _build(site)
    assert tallied == [], "words, a title and an official's name change no tally: the last ones are recalled"
    _move_official(site)
    _build(site)
    assert "official" in tallied and "country" in tallied, "an official's country changes the tallies"
    _assert_same_as_clean(site, tmp_path)


def test_an_edited_readout_renders_again_only_the_list_pages_that_list_it(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An official, issue or country with many pages of meetings: one edited readout renders the page listing
    it, not every page (the pages' headings count the meetings, they do not hold them)."""
    text = (site / MEETING).read_text(encoding="utf-8")
    for day in range(5, 17):  # Lars Eriksen, the Arctic and Norway get three pages of five meetings each
        new_id = f"2019-11-{day:02d}-japan-norway-meeting-{day}"
        (site / MEETING).with_name(f"{new_id}.md").write_text(
            text.replace("2019-11-04-japan-norway-foreign-ministers-meeting", new_id)
            .replace("date: 2019-11-04", f"date: 2019-11-{day:02d}"), encoding="utf-8")
    _build(site)
    rendered: dict[str, str] = {}
    real = render.render_page

    def recording(spec: object, env: object) -> object:
        output = real(spec, env=env)  # type: ignore[arg-type]
        rendered[output.path] = output.data.decode("utf-8")
        return output

    monkeypatch.setattr("generator.build.render_page", recording)  # the renderer a build hands its workers
    _edit_readout(site)
    _build(site)
    lists = {path: html for path, html in rendered.items()
             if path.startswith(("officials/", "issues/", "countries/")) and path.count("/") > 1}
    assert any(path.startswith("officials/lars-eriksen/") for path in lists), "the page listing it is rendered"
    assert all("japan-norway-foreign-ministers-meeting/" in html for html in lists.values()), \
        [path for path, html in lists.items() if "japan-norway-foreign-ministers-meeting/" not in html]


def _fingerprinted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The outputs the next builds fingerprint (a small site is built in this one process)."""
    seen: list[str] = []
    real = write._key

    def recording(fingerprinted: object, site_key: str, fingerprints: object) -> object:
        seen.append(fingerprinted[0] if isinstance(fingerprinted, tuple) else fingerprinted.path)  # type: ignore[attr-defined]
        return real(fingerprinted, site_key, fingerprints)  # type: ignore[arg-type]

    monkeypatch.setattr(write, "_key", recording)
    return seen


@pytest.mark.parametrize("memory", [None, BuildMemory()], ids=["cli", "dev-server"])
@pytest.mark.parametrize("edit", [_edit_readout, _edit_title], ids=["readout", "title"])
def test_an_edited_readout_or_title_fingerprints_only_the_outputs_showing_its_meeting(
        site: Path, monkeypatch: pytest.MonkeyPatch, memory: BuildMemory | None, edit: Callable[[Path], None]) -> None:
    """Only its words or title changed: every other output is known unchanged from the last build's record of
    which meetings each one shows, without its context being made or hashed again."""
    _build(site, memory=memory)
    seen = _fingerprinted(monkeypatch)
    edit(site)
    _build(site, memory=memory)
    assert str(PAGE.parent) + "/" in seen, "its own page"
    assert any(path.startswith("feeds/") for path in seen), "the feeds showing it"
    assert not any(path.startswith(("officials/maria-costa/", "countries/portugal/")) for path in seen), \
        "pages that do not show it"
    looked_at = len(seen)
    seen.clear()
    _edit_participants(site)
    _build(site, memory=memory)
    assert "officials/maria-costa/" in seen, "a new participant: every output is looked at"
    assert looked_at < len(seen)


@pytest.mark.parametrize("memory", [None, BuildMemory()], ids=["cli", "dev-server"])
def test_an_edited_readout_leaves_the_archive_wide_exports_unmade_and_an_edited_title_remakes_them(
        site: Path, monkeypatch: pytest.MonkeyPatch, memory: BuildMemory | None) -> None:
    """meetings.json and .csv and the lists of officials, issues and countries hold no readout: after an edit
    of a readout's words they are kept as they are, not made again to be compared; a title shows in them."""
    _build(site, memory=memory)
    made: list[str] = []

    def recording(name: str) -> Callable[..., object]:
        real = getattr(exports, name)

        def call(*args: object) -> object:
            made.append(name)
            return real(*args)
        return call

    for name in ("_csv", "_officials", "_issues", "_countries"):
        monkeypatch.setattr(exports, name, recording(name))
    files = [site / "public" / name for name in ("meetings.json", "meetings.csv", "officials.json", "issues.json")]
    before = [(path.stat().st_ino, path.stat().st_mtime_ns) for path in files]
    _edit_readout(site)
    _build(site, memory=memory)
    assert made == []
    assert [(path.stat().st_ino, path.stat().st_mtime_ns) for path in files] == before
    _edit_title(site)
    _build(site, memory=memory)
    assert sorted(made) == ["_countries", "_csv", "_issues", "_officials"]
    assert "Renamed Japan-Norway" in (site / "public/meetings.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("memory", [None, BuildMemory()], ids=["cli", "dev-server"])
def test_an_edited_readout_makes_only_the_lists_and_feeds_showing_its_meeting(
        site: Path, monkeypatch: pytest.MonkeyPatch, memory: BuildMemory | None) -> None:
    """A chronological list page or a feed is planned (its context made) only where it is rendered: after an
    edit of one readout, only the lists and feeds that show that meeting are."""
    _build(site, memory=memory)
    made: list[str] = []
    real_list, real_feed = pages._list_context, feeds._feed_context

    def list_context(plan: pages.Plan, listing: pages._Listing, number: int) -> object:
        made.append(listing.path)
        return real_list(plan, listing, number)

    def feed_context(*args: object, path: str, **options: object) -> object:
        made.append(path)
        return real_feed(*args, path=path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "_list_context", list_context)
    monkeypatch.setattr(feeds, "_feed_context", feed_context)
    _edit_readout(site)
    _build(site, memory=memory)
    assert {"meetings/2019/11/04/", "officials/lars-eriksen/feed.xml", "feeds/archive/1.xml"} <= set(made), made
    assert not any(path.startswith(("meetings/2020/", "officials/maria-costa/")) for path in made), made
    assert "feed.xml" not in made, "the site feed shows the newest two meetings, not this one"


def test_a_readout_naming_a_meeting_again_after_that_meeting_changed_is_seen(site: Path, tmp_path: Path) -> None:
    """A meeting's new title stops another readout naming it, without that readout changing; when that
    readout is then edited to name it again, the meeting's page must list it as citing it once more (the
    readout's earlier shape, from before the title changed, is not compared against)."""
    citing = site / "content/meetings/2020/2020-02-10-japan-portugal-telephone-talk.md"
    with citing.open("a", encoding="utf-8") as handle:
        handle.write("\n4. They recalled the Japan-Norway Foreign Ministers' Meeting on November 4, 2019.\n")
    _build(site)
    assert "cited-heading" in (site / "public" / PAGE).read_text(encoding="utf-8")
    _replace(site / MEETING, "title: Japan-Norway Foreign Ministers' Meeting", "title: Japan-Norway Arctic Dialogue")
    _build(site)
    assert "cited-heading" not in (site / "public" / PAGE).read_text(encoding="utf-8")
    with citing.open("a", encoding="utf-8") as handle:
        handle.write("\n5. They also recalled the Japan-Norway Arctic Dialogue on November 4, 2019.\n")
    _build(site)
    assert "cited-heading" in (site / "public" / PAGE).read_text(encoding="utf-8")
    _assert_same_as_clean(site, tmp_path)


def test_the_dev_server_reads_its_state_back_only_when_another_build_wrote_it(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memory = BuildMemory()
    _build(site, memory=memory)
    reads: list[str] = []
    real = cache.read_blob

    def recording(path: Path, stamp: bytes) -> object:
        if path.name.startswith("state-"):
            reads.append(path.name)
        return real(path, stamp)

    monkeypatch.setattr(cache, "read_blob", recording)
    _edit_readout(site)
    _build(site, memory=memory)
    assert reads == [], "its own state is kept in memory"
    _edit_title(site)
    _build(site)  # another build into the same folder
    _edit_issues(site)
    _build(site, memory=memory)
    assert len(reads) == 2, "that build's state is read, and then the dev server's next build reads it too"
    _assert_same_as_clean(site, tmp_path)


def test_the_manifest_reads_back_as_written_and_a_damaged_one_is_refused() -> None:
    records = {"a/index.html": cache.OutputRecord("k1", "s1", 10, 20, (3, 1)),
               "b.json": cache.OutputRecord(None, "s2", 0, 5, None), "c.xml": cache.OutputRecord("k3", "s3", 1, 2, ())}
    columns = cache.Manifest.columns(records)
    manifest = cache.Manifest(columns)
    assert dict(manifest) == records and list(manifest) == list(records)
    assert list(manifest.stats()) == [("a/index.html", 10, 20), ("b.json", 0, 5), ("c.xml", 1, 2)]
    assert dict(cache.Manifest(cache.Manifest.columns({}))) == {}
    paths, numbers = str(columns[0]), bytes(columns[-1])  # type: ignore[call-overload]
    for damaged in (columns[:-1], (paths + "\0d", *columns[1:]), (*columns[:-1], numbers[:-4])):
        with pytest.raises(ValueError):  # noqa: PT011 - the one error a damaged manifest raises
            cache.Manifest(damaged)


def test_with_memory_a_meeting_naming_a_removed_official_is_still_an_error(site: Path) -> None:
    memory = BuildMemory()
    _build(site, memory=memory)
    _replace(site / "content/officials.yaml", "lars-eriksen:", "lars-eriksson:")
    with pytest.raises(ContentErrors, match="unknown official 'lars-eriksen'"):
        _build(site, memory=memory)


def test_an_unchanged_site_is_not_written_again(site: Path) -> None:
    first = _build(site)
    stamps = {p: p.stat().st_mtime_ns for p in (site / "public").rglob("*") if p.is_file()}
    again = _build(site)
    assert (again.written, again.removed, again.files) == (0, 0, first.files)
    assert {p: p.stat().st_mtime_ns for p in (site / "public").rglob("*") if p.is_file()} == stamps


def test_one_edited_readout_rewrites_only_the_pages_that_show_it(site: Path) -> None:
    first = _build(site)
    _edit_readout(site)
    report = _build(site)
    assert 0 < report.written < first.files / 4


@pytest.mark.parametrize("checked", ["as each file is reached", "by a forked child as the build begins"])
def test_output_files_changed_or_deleted_by_hand_are_put_back(site: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch, checked: str) -> None:
    """Whether the last output is checked file by file or all at once when the build begins
    (``write.check_outputs``, on a second core, for outputs of 2,000 files and more)."""
    if checked.startswith("by a forked child"):
        monkeypatch.setattr(write, "PARALLEL_FROM", 1)
        monkeypatch.setattr(write, "AHEAD_FROM", 0)  # the exports made by a forked child too
    _build(site)
    (site / "public/index.html").write_text("edited by hand")
    (site / "public/feed.xml").unlink()
    (site / "public" / PAGE).with_name("index.json").write_text("{}")
    entry = site / "public/pagefind/1/pagefind-entry.json"
    entry.write_text("edited by hand")  # the search index is left out of the comparison below
    _build(site)
    _assert_same_as_clean(site, tmp_path)
    assert entry.read_text() != "edited by hand", "the search shard was made again"
    _edit_readout(site)  # now only readouts changed: the outputs showing none of them are kept if as written
    (site / "public/meetings.csv").write_text("edited by hand")
    _build(site)
    _assert_same_as_clean(site, tmp_path)


def test_compiled_templates_are_kept_for_the_next_build_and_a_damaged_one_is_compiled_again(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def compile_noting(env: jinja2.Environment, source: str, name: str | None = None, *args: Any) -> Any:
        compiled.append(str(name))
        return real(env, source, name, *args)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_noting)
    _build(site)
    assert "meeting.html" in compiled, "a first build compiles the templates"
    kept = sorted((site / CACHE_DIR / cache.COMPILED).glob("*/*"))
    assert kept and len({p.parent for p in kept}) == 1, "kept in one folder, for this version of the code"
    compiled.clear()
    _edit_readout(site)
    _build(site)
    assert compiled == [], "the next build reads them back"
    for damaged in kept:
        damaged.write_bytes(damaged.read_bytes()[:40])
    _edit_template(site)  # base.html, compiled again from its new source
    _build(site)
    assert "base.html" in compiled and "meeting.html" in compiled, "an entry cut short is compiled again"
    _assert_same_as_clean(site, tmp_path)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "foreign"])
def test_a_damaged_or_foreign_cache_is_ignored(site: Path, tmp_path: Path, damage: str) -> None:
    _build(site)
    _edit_title(site)
    files = [p for p in (site / CACHE_DIR).rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        path.write_bytes({"garbage": os.urandom(200), "truncated": data[: len(data) // 2], "empty": b"",
                          "foreign": b"readouts-cache 1\n" + data.split(b"\n", 2)[1] + b"\n\x80\x05K\x01."}[damage])
    _build(site)
    _assert_same_as_clean(site, tmp_path)


def test_clean_reads_nothing_from_the_cache(site: Path) -> None:
    _build(site)
    state = next((site / CACHE_DIR).glob("state-*.pickle"))
    parsed = list((site / CACHE_DIR / "parsed").glob("*.pickle"))
    for path in (state, *parsed):
        path.write_bytes(path.read_bytes().replace(b"Oslo, Norway", b"Bergen, Norway"))
    compiled = list((site / CACHE_DIR / cache.COMPILED).glob("*/*"))
    for path in compiled:
        path.write_bytes(b"garbage")
    _build(site, clean=True)
    assert "Oslo, Norway" in (site / "public/meetings/2019/11/04/japan-norway-foreign-ministers-meeting/"
                                      "index.html").read_text()
    assert compiled and all(path.read_bytes() == b"garbage" for path in compiled), "compiled templates untouched"


def test_parse_errors_found_by_worker_processes_name_the_file_and_line(site: Path) -> None:
    text = (site / MEETING).read_text(encoding="utf-8")
    folder = (site / MEETING).parent
    for number in range(250):
        new_id = f"2019-11-04-copy-{number}"
        (folder / f"{new_id}.md").write_text(text.replace("2019-11-04-japan-norway-foreign-ministers-meeting", new_id))
    (folder / "2019-11-04-copy-7.md").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as raised:
        _build(site, clean=True)
    [error] = raised.value.errors
    assert error.path.name == "2019-11-04-copy-7.md" and error.line == 3 and "invalid YAML" in error.message


def test_pages_rendered_by_forked_workers_equal_a_serial_build(site: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    _build(site, clean=True)
    monkeypatch.setattr(write, "PARALLEL_FROM", 10**9)
    _assert_same_as_clean(site, tmp_path)


def test_a_template_error_in_a_forked_worker_is_one_error_naming_the_template(site: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _build(site)
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    _replace(site / "templates/meeting.html", "{{ m.title }}", "{{ m.title.nope() }}")
    before = _files(site / "public")
    with pytest.raises(TemplateError) as raised:
        _build(site)
    assert raised.value.path.name == "meeting.html"
    assert _files(site / "public") == before


def test_a_failure_while_replacing_changed_files_puts_every_old_one_back(site: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _build(site)
    _edit_readout(site)  # a few files change, so they replace their old versions one by one
    before = _files(site / "public")
    real = os.replace
    calls: list[object] = []

    def full_disk_once(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", full_disk_once)
    with pytest.raises(OutputError, match="No space left on device.*the previous output is unchanged"):
        _build(site)
    assert len(calls) > 4, "the old files were put back"
    assert _files(site / "public") == before
    assert [p.name for p in site.iterdir() if p.name.startswith(".public") and p.name != ".public.search"] == []


def test_exports_made_ahead_by_a_forked_child_equal_a_clean_build_through_every_edit(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "AHEAD_FROM", 0)
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    _build(site)
    for edit in EDITS:
        edit(site)
        _build(site)
        _assert_same_as_clean(site, tmp_path)


@pytest.mark.parametrize("forked", [True, False], ids=["forked", "one-process"])
def test_the_dev_server_puts_pages_in_place_before_the_exports_and_ends_equal_to_a_clean_build(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: bool) -> None:
    monkeypatch.setattr(write, "PARALLEL_FROM", 1 if forked else 10**9)
    memory = BuildMemory()
    _build(site, memory=memory, pages_first=lambda: None)
    page = site / "public" / PAGE
    twin = page.with_name("index.json")
    seen: list[tuple[bool, bool]] = []
    _edit_readout(site)
    _build(site, memory=memory, pages_first=lambda: seen.append(("meet again" in page.read_text(),
                                                                  "meet again" in twin.read_text())))
    assert seen == [(True, False)], "the new page is in place while the JSON twin is still the last one"
    assert "meet again" in twin.read_text(), "then the twin follows"
    _assert_same_as_clean(site, tmp_path)
    for edit in EDITS:
        edit(site)
        _build(site, memory=memory, pages_first=lambda: None)
        _assert_same_as_clean(site, tmp_path)


@pytest.mark.parametrize("whole", [False, True], ids=["some-files", "the-whole-folder"])
def test_the_dev_server_remakes_what_was_deleted_from_its_output(site: Path, tmp_path: Path, whole: bool) -> None:
    """Files of the last output are carried past the pages unverified; deleted ones still come back,
    whether the changed pages are moved in one by one or (the output gone) a whole new site is swapped in."""
    memory = BuildMemory()
    _build(site, memory=memory, pages_first=lambda: None)
    twin = (site / "public" / PAGE).with_name("index.json")
    if whole:
        shutil.rmtree(site / "public")
    else:
        twin.unlink()
        (site / "public" / "meetings.csv").unlink()
    _edit_readout(site)
    _build(site, memory=memory, pages_first=lambda: None)
    assert twin.is_file() and (site / "public" / "meetings.csv").is_file()
    assert list((site / "public" / "pagefind").rglob("pagefind-ui.js")), "and the search index"
    _assert_same_as_clean(site, tmp_path)


def test_exports_failing_after_the_pages_keep_the_new_pages_and_the_last_exports(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    _build(site, pages_first=lambda: None)
    page = site / "public" / PAGE
    twin = page.with_name("index.json")
    last_twin = twin.read_bytes()
    real = write._produce

    def full_disk_for_exports(jobs: object, places: object) -> object:
        if not isinstance(jobs, list):  # the exports come as a generator, the pages as a list
            raise OSError(errno.ENOSPC, "No space left on device", "meetings.json")
        return real(jobs, places)  # type: ignore[arg-type]

    monkeypatch.setattr(write, "_produce", full_disk_for_exports)
    _edit_readout(site)
    with pytest.raises(OutputError, match="No space left on device"):
        _build(site, pages_first=lambda: None)
    assert "meet again" in page.read_text()
    assert twin.read_bytes() == last_twin
    assert [p.name for p in site.iterdir() if p.name.startswith(".public") and p.name != ".public.search"] == []


def test_a_plan_failing_after_the_exports_started_leaves_the_output_and_no_staging(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "AHEAD_FROM", 0)
    _build(site)
    before = _files(site / "public")
    (site / "content/urls.txt").write_text("/officials/no-such-official/\n", encoding="utf-8")
    with pytest.raises(ContentErrors):
        _build(site)
    assert _files(site / "public") == before
    assert [p.name for p in site.iterdir() if p.name.startswith(".public") and p.name != ".public.search"] == []


def test_after_one_edit_only_the_edited_meeting_file_is_read(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(site)
    _edit_readout(site)
    real = content.read_files
    read: list[Path] = []

    def recording(paths: list[Path], errors: list[ContentError]) -> list[tuple[Path, bytes]]:
        read.extend(paths)
        return real(paths, errors)

    monkeypatch.setattr(cache, "read_files", recording)
    _build(site)
    assert [path.name for path in read] == [MEETING.name]
