"""The command line as an archivist uses it: build, check, one-line errors, --debug.

Also home of the helpers the other reliability tests share: run the CLI in a site root,
and take a byte snapshot of an output folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

MEETING_FILE = "content/meetings/2019/2019-11-04-japan-norway-foreign-ministers-meeting.md"
REVIEWED_FILE = "content/meetings/2020/2020-02-10-japan-portugal-telephone-talk.md"


def run_cli(root: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> Result:
    """Run ``readouts ARGS`` in ``root`` as a user would, in this process."""
    monkeypatch.chdir(root)
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


def run_process(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator ARGS`` in ``root`` in a new process (tracebacks are printed for real)."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=root, capture_output=True, text=True,
                          timeout=300, check=False)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, by relative path (empty if there is no folder)."""
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def error_lines(text: str) -> list[str]:
    """The ``Error:`` lines of a command's output."""
    return [line for line in text.splitlines() if line.startswith("Error:")]


def test_build_prints_one_summary_line_and_records_the_ledger(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Built 3 meetings into ")
    assert "Recorded 27 new permanent URLs in content/urls.txt; commit it." in result.stdout
    assert (site / "public" / "index.html").is_file()
    again = run_cli(site, "build", monkeypatch=monkeypatch)
    assert "Recorded" not in again.stdout, "an unchanged archive adds nothing to the ledger"


def test_check_writes_nothing_and_lists_review_notes_as_warnings(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_cli(site, "check", monkeypatch=monkeypatch)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"Warning: {REVIEWED_FILE}:18: review: year inferred from sibling files"]
    assert "Checked 3 meeting files: 0 errors, 1 warning; nothing was written." in result.stdout
    assert "The next build will record 27 new permanent URLs in content/urls.txt." in result.stdout
    assert not (site / "public").exists()
    assert not (site / "content" / "urls.txt").exists()


def test_check_reports_every_error_with_the_warnings_and_exits_1(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = site / MEETING_FILE
    meeting.write_text(meeting.read_text().replace("date: 2019-11-04", "date: 2019-11-31")
                       .replace("- arctic", "- arctik"))
    other = site / "content/meetings/2020/2020-02-10-japan-norway-summit-meeting.md"
    other.write_text(other.read_text().replace("title:", "titel:"))
    result = run_cli(site, "check", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert errors == [
        f"Error: {MEETING_FILE}:4: '2019-11-31' is not a real date or time (day is out of range for month)",
        "Error: content/meetings/2020/2020-02-10-japan-norway-summit-meeting.md:3: unknown key 'titel'; "
        "did you mean 'title'?",
    ]
    assert f"Warning: {REVIEWED_FILE}:18: review: year inferred from sibling files" in result.stderr
    assert "Checked 3 meeting files: 2 errors, 1 warning" in result.stdout
    assert "Traceback" not in result.output


def test_check_finds_template_errors_without_writing(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = site / "templates" / "official.html"
    template.write_text(template.read_text().replace("{% endblock %}", "{{ profile.no_such_field }}{% endblock %}", 1))
    result = run_cli(site, "check", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    [error] = error_lines(result.stderr)
    line = next(n for n, text in enumerate(template.read_text().splitlines(), 1) if "no_such_field" in text)
    assert error.startswith(f"Error: templates/official.html:{line}: "), "relative to the site root, with the line"
    assert "has no attribute 'no_such_field'" in error
    assert not (site / "public").exists()


def test_check_takes_another_content_folder(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other-content"
    (site / "content").rename(other)
    assert run_cli(site, "check", monkeypatch=monkeypatch).exit_code == 1, "no content/ any more"
    result = run_cli(site, "check", "--content", str(other), monkeypatch=monkeypatch)
    assert result.exit_code == 0, result.output
    assert "Checked 3 meeting files" in result.stdout


def test_errors_are_one_line_without_traceback_and_debug_shows_it(site: Path) -> None:
    meeting = site / MEETING_FILE
    meeting.write_text(meeting.read_text().replace("date: 2019-11-04", "date: 2019-02-30"))
    plain = run_process(site, "build")
    assert plain.returncode == 1
    assert plain.stderr.splitlines() == [
        f"Error: {MEETING_FILE}:4: '2019-02-30' is not a real date or time (day is out of range for month)",
        "Stopped: 1 problem; nothing was written.",
    ]
    debug = run_process(site, "--debug", "build")
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert "ContentErrors" in debug.stderr


def test_a_build_command_ends_at_once_yet_prints_everything_and_saves_its_state(site: Path) -> None:
    """``cli.run`` ends a finished build with ``os._exit`` (nothing freed one by one): what it printed to
    a pipe must still arrive, and the build state be whole, so the next build finds nothing to do."""
    first = run_process(site, "build")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Built 3 meetings into ") and " removed) in " in lines[0]
    assert lines[1].startswith("Recorded ") and lines[1].endswith("; commit it."), lines
    again = run_process(site, "build")
    assert again.returncode == 0, again.stderr
    assert " (0 of " in again.stdout and " files changed, 0 removed) " in again.stdout


def test_check_with_debug_shows_the_traceback_of_the_first_error(site: Path) -> None:
    meeting = site / MEETING_FILE
    meeting.write_text(meeting.read_text().replace("- arctic", "- arctik"))
    result = run_process(site, "--debug", "check")
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "unknown issue 'arctik'" in result.stderr


def test_an_unexpected_failure_is_one_line_naming_debug(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("generator.cli.build_site", broken)
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        "Error: internal error (ZeroDivisionError: a bug); run again with `readouts --debug ...` for the "
        "traceback, and please report it"]


def test_control_characters_in_input_cannot_reach_the_terminal(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = site / MEETING_FILE
    meeting.write_text(meeting.read_text().replace("type: foreign ministers' meeting",
                                                   "type: \"\\e[2J\\nforeign ministers' meeting\""))
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    [error] = error_lines(result.stderr)
    assert "\x1b" not in result.stderr
    assert "unknown type '\\x1b[2J\\x0aforeign ministers' meeting'" in error


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "check"):
        assert f"  {command} " in result.output


def test_relative_links_resolve_against_the_source_url_or_stay_as_text(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    norway = site / MEETING_FILE
    norway.write_text(norway.read_text()
                      .replace("  file: norway-2019.txt", "  file: norway-2019.txt\n"
                               "  url: https://www.mofa.example/erp/page1_000123.html")
                      .replace("1. The two ministers", "1. See the [joint statement](page1_000124.html) and the "
                               "[list](/files/list.pdf). The two ministers"))
    portugal = site / REVIEWED_FILE
    portugal.write_text(portugal.read_text() + "\nSee the [press release](/documents/press.html) too.\n")

    result = run_process(site, "build")
    assert result.returncode == 0, result.stderr
    assert ("WARNING: 1 relative link in 1 readout shown as plain text: with no source url there is nothing "
            "to resolve them against (`readouts check` lists them)") in result.stderr
    norway_page = (site / "public/meetings/2019/11/04/japan-norway-foreign-ministers-meeting/index.html").read_text()
    assert 'href="https://www.mofa.example/erp/page1_000124.html"' in norway_page
    assert 'href="https://www.mofa.example/files/list.pdf"' in norway_page
    portugal_page = (site / "public/meetings/2020/02/10/japan-portugal-telephone-talk/index.html").read_text()
    assert "See the press release too." in portugal_page
    assert "/documents/press.html" not in portugal_page

    checked = run_cli(site, "check", monkeypatch=monkeypatch)
    assert checked.exit_code == 0, checked.output
    assert (f"Warning: {REVIEWED_FILE}: link '/documents/press.html' is relative and there is no source url to "
            "resolve it against, so its text is shown without the link (add source.url, or write the full "
            "address)") in checked.stderr.splitlines()
