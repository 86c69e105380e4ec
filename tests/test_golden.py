"""The fixture archive builds to exactly the committed snapshot in tests/golden/.

When a change to the output is intended, regenerate the snapshot and review its diff:

    READOUTS_UPDATE_GOLDEN=1 pytest tests/test_golden.py
    git diff tests/golden
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from conftest import PROJECT

GOLDEN = PROJECT / "tests" / "golden"


def _files(root: Path) -> dict[str, bytes]:
    """Every output file except the static assets, by relative path."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.relative_to(root).parts[0] not in ("static", "pagefind")
    }


def test_fixture_archive_builds_to_the_golden_snapshot(built: Path) -> None:
    actual = _files(built)
    if os.environ.get("READOUTS_UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, data in actual.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(data)
    expected = _files(GOLDEN)
    assert sorted(actual) == sorted(expected), "a page appeared or vanished; see the module docstring"
    changed = [name for name in expected if actual[name] != expected[name]]
    assert not changed, f"output differs from tests/golden in: {changed[:10]}"
