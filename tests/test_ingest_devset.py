"""Extraction accuracy on the real readouts in ../shared/readouts-dev, scored against their hand-made key.

The files are read where they are (never copied into the project); the test is skipped
when the folder is absent. The scorer is the shared ``score_import.py``, run as a script.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT

from generator.ingest import import_sources

DEV = Path(__file__).parents[1].parent / "shared" / "readouts-dev"

pytestmark = pytest.mark.skipif(not (DEV / "answers.json").is_file(), reason="readouts-dev is not present")


def test_extraction_meets_the_targets_on_real_readouts(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for name in ("issues.yaml", "officials.yaml"):
        shutil.copy(PROJECT / "content" / name, content / name)
    report = import_sources(sorted(DEV.glob("*.txt")), content)
    assert not report.failed
    run = subprocess.run([sys.executable, str(DEV / "score_import.py"), str(content), str(DEV / "answers.json"),
                          str(DEV)], capture_output=True, text=True, check=True)
    scores = json.loads(run.stdout.strip().splitlines()[-1])
    print(scores)
    assert scores["imported"] == "20/20"
    assert scores["date"] >= 0.95 and scores["date_silent_wrong"] == 0
    assert scores["participants_f1"] >= 0.95
    assert scores["issues_f1"] >= 0.85
    assert scores["type"] >= 0.90
    assert scores["words_kept_min"] == 1.0
