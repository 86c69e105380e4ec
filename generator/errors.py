"""Exceptions the library raises; the CLI turns each into one line for a person.

None of these inherit from the CLI framework (MkDocs' ``MkDocsException(ClickException)``
tied its library to click); ``cli.py`` converts them at the edge.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class GeneratorError(Exception):
    """Base class of every error a person can fix by changing input or configuration."""


class ContentError(GeneratorError):
    """A problem in one input file, located to a line when the line is known."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.message = message
        self.line = line
        super().__init__(self.location() + ": " + message)

    def __reduce__(self) -> tuple[type[ContentError], tuple[Path, str, int | None]]:
        """Pickle by the constructor's arguments, so a parse or render worker can send the error back."""
        return (type(self), (self.path, self.message, self.line))

    def location(self) -> str:
        """Return ``path`` or ``path:line``, the prefix editors and terminals can jump to."""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def sort_key(self) -> tuple[str, int]:
        """Order errors by file then line, so reports read top to bottom."""
        return (str(self.path), self.line or 0)


class ContentErrors(GeneratorError):
    """Every content problem found in one pass, reported together and then raised once."""

    def __init__(self, errors: Iterable[ContentError]) -> None:
        self.errors = tuple(sorted(errors, key=ContentError.sort_key))
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} content {noun}:\n" + "\n".join(str(e) for e in self.errors))


class ConfigError(ContentError):
    """``site.toml`` is missing, malformed, or holds an unknown or mistyped key."""


class TemplateError(ContentError):
    """A Jinja template failed to load or render; ``path`` is the template's file."""


class ServeError(GeneratorError):
    """The dev server cannot start: its address is taken or cannot be bound."""


class OutputError(GeneratorError):
    """The site cannot be written: two pages claim one path, a path escapes, or the disk refused."""


class SearchError(OutputError):
    """Pagefind failed to index the staged site; the previous output is left as it was."""
