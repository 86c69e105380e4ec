"""``site.toml``: the site's settings as one frozen record, unknown keys refused."""

from __future__ import annotations

import difflib
import re
import tomllib
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.errors import ConfigError

CONFIG_FILE = "site.toml"
CACHE_DIR = ".readouts-cache"


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteConfig:
    """Everything a build needs to know besides the content itself."""

    root: Path
    title: str
    base_url: str
    """Absolute, ends with ``/``; may carry a path (``https://example.org/archive/``)."""
    language: str = "en"
    description: str = ""
    author: str = ""
    """Named as the author of the Atom feeds (RFC 4287 requires one)."""
    tag_authority: str
    """``domain,date`` for feed entry ids (RFC 4151): ``tag:<tag_authority>:<meeting id>``."""
    timezone: str = "UTC"
    """The archive's zone: meeting times without another zone are read in it."""
    feed_size: int = 20
    page_size: int = 50
    content_dir: Path
    output_dir: Path
    templates_dir: Path
    static_dir: Path
    cache_dir: Path

    @property
    def base_path(self) -> str:
        """The path part of ``base_url`` (``/`` or ``/archive/``): the prefix of every link."""
        return urlsplit(self.base_url).path

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The archive's time zone as a tzinfo."""
        return zoneinfo.ZoneInfo(self.timezone)


_REQUIRED = ("title", "base_url", "tag_authority")
_STRINGS = ("title", "base_url", "language", "description", "author", "tag_authority", "timezone")
_INTEGERS = {"feed_size": (1, 1000), "page_size": (5, 10000)}


def load_config(root: Path, *, content_dir: Path | None = None, output_dir: Path | None = None) -> SiteConfig:
    """Read ``root/site.toml`` and return the validated configuration."""
    path = root / CONFIG_FILE
    raw, lines = _read_toml(path)
    _check_keys(raw, path, lines)
    values = {key: raw[key] for key in raw}
    return SiteConfig(
        root=root,
        title=values["title"],
        base_url=_check_base_url(values["base_url"], path, lines.get("base_url")),
        language=values.get("language", "en"),
        description=values.get("description", ""),
        author=values.get("author", "") or values["title"],
        tag_authority=_check_authority(values["tag_authority"], path, lines.get("tag_authority")),
        timezone=_check_timezone(values.get("timezone", "UTC"), path, lines.get("timezone")),
        feed_size=values.get("feed_size", 20),
        page_size=values.get("page_size", 50),
        content_dir=(content_dir or root / "content"),
        output_dir=(output_dir or root / "public"),
        templates_dir=root / "templates",
        static_dir=root / "static",
        cache_dir=root / CACHE_DIR,
    )


def _read_toml(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """Parse the TOML file, turning every failure into a ConfigError naming it and its line.

    Returns the values and the line of each top-level key, for messages about a value.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(path, "not found; run readouts from the site's root folder (the one with "
                          "site.toml), or create site.toml there") from exc
    except OSError as exc:
        raise ConfigError(path, f"cannot be read: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
        return tomllib.loads(text), _key_lines(text)
    except UnicodeDecodeError as exc:
        raise ConfigError(path, "is not valid UTF-8; save it as UTF-8", raw.count(b"\n", 0, exc.start) + 1) from exc
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's message ends "(at line 3, column 7)" or "(at end of document)".
        message, _, where = str(exc).partition(" (at ")
        found = re.match(r"line (\d+)", where)
        line = int(found[1]) if found else text.count("\n") + 1
        raise ConfigError(path, f"invalid TOML: {message}", line) from exc


def _key_lines(text: str) -> dict[str, int]:
    """The line of each top-level ``key = value`` (site.toml has no tables)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        found = re.match(r"\s*[\"']?([A-Za-z0-9_-]+)[\"']?\s*=", line)
        if found:
            lines.setdefault(found[1], number)
    return lines


def _check_keys(raw: dict[str, Any], path: Path, lines: dict[str, int]) -> None:
    """Refuse unknown keys (with a suggestion), missing required keys and mistyped values."""
    known = (*_STRINGS, *_INTEGERS)
    for key in raw:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; allowed: {', '.join(sorted(known))}"
            raise ConfigError(path, f"unknown key '{key}'{hint}", lines.get(key))
    for key in _REQUIRED:
        if key not in raw:
            raise ConfigError(path, f"missing required key '{key}'")
    for key in _STRINGS:
        if key in raw and not isinstance(raw[key], str):
            raise ConfigError(path, f"'{key}' must be a string, not {type(raw[key]).__name__}", lines.get(key))
    for key, (low, high) in _INTEGERS.items():
        value = raw.get(key, low)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ConfigError(path, f"'{key}' must be a whole number from {low} to {high}", lines.get(key))


def _check_base_url(value: str, path: Path, line: int | None) -> str:
    """Require an absolute http(s) URL and end it with a slash, so joining is plain concatenation."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(path, f"base_url '{value}' must be an absolute http(s) URL such as "
                          "'https://example.org/' or 'https://example.org/archive/'", line)
    return value if value.endswith("/") else value + "/"


def _check_authority(value: str, path: Path, line: int | None) -> str:
    """Check ``domain,YYYY[-MM[-DD]]``, the tagging entity of RFC 4151."""
    name, _, date = value.partition(",")
    date_ok = len(date) in (4, 7, 10) and date.replace("-", "").isdigit()
    if not name or "/" in name or ":" in name or not date_ok:
        raise ConfigError(path, f"tag_authority '{value}' must be 'domain,date' as in RFC 4151, "
                          "for example 'example.org,2026' (a domain you held on that date)", line)
    return value


def _check_timezone(value: str, path: Path, line: int | None) -> str:
    """Accept only zones the tz database knows, so feed timestamps are right."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(path, f"timezone '{value}' is not a tz database name such as 'Asia/Tokyo'",
                          line) from exc
    return value
