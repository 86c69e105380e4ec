"""The one home of Beautiful Soup: a saved readout page reduced to its main text.

Navigation, headers, footers, scripts and forms are removed; the main container
(``<main>``, ``<article>``, ``#maincontents``, ...) is taken when there is one. Block
elements become lines, list items keep their numbers, so the text then goes through
the same cleaning as a ``.txt`` readout. Python's own ``html.parser`` is used: it is
always there and gives the same tree on every machine.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

log = logging.getLogger(__name__)

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select",
         "svg", "iframe", "template", "object", "embed")
_CHROME_HINT = re.compile(r"breadcrumb|(?:^|[-_\s])nav|menu|footer|header|sidebar|skip|share(?!d)|social|pagetop"
                          r"|page-top|banner|cookie|search", re.IGNORECASE)
_NAVIGATION_HINT = re.compile(r"breadcrumb|(?:^|[-_\s])nav|menu|skip|share(?!d)|social|search", re.IGNORECASE)
"""Names of navigation; "shared-meta" (the White House's date line) is not "share" buttons."""
_MAIN = ("main", "article", "[role=main]", "#maincontents", "#main-contents", "#main", "#content", ".main",
         ".content", "#contents")
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "section", "blockquote",
                     "dd", "dt", "dl", "figcaption", "caption", "table", "tbody", "thead", "tfoot", "ul", "ol", "pre",
                     "address", "center", "figure", "hgroup"})
_TITLE_PREFIX = re.compile(r"^(?:MOFA|Ministry of Foreign Affairs of Japan)\s*:\s*")
"""A site's name before a page's ``<title>``: "MOFA: Japan-India Summit Meeting (Summary)"."""
_TITLE_SUFFIX = re.compile(r"\s*[|\-–—:]\s*(?:Ministry of Foreign Affairs of Japan|MOFA|U\.S\. Department of State"
                           r"|United States Department of State)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlPage:
    """A page's main text as lines, and what its head says about it."""

    text: str
    url: str | None
    publisher: str | None


def read_html(markup: str) -> HtmlPage:
    """The main text of a readout page, with its canonical URL and site name when given."""
    soup = BeautifulSoup(markup, "html.parser")
    url = _meta(soup, "link", "rel", "canonical", "href") or _meta(soup, "meta", "property", "og:url", "content")
    publisher = _meta(soup, "meta", "property", "og:site_name", "content")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    heading = _heading(soup)
    block = _heading_block(heading) if heading is not None else None
    _strip_chrome(soup, heading, block)
    root = _main(soup)
    lines: list[str] = []
    if block is not None and block is not root and root not in block.parents and block not in root.parents:
        _walk(block, lines, [])  # the title and date above <main>, as the EU's pages put them
    _walk(root, lines, [])
    text = "\n".join(_squeeze(lines))
    if page_title and heading is None and not root.find(["h1", "h2"]):
        text = _TITLE_PREFIX.sub("", _TITLE_SUFFIX.sub("", page_title)) + "\n\n" + text
    return HtmlPage(text=text, url=url, publisher=publisher)


def _strip_chrome(soup: BeautifulSoup, heading: Tag | None, block: Tag | None) -> None:
    """Remove navigation, mastheads, footers, scripts and forms, except the containers of the page's heading
    and, inside its heading block, what only its names make look like chrome ("page-header__meta")."""
    parents = {id(tag) for tag in heading.parents} if heading is not None else set()
    inside = {id(tag) for tag in block.find_all(True)} | {id(block)} if block is not None else set()
    for tag in soup.find_all(_DROP):
        if id(tag) not in parents and not tag.decomposed and not _wraps_the_page(tag):
            tag.decompose()
    for tag in soup.find_all(_is_chrome):
        if id(tag) in parents or tag.decomposed or id(tag) in inside and not _is_chrome(tag, _NAVIGATION_HINT):
            continue
        tag.decompose()


def _wraps_the_page(tag: Tag) -> bool:
    """A ``<form>`` around the whole page, as ASP.NET sites set one (India's MEA: ``<form id="form1">`` holds the
    press release): dropping it as a form would drop the readout."""
    return tag.name == "form" and any(len(p.get_text(strip=True)) > _PARAGRAPH for p in tag.find_all("p"))


_PARAGRAPH = 200
"""Characters of a paragraph of prose: a search or comment form holds none this long."""


def _heading(soup: BeautifulSoup) -> Tag | None:
    """The page's own ``<h1>``: the first inside ``<main>`` or ``<article>``, else the first outside navigation,
    the masthead and the footer (a site's logo may be an ``<h1>`` in its ``<header>``)."""
    headings = [h for h in soup.find_all("h1") if h.find_parent(["nav", "footer", "aside"]) is None]
    inside = [h for h in headings if h.find_parent(["main", "article"]) is not None]
    outside = [h for h in headings if h.find_parent("header") is None]
    found = inside or outside
    return found[0] if found else None


def _heading_block(heading: Tag) -> Tag:
    """The largest container of the page's heading that holds neither the main content nor the whole page
    (``<header class="page-header">`` with the title and the date): read even where its names look like
    chrome, and read first when it stands above ``<main>``."""
    block = heading
    for parent in heading.parents:
        if parent.name in ("body", "html", "main", "article") or parent.find(["main", "article"]) is not None:
            break
        block = parent
    return block


def _meta(soup: BeautifulSoup, name: str, key: str, value: str, attribute: str) -> str | None:
    """An attribute of the first ``<link>``/``<meta>`` whose ``key`` contains ``value``."""
    for tag in soup.find_all(name):
        found = tag.get(key)
        values = found if isinstance(found, list) else [found]
        if value in values:
            result = tag.get(attribute)
            return str(result).strip() if result else None
    return None


def _is_chrome(tag: Tag, hint: re.Pattern[str] = _CHROME_HINT) -> bool:
    """A container whose id, class or role says it is navigation or furniture (in the page's heading block,
    only navigation: its "page-header" names are not chrome there)."""
    if not isinstance(tag, Tag) or tag.name in ("html", "body", "main", "article") or tag.attrs is None:
        return False
    role = str(tag.get("role") or "")
    if role in ("navigation", "banner", "contentinfo", "search"):
        return True
    classes: object = tag.get("class") or []
    names = " ".join([str(tag.get("id") or ""), *(classes if isinstance(classes, list) else [str(classes)])])
    return (bool(names.strip()) and bool(hint.search(names)) and tag.name not in ("p", "li", "span")
            and not _DATED.search(names))  # India's MEA: its date sits in a "dateShare" box with the share buttons


_DATED = re.compile(r"date", re.IGNORECASE)


def _main(soup: BeautifulSoup) -> Tag:
    """The main content container, else the body, else the whole document."""
    for selector in _MAIN:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return soup.body or soup


def _walk(node: Tag, lines: list[str], counters: list[int]) -> None:
    """Append the text of ``node`` to ``lines``, one line per block element."""
    current: list[str] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                current.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "br":
            current.append("\n")
        elif child.name in _BLOCKS or child.find(_BLOCKS) is not None:
            _flush(current, lines)
            _walk_block(child, lines, counters)
        else:
            current.append(child.get_text(""))
    _flush(current, lines)


def _walk_block(child: Tag, lines: list[str], counters: list[int]) -> None:
    """A block element: lists number their items, other blocks become their own lines."""
    if child.name == "ol":
        _walk(child, lines, [*counters, int(str(child.get("start") or 1)) - 1])
    elif child.name == "ul":
        _walk(child, lines, [])
    elif child.name == "li" and counters:
        counters[-1] += 1
        inner: list[str] = []
        _walk(child, inner, counters)
        first = inner[0] if inner else ""
        prefix = "" if re.match(r"^\s*\(?\d{1,2}[.)]", first) else f"{counters[-1]}. "
        lines.extend([prefix + first, *inner[1:]] if inner else [prefix.strip()])
    elif child.name == "li":
        inner = []
        _walk(child, inner, counters)
        lines.extend([f"- {inner[0]}", *inner[1:]] if inner else ["-"])
    else:
        _walk(child, lines, counters)


def _flush(current: list[str], lines: list[str]) -> None:
    """Turn collected inline text into lines (a ``<br>`` splits them)."""
    if current:
        for piece in "".join(current).split("\n"):
            text = " ".join(piece.split())
            if text:
                lines.append(text)
        current.clear()


def _squeeze(lines: list[str]) -> list[str]:
    """Lines separated by blank lines, as a plain-text readout would be."""
    out: list[str] = []
    for line in lines:
        out.extend([line, ""])
    return out
