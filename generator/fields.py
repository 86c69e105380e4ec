"""Typed reads of YAML values, because YAML guesses.

``NO`` loads as ``False``, ``12:05`` as the integer 725 and a bare date as a
``datetime.date``: every field is checked for the type it must have, and a wrong one is
refused with the file, the line and what to write instead.
"""

from __future__ import annotations

import datetime
import difflib
import reprlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from generator.errors import ContentError


class FieldReader:
    """Reads the fields of one YAML mapping, raising ContentError located to the key's line."""

    __slots__ = ("_data", "_path", "_lines", "_default_line", "_context")

    def __init__(self, data: Mapping[str, Any], *, path: Path, lines: Mapping[str, int],
                 default_line: int | None = None, context: str = "") -> None:
        self._data = data
        self._path = path
        self._lines = lines
        self._default_line = default_line
        self._context = context

    def error(self, key: str, message: str) -> ContentError:
        """Return an error about ``key``, located at its line when known."""
        return ContentError(self._path, self._context + message, self._lines.get(key, self._default_line))

    def refuse_unknown(self, allowed: Iterable[str]) -> None:
        """Refuse keys outside ``allowed``, suggesting the closest allowed one."""
        allowed = tuple(allowed)
        for key in self._data:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(allowed)
                raise self.error(str(key), f"unknown key '{key}'; {hint}")

    def present(self, key: str) -> bool:
        """Whether ``key`` is given with a value other than null."""
        return self._data.get(key) is not None

    def text(self, key: str, *, required: bool = False) -> str | None:
        """A non-empty string, or None when absent and not required."""
        value = self._data.get(key)
        if value is None:
            if required:
                raise self.error(key, f"missing required key '{key}'")
            return None
        if not isinstance(value, str):
            raise self.error(key, f"'{key}' must be text, not {_describe(value)}; put it in quotes")
        if not value.strip():
            raise self.error(key, f"'{key}' is empty; remove the key or give it a value")
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of non-empty strings (absent means empty)."""
        value = self._data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.error(key, f"'{key}' must be a list, not {_describe(value)}")
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.error(key, f"'{key}' must list text only; found {_describe(item)}")
        return tuple(item.strip() for item in value)

    def integer(self, key: str, *, low: int, high: int) -> int | None:
        """A whole number within bounds, or None when absent."""
        value = self._data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(key, f"'{key}' must be a whole number from {low} to {high}, not {shown(value)}")
        return value

    def date(self, key: str) -> datetime.date:
        """A required calendar date written as YYYY-MM-DD."""
        value = self._data.get(key)
        if isinstance(value, datetime.datetime):
            raise self.error(key, f"'{key}' must be a date (YYYY-MM-DD) without a time; put the time in 'time'")
        if isinstance(value, datetime.date):
            return value
        if value is None:
            raise self.error(key, f"missing required key '{key}'")
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.error(key, f"'{key}' must be a real date written YYYY-MM-DD, not {shown(value)}")

    def clock_time(self, key: str) -> datetime.time | None:
        """A 24-hour ``"HH:MM"`` in quotes (unquoted, YAML reads 12:05 as the number 725)."""
        value = self._data.get(key)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            raise self.error(key, f"'{key}' must be quoted, as in {key}: \"12:05\" (YAML read it as a number)")
        if isinstance(value, str) and len(value) == 5 and value[2] == ":":
            try:
                return datetime.time.fromisoformat(value)
            except ValueError:
                pass
        raise self.error(key, f"'{key}' must be a 24-hour time \"HH:MM\", not {shown(value)}")

    def mapping(self, key: str) -> Mapping[str, Any] | None:
        """A nested mapping, or None when absent."""
        value = self._data.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise self.error(key, f"'{key}' must be a mapping of fields, not {_describe(value)}")
        return value

    def mappings(self, key: str) -> tuple[Mapping[str, Any], ...]:
        """A list of mappings (absent means empty)."""
        value = self._data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            raise self.error(key, f"'{key}' must be a list of mappings")
        return tuple(value)

    def nested(self, data: Mapping[str, Any], key: str) -> FieldReader:
        """A reader for a mapping inside ``key``, whose errors point at ``key``'s line."""
        return FieldReader(data, path=self._path, lines={}, default_line=self._lines.get(key, self._default_line),
                           context=f"{self._context}{key}: ")


def _describe(value: Any) -> str:
    """Name a YAML value's type the way a person writing YAML thinks of it."""
    if isinstance(value, bool):
        return f"yes/no ({value})"
    if isinstance(value, datetime.date):
        return f"a date ({value})"
    return {int: "a number", float: "a number", list: "a list", dict: "a mapping"}.get(type(value), shown(value))


def shown(value: Any) -> str:
    """A short repr for messages: a 10 MB string or a list nested 2,000 deep stays one short line."""
    short = reprlib.Repr()
    short.maxstring = short.maxother = 60
    return short.repr(value)
