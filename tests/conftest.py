"""Shared fixtures: a throwaway site root made of the fixture archive and the project's templates."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import BuildReport, build_site
from generator.config import load_config

PROJECT = Path(__file__).resolve().parents[1]
FIXTURE = PROJECT / "tests" / "fixtures" / "archive"
SHARED = PROJECT.parent / "shared"


def make_site(root: Path, content: Path = FIXTURE / "content", site_toml: Path = FIXTURE / "site.toml") -> Path:
    """Lay out a site root: site.toml, content, and the project's templates and static files."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(site_toml, root / "site.toml")
    shutil.copytree(content, root / "content")
    shutil.copytree(PROJECT / "templates", root / "templates")
    shutil.copytree(PROJECT / "static", root / "static")
    return root


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A fresh copy of the fixture archive, ready to build."""
    return make_site(tmp_path / "site")


@pytest.fixture
def build(site: Path) -> Callable[..., BuildReport]:
    """Build the fixture site (keyword arguments go to ``build_site``)."""

    def run(**kwargs: object) -> BuildReport:
        return build_site(load_config(site), **kwargs)  # type: ignore[arg-type]

    return run


@pytest.fixture
def built(site: Path, build: Callable[..., BuildReport]) -> Path:
    """The fixture site, built; returns the output folder."""
    build()
    return site / "public"
