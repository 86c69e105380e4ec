"""The shipped archive passes the shared QA checker: HTML, Atom, links, sitemap, accessibility.

Skips when ../shared/qa or its tools are absent (``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import PROJECT, SHARED, make_site

from generator.build import build_site
from generator.config import load_config

CHECKER = SHARED / "qa" / "check_site.sh"
QA_HOME = Path(os.environ.get("QA_HOME", Path.home() / ".cache" / "readouts-qa"))


@pytest.fixture
def qa_ready() -> None:
    if not CHECKER.is_file():
        pytest.skip(f"{CHECKER} is absent")
    if not (QA_HOME / "venv" / "bin" / "python").exists() or not shutil.which("java"):
        pytest.skip(f"QA tools are not installed; run bash {SHARED}/qa/install_qa_tools.sh")


@pytest.mark.parametrize("base_url", ["https://readouts.example.org/", "https://example.org/archive/"])
def test_shipped_archive_passes_check_site(qa_ready: None, tmp_path: Path, base_url: str) -> None:
    root = make_site(tmp_path / "site", content=PROJECT / "content", site_toml=PROJECT / "site.toml")
    toml = root / "site.toml"
    toml.write_text(toml.read_text().replace("https://readouts.example.org/", base_url))
    build_site(load_config(root))
    result = subprocess.run(
        ["bash", str(CHECKER), str(root / "public"), "--base-url", base_url, "--shots", "0",
         "--out", str(tmp_path / "qa")],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "RESULT: PASS" in result.stdout
