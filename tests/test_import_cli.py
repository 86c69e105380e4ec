"""``readouts import`` through click's CliRunner (skipped until the CLI has the command)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PROJECT

from generator.cli import main

FIXTURES = PROJECT / "tests" / "ingest_fixtures"
READOUTS = [str(path) for path in sorted(FIXTURES.glob("*.*")) if path.suffix in (".txt", ".html")]
"""The four top-level fixtures (the ``general`` folder, with its own key, is scored elsewhere; the README is
their record, no readout)."""

pytestmark = pytest.mark.skipif("import" not in getattr(main, "commands", {}), reason="no import command yet")


def test_import_command_reports_a_summary_and_fails_on_bad_files(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(PROJECT / "content" / "issues.yaml", content / "issues.yaml")
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = CliRunner().invoke(main, ["import", *READOUTS, str(bad), "--content", str(content)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "empty.txt: is empty" in result.output
    assert "Imported 4, updated 0, unchanged 0, flagged for review" in result.output
    assert "failed 1" in result.output
    again = CliRunner().invoke(main, ["import", *READOUTS, "--content", str(content)])
    assert again.exit_code == 0, again.output
    assert "Imported 0, updated 0, unchanged 4" in again.output



def test_a_warning_is_printed_once(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes((FIXTURES / "telephone_no_dateline.txt").read_text(encoding="utf-8").encode("cp1252"))
    done = subprocess.run([sys.executable, "-m", "generator", "import", str(legacy), "--content", str(content)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0 and done.stderr.count("read as cp1252") == 1, done.stderr
