"""Steps that make more files from a build's outputs before they are put in place (the search index).

A step sees every output's record (its hash) and where its file is now, so it can decide
from the records alone what it must redo, and read only the files it needs. It lives apart
from ``write.py`` so that a step's module (``search.py``) need not import the write stage.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import NamedTuple

from generator.cache import OutputRecord


class StagedSite(NamedTuple):
    """What a ``StagedStep`` sees: every output's record, and where its file is before it is put in place."""

    records: Mapping[str, OutputRecord]
    staged: AbstractSet[str]
    staging: Path
    output_dir: Path
    previous: Mapping[str, OutputRecord]
    altered: AbstractSet[str] | None = None
    """The files of ``previous`` found changed when the build began (``write.check_outputs``); None: unknown."""

    def file(self, relative: str) -> Path:
        """Where the file is now: in the staging folder when written by this build, else in the output."""
        return (self.staging if relative in self.staged else self.output_dir) / relative

    def unchanged(self, folders: Sequence[str]) -> dict[str, list[str] | None]:
        """For each folder (``pagefind/1/``), the last output's files in it when every one is still as
        written, else None; one pass over the last output, however many folders."""
        wanted, common = set(folders), os.path.commonprefix(list(folders))
        found: dict[str, list[str]] = defaultdict(list)
        for relative in self.previous:
            if relative.startswith(common):
                parts = relative.split("/")
                within = ("/".join(parts[:depth]) + "/" for depth in range(1, len(parts)))
                if (folder := next((name for name in within if name in wanted), None)) is not None:
                    found[folder].append(relative)
        output = os.path.join(self.output_dir, "")
        return {folder: files if (files := found.get(folder)) and
                all(as_written(output, relative, self.previous[relative], self.altered) for relative in files)
                else None for folder in folders}

    def same_as_before(self, relative: str, data: bytes) -> bool:
        """Whether the last output holds exactly ``data`` at ``relative``, its file still as written."""
        old = self.previous.get(relative)
        return (old is not None and old.sha == content_hash(data)
                and as_written(os.path.join(self.output_dir, ""), relative, old, self.altered))


class StepFiles(NamedTuple):
    """What a ``StagedStep`` made: files it wrote under the staging folder, files of the last output it keeps."""

    written: Sequence[str]
    kept: Sequence[str]


StagedStep = Callable[[StagedSite], StepFiles]
"""A step that makes more files from the outputs before they are put in place: it makes the files that changed
under ``site.staging`` and names them and the last output's files it keeps."""


def content_hash(data: bytes) -> str:
    """The hash an output's bytes are recorded by (``OutputRecord.sha``)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def as_written(output: str, relative: str, record: OutputRecord, altered: AbstractSet[str] | None) -> bool:
    """Whether the last output's file at ``relative`` (``record``, its record; ``output``, the output folder
    ending in a separator) is still as written: looked up in ``altered``, the files found changed when the
    build began (``write.check_outputs``), when there is one, else checked on disk."""
    if altered is not None:
        return relative not in altered
    return intact(output + relative, record)


def intact(path: str, record: OutputRecord) -> bool:
    """The file is still as the last build wrote it (same size and modification time)."""
    return same_stat(path, record.size, record.mtime_ns)


def same_stat(path: str, size: int, mtime_ns: int) -> bool:
    """The file is there with this size and modification time."""
    try:
        stat = os.stat(path)
    except OSError:
        return False
    return stat.st_size == size and stat.st_mtime_ns == mtime_ns
