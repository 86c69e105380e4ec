"""The command line: thin commands, library errors turned into one line each at this edge."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import click

from generator import __version__
from generator.build import BuildReport, build_site
from generator.config import CONFIG_FILE, load_config
from generator.errors import ContentErrors, GeneratorError
from generator.serve import DevServer, ServeOptions, open_listener

log = logging.getLogger(__name__)

_DIR = click.Path(file_okay=False, path_type=Path)


@contextlib.contextmanager
def user_errors(debug: bool) -> Iterator[None]:
    """Print a GeneratorError as ``Error: path:line: message`` lines and exit 1, with no traceback."""
    try:
        yield
    except ContentErrors as exc:
        if debug:
            raise
        for error in exc.errors:
            click.echo(f"Error: {error}", err=True)
        noun = "problem" if len(exc.errors) == 1 else "problems"
        click.echo(f"Stopped: {len(exc.errors)} {noun}; nothing was written.", err=True)
        sys.exit(1)
    except GeneratorError as exc:
        if debug:
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readouts")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Build, serve and import an archive of diplomatic meeting readouts.

    Run the commands from the site's root folder, the one holding site.toml.
    """
    ctx.obj = {"debug": debug}
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
        report = build_site(config, clean=clean)
    click.echo(
        f"Built {report.meetings} meetings into {report.pages} pages and {report.feeds} feeds "
        f"({report.written} of {report.files} files changed, {report.removed} removed) "
        f"in {report.output_dir} in {report.seconds:.2f}s"
    )


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
    root = Path.cwd()
    with user_errors(ctx.obj["debug"]):
        config = load_config(root, content_dir=content_dir)
        listener = open_listener(host, port)
    with tempfile.TemporaryDirectory(prefix="readouts-serve-") as folder:
        output = Path(folder) / "site"

        def rebuild() -> BuildReport:
            """Re-read site.toml too, so edits to it apply; build for the local address."""
            served = load_config(root, content_dir=content_dir, output_dir=output)
            return build_site(dataclasses.replace(served, base_url=listener.url))

        watch = (config.content_dir, config.templates_dir, config.static_dir, root / CONFIG_FILE)
        options = ServeOptions(output_dir=output, watch=watch, open_browser=open_browser)
        DevServer(listener, rebuild, options, say=_say).run()
    click.echo("Stopped.")


def _say(line: str) -> None:
    """Print one line of the server's report; errors go to standard error."""
    click.echo(line, err=line.startswith("Error:"))
