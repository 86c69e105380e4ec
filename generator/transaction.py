"""Putting a staged site in place as one transaction: all of it, or none of it.

Two ways, chosen by ``write.py``: swap the whole staged folder in with two renames (after
hard-linking the unchanged files into it), or move each changed file over its old version
and the stale ones out, keeping every old version aside until all are in, so a failure
midway (a full disk, Ctrl-C) puts each one back.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path


def link_unchanged(unchanged: Iterable[str], output_dir: Path, staging: Path) -> None:
    """Complete the staged site with the unchanged files, hard-linked (same inode, same mtime)."""
    folders: set[Path] = set()
    for relative in unchanged:
        target = staging / relative
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        _link_or_copy(output_dir / relative, target)


def replace_in_place(staging: Path, output_dir: Path, staged: Sequence[str], stale: Sequence[str]) -> None:
    """Move each changed file over its old version and the stale ones out, undoing all of it on any failure."""
    kept = output_dir.with_name(f".{output_dir.name}.old")
    remove(kept)
    done: list[tuple[Path, Path | None]] = []
    try:
        for relative in stale:
            done.append((output_dir / relative, _set_aside(output_dir / relative, kept / relative, move=True)))
        for relative in staged:
            target = output_dir / relative
            saved = _set_aside(target, kept / relative, move=False) if os.path.lexists(target) else None
            done.append((target, saved))
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relative, target)
    except BaseException:
        for target, saved in reversed(done):
            if saved is not None:
                os.replace(saved, target)
            elif os.path.lexists(target):
                os.unlink(target)
        raise
    finally:
        remove(kept)
    _prune(output_dir, stale)


def _set_aside(target: Path, saved: Path, *, move: bool) -> Path:
    """Keep the old version of ``target`` at ``saved`` (a hard link, or the file itself when moved)."""
    saved.parent.mkdir(parents=True, exist_ok=True)
    if move:
        os.replace(target, saved)
    else:
        _link_or_copy(target, saved)
    return saved


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _prune(output_dir: Path, removed: Iterable[str]) -> None:
    """Remove the folders that removing stale files emptied."""
    for folder in sorted({(output_dir / relative).parent for relative in removed}, key=lambda p: -len(p.parts)):
        while folder != output_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def swap(staging: Path, output_dir: Path) -> None:
    """Put the staged site in place of the old one with two renames."""
    retired = output_dir.with_name(f".{output_dir.name}.old")
    remove(retired)
    if output_dir.exists():
        output_dir.rename(retired)
    try:
        staging.rename(output_dir)
    except OSError:
        if retired.exists():
            retired.rename(output_dir)
        raise
    remove(retired)


def remove(path: Path) -> None:
    """Delete a folder tree if it is there."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
