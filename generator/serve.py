"""The dev server: build, serve the output with live reload, rebuild on every change.

Built on livereload's parts (livereload.js and its websocket handshake, its script
injector), not on ``Server.serve()``: that blocks on a global IOLoop nothing can stop,
builds on the loop (no page served meanwhile), hooks tornado's autoreload (the hang of
python-livereload#154) and drops changes made within 3 s of the last reload
(``poll_tasks``). Here every change gets a full rebuild in a worker thread and then a
reload; changes are found by ``watch.py`` (twice as fast as livereload's watcher). The
builder is handed in, never imported, so tests can fake it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
import os
import re
import signal
import socket
import threading
import time
import webbrowser
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler
from livereload.server import LiveScriptInjector
from tornado import httputil, netutil, web
from tornado.httpserver import HTTPServer
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from generator.errors import ContentError, ContentErrors, GeneratorError, ServeError
from generator.watch import Watcher

log = logging.getLogger(__name__)

Builder = Callable[[Callable[[], None]], object]
"""Builds the whole site into the served folder; raises GeneratorError on bad input. It may call the
function it is given once the pages are in place and before the search index and the data exports are
brought up to date, so the open pages reload without waiting for them."""
Say = Callable[[str], None]
BUILD_FAILED = "The last build failed; this is the last good version of the site."
SEARCH_FAILED = ("The search index or the data exports could not be updated: the pages are up to date, search and "
                 "the exports are their last version.")

SCRIPT = b'<script src="/livereload.js" async></script>'
"""livereload.js finds the server from its own URL (host and port) and opens /livereload."""
BANNER_ID = "readouts-build-error"
RELOAD = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}
_WILDCARD_HOSTS = ("0.0.0.0", "::")
_BODY = re.compile(rb"<body[^>]*>", re.IGNORECASE)
_FALLBACK_404 = b"<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>Not found</h1></body></html>"


@dataclass(frozen=True, slots=True, kw_only=True)
class Listener:
    """Sockets bound before the first build, so the site's base URL can name the real port."""

    sockets: tuple[socket.socket, ...]
    url: str
    """``http://host:port/``, the base URL the served site is built for."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeOptions:
    """Where the built site is and what to watch."""

    output_dir: Path
    watch: tuple[Path, ...]
    open_browser: bool = False


def open_listener(host: str, port: int) -> Listener:
    """Bind ``host:port`` (port 0: any free port); raise ServeError when that is impossible."""
    if not host:
        raise ServeError("--host must name an address, such as 127.0.0.1 (this machine only)")
    try:
        sockets = netutil.bind_sockets(port, address=host)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                         "choose another --port (or --host)") from exc
    shown = "localhost" if host in _WILDCARD_HOSTS else host
    shown = f"[{shown}]" if ":" in shown else shown
    return Listener(sockets=tuple(sockets), url=f"http://{shown}:{sockets[0].getsockname()[1]}/")


class _Session:
    """What changes while serving: the build count, the last error, the pages to tell.

    ``served`` maps each HTML page's URL path to the build it came from: a page fetched just
    before a build ended may connect after the reload went out; it is told when it connects.
    """

    def __init__(self) -> None:
        self.generation = 0
        self.error: tuple[str, ...] = ()
        self.heading = BUILD_FAILED
        """What the banner says of ``error``."""
        self.served: dict[str, int] = {}
        self.clients: set[WebSocketHandler] = set()

    def reload_clients(self) -> None:
        """Tell every connected page to reload."""
        for client in tuple(self.clients):
            try:
                client.write_message(RELOAD)
            except WebSocketClosedError:
                self.clients.discard(client)


class DevServer:
    """Serve ``options.output_dir`` at ``listener.url``; rebuild and reload on changes."""

    def __init__(self, listener: Listener, build: Builder, options: ServeOptions, say: Say) -> None:
        self.listener = listener
        self.options = options
        self.ready = threading.Event()
        """Set once the first build is done and the site is served."""
        self._build = build
        self._say = say
        self._session = _Session()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="readouts-build")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._halt = threading.Event()
        """Set with ``_stopping``, for the watcher waiting in the worker thread."""

    def run(self) -> None:
        """Serve until ``stop()`` or Ctrl-C; return once the sockets are closed and no build runs."""
        try:
            with contextlib.suppress(KeyboardInterrupt):
                asyncio.run(self._main())
        finally:
            self._halt.set()  # Ctrl-C ends the loop without a stop: the watcher must stop waiting too
            self._pool.shutdown(wait=True)
            for sock in self.listener.sockets:
                sock.close()

    def stop(self) -> None:
        """Ask a running server to stop (from any thread)."""
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stop_now)

    def _stop_now(self) -> None:
        assert self._stopping is not None
        self._stopping.set()
        self._halt.set()

    async def _main(self) -> None:
        """Build, serve, then watch until told to stop."""
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        if threading.current_thread() is threading.main_thread():  # `kill` stops it as cleanly as Ctrl-C
            self._loop.add_signal_handler(signal.SIGTERM, self._stop_now)
            os.register_at_fork(after_in_child=_forget_server_signals)
        watcher = await self._loop.run_in_executor(self._pool, Watcher, self.options.watch, self._halt)  # every file
        await self._rebuild("Built the site")
        server = HTTPServer(_application(self.options.output_dir, self._session))
        server.add_sockets(self.listener.sockets)
        self._say(f"Serving {self.listener.url} (from {self.options.output_dir}); Ctrl-C stops")
        if self.options.open_browser:
            self._loop.run_in_executor(None, webbrowser.open, self.listener.url)
        self.ready.set()
        try:
            await self._watch(watcher)
        finally:
            self._halt.set()
            await self._loop.run_in_executor(self._pool, watcher.close)
            server.stop()
            for client in tuple(self._session.clients):
                client.close()
            await server.close_all_connections()

    async def _watch(self, watcher: Watcher) -> None:
        """Wait for changes (in the worker thread: no build runs meanwhile) and rebuild after each."""
        assert self._loop is not None and self._stopping is not None
        while not self._stopping.is_set():
            changed = await self._loop.run_in_executor(self._pool, watcher.wait)
            if changed and not self._stopping.is_set():
                await self._rebuild(f"Rebuilt after {_describe(changed)} changed")

    async def _rebuild(self, done: str) -> None:
        """Run the builder in the worker thread; report, set or clear the banner, reload pages.

        When the builder says its pages are in place before it finishes (the search index and
        the exports still to be made), the pages reload then, and the end is reported on its own line.
        """
        loop = self._loop
        assert loop is not None
        started = time.monotonic()
        early: list[float] = []

        def pages_in_place() -> None:  # called in the build thread
            early.append(time.monotonic() - started)
            line = f"{done} in {early[0]:.2f}s; updating the search index and exports"
            loop.call_soon_threadsafe(self._show, (), line)

        error: tuple[str, ...] = ()
        try:
            await loop.run_in_executor(self._pool, self._build, pages_in_place)
        except Exception as exc:  # noqa: BLE001 - a bug met on some content must not stop the server
            error = _error_lines(exc)
        seconds = time.monotonic() - started
        if error:
            for line in error:
                self._say(line)
            if early:
                self._show(error, f"Search index and exports update failed after {seconds:.2f}s; the pages are "
                           "up to date.", heading=SEARCH_FAILED)
            else:
                self._show(error, f"Build failed after {seconds:.2f}s; still serving the last good site.")
        elif early:
            self._say(f"Search index and exports updated in {seconds:.2f}s")
        else:
            self._show((), f"{done} in {seconds:.2f}s")

    def _show(self, error: tuple[str, ...], line: str, heading: str = BUILD_FAILED) -> None:
        """Say how the build went, set or clear the banner, and reload the open pages."""
        self._session.generation += 1
        self._session.error = error
        self._session.heading = heading
        self._say(line)
        self._session.reload_clients()


def _forget_server_signals() -> None:
    """A process the build forks is not the server: SIGTERM ends it, and it leaves the loop's wakeup fd alone."""
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _describe(changed: list[str]) -> str:
    """``content/x.md`` or ``content/x.md (+3 more)``."""
    more = len(set(changed)) - 1
    return os.path.relpath(changed[0]) + (f" (+{more} more)" if more else "")


def _error_lines(exc: Exception) -> tuple[str, ...]:
    """The lines ``readouts build`` would print for this error; a bug's traceback goes to the log."""
    if isinstance(exc, ContentErrors):
        return tuple(f"Error: {_relative(error)}" for error in exc.errors)
    if isinstance(exc, ContentError):
        return (f"Error: {_relative(exc)}",)
    if isinstance(exc, GeneratorError):
        return (f"Error: {exc}",)
    log.error("The build crashed", exc_info=exc)
    return (f"Error: the build crashed: {type(exc).__name__}: {exc} (a bug; traceback above)",)


def _relative(error: ContentError) -> str:
    """``content/x.md:4: message``: the path as the archivist, working in the site root, would type it."""
    path = str(error.path)
    if error.path.is_absolute() and error.path.is_relative_to(Path.cwd()):
        path = str(error.path.relative_to(Path.cwd()))
    return f"{path}:{error.line}: {error.message}" if error.line else f"{path}: {error.message}"


def _application(output_dir: Path, session: _Session) -> web.Application:
    """The routes: livereload's script and websocket, then the site's files."""
    return web.Application(
        [
            (r"/livereload", _ReloadSocket, {"session": session}),
            (r"/livereload.js", LiveReloadJSHandler),
            (r"/(.*)", _SiteFiles, {"path": str(output_dir)}),
        ],
        transforms=[_injector(session)],
        log_function=lambda handler: log.debug("%d %s", handler.get_status(), handler.request.path),
    )


class _ReloadSocket(LiveReloadHandler):  # type: ignore[misc]
    """livereload's websocket handshake, with this server's own list of pages to reload."""

    def initialize(self, session: _Session) -> None:
        self.session = session

    def check_origin(self, origin: str) -> bool:
        # livereload accepts any origin; only pages of this server may listen.
        return bool(WebSocketHandler.check_origin(self, origin))

    def on_message(self, message: str | bytes) -> None:
        super().on_message(message)
        data = json.loads(message)
        if data.get("command") == "info" and isinstance(data.get("url"), str):
            self.session.clients.add(self)
            built = self.session.served.get(urlsplit(data["url"]).path)
            if built is not None and built < self.session.generation:
                self.write_message(RELOAD)

    def on_close(self) -> None:
        super().on_close()
        self.session.clients.discard(self)


class _SiteFiles(StaticFileHandler):  # type: ignore[misc]
    """The output folder: index.html for folders, the site's 404 page, nothing from outside."""

    def initialize(self, path: str) -> None:
        super().initialize(path=path, default_filename="index.html")

    def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
        # Resolve symlinks and ../ here, whatever tornado's version checks, so that no
        # file outside the output folder can be read through the server.
        real_root = os.path.realpath(root)
        if os.path.commonpath((real_root, os.path.realpath(absolute_path))) != real_root:
            raise web.HTTPError(404)
        return super().validate_absolute_path(root, absolute_path)  # type: ignore[no-any-return]

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        if status_code not in (403, 404):  # 403: a folder without index.html, or outside the root
            super().write_error(status_code, **kwargs)
            return
        self.set_status(404)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.set_header("Cache-Control", "no-store")
        try:
            self.finish((Path(self.root) / "404.html").read_bytes())
        except OSError:  # no site yet: the first build failed
            self.finish(_FALLBACK_404)


def _injector(session: _Session) -> type[web.OutputTransform]:
    """livereload's script injector, plus the build-error banner, for this server's pages."""

    class Inject(LiveScriptInjector):  # type: ignore[misc]
        script = SCRIPT

        def __init__(self, request: httputil.HTTPServerRequest) -> None:
            super().__init__(request)
            self.path = request.path

        def transform_first_chunk(self, status_code: int, headers: httputil.HTTPHeaders, chunk: bytes,
                                  finishing: bool) -> tuple[int, httputil.HTTPHeaders, bytes]:
            status_code, headers, chunk = super().transform_first_chunk(status_code, headers, chunk, finishing)
            if "html" not in headers.get("Content-Type", ""):
                return status_code, headers, chunk
            if len(session.served) > 10_000:  # bounded, whatever URLs a client invents
                session.served.clear()
            session.served[self.path] = session.generation
            if session.error and (body := _BODY.search(chunk)):
                banner = _banner(session.heading, session.error)
                chunk = chunk[: body.end()] + banner + chunk[body.end():]
                if "Content-Length" in headers:
                    headers["Content-Length"] = str(int(headers["Content-Length"]) + len(banner))
            return status_code, headers, chunk

    return Inject


def _banner(heading: str, error: tuple[str, ...]) -> bytes:
    """The failed build's messages, at the top of every served page until a build succeeds."""
    return (f'<div id="{BANNER_ID}" role="alert" style="position:sticky;top:0;z-index:9999;padding:.75rem 1rem;'
            f'background:#7a0000;color:#fff;font:15px/1.4 system-ui,sans-serif"><strong>{html.escape(heading)}'
            '</strong><pre style="white-space:pre-wrap;margin:.5rem 0 0;'
            f'font:13px/1.4 ui-monospace,monospace">{html.escape(chr(10).join(error))}</pre></div>').encode()
