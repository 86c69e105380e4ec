"""The command line: thin commands, library errors turned into one line each at this edge."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from generator import __version__
from generator.build import BuildMemory, BuildReport, build_site
from generator.check import check_site
from generator.config import CONFIG_FILE, load_config
from generator.errors import ContentError, ContentErrors, GeneratorError

if TYPE_CHECKING:
    from generator.ingest import ImportReport

log = logging.getLogger(__name__)

_DIR = click.Path(file_okay=False, path_type=Path)


@contextlib.contextmanager
def user_errors(debug: bool) -> Iterator[None]:
    """Print a GeneratorError as ``Error: path:line: message`` lines and exit 1, with no traceback.

    With ``--debug`` the exception goes on, traceback and all. A bug (any other exception)
    is one line too, naming ``--debug``, so no input can make a traceback the whole answer.
    """
    try:
        yield
    except (click.ClickException, click.Abort):
        raise
    except Exception as exc:  # noqa: BLE001 - the edge turns any failure into lines; --debug shows the traceback
        if debug:
            raise
        for line in error_lines(exc):
            click.echo(line, err=True)
        sys.exit(1)


def error_lines(exc: Exception) -> list[str]:
    """The lines that tell a person what went wrong, one per problem."""
    if isinstance(exc, ContentErrors):
        noun = "problem" if len(exc.errors) == 1 else "problems"
        return [*(f"Error: {describe(error)}" for error in exc.errors),
                f"Stopped: {len(exc.errors)} {noun}; nothing was written."]
    if isinstance(exc, GeneratorError):
        return [f"Error: {describe(exc)}"]
    if isinstance(exc, OSError):
        where = f"{_shown_path(Path(exc.filename))}: " if exc.filename else ""
        return [f"Error: {one_line(where + (exc.strerror or str(exc)))}"]
    return [f"Error: internal error ({one_line(f'{type(exc).__name__}: {exc}')}); run again with "
            "`readouts --debug ...` for the traceback, and please report it"]


def describe(error: GeneratorError) -> str:
    """``path:line: message`` on one line, paths relative to the current folder when inside it."""
    if isinstance(error, ContentError):
        where = _shown_path(error.path) + (f":{error.line}" if error.line else "")
        text = f"{where}: {error.message}"
    else:
        text = str(error)
    return one_line(text.replace(f"{Path.cwd()}{os.sep}", ""))


def one_line(text: str, limit: int = 1000) -> str:
    """Escape line breaks and control characters (a file's bytes must not drive the terminal), and cap the length."""
    escaped = "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or 127 <= ord(c) < 160 else
                      f"\\u{ord(c):04x}" if c in "\u2028\u2029" else c for c in text)
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"


def _count(number: int, noun: str) -> str:
    """``1 error``, ``2 errors``."""
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _shown_path(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when it is inside it."""
    try:
        return str(path.relative_to(Path.cwd())) if path.is_absolute() else str(path)
    except ValueError:
        return str(path)


def run() -> None:
    """The ``readouts`` command (and ``python -m generator``): ``main``, then, after a build, an immediate exit.

    A build holds millions of small records (the archive, the plan, the manifest). Freeing them
    one by one as the build returns and as Python shuts down took 0.14 s of an edit at 10,000
    meetings and 1.0 s at 100,000 (measured from the build's summary to the process's end), for
    nothing: the process is ending. So a build run from here keeps them
    (``build_site(retain=...)``) and, once its output is flushed, the process ends with
    ``os._exit``, the memory given back whole. Every file the build wrote is closed by then and
    every process it started reaped; a failed build, or any other command, exits as usual.
    """
    retained: list[object] = []
    try:
        main(obj={"retained": retained})
    except SystemExit as exc:
        if not retained or not isinstance(exc.code, int | None):
            raise
        _exit_now(exc.code or 0)


def _exit_now(code: int) -> NoReturn:
    """End the process at once, after flushing what it printed (``os._exit`` flushes nothing)."""
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe: Python's own exit says 120 too
        code = code or 120
    os._exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readouts")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Build, serve and import an archive of diplomatic meeting readouts.

    Run the commands from the site's root folder, the one holding site.toml.
    """
    ctx.obj = {**(ctx.obj or {}), "debug": debug}
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s: %(message)s")


@main.command()
@click.option("--content", "content_dir", type=_DIR, help="Content folder (default: content/).")
@click.option("--output", "output_dir", type=_DIR, help="Where to write the site (default: public/).")
@click.option("--clean", is_flag=True, help="Ignore the build cache and rebuild everything from scratch.")
@click.pass_context
def build(ctx: click.Context, content_dir: Path | None, output_dir: Path | None, clean: bool) -> None:
    """Build the site into the output folder.

    Example:

    \b
        readouts build --output _site
    """
    with user_errors(ctx.obj["debug"]):
        config = load_config(Path.cwd(), content_dir=content_dir, output_dir=output_dir)
        report = build_site(config, clean=clean, retain=ctx.obj.get("retained"))
    click.echo(
        f"Built {report.meetings} meetings into {report.pages} pages and {report.feeds} feeds "
        f"({report.written} of {report.files} files changed, {report.removed} removed) "
        f"in {report.output_dir} in {report.seconds:.2f}s"
    )
    if report.new_urls and report.ledger:
        click.echo(f"Recorded {_count(report.new_urls, 'new permanent URL')} in {_shown_path(report.ledger)}; "
                   "commit it.")


@main.command()
@click.option("--content", "content_dir", type=_DIR, help="Content folder (default: content/).")
@click.pass_context
def check(ctx: click.Context, content_dir: Path | None) -> None:
    """Check the content as a build would, writing nothing.

    Lists every error and, as warnings, every note the importer left in a meeting's
    `review` and every relative link a readout without a source url had to drop.
    Exit status 1 when there is an error, else 0.

    Example:

    \b
        readouts check --content content
    """
    debug = ctx.obj["debug"]
    with user_errors(debug):
        report = check_site(load_config(Path.cwd(), content_dir=content_dir))
    for warning in report.warnings:
        click.echo(f"Warning: {describe(warning)}", err=True)
    for error in report.errors:
        if debug:
            raise error
        click.echo(f"Error: {describe(error)}", err=True)
    click.echo(f"Checked {_count(report.files, 'meeting file')}: {_count(len(report.errors), 'error')}, "
               f"{_count(len(report.warnings), 'warning')}; nothing was written.")
    if report.new_urls:
        click.echo(f"The next build will record {_count(len(report.new_urls), 'new permanent URL')} in "
                   f"{_shown_path(report.ledger)}.")
    if report.errors:
        sys.exit(1)


@main.command(name="import")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--content", "content_dir", type=_DIR, default=Path("content"), show_default=True,
              help="Content folder to import into.")
@click.option("--year", type=click.IntRange(1900, 2200),
              help="Year for readouts that give none and whose year cannot be inferred.")
@click.option("--dry-run", is_flag=True, help="Report what would be imported, writing nothing.")
@click.pass_context
def import_(ctx: click.Context, sources: tuple[Path, ...], content_dir: Path, year: int | None,
            dry_run: bool) -> None:
    """Import raw readouts (.txt, .html, .htm files or folders of them) as meeting files.

    Each readout becomes content/meetings/YYYY/ID.md with its metadata extracted; new
    officials are added to content/officials.yaml. Importing a source again updates its
    file in place. A file that cannot be imported is named on one line; the others still
    import, and the exit status is 1.

    Example:

    \b
        readouts import ~/Downloads/readouts --year 2018
    """
    from generator.ingest import import_sources  # here, not at the top: a build need not load the importer

    with user_errors(ctx.obj["debug"]), _progress() as on_progress:
        report = import_sources(sources, content_dir, year=year, dry_run=dry_run, on_progress=on_progress)
    for warning in report.warnings:
        click.echo(f"Warning: {one_line(warning)}", err=True)
    for error in report.failed:
        click.echo(f"Error: {describe(error)}", err=True)
    click.echo(_import_summary(report, dry_run))
    if report.failed:
        sys.exit(1)


def _import_summary(report: ImportReport, dry_run: bool) -> str:
    """``Imported 4, updated 0, unchanged 0, flagged for review 1, failed 0 in 0.12s``."""
    text = (f"Imported {len(report.imported)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
            f"flagged for review {len(report.flagged)}, failed {len(report.failed)} in {report.seconds:.2f}s")
    if report.flagged:
        text += "; `readouts check` lists the review notes"
    return text + ("; dry run, nothing was written" if dry_run else "")


_PLAIN_STEP = 1000
"""Without a terminal, a line of progress every this many files."""


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[int, int], None]]:
    """A progress callback: a bar on a terminal, a plain line every thousand files otherwise."""
    bar: Any = None

    def report(done: int, total: int) -> None:
        nonlocal bar
        if total < _PLAIN_STEP:
            return
        if not sys.stderr.isatty():
            if done % _PLAIN_STEP == 0 or done == total:
                click.echo(f"Read {done} of {total} files", err=True)
            return
        if bar is None:
            bar = click.progressbar(length=total, label="Reading", file=sys.stderr).__enter__()
        bar.update(done - bar.pos)

    try:
        yield report
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default is this machine only; 0.0.0.0 opens it to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--content", "content_dir", type=_DIR, help="Content folder (default: content/).")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in the web browser once it is built.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, content_dir: Path | None, open_browser: bool) -> None:
    """Build and serve the site; rebuild and reload the page on every change.

    Watches content/, templates/, static/ and site.toml. A failed build keeps the last
    good site served and shows the error here and on the page. The site is built for
    http://HOST:PORT/ into a temporary folder, so public/ is never touched.

    Example:

    \b
        readouts serve --open
    """
    from generator.serve import DevServer, ServeOptions, open_listener  # here: a build need not load the server

    root = Path.cwd()
    with user_errors(ctx.obj["debug"]):
        config = load_config(root, content_dir=content_dir)
        listener = open_listener(host, port)
    with tempfile.TemporaryDirectory(prefix="readouts-serve-") as folder:
        output = Path(folder) / "site"

        memory = BuildMemory()

        def rebuild(pages_first: Callable[[], None]) -> BuildReport:
            """Re-read site.toml too, so edits to it apply; build for the local address. Then collect the
            garbage cycles the build left (its collector was paused), before the next build, not during it."""
            served = load_config(root, content_dir=content_dir, output_dir=output)
            try:
                return build_site(dataclasses.replace(served, base_url=listener.url), record_urls=False,
                                  pages_first=pages_first, memory=memory)
            finally:
                gc.collect()

        watch = (config.content_dir, config.templates_dir, config.static_dir, root / CONFIG_FILE)
        options = ServeOptions(output_dir=output, watch=watch, open_browser=open_browser)
        DevServer(listener, rebuild, options, say=_say).run()
    click.echo("Stopped.")


def _say(line: str) -> None:
    """Print one line of the server's report; errors go to standard error."""
    click.echo(line, err=line.startswith("Error:"))
