"""The loader reads back exactly what the importer wrote, and the shipped content/ is the importer's output."""

from __future__ import annotations

import dataclasses
import datetime
import shutil
from pathlib import Path

import pytest
from conftest import PROJECT, SHARED

from generator.content import load_content
from generator.documents import decode_text, parse_document
from generator.ingest import import_sources

SEEDS = SHARED / "seeds"
FIXTURES = PROJECT / "tests" / "ingest_fixtures"


def _import(tmp_path: Path, sources: list[Path]) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(PROJECT / "content" / "issues.yaml", content / "issues.yaml")
    report = import_sources(sources, content)
    assert not report.failed
    return content


def test_loader_reads_back_what_the_importer_wrote(tmp_path: Path) -> None:
    readouts = sorted(path for path in FIXTURES.glob("*") if path.name != "README.md")
    content = _import(tmp_path, readouts + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []))
    loaded = {m.id: m for m in load_content(content).meetings}
    files = sorted((content / "meetings").rglob("*.md"))
    assert len(loaded) == len(files) > 0
    for path in files:
        document = parse_document(decode_text(path.read_bytes(), path), path)
        meta = document.meta
        meeting = loaded[meta["id"]]
        assert meeting.title == meta["title"] and meeting.date == meta["date"]
        assert meeting.time == (datetime.time.fromisoformat(meta["time"]) if "time" in meta else None)
        for key in ("timezone", "duration_minutes", "location", "type", "section"):
            assert getattr(meeting, key) == meta.get(key), key
        assert [dataclasses.asdict(p) for p in meeting.participants] == [
            {"official": p["official"], "title": p.get("title")} for p in meta["participants"]]
        assert list(meeting.mentioned) == meta.get("mentioned", [])
        assert list(meeting.issues) == meta.get("issues", [])
        assert list(meeting.review) == meta["review"]
        assert meeting.source is not None and meeting.source.file == meta["source"]["file"]
        assert meeting.source.sha256 == meta["source"]["sha256"]
        assert meeting.body.strip() == document.body.strip()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not present")
def test_shipped_content_is_the_importers_output_for_the_seeds(tmp_path: Path) -> None:
    content = _import(tmp_path, sorted(SEEDS.glob("*.txt")))
    shipped = PROJECT / "content"
    for path in sorted((content / "meetings").rglob("*.md")):
        relative = path.relative_to(content)
        assert (shipped / relative).read_bytes() == path.read_bytes(), relative
    assert (shipped / "officials.yaml").read_bytes() == (content / "officials.yaml").read_bytes()


DEV = Path(__file__).parents[1].parent / "shared" / "readouts-dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="readouts-dev is not present")
def test_loader_accepts_every_real_readout_the_importer_wrote(tmp_path: Path) -> None:
    content = _import(tmp_path, sorted(DEV.glob("*.txt")))
    loaded = load_content(content)
    assert len(loaded.meetings) == 20
    assert {m.timezone for m in loaded.meetings} >= {"local", "Japan", "America/New_York"}
