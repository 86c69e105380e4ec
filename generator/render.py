"""Stage 4, RENDER: the one home of Jinja2. Pages and feeds become bytes.

The environment is strict (``StrictUndefined``) so a typo in a template fails the build
with the template's name and line instead of printing an empty string, and it escapes
by default so no title or field from a readout can inject markup.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator import urls
from generator.countries import Country
from generator.errors import TemplateError
from generator.models import Issue, Meeting, Official
from generator.pages import MONTH_NAMES, PageSpec, Planned


@dataclass(frozen=True, slots=True)
class Output:
    """One rendered file: its site path and its bytes."""

    path: str
    data: bytes
    origin: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FileSpec:
    """A file made by a function rather than a template (an export): like a page, made again only when
    what it is made from changed.

    ``make(inputs)`` must read nothing but ``inputs``, the configuration and the code, which is
    what the write stage fingerprints (with the configuration and the code, as for every page).
    """

    path: str
    kind: str
    """Which ``make`` this is (``twin``, ``csl``...): part of the fingerprint, as a page's template is."""
    inputs: object
    make: Callable[[Any], bytes]
    origin: str = ""
    shows_readouts: bool = True
    """False for a file showing no meeting's readout, only what the meetings' shapes and titles decide
    (``changes.py``), with nothing else of the archive but its registries: it is never fingerprinted,
    and made again unless nothing but the words of readouts changed (an archive-wide export, made
    from every meeting, would cost its making to fingerprint)."""

    def fingerprint_fields(self) -> tuple[object, ...]:
        """What the file is made from, for ``fingerprint.py`` (a function has no fingerprint: ``kind`` names it)."""
        return (self.path, self.kind, self.inputs)

    def output(self) -> Output:
        """The file, made."""
        return Output(path=self.path, data=self.make(self.inputs), origin=self.origin)


def make_environment(templates_dir: Path, site_urls: urls.Urls) -> jinja2.Environment:
    """Return the Jinja environment used for every page of one build."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(("html", "xml")),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # one environment per build: no need to stat each template for every page
    )
    @jinja2.pass_context
    def url(context: jinja2.runtime.Context, target: Meeting | Official | Issue | Country | str) -> str:
        """Link to ``target`` from the page being rendered (absolute on pages served anywhere)."""
        page = context["page"]
        if page.absolute_links:
            return site_urls.absolute(_site_path(target))
        return urls.relative(_site_path(target), page.path)

    env.filters.update(
        url=url,
        absolute=lambda target: site_urls.absolute(_site_path(target)),
        long_date=long_date,
        month_name=lambda month: MONTH_NAMES[month],
        duration=duration,
        clock=clock,
        safe_html=Markup,
    )
    return env


def _site_path(target: Meeting | Official | Issue | Country | str) -> str:
    """The site path of a record, or a site path given as is."""
    if isinstance(target, Meeting):
        return urls.meeting_path(target)
    if isinstance(target, Official):
        return urls.official_path(target)
    if isinstance(target, Issue):
        return urls.issue_path(target)
    if isinstance(target, Country):
        return urls.country_path(target)
    return target


def long_date(day: datetime.date) -> str:
    """``14 June 2018``: written out by hand, so the locale can never change the output."""
    return f"{day.day} {MONTH_NAMES[day.month]} {day.year}"


def clock(moment: datetime.time) -> str:
    """``12:05``, the 24-hour clock used in the front matter."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def duration(minutes: int) -> str:
    """``30 minutes``, ``1 hour 30 minutes``."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("s" if hours != 1 else ""))
    if rest:
        parts.append(f"{rest} minute" + ("s" if rest != 1 else ""))
    return " ".join(parts)


@dataclass(slots=True)
class TemplatesMemo:
    """The last build's compiled templates, kept by a process that builds again and again (the dev server)
    while the template files and the site's address stay the same: compiling them took a tenth of a second
    at every edit."""

    key: str = ""
    env: jinja2.Environment | None = None


def environment(templates_dir: Path, site_urls: urls.Urls, key: str, memo: TemplatesMemo | None,
                compiled: Path | None = None) -> jinja2.Environment:
    """The environment of ``make_environment`` with every template compiled, or the memo's when ``key`` (a
    fingerprint of the template files and the site's address) is the one it was made for.

    ``compiled``: a folder where Jinja keeps what it compiled, for the next build (compiling took 0.08 s
    of every build that renders, reading it back 0.004 s); it must be one per version of this code
    (``BuildCache.compiled_templates``).
    """
    if memo is not None and memo.env is not None and memo.key == key:
        return memo.env
    env = make_environment(templates_dir, site_urls)
    if compiled is not None:
        env.bytecode_cache = _CompiledTemplates(str(compiled))
    compile_templates(env)
    if memo is not None:
        memo.key, memo.env = key, env
    return env


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's own cache of compiled templates, where a damaged entry is compiled again and one that cannot
    be written is only missing next time: the build cache's rule for every file."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged entry, whatever is wrong with it, is compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def compile_templates(env: jinja2.Environment) -> None:
    """Compile every template now, once, so that render workers forked later do not each compile them.

    A template that does not compile is left for ``render_page`` to report, naming the page
    that needs it (or for no one, if no page does).
    """
    for name in env.list_templates(filter_func=lambda name: not name.startswith(".")):
        try:
            env.get_template(name)
        except (jinja2.TemplateError, UnicodeDecodeError):
            continue


def render_all(specs: Iterable[Planned], env: jinja2.Environment) -> Iterator[Output]:
    """Render every spec, failing fast on the first template error."""
    for spec in specs:
        yield render_page(spec if isinstance(spec, PageSpec) else spec.spec(), env)


def render_page(spec: PageSpec, env: jinja2.Environment) -> Output:
    """Render one spec through its template with only its own context."""
    try:
        template = env.get_template(spec.template)
        text = template.render(_shallow(spec.context))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(Path(exc.filename or spec.template), f"template syntax error: {exc.message}",
                            exc.lineno) from exc
    except jinja2.TemplateNotFound as exc:
        # Named by the template that asked for it (an extends or include), else by its own name.
        name, line = _template_frame(exc, spec.template)
        raise TemplateError(env_path(env, name), f"template '{exc.name or spec.template}' not found "
                            f"(needed for {spec.origin})", line) from exc
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, LookupError, ArithmeticError,
            RecursionError) as exc:
        name, line = _template_frame(exc, spec.template)
        message = getattr(exc, "message", None) or str(exc)
        raise TemplateError(env_path(env, name), f"{message} (rendering {spec.origin})", line) from exc
    return Output(path=spec.path, data=text.encode("utf-8"), origin=spec.origin)


def _shallow(context: object) -> dict[str, Any]:
    """The context's fields as a mapping, without copying nested records (unlike ``asdict``)."""
    return {field.name: getattr(context, field.name) for field in dataclasses.fields(context)}  # type: ignore[arg-type]


def _template_frame(exc: BaseException, default: str) -> tuple[str, int | None]:
    """The innermost template file and line in a traceback, where the mistake is."""
    found: tuple[str, int | None] = (default, None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".txt")):
            found = (Path(filename).name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def env_path(env: jinja2.Environment, name: str) -> Path:
    """Where a template named ``name`` lives, for error messages."""
    loader = env.loader
    if isinstance(loader, jinja2.FileSystemLoader) and loader.searchpath:
        return Path(loader.searchpath[0]) / name
    return Path(name)
