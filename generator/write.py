"""Stage 5, WRITE: stage the whole site beside the output, then swap it into place.

A build that fails at any point before the swap leaves the previous output exactly as it
was; readers of the output folder never see a half-written site. Files whose bytes did
not change are hard-linked from the previous output, so their modification times (and
rsync-style deploys) stay quiet.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import OutputError
from generator.render import Output
from generator.urls import output_file

log = logging.getLogger(__name__)

STATIC_PREFIX = "static"
StagedStep = Callable[[Path, Path], None]
"""A step run over the staged site before it is swapped in: ``step(staging, previous_output)``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteReport:
    """What the write stage did."""

    files: int
    written: int
    """Files whose bytes changed or are new."""
    removed: int
    """Files of the previous output that no longer exist."""


def write_site(
    outputs: Iterable[Output], static_dir: Path, output_dir: Path, *, before_swap: StagedStep | None = None
) -> WriteReport:
    """Write every output and the static files into a staging folder, then swap it in.

    ``before_swap(staging, previous_output)`` runs on the complete staged site (the search
    index is built this way); if it raises, the staging folder goes and the output stays.
    """
    staging = output_dir.with_name(f".{output_dir.name}.staging")
    _remove(staging)
    try:
        written, files = _stage(outputs, static_dir, staging, output_dir)
        if before_swap is not None:
            before_swap(staging, output_dir)
        removed = _count_stale(output_dir, staging)
        _swap(staging, output_dir)
    except OSError as exc:
        _remove(staging)
        raise OutputError(f"cannot write the site to {output_dir}: {exc.strerror or exc} "
                          f"({exc.filename or output_dir}); the previous output is unchanged") from exc
    except BaseException:
        _remove(staging)
        raise
    return WriteReport(files=files, written=written, removed=removed)


def _stage(outputs: Iterable[Output], static_dir: Path, staging: Path, previous: Path) -> tuple[int, int]:
    """Write outputs into ``staging``; return (files written anew, files in all)."""
    seen: dict[PurePosixPath, str] = {}
    written = 0
    for output in (*_static_outputs(static_dir), *outputs):
        relative = _checked(output.path)
        if relative in seen:
            raise OutputError(f"{relative} is produced twice: by {seen[relative]} and by {output.origin}")
        seen[relative] = output.origin
        written += _place(staging / relative, previous / relative, output.data)
    return written, len(seen)


def _static_outputs(static_dir: Path) -> list[Output]:
    """The files of ``static/`` under ``/static/``, in a stable order."""
    if not static_dir.is_dir():
        return []
    return [
        Output(path=f"{STATIC_PREFIX}/{path.relative_to(static_dir).as_posix()}", data=path.read_bytes(),
               origin=str(path))
        for path in sorted(static_dir.rglob("*"))
        if path.is_file()
    ]


def _checked(site_path: str) -> PurePosixPath:
    """Refuse any path that would land outside the output folder."""
    relative = output_file(site_path)
    if relative.is_absolute() or ".." in relative.parts or "\\" in site_path or not relative.parts:
        raise OutputError(f"refusing to write '{site_path}': it would land outside the output folder")
    return relative


def _place(target: Path, previous: Path, data: bytes) -> int:
    """Hard-link the previous file when its bytes are the same, else write; return 1 if written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        if previous.stat().st_size == len(data) and previous.read_bytes() == data:
            os.link(previous, target)
            return 0
    except OSError:
        pass
    target.write_bytes(data)
    return 1


def _count_stale(previous: Path, staging: Path) -> int:
    """How many files of the previous output the new one drops."""
    if not previous.is_dir():
        return 0
    old = (path.relative_to(previous) for path in previous.rglob("*") if path.is_file())
    return sum(1 for relative in old if not (staging / relative).exists())


def _swap(staging: Path, output_dir: Path) -> None:
    """Put the staged site in place of the old one with two renames."""
    retired = output_dir.with_name(f".{output_dir.name}.old")
    _remove(retired)
    if output_dir.exists():
        output_dir.rename(retired)
    try:
        staging.rename(output_dir)
    except OSError:
        if retired.exists():
            retired.rename(output_dir)
        raise
    _remove(retired)


def _remove(path: Path) -> None:
    """Delete a folder tree if it is there."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
