"""Finding raw readouts on disk and turning their bytes into text.

Raw readouts arrive as saved web pages or copied text in whatever encoding the
saving tool chose. UTF-8 is expected; cp1252 (what Windows tools write) is the one
fallback, because it is the only other encoding seen in practice and guessing among
more would turn mojibake into silent corruption. A web page that declares its encoding
(``<meta charset="shift_jis">``, as older government pages do) is read in the encoding
it declares, as a browser would: that is not a guess.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ContentError

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
    is_html = path.suffix.lower() in HTML_SUFFIXES
    text, warnings = decode_bytes(raw, path, declared_encoding(raw) if is_html else None)
    if not text.strip():
        raise ContentError(path, "is empty")
    return RawText(
        path=path,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        is_html=is_html,
        warnings=warnings,
    )


def decode_bytes(raw: bytes, path: Path, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 (BOM or not), else the encoding the page declares, else cp1252 with a warning;
    normalise line endings.

    UTF-8 comes first even on a page that declares another encoding: bytes that decode as UTF-8
    (beyond ASCII) are all but never text in another encoding, and pages saved again as UTF-8
    often keep their old ``<meta>``.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError(path, "is UTF-16 text; save it as UTF-8")
    if looks_binary(raw):
        raise ContentError(path, "looks like a binary file, not a text or HTML readout")
    warnings: tuple[str, ...] = ()
    try:
        text = raw.decode("utf-8-sig")
        text, warnings = _repair_double_encoding(text, path)
    except UnicodeDecodeError:
        if declared is not None:
            try:
                return _normalised(raw.decode(declared)), ()
            except UnicodeDecodeError:  # not what it says it is: read as if it said nothing
                pass
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise ContentError(path, "is neither UTF-8 nor cp1252 text; save it as UTF-8", line) from exc
        warnings = (f"{path}: not UTF-8, read as cp1252",)
    return _normalised(text), warnings


def _normalised(text: str) -> str:
    """Line endings as ``\\n``, whatever system saved the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    return repaired, (f"{path}: UTF-8 that had been read as cp1252 and saved again; repaired",)


_DECLARED = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def declared_encoding(raw: bytes) -> str | None:
    """The encoding a web page declares in its first 4 KiB (a ``<meta>`` tag), if Python knows it.

    Where a browser looks for it (the HTML standard's prescan covers the first 1,024 bytes; saved
    pages put the tag in the head), in either form: ``<meta charset=...>`` and ``http-equiv``'s
    ``content="text/html; charset=..."``. UTF-8, Latin-1 (which browsers read as cp1252, the
    usual fallback) and a label Python does not know give None: the usual path.
    """
    found = _DECLARED.search(raw[:4096])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "iso8859-1", "ascii") else name


def looks_binary(raw: bytes) -> bool:
    """A NUL byte, or many control bytes in the first 4 KiB, means this is not text."""
    head = raw[:4096]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 20)
