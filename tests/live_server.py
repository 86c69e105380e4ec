"""Helpers for the end-to-end serve tests: ``readouts serve`` as a user runs it, and Chromium.

The server runs in its own process group, so a test can send it Ctrl-C (SIGINT) and
then check that nothing of it is left running.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
_SERVING = re.compile(r"^Serving (http://\S+/) \(from (.+)\); Ctrl-C stops$")


def chromium_or_skip() -> str:
    """The system Chromium's path; skip the test, saying how to get it, when there is none."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("Playwright is not installed: pip install -e '.[test]'")
    found = next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)
    if found is None:
        pytest.skip("Chromium is not installed (apt-get install chromium; tests/run does it as root on Debian)")
    return found


def _default_ctrl_c() -> None:
    """Let the child take Ctrl-C even when this test run was started in the background, which ignores it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class ServeProcess:
    """``readouts serve --port 0`` in a site root, read line by line."""

    def __init__(self, root: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--port", "0", *args],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
            # Its temporary site folder goes under the test's own folder, even if a test kills it.
            env={**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(root.parent)},
            preexec_fn=_default_ctrl_c,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        match = _SERVING.match(self.wait_for_line(lambda line: line.startswith("Serving"), limit=120))
        assert match, self.lines
        self.url, self.output = match.group(1), Path(match.group(2))

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))

    def wait_for_line(self, wanted: object, limit: float = 60.0) -> str:
        """The next line for which ``wanted(line)`` is true; fail after ``limit`` seconds."""
        deadline = time.monotonic() + limit
        while True:
            try:
                line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"readouts serve did not say what was expected; it said: {self.lines}")
            self.lines.append(line)
            if wanted(line):  # type: ignore[operator]
                return line

    def interrupt(self) -> int:
        """Press Ctrl-C; return the exit status once the process has ended."""
        os.killpg(self.process.pid, signal.SIGINT)
        return self.process.wait(timeout=60)

    def close(self) -> None:
        """Stop it if it still runs: ``kill`` (SIGTERM, a clean stop), then SIGKILL if that fails."""
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def group_is_gone(self) -> bool:
        """True when no process of the server's group is left."""
        try:
            os.killpg(self.process.pid, 0)
        except ProcessLookupError:
            return True
        return False
