"""Robustness of the importer: any bytes give a meeting or a clean ContentError; big inputs stay linear."""

from __future__ import annotations

import html
import re
import shutil
import time
from pathlib import Path

from conftest import PROJECT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ContentError
from generator.ingest import import_sources
from generator.ingest.body import render_body
from generator.ingest.clean import normalise_lines, split_layout
from generator.ingest.extract import draft_readout
from generator.ingest.sources import RawText, decode_bytes

LEAD = ("On June 14, 2018, commencing at around 12:05 p.m. for approximately 30 minutes, Mr. Taro Kono, Minister "
        "for Foreign Affairs, held a meeting with the Honorable Mike Pompeo, Secretary of State of the United "
        "States. The overview of the meeting is as follows.")
WORDS = st.sampled_from(["Minister", "Mr.", "H.E.", "of", "the", "Kono", "KONO", "Taro", "On", "June", "14,",
                         "2018", "1.", "(1)", "-", "•", "held", "a", "meeting", "with", "p.m.", "for",
                         "approximately", "30", "minutes", "Back to", "(Photo)", "\u00a0", "\n", "\n\n", "’s"])


def _raw(text: str, *, html: bool = False) -> RawText:
    return RawText(path=Path("x.html" if html else "x.txt"), text=text, sha256="0" * 64, is_html=html)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_draft_or_a_clean_content_error(data: bytes) -> None:
    try:
        text, _ = decode_bytes(data, Path("x.txt"))
        draft_readout(_raw(text))
        draft_readout(_raw(text, html=True))
    except ContentError as error:
        assert str(error).startswith("x.")


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=200).map(" ".join))
def test_readout_shaped_noise_gives_a_draft_or_a_clean_content_error(noise: str) -> None:
    for text in (noise, f"Title\n\n{LEAD}\n{noise}", f"<html><body><p>{LEAD}</p><ol><li>{noise}</li></ol>"):
        try:
            draft = draft_readout(_raw(text, html=text.startswith("<html>")))
        except ContentError:
            continue
        assert draft.markdown.endswith("\n")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80), max_size=30))
def test_every_word_of_the_readout_lines_is_kept_in_the_body(lines: list[str]) -> None:
    text = "\n".join(["Title", "", LEAD, *lines])
    layout = split_layout(normalise_lines(text))
    markdown = render_body(layout.body, layout.captions).markdown
    kept = _words(html.unescape(markdown))
    for line in layout.body:
        words = _words(line.text)
        assert words in kept


def _words(text: str) -> str:
    """The text's words (runs with a letter), joined: list numbers are markup and may be renumbered."""
    return " ".join(w for w in re.findall(r"[^\W_]+", text) if not w.isdigit())


def test_bad_input_in_a_batch_never_raises(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    samples = [b"", b"\x00\x01\x02", b"\xff\xfe\x00h\x00i", b"<html><body></body></html>", b"\x81\x8d\x8f\x90\x9d" * 10,
               ("Title\n\n" + LEAD).encode("utf-16"), b"<html><body><nav>" + LEAD.encode() + b"</nav></body></html>"]
    for number, data in enumerate(samples):
        (raw / f"{number}.txt").write_bytes(data)
        (raw / f"{number}.html").write_bytes(data)
    content = tmp_path / "content"
    report = import_sources([raw], content)
    repeats = [w for w in report.warnings if "imported once" in w]
    assert len(report.failed) + len(report.imported) + len(repeats) == 2 * len(samples)
    assert all(str(error).startswith(str(raw)) and "\n" not in str(error) for error in report.failed)


def _big_readout(points: int) -> str:
    """A readout with ``points`` numbered points full of names, dates and adversarial runs."""
    point = ("Minister Kono stated that Japan, the United States and the ROK will continue to urge North Korea, "
             "and Mr. Taro Kono and the Honorable Mike Pompeo met Secretary Of The Of The State Pompeo "
             "on June 14 for approximately 30 minutes at 3 p.m. " + "A " * 8 + "(1) (2) - • 1. "
             + "the two sides confirmed that they would continue to communicate closely at all levels " * 9)
    items = "\n".join(f"{n}. {point}" for n in range(1, points + 1))
    return f"Japan-United States of America Relations\n\nJune 14, 2018\n\n{LEAD}\n\n{items}\n"


def _import_seconds(tmp_path: Path, name: str, text: str) -> float:
    raw = tmp_path / name
    raw.mkdir()
    (raw / "big.txt").write_text(text, encoding="utf-8")
    content = tmp_path / f"{name}-content"
    content.mkdir()
    shutil.copy(PROJECT / "content" / "issues.yaml", content / "issues.yaml")
    start = time.perf_counter()
    report = import_sources([raw], content)
    assert not report.failed and len(report.imported) == 1
    return time.perf_counter() - start


def test_a_ten_megabyte_readout_and_a_fifty_thousand_line_file_import(tmp_path: Path) -> None:
    """Both must simply finish; the doubling ratio is a loose check that the work is linear, not quadratic."""
    big = _big_readout(10_000)
    assert len(big.encode()) > 10_000_000
    lines = "Title\n\n" + LEAD + "\n" + "\n".join(f"- point {n} of the Japan-U.S. Alliance" for n in range(50_000))
    small_seconds = _import_seconds(tmp_path, "half", _big_readout(5_000))
    big_seconds = _import_seconds(tmp_path, "full", big)
    _import_seconds(tmp_path, "lines", lines)
    assert big_seconds < 6 * max(small_seconds, 0.05)


def _one_paragraph_readout(sentences: int) -> str:
    """A readout that is one long lead paragraph, every sentence naming people (as some agencies publish)."""
    sentence = ("Minister Kono and Secretary Pompeo met again at the Lotte Hotel in Seoul, and Mr. Taro Kono "
                "spoke with the Honorable Mike Pompeo about North Korea. ")
    return f"Japan-U.S. Foreign Ministers' Meeting\n\n{LEAD} {sentence * sentences}\n"


def test_a_one_paragraph_readout_imports_in_linear_time(tmp_path: Path) -> None:
    """Every name in a lead is checked against its own sentence; finding that sentence must not rescan the lead."""
    small_seconds = _import_seconds(tmp_path, "quarter", _one_paragraph_readout(1_000))
    big_seconds = _import_seconds(tmp_path, "whole", _one_paragraph_readout(4_000))
    assert big_seconds < 8 * max(small_seconds, 0.05)
