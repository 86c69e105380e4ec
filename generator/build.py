"""The one module that composes the stages: load, index, plan, render, write."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from generator.archive import build_archive
from generator.config import SiteConfig
from generator.content import load_content
from generator.feeds import plan_feeds, plan_furniture
from generator.pages import plan_pages
from generator.render import make_environment, render_all
from generator.urls import Urls
from generator.write import write_site

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildReport:
    """What a build made, for the one line the CLI prints."""

    meetings: int
    pages: int
    feeds: int
    files: int
    written: int
    removed: int
    output_dir: Path
    seconds: float


def build_site(config: SiteConfig, *, clean: bool = False) -> BuildReport:
    """Load, index, render and write the whole site; on any error the old output stays."""
    start = time.monotonic()
    content = load_content(config.content_dir)
    archive = build_archive(content)
    pages = plan_pages(archive, config)
    feeds = tuple(plan_feeds(archive, config))
    furniture = tuple(plan_furniture([spec.path for spec in pages], config))
    env = make_environment(config.templates_dir, Urls(config.base_url))
    outputs = tuple(render_all((*pages, *feeds, *furniture), env))
    written = write_site(outputs, config.static_dir, config.output_dir)
    return BuildReport(
        meetings=len(archive.meetings),
        pages=len(pages),
        feeds=len(feeds),
        files=written.files,
        written=written.written,
        removed=written.removed,
        output_dir=config.output_dir,
        seconds=time.monotonic() - start,
    )
