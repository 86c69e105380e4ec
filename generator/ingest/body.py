"""The readout's own lines as Markdown: numbered points as an ordered list, sub-points nested.

Publishers number points "1.", "1 " or "- ", and sub-points "(1)" or "• (1)"; lists
restart by accident ("1. 2. 1."). Only the markup is repaired: items are renumbered in
order, the publisher's sub-point labels such as "(1)" are kept as written, and no word
of any line is changed. Characters Markdown would read as markup are escaped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from generator.ingest.clean import Line

log = logging.getLogger(__name__)

_NUMBERED = re.compile(r"^(?P<n>\d{1,2})(?:[.)．）](?!\d)|\.?(?=\s+[A-Z\"“'‘(]))\s*(?:(?P=n)\.\s+)?(?P<text>.*)$"
                       r"|^[①-⑳]\s*(?P<circled>.*)$")
"""A numbered point: "1.", "1)", "1 At the beginning", full-width "１．" from Japanese typesetting, or "①"."""
_DAY_MONTH = re.compile(r"^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
                        r"|November|December)\b")
"""A date written day first ("08 March 2024", a sign-off's date), not a point numbered 8 without its full stop."""
_BULLET = re.compile(r"^(?:[-•・▪◦●○·]|\*(?=\s))(?:\s+|$|(?=\())(?P<text>.*)$")
_PAREN_POINT = re.compile(r"^\(\d{1,2}\)\s*")
_SUB = re.compile(r"^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)")
_FOOTNOTE = re.compile(r"^(?:\(\s*\*|\*(?!\s)|\(END\)|Note\s*:|\(Note\))", re.IGNORECASE)
_LINE_START = re.compile(r"^(\d+)([.)])(\s|$)|^([-+*#>=])")
_INLINE = re.compile(r"([\\`*_\[\]])")
_SENTENCE_END = re.compile(r"[.:;!?\"”’)]$")


@dataclass(slots=True)
class _Item:
    """A point while the list is being built: its first line, its sub-points, its later paragraphs."""

    text: str
    subs: list[_Item] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """The Markdown body and how many top-level points it has."""

    markdown: str
    points: int


def render_body(lines: tuple[Line, ...], captions: tuple[str, ...] = (), furniture: tuple[str, ...] = ()) -> Body:
    """Markdown for the readout's lines; captions and page furniture (breadcrumbs, "Published" lines)
    are kept in comments so no word is lost."""
    before: list[str] = []
    items: list[_Item] = []
    after: list[str] = []
    kind: str | None = None
    top_indent = 0
    for line in join_wrapped(lines):
        marker, text = _marker(line.text)
        if marker == "footnote" and items:
            after.append(text)
        elif kind == "paren" and _PAREN_POINT.match(text) and line.indent <= top_indent + 1:
            items.append(_Item(text=_PAREN_POINT.sub("", text, count=1)))
        elif marker in ("number", "bullet") and (kind is None or marker == kind and line.indent <= top_indent + 1
                                                 and not _SUB.match(text)):
            kind, top_indent = kind or marker, line.indent if kind is None else top_indent
            items.append(_Item(text=text))
        elif (marker in ("number", "bullet") or _SUB.match(text)) and items:
            items[-1].subs.append(_Item(text=text))
        elif kind is None and _PAREN_POINT.match(text):
            kind, top_indent = "paren", line.indent
            items.append(_Item(text=_PAREN_POINT.sub("", text, count=1)))
        elif items:
            target = items[-1].subs[-1] if items[-1].subs else items[-1]
            target.paragraphs.append(line.text)
        else:
            before.append(line.text)
    blocks = [_escape_block(p) for p in before] + _render_items(items, kind) + [_escape_block(p) for p in after]
    if captions:
        blocks.insert(0, "<!-- captions: " + " | ".join(c.replace("--", "- -") for c in captions) + " -->")
    if furniture:
        blocks.insert(0, "<!-- page: " + " | ".join(c.replace("--", "- -") for c in furniture) + " -->")
    return Body(markdown="\n\n".join(blocks) + "\n", points=len(items))


def _marker(text: str) -> tuple[str | None, str]:
    """What a line starts with: a number, a bullet, a footnote mark, or nothing."""
    if _FOOTNOTE.match(text):
        return "footnote", text
    bullet = _BULLET.match(text)
    if bullet:
        inner = bullet.group("text")
        return ("footnote" if _FOOTNOTE.match(inner) else "bullet"), inner
    number = _NUMBERED.match(text) if not _DAY_MONTH.match(text) else None
    if number and number.group("circled") is not None:
        return "number", number.group("circled")
    if number and (number.group("text") or text.rstrip().endswith((".", "．"))):
        return "number", number.group("text")
    return None, text


def join_wrapped(lines: tuple[Line, ...]) -> list[Line]:
    """Non-empty lines, with hard-wrapped continuations (a lower-case start after no full stop) joined."""
    joined: list[Line] = []
    previous_blank = True
    for line in lines:
        if not line.text:
            previous_blank = True
            continue
        if (joined and not previous_blank and line.text[:1].islower()
                and not _SENTENCE_END.search(joined[-1].text) and _marker(line.text)[0] is None):
            joined[-1] = Line(indent=joined[-1].indent, text=f"{joined[-1].text} {line.text}")
        else:
            joined.append(line)
        previous_blank = False
    return joined


def _render_items(items: list[_Item], kind: str | None) -> list[str]:
    """Top-level points numbered in order (or bulleted), sub-points nested under them."""
    blocks = []
    for number, item in enumerate(items, start=1):
        marker = "-" if kind == "bullet" else f"{number}."
        lines = [f"{marker} {_escape_inline(item.text)}".rstrip()]
        lines += ["", *(_indent(_escape_block(p), 4) for p in item.paragraphs)] if item.paragraphs else []
        for sub in item.subs:
            lines += ["", f"    - {_escape_inline(sub.text)}".rstrip()]
            lines += [line for p in sub.paragraphs for line in ("", _indent(_escape_block(p), 8))]
        blocks.append("\n".join(lines))
    return blocks


def _indent(text: str, width: int) -> str:
    """Indent every line of a block."""
    return "\n".join(" " * width + line for line in text.split("\n"))


def _escape_block(text: str) -> str:
    """Escape a paragraph so Markdown does not read its start as a list, heading or quote."""
    escaped = _escape_inline(text)
    match = _LINE_START.match(escaped)
    if match and match.group(1):
        return f"{match.group(1)}\\{escaped[len(match.group(1)):]}"
    if match:
        return "\\" + escaped
    return escaped


def _escape_inline(text: str) -> str:
    """Backslash the characters that would become emphasis, code or links; keep '<' literal."""
    return _INLINE.sub(r"\\\1", text).replace("<", "&lt;")
