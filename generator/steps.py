"""Steps that make more files from a build's outputs before they are put in place (the search index).

A step sees every output's record (its hash) and where its file is now, so it can decide
from the records alone what it must redo, and read only the files it needs. It lives apart
from ``write.py`` so that a step's module (``search.py``) need not import the write stage.
"""

from __future__ import annotations

import os
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

    def file(self, relative: str) -> Path:
        """Where the file is now: in the staging folder when written by this build, else in the output."""
        return (self.staging if relative in self.staged else self.output_dir) / relative

    def unchanged(self, prefix: str) -> list[str] | None:
        """The last output's files under ``prefix``, when every one is still as written (None otherwise)."""
        found = [relative for relative in self.previous if relative.startswith(prefix)]
        output = os.path.join(self.output_dir, "")
        if not found or not all(intact(output + relative, self.previous[relative]) for relative in found):
            return None
        return found


class StepFiles(NamedTuple):
    """What a ``StagedStep`` made: files it wrote under the staging folder, files of the last output it keeps."""

    written: Sequence[str]
    kept: Sequence[str]


StagedStep = Callable[[StagedSite], StepFiles]
"""A step that makes more files from the outputs before they are put in place: it makes the files that changed
under ``site.staging`` and names them and the last output's files it keeps."""


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
