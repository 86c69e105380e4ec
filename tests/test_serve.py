"""The dev server without a browser: a fake builder, real sockets, urllib and a websocket client.

Every wait below is a bound on failure (``eventually``), never a measured duration.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tornado.websocket import WebSocketClientConnection, websocket_connect

from generator import serve as serve_module
from generator.errors import ContentError, ContentErrors, SearchError, ServeError
from generator.serve import BANNER_ID, DevServer, ServeOptions, open_listener

CANARY = "canary: this file lies outside the output folder"


def eventually(check: Callable[[], object], what: str, limit: float = 20.0) -> None:
    """Wait until ``check()`` is true; fail naming ``what`` after ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def fetch(base: str, raw_path: str) -> tuple[int, str, dict[str, str]]:
    """GET ``raw_path`` exactly as written (no client-side clean-up of ``..`` or ``%2e``)."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", raw_path)
        response = connection.getresponse()
        return response.status, response.read().decode(), dict(response.getheaders())
    finally:
        connection.close()


class FakeSite:
    """A builder that writes a few pages, or fails the way the real one does."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.text = "First version"
        self.failure: BaseException | None = None
        self.search_failure: BaseException | None = None
        """Raised after the pages are in place, as a failing search index would be."""

    def __call__(self, pages_first: Callable[[], None]) -> None:
        if self.failure is not None:
            raise self.failure
        (self.output / "empty-folder").mkdir(parents=True, exist_ok=True)
        (self.output / "notes").mkdir(exist_ok=True)
        (self.output / "notes" / "draft.txt").write_text("a file in a folder without index.html")
        (self.output / "index.html").write_text(self.page(self.text))
        (self.output / "404.html").write_text(self.page("The site's own not-found page"))
        (self.output / "style.css").write_text("body { color: black; }\n")
        if self.search_failure is not None:
            pages_first()
            raise self.search_failure

    @staticmethod
    def page(text: str) -> str:
        return f"<!DOCTYPE html><html><head><title>t</title></head><body><p>{text}</p></body></html>"


class Running:
    """A DevServer on a free port in a thread, with its watched folder and what it said."""

    def __init__(self, tmp_path: Path) -> None:
        self.watched = tmp_path / "content"
        self.watched.mkdir()
        (self.watched / "a.md").write_text("one")
        outside = tmp_path / "out"
        outside.mkdir()
        (outside / "site.toml").write_text(CANARY)  # beside the output: what ../site.toml would reach
        self.output = outside / "site"
        self.site = FakeSite(self.output)
        self.said: list[str] = []
        self.server = DevServer(open_listener("127.0.0.1", 0), self.site,
                                ServeOptions(output_dir=self.output, watch=(self.watched,)), self.said.append)
        self.url = self.server.listener.url
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def builds(self) -> int:
        return sum(1 for line in self.said if line.startswith(("Built", "Rebuilt", "Build failed")))

    def edit(self, text: str) -> None:
        """Change a watched file and wait until the server has built again."""
        before = self.builds()
        (self.watched / "a.md").write_text(text)
        eventually(lambda: self.builds() > before, "a rebuild after an edit")


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    server = Running(tmp_path)
    server.thread.start()
    assert server.server.ready.wait(30), server.said
    yield server
    server.server.stop()
    server.thread.join(30)
    assert not server.thread.is_alive(), "the server did not stop"


def test_unknown_paths_get_the_sites_404_page_with_status_404(running: Running) -> None:
    status, body, headers = fetch(running.url, "/no/such/page/")
    assert status == 404
    assert "The site's own not-found page" in body
    assert headers["Content-Type"].startswith("text/html")


def test_folders_serve_their_index_page_and_are_never_listed(running: Running) -> None:
    assert fetch(running.url, "/")[0] == 200
    for folder in ("/notes/", "/empty-folder/"):
        status, body, _ = fetch(running.url, folder)
        assert status == 404 and "draft.txt" not in body, folder
    status, _, headers = fetch(running.url, "/notes")
    assert status in (301, 404) and "draft.txt" not in headers.get("Location", "")


@pytest.mark.parametrize("raw_path", [
    "/../site.toml",
    "/%2e%2e/site.toml",
    "/%2E%2E%2Fsite.toml",
    "/..%2fsite.toml",
    "/notes/../../site.toml",
    "/notes/%2e%2e/%2e%2e/site.toml",
    "/link-to-file",
    "/link-to-folder/site.toml",
    "ABSOLUTE",
])
def test_nothing_outside_the_output_folder_can_be_read(running: Running, raw_path: str) -> None:
    (running.output / "link-to-file").symlink_to(running.output.parent / "site.toml")
    (running.output / "link-to-folder").symlink_to(running.output.parent, target_is_directory=True)
    if raw_path == "ABSOLUTE":
        raw_path = "/" + str(running.output.parent / "site.toml")  # //tmp/.../site.toml
    status, body, _ = fetch(running.url, raw_path)
    assert CANARY not in body
    assert status == 404


def test_binds_to_loopback_unless_told_otherwise() -> None:
    listener = open_listener("127.0.0.1", 0)
    try:
        port = listener.sockets[0].getsockname()[1]
        assert listener.url == f"http://127.0.0.1:{port}/"
        with pytest.raises(OSError):  # 127.0.0.2 is this machine too, but not the bound address
            socket.create_connection(("127.0.0.2", port), timeout=5).close()
    finally:
        for sock in listener.sockets:
            sock.close()


def test_a_server_open_to_the_network_builds_its_site_for_localhost() -> None:
    listener = open_listener("0.0.0.0", 0)
    try:
        assert listener.url == f"http://localhost:{listener.sockets[0].getsockname()[1]}/"
    finally:
        for sock in listener.sockets:
            sock.close()


def test_a_port_in_use_is_a_one_line_error() -> None:
    first = open_listener("127.0.0.1", 0)
    try:
        port = first.sockets[0].getsockname()[1]
        with pytest.raises(ServeError, match=f"cannot listen on 127.0.0.1:{port}: .*--port"):
            open_listener("127.0.0.1", port)
    finally:
        for sock in first.sockets:
            sock.close()


def test_the_reload_script_is_injected_into_served_pages_only(running: Running) -> None:
    _, body, _ = fetch(running.url, "/")
    assert '<script src="/livereload.js" async></script></head>' in body
    assert "livereload" not in (running.output / "index.html").read_text()
    _, css, _ = fetch(running.url, "/style.css")
    assert css == "body { color: black; }\n"
    status, script, headers = fetch(running.url, "/livereload.js")
    assert status == 200 and "LiveReload" in script and "javascript" in headers["Content-Type"]


def test_a_change_rebuilds_and_the_new_page_is_served(running: Running) -> None:
    running.site.text = "Second version"
    running.edit("two")
    assert "Second version" in fetch(running.url, "/")[1]
    assert any(line.startswith("Rebuilt after") and "a.md" in line for line in running.said)


def test_a_failed_build_keeps_the_last_good_site_and_shows_the_error_until_a_good_build(running: Running) -> None:
    bad = running.watched / "a.md"
    running.site.failure = ContentErrors([ContentError(bad, "unknown key 'partcipants'", 3)])
    running.edit("broken")
    status, body, _ = fetch(running.url, "/")
    assert status == 200 and "First version" in body
    assert f'id="{BANNER_ID}"' in body and f"Error: {bad}:3: unknown key &#x27;partcipants&#x27;" in body
    assert f"Error: {bad}:3: unknown key 'partcipants'" in running.said
    assert f'id="{BANNER_ID}"' in fetch(running.url, "/missing")[1], "the 404 page shows it too"

    running.site.failure = None
    running.site.text = "Fixed version"
    running.edit("fixed")
    body = fetch(running.url, "/")[1]
    assert "Fixed version" in body and BANNER_ID not in body


def test_a_failed_search_update_after_the_pages_says_the_pages_are_current(running: Running) -> None:
    running.site.search_failure = SearchError("Pagefind failed (exit status 3): disk on fire")
    running.site.text = "Second version"
    running.edit("second")
    eventually(lambda: any(line.startswith("Search index and exports update failed") for line in running.said),
               "the search failure reported after the reload")
    body = fetch(running.url, "/")[1]
    assert "Second version" in body, "the new page is served"
    assert serve_module.SEARCH_FAILED in body and "disk on fire" in body
    assert serve_module.BUILD_FAILED not in body
    assert any(line.startswith("Rebuilt after") and "updating the search index and exports" in line
               for line in running.said)


def test_a_crashing_build_does_not_stop_the_server(running: Running) -> None:
    running.site.failure = KeyError("boom")
    running.edit("crash")
    status, body, _ = fetch(running.url, "/")
    assert status == 200 and "First version" in body and "the build crashed: KeyError" in body
    running.site.failure = None
    running.edit("fine again")
    assert BANNER_ID not in fetch(running.url, "/")[1]


async def _connect(base: str, page: str) -> WebSocketClientConnection:
    """Open livereload's websocket the way livereload.js does, for the page at ``page``."""
    socket_url = base.replace("http://", "ws://") + "livereload"
    client = await websocket_connect(socket_url)
    await client.write_message(json.dumps({"command": "hello",
                                           "protocols": ["http://livereload.com/protocols/official-7"]}))
    hello = json.loads(await client.read_message() or "{}")
    assert hello["command"] == "hello"
    await client.write_message(json.dumps({"command": "info", "url": base.rstrip("/") + page, "plugins": {}}))
    return client


async def _next_message(client: WebSocketClientConnection) -> dict[str, object]:
    message = await asyncio.wait_for(client.read_message(), 20)
    assert message is not None, "the server closed the websocket"
    return dict(json.loads(message))


def test_every_edit_tells_connected_pages_to_reload(running: Running) -> None:
    async def scenario() -> None:
        client = await _connect(running.url, "/")
        for n in range(3):
            builds = running.builds()
            await asyncio.get_running_loop().run_in_executor(None, (running.watched / "a.md").write_text, f"v{n}")
            message = await _next_message(client)
            assert message["command"] == "reload"
            assert running.builds() > builds, "the reload came before the rebuild"
        client.close()

    asyncio.run(scenario())


def test_a_page_that_missed_the_reload_is_told_when_it_connects(running: Running) -> None:
    """The page was fetched, then a build finished before its websocket connected."""
    fetch(running.url, "/")
    running.site.text = "Newer"
    running.edit("newer")

    async def scenario() -> None:
        client = await _connect(running.url, "/")
        assert (await _next_message(client))["command"] == "reload"
        client.close()

    asyncio.run(scenario())


def test_stop_closes_the_port(tmp_path: Path) -> None:
    server = Running(tmp_path)
    server.thread.start()
    assert server.server.ready.wait(30)
    port = urlsplit(server.url).port
    server.server.stop()
    server.thread.join(30)
    assert not server.thread.is_alive()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port or 0), timeout=5).close()
    assert os.path.isdir(server.output), "the output is the caller's to remove"


def test_processes_the_build_forks_still_stop_on_sigterm(tmp_path: Path) -> None:
    """The build forks render workers; under the server they must not inherit its SIGTERM handling."""
    ended: list[int] = []

    def build(pages_first: Callable[[], None]) -> None:
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # a worker that would outlive the server if SIGTERM were caught by the loop's handler
            os.write(writer, b"up")  # the fork's own set-up is done
            time.sleep(30)
            os._exit(0)
        os.read(reader, 2)
        os.close(reader)
        os.close(writer)
        os.kill(pid, signal.SIGTERM)
        ended.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

    server = DevServer(open_listener("127.0.0.1", 0), build,
                       ServeOptions(output_dir=tmp_path / "site", watch=()), lambda line: None)

    def stop_when_ready() -> None:
        if server.ready.wait(60):
            server.stop()

    threading.Thread(target=stop_when_ready, daemon=True).start()
    server.run()  # in the main thread, where the server takes SIGTERM itself
    assert ended == [-signal.SIGTERM]


def test_errors_name_files_as_typed_from_the_site_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    inside = ContentError(tmp_path / "content" / "a.md", "'2018-06-31' is not a real date", 4)
    outside = ContentError("/elsewhere/b.md", "is empty")
    lines = serve_module._error_lines(ContentErrors([inside, outside]))
    assert lines == ("Error: /elsewhere/b.md: is empty", "Error: content/a.md:4: '2018-06-31' is not a real date")
