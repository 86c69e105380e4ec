"""Finding raw readouts on disk and turning their bytes into text.

Raw readouts arrive as saved web pages or copied text in whatever encoding the
saving tool chose. UTF-8 is expected; cp1252 (what Windows tools write) is the one
fallback, because it is the only other encoding seen in practice and guessing among
more would turn mojibake into silent corruption.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ContentError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])


@dataclass(frozen=True, slots=True, kw_only=True)
class RawText:
    """One raw readout's decoded text, with what is needed to cite the original bytes."""

    path: Path
    text: str
    sha256: str
    is_html: bool
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Discovery:
    """The files a list of sources names, and the sources that name nothing usable."""

    files: tuple[Path, ...]
    failed: tuple[ContentError, ...]
    skipped: int


def discover_sources(sources: Sequence[Path]) -> Discovery:
    """Expand folders (recursively, sorted) into readout files; report what cannot be used."""
    files: list[Path] = []
    failed: list[ContentError] = []
    skipped = 0
    for source in sources:
        if source.is_dir():
            found = sorted(p for p in source.rglob("*") if p.is_file())
            usable = [p for p in found if p.suffix.lower() in SUFFIXES]
            skipped += len(found) - len(usable)
            files.extend(usable)
        elif not source.exists():
            failed.append(ContentError(source, "no such file or folder"))
        elif source.suffix.lower() not in SUFFIXES:
            failed.append(ContentError(source, "is not a readout: expected a .txt, .html or .htm file"))
        else:
            files.append(source)
    return Discovery(files=tuple(_unique(files)), failed=tuple(failed), skipped=skipped)


def _unique(paths: Iterable[Path]) -> list[Path]:
    """Drop repeats (a file named both directly and through its folder), keeping first order."""
    seen: set[Path] = set()
    kept: list[Path] = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def read_source(path: Path) -> RawText:
    """Read and decode one raw readout, refusing empty and binary files."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(path, f"cannot be read: {exc.strerror or exc}") from exc
    text, warnings = decode_bytes(raw, path)
    if not text.strip():
        raise ContentError(path, "is empty")
    return RawText(
        path=path,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        is_html=path.suffix.lower() in HTML_SUFFIXES,
        warnings=warnings,
    )


def decode_bytes(raw: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 (BOM or not), else cp1252 with a warning; normalise line endings."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError(path, "is UTF-16 text; save it as UTF-8")
    if looks_binary(raw):
        raise ContentError(path, "looks like a binary file, not a text or HTML readout")
    warnings: tuple[str, ...] = ()
    try:
        text = raw.decode("utf-8-sig")
        text, warnings = _repair_double_encoding(text, path)
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise ContentError(path, "is neither UTF-8 nor cp1252 text; save it as UTF-8", line) from exc
        warnings = (f"{path}: not UTF-8, read as cp1252",)
        log.warning("%s: not UTF-8, read as cp1252", path)
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


_MOJIBAKE = re.compile("â€[™œ\u009d“”˜¦]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")


def _repair_double_encoding(text: str, path: Path) -> tuple[str, tuple[str, ...]]:
    """Undo UTF-8 that was read as cp1252 and saved again ("Ministersâ€™" for "Ministers’").

    Only when the whole text converts back cleanly: a text that merely quotes such a
    sequence, or mixes it with real non-Latin characters, is left as it is.
    """
    if not _MOJIBAKE.search(text):
        return text, ()
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text, ()
    log.warning("%s: UTF-8 that had been read as cp1252 and saved again; repaired", path)
    return repaired, (f"{path}: UTF-8 that had been read as cp1252 and saved again; repaired",)


def looks_binary(raw: bytes) -> bool:
    """A NUL byte, or many control bytes in the first 4 KiB, means this is not text."""
    head = raw[:4096]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 20)
